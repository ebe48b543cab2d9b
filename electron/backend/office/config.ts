// Remembers which database file is the office's, in a small settings file in the app-data folder.
// It holds paths and nothing about anyone: the database's, and each office's extra backup folder with
// the code its backups are named by (see extraBackupFolder below).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeJsonAtomically } from '../files/json-file';

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

/** The settings file as it stands, every field; empty when there is none or it cannot be read. */
function readRaw(dataDir: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(configPath(dataDir), 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function writeRaw(dataDir: string, raw: Record<string, unknown>): void {
  mkdirSync(dataDir, { recursive: true });
  // Not flushed to the disk: lost to a power cut, it only means choosing the database again at the next start.
  writeJsonAtomically(configPath(dataDir), raw, { fsync: false });
}

/**
 * Forgets which database is the office's, so the next start offers the first-run choices again. The
 * extra backup folders stay: they are each office's own (the real office's is still its own after the
 * demo is left), and the unlock screen needs them to offer a restore from a USB stick.
 */
export function clearConfig(dataDir: string): void {
  const { databasePath: _forgotten, ...rest } = readRaw(dataDir);
  if (Object.keys(rest).length === 0) rmSync(configPath(dataDir), { force: true });
  else writeRaw(dataDir, rest);
}

/** Sets which database is the office's, leaving the rest of the settings file as it was. */
export function writeConfig(dataDir: string, config: AppConfig): void {
  writeRaw(dataDir, { ...readRaw(dataDir), ...config });
}

/**
 * An office's extra backup folder (a USB stick, say) and the office code its backups are named with. The
 * setting itself lives in the encrypted database; this plain copy lets the unlock screen list that folder's
 * backups for a restore while the database is locked (and its key, so its code, unknown). A folder path and
 * a random-looking code say nothing about anyone. Keyed by the database's full path: the demo and the real
 * office share this file, and each may have a folder of its own.
 */
export interface ExtraBackupFolder { folder: string; officeCode: string }

const EXTRA_FOLDERS = 'extraBackupFolders';

function extraFoldersOf(raw: Record<string, unknown>): Record<string, ExtraBackupFolder> {
  const all = raw[EXTRA_FOLDERS];
  if (all === null || typeof all !== 'object' || Array.isArray(all)) return {};
  const valid: Record<string, ExtraBackupFolder> = {};
  for (const [db, entry] of Object.entries(all as Record<string, unknown>)) {
    const { folder, officeCode } = (entry ?? {}) as Partial<ExtraBackupFolder>;
    if (typeof folder === 'string' && folder !== '' && typeof officeCode === 'string') valid[db] = { folder, officeCode };
  }
  return valid;
}

export function readExtraBackupFolder(dataDir: string, dbPath: string): ExtraBackupFolder | null {
  return extraFoldersOf(readRaw(dataDir))[resolve(dbPath)] ?? null;
}

/** Records (or, with null, forgets) the database's extra backup folder; writes only when that changes it. */
export function writeExtraBackupFolder(dataDir: string, dbPath: string, extra: ExtraBackupFolder | null): void {
  const raw = readRaw(dataDir);
  const folders = extraFoldersOf(raw);
  const key = resolve(dbPath);
  const was = folders[key];
  if (extra ? was?.folder === extra.folder && was.officeCode === extra.officeCode : was === undefined) return;
  if (extra) folders[key] = { folder: extra.folder, officeCode: extra.officeCode };
  else delete folders[key];
  const { [EXTRA_FOLDERS]: _old, ...rest } = raw;
  if (Object.keys(folders).length > 0) writeRaw(dataDir, { ...rest, [EXTRA_FOLDERS]: folders });
  else if (Object.keys(rest).length > 0) writeRaw(dataDir, rest);
  else rmSync(configPath(dataDir), { force: true });
}
