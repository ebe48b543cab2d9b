// Opens the encrypted office database with its data key and the settings every connection needs.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { AppFailure } from '../../../shared/contract/result';
import { existsSync, rmSync, statSync } from 'node:fs';
import { claimInUse, clearInUse, refuseIfNewestChangesLost, releaseAfterClose, releaseBeforeClose, type InUseClaim } from './in-use';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema>;

/** better-sqlite3 here is the npm alias of better-sqlite3-multiple-ciphers, which adds key(); the
 * standard typings in use do not know it (the package's own are unreachable through its "exports"). */
type WithCipher = Sqlite & { key(key: Buffer): number };

export class NotOurDatabase extends Error {}

/** SQLite's own word that the file is damaged (better-sqlite3 puts the extended code on the error). */
export const isDamage = (err: unknown): boolean =>
  err instanceof Error && /^SQLITE_(CORRUPT|NOTADB)/.test(String((err as { code?: unknown }).code ?? ''));

/** The low-level open, read-write with the settings every connection needs; openOffice is the office's. */
export function openEncrypted(path: string, dataKey: Buffer, options: { mustExist: boolean }): { sqlite: Sqlite; db: Db } {
  const sqlite = keyed(path, dataKey, { ...options, readonly: false });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Sorting and temporary tables stay in memory, so no unencrypted temporary file ever reaches the disk.
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

/**
 * Opens a database only to read it (the CLI's `check`; a backup's snapshot, and a backup's database as it is
 * checked): no WAL folding, no in-use marker, no pragmas that write, so a copy is left byte for byte as it
 * was and no -wal appears beside it. Throws NotOurDatabase when the file cannot be read with this key. A WAL a
 * running app left beside it is read as it stands, so what is checked is every committed change.
 */
export function openReadOnly(path: string, dataKey: Buffer): Sqlite {
  const sqlite = keyed(path, dataKey, { mustExist: true, readonly: true });
  // As openEncrypted: nothing decrypted ever goes to a temporary file on disk.
  sqlite.pragma('temp_store = MEMORY');
  return sqlite;
}

/**
 * Keys the connection and proves the key is right by reading the schema; SQLite only notices a wrong key
 * on the first read. Throws NotOurDatabase when the file cannot be read with this key.
 */
function keyed(path: string, dataKey: Buffer, options: { mustExist: boolean; readonly: boolean }): Sqlite {
  const sqlite = new Database(path, { fileMustExist: options.mustExist, readonly: options.readonly });
  try {
    // ChaCha20-Poly1305 (sqlite3mc's default) authenticates every page, so tampering is detected too.
    sqlite.pragma(`cipher = 'chacha20'`);
    // The key goes in as bytes, never as a string in SQL text, which could linger in memory unwiped.
    (sqlite as WithCipher).key(dataKey);
    const { n } = sqlite.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
    // SQLite reads an empty (0-byte) file as a new, empty database under any key. An office that exists
    // always has tables, so an empty one is a truncated or wrong file: never quietly start it afresh.
    if (options.mustExist && n === 0) throw new Error('the database file is empty');
  } catch (err) {
    sqlite.close();
    throw new NotOurDatabase(err instanceof Error ? err.message : String(err));
  }
  return sqlite;
}

const damagedPages = (path: string, problems: number | null): AppFailure => new AppFailure(
  'DAMAGED',
  `Part of the database file ${path} is damaged: ${problems === null ? 'a part of it cannot be read' : `a check of the whole file found ${problems === 1 ? 'a part that is wrong' : `${problems} parts that are wrong`}`}. `
  + 'Peer Office will not open it, so that no wrong or missing records are shown. The file is left exactly as it is and nothing has been deleted. '
  + 'Restore it from a backup: the backup is checked before anything is replaced, and this file is kept aside.',
);

/**
 * Reads every page of the database (and of a WAL left by a crash) before the office is opened for use.
 * ChaCha20-Poly1305 authenticates each page, so a changed byte anywhere fails here rather than later, on a
 * screen, or worse, in a backup. Read-only on purpose: closing a read-write connection folds the WAL into
 * the file, and a damaged file is best left exactly as it was found. About 100 ms for the key and 15 ms a MB.
 */
function refuseDamagedPages(path: string, dataKey: Buffer): void {
  // Even a read-only look makes an empty -wal and -shm when there were none: on a refusal they are taken
  // away again, so the folder is as it was found (the restore then keeps aside only what was there).
  const madeHere = [`${path}-wal`, `${path}-shm`].filter((f) => !existsSync(f));
  let sqlite: Sqlite;
  try {
    sqlite = keyed(path, dataKey, { mustExist: true, readonly: true });
  } catch (err) {
    removeIfEmptyOrIndex(madeHere);
    throw err;
  }
  try {
    sqlite.pragma('temp_store = MEMORY');
    const rows = sqlite.pragma('quick_check(100)') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length) throw damagedPages(path, problems.length);
  } catch (err) {
    sqlite.close();
    removeIfEmptyOrIndex(madeHere);
    if (isDamage(err)) throw damagedPages(path, null);
    throw err;
  } finally {
    if (sqlite.open) sqlite.close();
  }
}

/** Files this check made: an -shm is only an index of the WAL; a -wal is removed only while it is still empty. */
function removeIfEmptyOrIndex(files: readonly string[]): void {
  for (const f of files) {
    try {
      if (f.endsWith('-shm') || statSync(f).size === 0) rmSync(f, { force: true });
    } catch {
      // not there, or in use: left as it is
    }
  }
}

/** How each open office connection stands to its in-use marker (in-use.ts), for closeOffice. */
const claims = new WeakMap<Sqlite, InUseClaim>();

/** The in-use claim of a connection openOffice made, for a re-key that sets the marker aside for a moment (rekey.ts). */
export const inUseClaimOf = (sqlite: Sqlite): InUseClaim | undefined => claims.get(sqlite);

/**
 * Whether `dataKey` opens the database, to tell which of two key files is the right one after a re-key was
 * cut short (office/key-switch.ts). Read-only unless a rollback journal left by that crash needs rolling
 * back (only a read-write opening can): a read-write opening in WAL mode would fold a crashed session's
 * WAL into the file as it closed, leaving its in-use marker to report the WAL lost.
 */
export function keyOpens(path: string, dataKey: Buffer, options: { readonly: boolean }): boolean {
  try {
    keyed(path, dataKey, { mustExist: true, readonly: options.readonly }).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the office for use: refuses a file whose newest changes went missing with its WAL, or with a
 * damaged page (never showing wrong or missing records, never changing or deleting a file), and marks it
 * in use until closeOffice. A database just created skips the checks: it has no past to have lost.
 */
export function openOffice(path: string, dataKey: Buffer, options: { now: Date; justCreated?: boolean }): { sqlite: Sqlite; db: Db } {
  if (!options.justCreated) {
    refuseIfNewestChangesLost(path, options.now);
    refuseDamagedPages(path, dataKey);
  }
  // Looked at before opening: the connection makes a -wal of its own as it opens.
  const walWasThere = existsSync(`${path}-wal`);
  const opened = openEncrypted(path, dataKey, { mustExist: true });
  try {
    claims.set(opened.sqlite, claimInUse(path, options.now, walWasThere));
  } catch (err) {
    opened.sqlite.close();
    throw err;
  }
  return opened;
}

/**
 * Closes the office cleanly: every committed change is folded into the database file and the WAL emptied
 * before the in-use marker goes, so a WAL lost after this loses nothing. When the WAL cannot be emptied
 * (another program reading, a damaged page), the marker stays and a lost WAL is still noticed. A marker
 * this opening did not write (another process has the office open) is left to its holder (in-use.ts).
 */
export function closeOffice(sqlite: Sqlite, path: string): void {
  const claim = claims.get(sqlite);
  let removedBeforeClose = false;
  try {
    // A call still inside its transaction as the office closes (the app quitting mid-export) is abandoned:
    // closing would roll it back anyway, and rolling back first lets the WAL be emptied and the marker go,
    // rather than a later unlock reporting changes lost that never were.
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy === 0) {
      // A connection openOffice did not make (a database being built) has no claim: it never had a marker of its own.
      if (claim) removedBeforeClose = releaseBeforeClose(path, claim);
      else clearInUse(path);
    }
  } catch {
    // the marker stays: see above
  } finally {
    sqlite.close();
  }
  if (!claim) return;
  claims.delete(sqlite);
  try {
    releaseAfterClose(path, claim, removedBeforeClose);
  } catch {
    // Closed all the same; a marker left in place is only ever a question at the next unlock, never a loss.
  }
}
