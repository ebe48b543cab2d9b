// Opens the encrypted office database with its data key and the settings every connection needs.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
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

/**
 * Keys the connection and proves the key is right by reading the schema; SQLite only notices a wrong key
 * on the first read. Throws NotOurDatabase when the file cannot be read with this key.
 */
export function openEncrypted(path: string, dataKey: Buffer, options: { mustExist: boolean }): { sqlite: Sqlite; db: Db } {
  const sqlite = new Database(path, { fileMustExist: options.mustExist });
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
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Sorting and temporary tables stay in memory, so no unencrypted temporary file ever reaches the disk.
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}
