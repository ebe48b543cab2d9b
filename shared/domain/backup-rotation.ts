// Which backup files Peer Office made, and which of them to keep. Backups are named by the London date
// and time they were made, so both the office manager looking at a USB stick and this rule can read
// when each was taken without opening it.
import { mondayOf } from './pay/calendar';

export const BACKUP_EXTENSION = '.pobackup';
export const BACKUP_REASONS = ['manual', 'daily', 'before-migration', 'command-line'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupName {
  fileName: string;
  /** London calendar date, 'YYYY-MM-DD'. */
  date: string;
  /** London time of day, 'HHMMSS'. */
  time: string;
  reason: BackupReason;
  /** 1 for the first backup in a second; 2, 3... when several were made in the same second. */
  sequence: number;
}

const NAME = new RegExp(`^peer-office-(\\d{4}-\\d{2}-\\d{2})-(\\d{6})-(${BACKUP_REASONS.join('|')})(?:-(\\d{1,4}))?\\${BACKUP_EXTENSION}$`);

export function backupFileName(date: string, time: string, reason: BackupReason, sequence = 1): string {
  return `peer-office-${date}-${time}-${reason}${sequence > 1 ? `-${sequence}` : ''}${BACKUP_EXTENSION}`;
}

/** The parts of one of our backup names, or null for any other file (which Peer Office never touches). */
export function parseBackupName(fileName: string): BackupName | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const sequence = m[4] === undefined ? 1 : Number(m[4]);
  // "-1" is never written: reading it as ours would let two names mean the same backup.
  if (sequence < 2 && m[4] !== undefined) return null;
  return { fileName, date: m[1]!, time: m[2]!, reason: m[3] as BackupReason, sequence };
}

/** Newest first: by date, then time, then sequence. */
export const newestFirst = (a: BackupName, b: BackupName): number =>
  b.date.localeCompare(a.date) || b.time.localeCompare(a.time) || b.sequence - a.sequence;

export interface RotationRule {
  daily: number;
  weekly: number;
  monthly: number;
}

/** What the office keeps: the last 7 days, 4 weeks and 12 months that have a backup. */
export const ROTATION: RotationRule = { daily: 7, weekly: 4, monthly: 12 };

export interface RotationPlan {
  keep: string[];
  remove: string[];
  /** Files that are not Peer Office backups: never kept or removed by the rule, only left alone. */
  ignored: string[];
}

/**
 * Keeps the newest backup of each of the last `daily` days that have one, of the last `weekly` Monday
 * weeks and of the last `monthly` months; the rules are independent and what any of them keeps stays.
 * Counting days that have a backup rather than calendar days means an office closed for a fortnight
 * still has a week of backups when it comes back. The newest backup is always kept, and so is every
 * backup made before a database update: it is the only copy of the office as the older version had it,
 * and there is one per update, so they never pile up.
 */
export function planRotation(fileNames: readonly string[], rule: RotationRule = ROTATION): RotationPlan {
  const ours: BackupName[] = [];
  const ignored: string[] = [];
  for (const name of fileNames) {
    const parsed = parseBackupName(name);
    if (parsed) ours.push(parsed);
    else ignored.push(name);
  }
  ours.sort(newestFirst);
  const keep = new Set<string>(ours.filter((b) => b.reason === 'before-migration').map((b) => b.fileName));
  if (ours[0]) keep.add(ours[0].fileName);
  const buckets: [number, (b: BackupName) => string][] = [
    [rule.daily, (b) => b.date],
    [rule.weekly, (b) => mondayOf(b.date)],
    [rule.monthly, (b) => b.date.slice(0, 7)],
  ];
  for (const [count, bucketOf] of buckets) {
    const seen = new Set<string>();
    for (const backup of ours) {
      if (seen.size >= count) break;
      const bucket = bucketOf(backup);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(backup.fileName); // the first seen in a bucket is its newest, since the list is newest first
    }
  }
  return {
    keep: ours.filter((b) => keep.has(b.fileName)).map((b) => b.fileName),
    remove: ours.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName),
    ignored,
  };
}
