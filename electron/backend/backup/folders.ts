// The folders backups go to, what is in them, and the rotation applied to them. Only files named as
// Peer Office names its backups are ever listed, rotated or removed: anything else in a folder (the
// office's own files on a USB stick) is left alone. And only this office's backups: another office's in
// a shared folder are neither listed nor removed (owner.ts says how a backup's office is known).
//
// Backups named before names carried an office code ("unmarked") are asked their sealed header: one that
// opens with this office's key is this office's, wherever it is, listed and rotated as any other; one
// that is a sound header but does not open is another office's, left alone. One whose header cannot be
// read is not known to be this office's, so it is left alone too, in every folder, its own default one
// included: a cut-short file is of no use, but the same answer comes from a sound backup that cannot be
// read just now (on Windows, an antivirus scan or a sync tool holding it open), and a rotation that took
// that for its own could delete a good backup. It is read again, and rotated if it is ours, next time.
import { readdir, realpath, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { BackupFile, BackupFolderKind } from '../../../shared/contract/backup';
import { backupFileName, newestFirst, parseBackupName, planRotation, type BackupName, type BackupReason } from '../../../shared/domain/backup-rotation';
import { headerOwner, type BackupOwner } from './owner';

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

/**
 * Whether two paths name the same folder: resolved, through links, and without regard to case on Windows
 * (where E:\Backups and e:\backups\ are one folder). A path that does not exist is compared as written.
 */
export async function samePlace(a: string, b: string): Promise<boolean> {
  const canonical = async (p: string) => {
    const resolved = resolve(p);
    return realpath(resolved).catch(() => resolved);
  };
  const [x, y] = await Promise.all([canonical(a), canonical(b)]);
  return samePathAsWritten(x, y);
}

/** Whether two paths are one as written (resolved, no links followed): without regard to case on Windows. */
export function samePathAsWritten(a: string, b: string): boolean {
  const [x, y] = [resolve(a), resolve(b)];
  return process.platform === 'win32' ? x.toLowerCase() === y.toLowerCase() : x === y;
}

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
 * Which of `names` (files in `folder`) are this office's backups: by their office code, or for unmarked
 * ones by their header, only when it reads and opens with this office's key (see the top of this file).
 */
async function ownedIn(folder: string, names: readonly string[], owner: BackupOwner): Promise<Set<string>> {
  const owned = new Set<string>();
  for (const name of names) {
    const parsed = parsedName(name);
    if (!parsed) continue;
    const ours = parsed.officeCode === null ? (await headerOwner(join(folder, name), owner.dataKey)) === 'this' : parsed.officeCode === owner.code;
    if (ours) owned.add(name);
  }
  return owned;
}

/**
 * A name for a new backup. A second backup of this office in the same second, whatever its reason, gets
 * the next sequence number ("-2"), so the newest backup always sorts newest and the rotation keeps it.
 * Another office's backup of the same second has another name already (its own code).
 */
export async function freeBackupName(folder: string, now: Date, reason: BackupReason, officeCode: string): Promise<string> {
  const { date, time } = londonStamp(now);
  let sequence = 1;
  for (const name of await namesIn(folder)) {
    const parsed = parsedName(name);
    if (parsed?.officeCode === officeCode && parsed.date === date && parsed.time === time) sequence = Math.max(sequence, parsed.sequence + 1);
  }
  return backupFileName(officeCode, date, time, reason, sequence);
}

/** Newest first, across folders too. */
export const newestBackupFirst = (a: BackupFile, b: BackupFile): number => newestFirst(parsedName(a.fileName)!, parsedName(b.fileName)!);

/**
 * This office's backups in a folder, newest first; a folder that cannot be read has none. Without an
 * owner (the office is locked, so its key and code are not known) every Peer Office backup in the folder:
 * only the default folder is listed that way, for a restore from the unlock screen, and it is this
 * database's own (another office's backups get there only if that office chose it as its extra folder,
 * and a restore previews the backup first). The extra folder, locked, is listed by backupsNamedFor.
 */
export async function backupsIn(folder: string, kind: BackupFolderKind, owner: BackupOwner | null): Promise<BackupFile[]> {
  const names = await namesIn(folder);
  const owned = owner ? await ownedIn(folder, names, owner) : null;
  return listed(folder, kind, names, (fileName) => !owned || owned.has(fileName));
}

/**
 * The backups in a folder named with `officeCode`, newest first: the extra folder's while the office is
 * locked, its code known from the plain config (office/config.ts) but not its key. Only names with the code
 * are listed: an unmarked one could be another office's (a shared USB stick) and, locked, there is no key
 * to ask its header with.
 */
export async function backupsNamedFor(folder: string, kind: BackupFolderKind, officeCode: string): Promise<BackupFile[]> {
  return listed(folder, kind, await namesIn(folder), (fileName) => parsedName(fileName)?.officeCode === officeCode);
}

async function listed(folder: string, kind: BackupFolderKind, names: readonly string[], include: (fileName: string) => boolean): Promise<BackupFile[]> {
  const found: BackupFile[] = [];
  for (const fileName of names) {
    const failed = fileName.endsWith(FAILED_CHECK_SUFFIX);
    const parsed = parsedName(fileName);
    if (!parsed || !include(fileName)) continue;
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

/** Whether the folder already holds one of this office's backups made on this London date. */
export async function hasBackupOn(folder: string, date: string, owner: BackupOwner): Promise<boolean> {
  const thatDay = (await namesIn(folder)).filter((name) => parseBackupName(name)?.date === date);
  return (await ownedIn(folder, thatDay, owner)).size > 0;
}

/**
 * Removes this office's backups that the rotation rule no longer keeps, never `justMade`; returns how many
 * went. Every backup of the day `justMade` was made on is kept (planRotation's "today"): its name carries
 * the London date it was taken, which is today's as the rotation runs straight after it is written.
 * One that cannot be removed just now (on Windows, held open by an antivirus scan) stays until the next
 * rotation: the backup just made is written and checked, and must not be reported as failed for it.
 */
export async function rotate(folder: string, justMade: string, owner: BackupOwner): Promise<number> {
  const today = parsedName(justMade)?.date;
  if (today === undefined) throw new Error('rotate: the backup just made has no backup name');
  const names = await namesIn(folder);
  const owned = await ownedIn(folder, names, owner);
  const plan = planRotation(names, { officeCode: owner.code, claimsUnmarked: (name) => owned.has(name) }, today);
  let removed = 0;
  for (const name of plan.remove.filter((n) => n !== justMade)) {
    try {
      await rm(join(folder, name), { force: true });
      removed += 1;
    } catch {
      // left for the next rotation (see above)
    }
  }
  return removed;
}
