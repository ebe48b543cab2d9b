// The folders backups go to, what is in them, and the rotation applied to them. Only files named as
// Peer Office names its backups are ever listed, rotated or removed: anything else in a folder (the
// office's own files on a USB stick) is left alone.
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BackupFile, BackupFolderKind } from '../../../shared/contract/backup';
import { backupFileName, newestFirst, parseBackupName, planRotation, type BackupName, type BackupReason } from '../../../shared/domain/backup-rotation';

/**
 * Where backups go unless the office chooses somewhere else as well: a folder beside the database named
 * after it ("office-backups" for office.db). One folder per database, because the rotation keeps the
 * newest backup of each day: the demo's backups sharing the real office's folder would push its out.
 */
export const defaultBackupFolder = (dbPath: string): string => join(dirname(dbPath), `${basename(dbPath).replace(/\.db$/i, '')}-backups`);

/** The office setting that holds the extra folder (a USB stick, say). */
export const EXTRA_FOLDER_SETTING = 'backupExtraFolder';

/** A backup that failed its check after writing is renamed with this ending: kept, never trusted, never rotated. */
export const FAILED_CHECK_SUFFIX = '.failed-check';

/** The parts of one of our backups' names, failed or not. */
const parsedName = (fileName: string): BackupName | null =>
  parseBackupName(fileName.endsWith(FAILED_CHECK_SUFFIX) ? fileName.slice(0, -FAILED_CHECK_SUFFIX.length) : fileName);

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** London date and time of an instant: { date: 'YYYY-MM-DD', time: 'HHMMSS' }. */
export function londonStamp(now: Date): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}${part('minute')}${part('second')}` };
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch {
    return [];
  }
}

/**
 * A name for a new backup. A second backup in the same second, whatever its reason, gets the next
 * sequence number ("-2"), so the newest backup always sorts newest and the rotation keeps it.
 */
export async function freeBackupName(folder: string, now: Date, reason: BackupReason): Promise<string> {
  const { date, time } = londonStamp(now);
  let sequence = 1;
  for (const name of await namesIn(folder)) {
    const parsed = parsedName(name);
    if (parsed?.date === date && parsed.time === time) sequence = Math.max(sequence, parsed.sequence + 1);
  }
  return backupFileName(date, time, reason, sequence);
}

/** Newest first, across folders too. */
export const newestBackupFirst = (a: BackupFile, b: BackupFile): number => newestFirst(parsedName(a.fileName)!, parsedName(b.fileName)!);

/** Our backups in a folder, newest first; a folder that cannot be read has none. */
export async function backupsIn(folder: string, kind: BackupFolderKind): Promise<BackupFile[]> {
  const found: BackupFile[] = [];
  for (const fileName of await namesIn(folder)) {
    const failed = fileName.endsWith(FAILED_CHECK_SUFFIX);
    const parsed = parsedName(fileName);
    if (!parsed) continue;
    const path = join(folder, fileName);
    let sizeBytes: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      sizeBytes = info.size;
    } catch {
      continue; // removed while we looked
    }
    found.push({
      path, fileName, folder: kind, date: parsed.date, time: `${parsed.time.slice(0, 2)}:${parsed.time.slice(2, 4)}`,
      reason: parsed.reason, sizeBytes, check: failed ? 'failed' : 'verified',
    });
  }
  return found.sort(newestBackupFirst);
}

/** Whether the folder already holds one of our backups made on this London date. */
export async function hasBackupOn(folder: string, date: string): Promise<boolean> {
  return (await namesIn(folder)).some((name) => parseBackupName(name)?.date === date);
}

/** Removes the backups the rotation rule no longer keeps, never `justMade`; returns how many went. */
export async function rotate(folder: string, justMade: string): Promise<number> {
  const remove = planRotation(await namesIn(folder)).remove.filter((name) => name !== justMade);
  for (const name of remove) await rm(join(folder, name), { force: true });
  return remove.length;
}
