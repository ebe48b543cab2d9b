// A consistent, still-encrypted copy of the live database, and what a backup records about it.
//
// VACUUM INTO writes the whole database as one read transaction, so the copy is consistent even with
// the WAL not yet folded in. SQLite3 Multiple Ciphers writes it with the source's cipher and key (tested:
// tests/integration/backup-file.test.ts finds no "SQLite format 3" in it, and it will not open without
// the key). better-sqlite3's db.backup() was the other candidate, but it opens its destination with no
// key, and sqlite3mc then writes plaintext pages or a file that cannot be read.
// VACUUM INTO is synchronous: about 15 ms per MB here (the demo office, 2.5 MB, takes ~40 ms), so it
// runs in one go; the slower work around it (writing the file, hashing, copying) is chunked and async.
// A snapshot or an extracted backup is read with db/open.ts's openReadOnly: read-only, so that nothing (the
// office's switch to WAL, say) rewrites the copy's first page or leaves a -wal beside it.
import type { Sqlite } from '../db/open';

/** Copies the open database to `path` (which must not exist), encrypted as the original. */
export function takeSnapshot(sqlite: Sqlite, path: string): void {
  sqlite.prepare('VACUUM INTO ?').run(path);
}

export interface DatabaseFacts {
  tables: Record<string, number>;
  migrations: { count: number; newest: number };
  isDemo: boolean;
}

/** Rows per table, which migrations it has and whether it is the demo: counts and flags, nothing about anyone. */
export function describeDatabase(sqlite: Sqlite): DatabaseFacts {
  const names = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  const tables: Record<string, number> = {};
  for (const { name } of names) tables[name] = (sqlite.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  const hasMigrations = names.some((t) => t.name === '__drizzle_migrations');
  const migrations = hasMigrations
    ? (sqlite.prepare('SELECT count(*) AS count, coalesce(max(created_at), 0) AS newest FROM __drizzle_migrations').get() as { count: number; newest: number })
    : { count: 0, newest: 0 };
  const hasSettings = names.some((t) => t.name === 'office_settings');
  const demo = hasSettings ? (sqlite.prepare(`SELECT value FROM office_settings WHERE key = 'isDemo'`).get() as { value: string } | undefined) : undefined;
  return { tables, migrations: { count: migrations.count, newest: Number(migrations.newest) }, isDemo: demo?.value === 'yes' };
}

/** SQLite's own check of every page and index; an authentication failure on a page throws instead. */
export function integrityProblems(sqlite: Sqlite): string[] {
  const rows = sqlite.pragma('integrity_check(20)') as { integrity_check: string }[];
  const found = rows.map((r) => r.integrity_check);
  return found.length === 1 && found[0] === 'ok' ? [] : found;
}
