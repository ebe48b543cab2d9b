// `peer-office check`: is the database sound? It only looks. It opens the file read-only with the data key
// the passphrase or recovery key unwraps, and never goes through the app's unlock, which writes: an audit
// entry for the unlock, the audit entries waiting in `<db>.audit-pending.json` (taken in and the file
// removed), the in-use marker, a daily backup and any database update. A database that needs an update is
// reported, with its own exit code, not updated: updating is the app's job, with a backup first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { isDamage, NotOurDatabase, openReadOnly, type Sqlite } from '../backend/db/open';
import { keyFilePath, normaliseRecoveryKey, readEnvelope, readNextEnvelope, unwrapKey, type KeyEnvelope, type SecretKind } from '../backend/office/keyring';
import type { Secret } from '../backend/office/session';
import { CliError, EXIT } from './exit';
import { unlockSecret } from './secrets';

export interface CheckSummary {
  ok: boolean;
  integrity: 'ok' | string[];
  foreignKeys: 'ok' | 'not checked' | { brokenLinks: number };
  isDemo: boolean;
  /** Database updates this version of Peer Office has that the database has not had yet: the app makes them at its next unlock. */
  pendingUpdates: number;
  tables: Record<string, number>;
}

function countRows(sqlite: Sqlite): Record<string, number> {
  const names = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  const tables: Record<string, number> = {};
  for (const { name } of names) tables[name] = (sqlite.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  return tables;
}

const hasTable = (sqlite: Sqlite, name: string): boolean =>
  sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;

/** How many of the shipped database updates the database has not had; refuses one from a newer Peer Office. */
function pendingUpdates(sqlite: Sqlite, migrationsDir: string): number {
  const shipped = readMigrationFiles({ migrationsFolder: migrationsDir }).map((m) => m.folderMillis);
  const applied = hasTable(sqlite, '__drizzle_migrations')
    ? (sqlite.prepare('SELECT created_at AS createdAt FROM __drizzle_migrations').all() as { createdAt: number }[]).map((a) => Number(a.createdAt))
    : [];
  const newestApplied = Math.max(0, ...applied);
  if (newestApplied > Math.max(0, ...shipped)) {
    throw new CliError(EXIT.DAMAGED, 'This database was saved by a newer version of Peer Office. Check it with the latest version; nothing has been changed.');
  }
  return shipped.filter((m) => m > newestApplied).length;
}

const isDemoOffice = (sqlite: Sqlite): boolean =>
  hasTable(sqlite, 'office_settings')
  && (sqlite.prepare(`SELECT value FROM office_settings WHERE key = 'isDemo'`).get() as { value: string } | undefined)?.value === 'yes';

/** Opens the database read-only with the key the secret unwraps; a key switch cut short (office/key-switch.ts) is looked at, never settled. */
async function openToCheck(db: string, secret: Secret): Promise<Sqlite> {
  let envelope: KeyEnvelope | null;
  try {
    envelope = readEnvelope(db);
  } catch {
    throw new CliError(EXIT.DAMAGED, `The key file beside the database (${keyFilePath(db)}) is damaged. Restore it from a backup.`);
  }
  if (!envelope) throw new CliError(EXIT.DAMAGED, `The key file beside the database (${keyFilePath(db)}) is missing. Restore it from a backup.`);
  let next: KeyEnvelope | null;
  try {
    next = readNextEnvelope(db);
  } catch {
    next = null; // never renamed into place whole, so never the one in use (as key-switch.ts reads it)
  }
  const [kind, value]: [SecretKind, string] = 'passphrase' in secret ? ['passphrase', secret.passphrase] : ['recovery', normaliseRecoveryKey(secret.recoveryKey)];
  if (next && existsSync(`${db}-journal`) && !existsSync(`${db}-wal`)) {
    throw new CliError(EXIT.FAILED, 'A change of the recovery key was cut short (the PC may have lost power). Unlock the office in Peer Office first, which finishes or undoes it, then check again. Nothing has been changed.');
  }
  let matched = false;
  for (const envelopeToTry of next ? [envelope, next] : [envelope]) {
    const key = await unwrapKey(envelopeToTry.wraps[kind], value, kind);
    if (!key) continue;
    matched = true;
    try {
      return openReadOnly(db, key);
    } catch (err) {
      if (!(err instanceof NotOurDatabase)) throw err;
      // Not with this key: with the other key file's, perhaps (a switch cut short); else damaged, below.
    } finally {
      key.fill(0);
    }
  }
  if (!matched) {
    throw new CliError(EXIT.WRONG_SECRET, kind === 'passphrase'
      ? 'That passphrase does not match. Check it and try again, or use the recovery key (PEER_OFFICE_RECOVERY_KEY).'
      : 'That recovery key does not match. Check each group of five characters and try again.');
  }
  throw new CliError(EXIT.DAMAGED, `The database file ${db} is damaged or is not a Peer Office database: it does not open with this office’s key (it may have been cut short or changed). Nothing has been changed or deleted. Restore it from a backup.`);
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
  const sqlite = await openToCheck(db, secret);
  let summary: CheckSummary;
  try {
    const isDemo = isDemoOffice(sqlite);
    const pending = pendingUpdates(sqlite, migrationsDir);
    try {
      // SQLite's messages name pages, rows and indexes, never their contents; at most 20 are shown.
      const integrity = (sqlite.pragma('integrity_check(20)') as { integrity_check: string }[]).map((r) => r.integrity_check);
      const broken = (sqlite.pragma('foreign_key_check') as unknown[]).length;
      const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
      summary = {
        ok: integrityOk && broken === 0,
        integrity: integrityOk ? 'ok' : integrity,
        foreignKeys: broken === 0 ? 'ok' : { brokenLinks: broken },
        isDemo, pendingUpdates: pending,
        tables: countRows(sqlite),
      };
    } catch (err) {
      // A page that fails its authentication tag stops the check itself: that is the finding.
      if (!isDamage(err)) throw err;
      summary = { ok: false, integrity: [(err as Error).message], foreignKeys: 'not checked', isDemo, pendingUpdates: pending, tables: {} };
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
  if (summary.pendingUpdates > 0) {
    throw new CliError(EXIT.NEEDS_UPDATE, `The database is sound, but this version of Peer Office has ${summary.pendingUpdates === 1 ? 'a database update' : `${summary.pendingUpdates} database updates`} it has not had yet. `
      + 'Check does not make them: unlock the office in Peer Office, which backs the database up first and then updates it. Nothing has been changed.');
  }
  process.stderr.write('The database is sound.\n');
}
