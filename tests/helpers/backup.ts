// Backups in tests: where they go, what is in them, and every row of a database for exact comparisons.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend } from '../../electron/backend/backend';
import { officeIdentity } from '../../electron/backend/backup/owner';
import type { Sqlite } from '../../electron/backend/db/open';
import { newestFirst, parseBackupName, type BackupName } from '../../shared/domain/backup-rotation';
import { migrationsUpTo } from './migrations';
import { PASSPHRASE } from './office';

/** The default backup folder of `<dir>/office.db`. */
export const backupsFolder = (dir: string): string => join(dir, 'office-backups');

/** The office code in the names of an unlocked office's backups (peer-office-<code>-...). */
export const officeCodeOf = (backend: Backend): string => officeIdentity(backend.session.backupSource()!.dataKey).code;

/** The name a backup would have had before names carried an office code. */
export const unmarkedName = (name: string): string => name.replace(/^peer-office-[0-9a-f]{8}-/, 'peer-office-');

/** Our backup files in a folder (names only), oldest first; [] when the folder does not exist. */
export function backupNames(folder: string): string[] {
  try {
    // Oldest first by when each was made, not by file name: the office code is random, so a name sort would put
    // this office's backups before or after older unmarked ones by chance.
    const parsed = readdirSync(folder).map(parseBackupName).filter((b): b is BackupName => b !== null);
    return parsed.sort((a, b) => newestFirst(b, a)).map((b) => b.fileName);
  } catch {
    return [];
  }
}

/**
 * Every row of every table, in a stable order: two databases with equal dumps hold exactly the same data.
 * The audit log is left out: it rightly records the restore and the unlock that compare them
 * (tests/integration/audit-*.test.ts look at it).
 */
export function dumpAll(sqlite: Sqlite): Record<string, unknown[]> {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name`).all() as { name: string }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) dump[name] = sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  return dump;
}

export const dumpOf = (backend: Backend): Record<string, unknown[]> => dumpAll(backend.session.context().sqlite);

/** Where the database snapshot starts in a backup file (after the magic, lengths and two header parts). */
export function databaseOffset(file: string): number {
  const bytes = readFileSync(file);
  const publicLength = bytes.readUInt32BE(10);
  const sealedLength = bytes.readUInt32BE(14 + publicLength);
  return 18 + publicLength + sealedLength;
}

/**
 * The header of a backup file without its database snapshot: all that a listing or a rotation reads of a
 * backup named before office codes, to tell whose it is. Copies of it stand in for hundreds of old backups
 * without hundreds of database copies.
 */
export const headerOnly = (file: string): Buffer => readFileSync(file).subarray(0, databaseOffset(file));

/** The SHA-256 of a file's bytes: the same before and after means the file was not touched. */
export const sha256Of = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Everything in a folder by name: a file as the SHA-256 of its bytes, a folder as 'folder'. Equal before and after means nothing there was touched. */
export function filesIn(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => {
    const path = join(dir, name);
    return [name, statSync(path).isDirectory() ? 'folder' : sha256Of(path)];
  }));
}

/** Flips one bit of a file at `offset`. */
export function flipByte(file: string, offset: number): void {
  const bytes = readFileSync(file);
  bytes[offset] = bytes[offset]! ^ 0x01;
  writeFileSync(file, bytes);
}

/**
 * A backup made by the first version of Peer Office (only the first migration), from an office of its own in
 * a new folder: for restores that must update an older database. Takes useOffices()'s tempDir and backendAt.
 */
export async function firstVersionBackup(offices: { tempDir(): string; backendAt(options: { dir: string; migrationsDir: string }): Backend }): Promise<string> {
  const dir = offices.tempDir();
  const old = offices.backendAt({ dir, migrationsDir: migrationsUpTo(dir, 1) });
  const created = await old.invoke('office:create', { officeName: 'Old office', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE });
  if (!created.ok) throw new Error(`could not create the old office: ${created.error.code}`);
  const made = await old.invoke('backup:make', {});
  if (!made.ok) throw new Error(`could not back up the old office: ${made.error.code}`);
  old.close();
  return made.value.written[0]!.path;
}
