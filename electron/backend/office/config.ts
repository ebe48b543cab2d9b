// Remembers which database file is the office's, in a small settings file in the app-data folder.
// It holds a path and nothing about anyone.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface AppConfig { databasePath: string }

const configPath = (dataDir: string) => join(dataDir, 'peer-office.json');
export const defaultDatabasePath = (dataDir: string) => join(dataDir, 'office.db');
export const demoDatabasePath = (dataDir: string) => join(dataDir, 'demo-office.db');

export function readConfig(dataDir: string): AppConfig | null {
  const path = configPath(dataDir);
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<AppConfig>;
    return typeof parsed.databasePath === 'string' ? { databasePath: parsed.databasePath } : null;
  } catch {
    return null; // an unreadable settings file means "not set up", never a crash at start
  }
}

/** Forgets which database is the office's, so the next start offers the first-run choices again. */
export function clearConfig(dataDir: string): void {
  rmSync(configPath(dataDir), { force: true });
}

export function writeConfig(dataDir: string, config: AppConfig): void {
  mkdirSync(dataDir, { recursive: true });
  const path = configPath(dataDir);
  writeFileSync(`${path}.tmp`, JSON.stringify(config, null, 2));
  renameSync(`${path}.tmp`, path);
}
