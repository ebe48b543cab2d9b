// `peer-office check`: is the database sound? It only looks. It opens the file read-only with the data key
// the passphrase or recovery key unwraps, and never goes through the app's unlock, which writes: an audit
// entry for the unlock, the audit entries waiting in `<db>.audit-pending.json` (taken in and the file
// removed), the in-use marker, a daily backup and any database update. A database that needs an update is
// reported, with its own exit code, not updated: updating is the app's job, with a backup first.
// What it does write is beside the database, as a failed unlock in the app would: a wrong passphrase or
// recovery key is counted (`<db>.attempts.json`) and noted for the audit log (`<db>.audit-pending.json`).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppFailure } from '../../shared/contract/result';
import { addPending } from '../backend/audit/pending';
import { describeDatabase } from '../backend/backup/snapshot';
import { isDamage, NotOurDatabase, openReadOnly, type Sqlite } from '../backend/db/open';
import { AttemptLimiter } from '../backend/office/attempts';
import { unwrapKey } from '../backend/office/keyring';
import { readNextEnvelopeOrNull } from '../backend/office/key-switch';
import type { Secret } from '../backend/office/session';
import { keyFileOrRefuse, notOpenedWithItsKey, secretKindOf } from '../backend/office/unlock-checks';
import { CliError, EXIT, exitCodeFor } from './exit';
import { unlockSecret } from './secrets';

export interface CheckSummary {
  ok: boolean;
  integrity: 'ok' | string[];
  foreignKeys: 'ok' | 'not checked' | { brokenLinks: number };
  /** null when a damaged page stopped the check before it got this far. */
  isDemo: boolean | null;
  /**
   * Database updates this version of Peer Office has that the database has not had yet: the app makes them
   * at its next unlock. null when a damaged page stopped the check before it got this far.
   */
  pendingUpdates: number | null;
  tables: Record<string, number>;
}

/** How many of the shipped database updates the database has not had; refuses one from a newer Peer Office. */
function pendingUpdates(newestApplied: number, migrationsDir: string): number {
  const shipped = readMigrationFiles({ migrationsFolder: migrationsDir }).map((m) => m.folderMillis);
  if (newestApplied > Math.max(0, ...shipped)) {
    throw new CliError(EXIT.DAMAGED, 'This database was saved by a newer version of Peer Office. Check it with the latest version; nothing has been changed.');
  }
  return shipped.filter((m) => m > newestApplied).length;
}

/**
 * Opens the database read-only with the key the secret unwraps; a key switch cut short (office/key-switch.ts)
 * is looked at, never settled. Wrong secrets count with the app's unlocks (office/attempts.ts) and are noted
 * for the audit log as failed unlocks (audit/pending.ts): without that a script could guess without limit.
 * Both are small files beside the database; the database itself is never written.
 */
async function openToCheck(db: string, secret: Secret): Promise<Sqlite> {
  const attempts = new AttemptLimiter(() => new Date(), () => db);
  const [kind, value] = secretKindOf(secret);
  const noteRefused = (refused: 'WRONG_SECRET' | 'TOO_MANY_ATTEMPTS') => {
    try {
      addPending(db, { kind: 'unlock-failed', at: new Date().toISOString(), channel: 'office:unlock', secret: kind === 'passphrase' ? 'passphrase' : 'recovery key', refused });
    } catch {
      // A folder that cannot be written (a read-only share): the check still answers, as the app's unlock does.
    }
  };
  try {
    attempts.refuseIfWaiting();
  } catch (err) {
    noteRefused('TOO_MANY_ATTEMPTS');
    throw err;
  }
  const envelope = keyFileOrRefuse(db);
  const next = readNextEnvelopeOrNull(db);
  if (next && existsSync(`${db}-journal`) && !existsSync(`${db}-wal`)) {
    throw new CliError(EXIT.FAILED, 'A change of the recovery key was cut short (the PC may have lost power). Unlock the office in Peer Office first, which finishes or undoes it, then check again. Nothing has been changed.');
  }
  let matched = false;
  for (const envelopeToTry of next ? [envelope, next] : [envelope]) {
    const key = await unwrapKey(envelopeToTry.wraps[kind], value, kind);
    if (!key) continue;
    matched = true;
    try {
      const sqlite = openReadOnly(db, key);
      attempts.reset();
      return sqlite;
    } catch (err) {
      if (!(err instanceof NotOurDatabase)) throw err;
      // Not with this key: with the other key file's, perhaps (a switch cut short); else damaged, below.
    } finally {
      key.fill(0);
    }
  }
  if (!matched) {
    attempts.recordFailure();
    noteRefused('WRONG_SECRET');
    throw new CliError(EXIT.WRONG_SECRET, kind === 'passphrase'
      ? 'That passphrase does not match. Check it and try again, or use the recovery key (PEER_OFFICE_RECOVERY_KEY).'
      : 'That recovery key does not match. Check each group of five characters and try again.');
  }
  throw notOpenedWithItsKey(db);
}

/**
 * Opens the database read-only, asks SQLite to check every page and every link, counts each table's rows
 * and prints a JSON summary. Exit 0 when sound and up to date; 4 when damaged; 5 when sound but waiting
 * for a database update (the app makes it, after a backup, at its next unlock).
 */
export async function checkReadOnly(dbArg: string, migrationsDir: string): Promise<void> {
  const db = resolve(dbArg);
  if (!existsSync(db)) throw new CliError(EXIT.DAMAGED, `There is no database at ${db}. Check the path.`);
  const secret = await unlockSecret();
  let sqlite: Sqlite;
  try {
    sqlite = await openToCheck(db, secret);
  } catch (err) {
    if (err instanceof AppFailure) throw new CliError(exitCodeFor(err.code), err.message);
    throw err;
  }
  let summary: CheckSummary;
  try {
    try {
      // SQLite's messages name pages, rows and indexes, never their contents; at most 20 are shown.
      const integrity = (sqlite.pragma('integrity_check(20)') as { integrity_check: string }[]).map((r) => r.integrity_check);
      const broken = (sqlite.pragma('foreign_key_check') as unknown[]).length;
      const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
      const facts = describeDatabase(sqlite);
      summary = {
        ok: integrityOk && broken === 0,
        integrity: integrityOk ? 'ok' : integrity,
        foreignKeys: broken === 0 ? 'ok' : { brokenLinks: broken },
        isDemo: facts.isDemo, pendingUpdates: pendingUpdates(facts.migrations.newest, migrationsDir),
        tables: facts.tables,
      };
    } catch (err) {
      // A page that fails its authentication tag stops the check itself: that is the finding.
      if (!isDamage(err)) throw err;
      summary = { ok: false, integrity: [(err as Error).message], foreignKeys: 'not checked', isDemo: null, pendingUpdates: null, tables: {} };
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    if (isDamage(err)) throw new CliError(EXIT.DAMAGED, `Part of the database file ${db} is damaged: SQLite could not read one of its pages. Nothing has been changed or deleted. Restore it from a backup, and keep this copy for investigation.`);
    throw err;
  } finally {
    sqlite.close();
  }
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (!summary.ok) throw new CliError(EXIT.DAMAGED, 'The database has problems (see above). Restore it from a backup, and keep this copy for investigation.');
  if (summary.pendingUpdates) {
    throw new CliError(EXIT.NEEDS_UPDATE, `The database is sound, but this version of Peer Office has ${summary.pendingUpdates === 1 ? 'a database update' : `${summary.pendingUpdates} database updates`} it has not had yet. `
      + 'Check does not make them: unlock the office in Peer Office, which backs the database up first and then updates it. Nothing has been changed.');
  }
  process.stderr.write('The database is sound.\n');
}
