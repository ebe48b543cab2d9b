// Opening a backup file with a secret (for a preview or a restore), and putting a backup in place of the
// office database. The backup is checked in full before anything of the current office is touched; the
// current database, its WAL and its key file are then moved aside under a "before-restore" name, never
// deleted, and moved back if the swap cannot finish.
import { mkdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BackupPreview } from '../../../shared/contract/backup';
import { AppFailure } from '../../../shared/contract/result';
import { inUseMarkerPath } from '../db/in-use';
import { keyFilePath, writeEnvelope } from '../office/keyring';
import type { Secret } from '../office/session';
import { syncFolder } from './files';
import { unsealMetadata, type SealedMetadata } from './format';
import { londonStamp } from './folders';
import type { ProgressTracker } from './progress';
import { checkBackup, keyFromSecret, readBackupFile, type BackupOnDisk } from './verify';

export interface OpenedBackup {
  backup: BackupOnDisk;
  metadata: SealedMetadata;
  compatibility: BackupPreview['compatibility'];
}

/** A backup's authentic metadata, checked against what this version of Peer Office can open. */
async function openWithSecret(file: string, secret: Secret, newestKnown: number): Promise<{ opened: OpenedBackup; dataKey: Buffer }> {
  const backup = await readBackupFile(file);
  const dataKey = await keyFromSecret(backup.raw.header, secret);
  try {
    const metadata = unsealMetadata(backup.raw, dataKey);
    const newest = metadata.migrations.newest;
    const compatibility = newest > newestKnown ? 'newer' : newest < newestKnown ? 'older' : 'same';
    return { opened: { backup, metadata, compatibility }, dataKey };
  } catch (err) {
    dataKey.fill(0);
    throw err;
  }
}

/** Checks a backup all the way through and says what it holds; nothing is changed. */
export async function previewBackup(file: string, secret: Secret, options: { newestKnown: number; workDir: string; progress: ProgressTracker }): Promise<BackupPreview> {
  options.progress.step('reading');
  const { opened, dataKey } = await openWithSecret(file, secret, options.newestKnown);
  try {
    options.progress.step('checking', opened.backup.raw.header.databaseBytes);
    await mkdir(options.workDir, { recursive: true, mode: 0o700 });
    await checkBackup(opened.backup, dataKey, { workDir: options.workDir, onBytes: (done) => options.progress.bytes(done) });
  } finally {
    dataKey.fill(0);
  }
  const { header } = opened.backup.raw;
  const { metadata } = opened;
  return {
    path: file, sizeBytes: opened.backup.sizeBytes, createdAt: header.createdAt, reason: header.reason, appVersion: metadata.appVersion,
    migrations: metadata.migrations.count, compatibility: opened.compatibility, isDemo: metadata.isDemo, tables: metadata.tables,
  };
}

export const TOO_NEW_BACKUP = 'This backup was made by a newer version of Peer Office than this one. Install the latest version, then restore it. Nothing has been changed.';

export interface RestoreOptions {
  dbPath: string;
  newestKnown: number;
  now: Date;
  /** Closes the open office before its files are moved. */
  lock: () => void;
  progress: ProgressTracker;
}

/** Restores a backup over the office database; returns the paths the old files were kept under. */
export async function restoreBackup(file: string, secret: Secret, options: RestoreOptions): Promise<{ createdAt: string; keptAside: string[] }> {
  const { dbPath, progress } = options;
  progress.step('reading');
  const { opened, dataKey } = await openWithSecret(file, secret, options.newestKnown);
  const restoring = `${dbPath}.restoring`;
  try {
    if (opened.compatibility === 'newer') throw new AppFailure('TOO_NEW', TOO_NEW_BACKUP, { file: 'Made by a newer version of Peer Office' });
    const folder = dirname(dbPath);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    // What an earlier attempt that was cut short left behind is ours to clear.
    for (const f of [restoring, keyFilePath(restoring)]) await rm(f, { force: true });
    progress.step('checking', opened.backup.raw.header.databaseBytes);
    await checkBackup(opened.backup, dataKey, { keepDatabaseAt: restoring, workDir: folder, onBytes: (done) => progress.bytes(done) });
    writeEnvelope(restoring, opened.backup.raw.header.keys);

    progress.step('restoring');
    options.lock();
    const keptAside = await swapIn(restoring, dbPath, options.now);
    await syncFolder(folder);
    return { createdAt: opened.backup.raw.header.createdAt, keptAside };
  } catch (err) {
    for (const f of [restoring, keyFilePath(restoring)]) await rm(f, { force: true });
    throw err;
  } finally {
    dataKey.fill(0);
  }
}

/** A name for the current files that no earlier restore has used. */
function asideName(dbPath: string, now: Date): string {
  const { date, time } = londonStamp(now);
  const base = `${dbPath}.before-restore-${date}-${time}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (![candidate, keyFilePath(candidate), `${candidate}-wal`].some(existsSync)) return candidate;
  }
}

async function swapIn(restoring: string, dbPath: string, now: Date): Promise<string[]> {
  const aside = asideName(dbPath, now);
  // The WAL and shared-memory files belong with their database: a -wal left beside the restored file
  // would be replayed into it. So does the in-use marker of a session that did not close cleanly: left
  // behind, it would report the restored file's (absent) WAL as lost.
  const pairs: [string, string][] = [
    [dbPath, aside], [`${dbPath}-wal`, `${aside}-wal`], [`${dbPath}-shm`, `${aside}-shm`], [keyFilePath(dbPath), keyFilePath(aside)],
    [inUseMarkerPath(dbPath), inUseMarkerPath(aside)],
  ];
  const moved: [string, string][] = [];
  let placed = false;
  try {
    // A marker with no database beside it belongs to nothing (its database was deleted by hand): it holds
    // no one's data, and left there it would report the restored file's WAL as lost.
    if (!existsSync(dbPath)) await rm(inUseMarkerPath(dbPath), { force: true });
    for (const [from, to] of pairs) {
      if (!existsSync(from)) continue;
      await rename(from, to);
      moved.push([from, to]);
    }
    await rename(restoring, dbPath);
    placed = true;
    await rename(keyFilePath(restoring), keyFilePath(dbPath));
  } catch (err) {
    // Put back exactly what was there; the restoring files are cleared by the caller.
    if (placed) await rm(dbPath, { force: true });
    const stuck: string[] = [];
    for (const [from, to] of moved.reverse()) await rename(to, from).catch(() => stuck.push(to));
    const code = (err as { code?: unknown }).code;
    const why = code === 'EBUSY' || code === 'EPERM' ? ' because another program has the database open (close any other Peer Office window or command)' : '';
    // Never "as it was" unless it is: a file that could not be moved back is named, so nothing is lost.
    if (stuck.length > 0) {
      throw new AppFailure('DAMAGED', `The backup could not be put in place${why}, and the office database could not be moved back either: it is safe, kept as ${stuck[stuck.length - 1]}. Close Peer Office, rename that file back to ${dbPath} (and its .keys.json beside it), then open Peer Office again.`);
    }
    throw new AppFailure('CONFLICT', `The backup could not be put in place${why}. The office database is as it was.`);
  }
  return moved.map(([, to]) => to);
}
