// Runs drizzle-kit's numbered migrations with the guards drizzle's own migrate() lacks:
//  - refuses a database written by a newer Peer Office (it would otherwise be silently misread);
//  - makes a verified, encrypted backup (backup/) before changing an existing database, and changes
//    nothing when it cannot;
//  - turns foreign keys off *outside* the transaction (SQLite ignores the pragma inside one), because
//    drizzle-kit rebuilds tables by drop-and-copy, which would otherwise cascade-delete child rows;
//  - runs foreign_key_check *inside* the transaction, so a migration that breaks a link rolls back whole.
// It reads the files with drizzle's readMigrationFiles and keeps drizzle's __drizzle_migrations table,
// so drizzle-kit and this runner agree on what has been applied.
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppFailure } from '../../../shared/contract/result';
import type { Sqlite } from './open';

export interface MigrationOutcome {
  applied: number;
  /** Where the pre-migration backup went, when one was made. */
  backupPath: string | null;
}

const TABLE = '__drizzle_migrations';

/** The newest migration this version of Peer Office ships: a database or backup past it is from a newer version. */
export const newestKnownMigration = (migrationsDir: string): number =>
  Math.max(0, ...readMigrationFiles({ migrationsFolder: migrationsDir }).map((m) => m.folderMillis));

export async function migrateGuarded(
  sqlite: Sqlite,
  options: { migrationsDir: string; /** Makes the backup and returns its path; throws when it cannot. */ backupFirst: () => Promise<string> },
): Promise<MigrationOutcome> {
  const migrations = readMigrationFiles({ migrationsFolder: options.migrationsDir });
  const newestKnown = Math.max(0, ...migrations.map((m) => m.folderMillis));

  sqlite.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
  const applied = sqlite.prepare(`SELECT hash, created_at AS createdAt FROM ${TABLE}`).all() as { hash: string; createdAt: number }[];
  const newestApplied = Math.max(0, ...applied.map((a) => Number(a.createdAt)));
  if (newestApplied > newestKnown) {
    throw new AppFailure('TOO_NEW', 'This database was saved by a newer version of Peer Office. Install the latest version to open it; nothing has been changed.');
  }
  const pending = migrations.filter((m) => m.folderMillis > newestApplied);
  if (pending.length === 0) return { applied: 0, backupPath: null };

  // A brand-new database has nothing to lose; an existing one is backed up, or not changed at all.
  const backupPath = applied.length > 0 ? await options.backupFirst() : null;

  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
      const record = sqlite.prepare(`INSERT INTO ${TABLE} (hash, created_at) VALUES (?, ?)`);
      for (const migration of pending) {
        for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement);
        record.run(migration.hash, migration.folderMillis);
      }
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`migration would leave ${broken.length} broken links between tables`);
    })();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return { applied: pending.length, backupPath };
}
