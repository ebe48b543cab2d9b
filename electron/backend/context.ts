// What every service needs, handed in by whoever composes the backend (Electron main, the browser host,
// the CLI or a test). Nothing in the backend looks up a path or the clock for itself.
import type { Db, Sqlite } from './db/open';

export interface Logger {
  // Messages name channels, codes and counts only: never a person's details.
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * What a log line may say about an error: its kind ("SqliteError", "EACCES"), never its message, which
 * can carry a path holding a Windows user name or a value from the records.
 */
export function errorName(err: unknown): string {
  return err instanceof Error ? err.name : 'unknown error';
}

export interface BackendEnv {
  /** Folder for the settings file and the default database location (the user's app-data folder). */
  dataDir: string;
  /** drizzle-kit's migrations folder. */
  migrationsDir: string;
  /** Open this database file rather than the one the settings file remembers (CLI, tests). */
  databasePath?: string;
  now: () => Date;
  logger: Logger;
}

/** An unlocked office: the open database and the clock. */
export interface OfficeContext {
  db: Db;
  sqlite: Sqlite;
  now: () => Date;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
