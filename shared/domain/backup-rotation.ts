// Which backup files Peer Office made, for which office, and which of them to keep. Backups are named
// by the London date and time they were made, so both the office manager looking at a USB stick and this
// rule can read when each was taken without opening it; and by a short code of the office database they
// hold, because two offices on one PC (the demo and the real one, say) may share a folder, and one
// office's rotation must never remove the other's backups.
import { mondayOf } from './pay/calendar';

export const BACKUP_EXTENSION = '.pobackup';
/**
 * Why a backup was made, as its name and its header say. 'manual' is "Back up now"; 'key-change' is the one
 * made straight after a new passphrase or recovery key, the first that opens with the new secret (backups
 * made that way before this reason existed were named 'manual', and still read as such).
 */
export const BACKUP_REASONS = ['manual', 'daily', 'before-migration', 'command-line', 'key-change'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * The short office code in a backup's name: eight lowercase hex characters, random-looking, the same for
 * every backup of one office database and different for another (see electron/backend/backup/owner.ts).
 * Never the office's name: a file name is seen by anyone who looks at the USB stick.
 */
export const OFFICE_CODE = /^[0-9a-f]{8}$/;

export interface BackupName {
  fileName: string;
  /** The office code, or null for a name written before backups carried one ("unmarked"). */
  officeCode: string | null;
  /** London calendar date, 'YYYY-MM-DD'. */
  date: string;
  /** London time of day, 'HHMMSS'. */
  time: string;
  reason: BackupReason;
  /** 1 for the first backup in a second; 2, 3... when several were made in the same second. */
  sequence: number;
}

// peer-office-3f9a1c2e-2026-11-27-100000-daily.pobackup; before office codes, peer-office-2026-11-27-...
// The code comes first so that a folder sorted by name keeps each office's backups together, in date order.
// The two cannot be confused: a code is eight hex characters with no dash, a date starts four digits, a dash.
const NAME = new RegExp(`^peer-office-(?:([0-9a-f]{8})-)?(\\d{4}-\\d{2}-\\d{2})-(\\d{6})-(${BACKUP_REASONS.join('|')})(?:-(\\d{1,4}))?\\${BACKUP_EXTENSION}$`);

export function backupFileName(officeCode: string, date: string, time: string, reason: BackupReason, sequence = 1): string {
  if (!OFFICE_CODE.test(officeCode)) throw new Error('an office code is eight lowercase hex characters');
  return `peer-office-${officeCode}-${date}-${time}-${reason}${sequence > 1 ? `-${sequence}` : ''}${BACKUP_EXTENSION}`;
}

/** The parts of one of our backup names (with an office code or without), or null for any other file (which Peer Office never touches). */
export function parseBackupName(fileName: string): BackupName | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const sequence = m[5] === undefined ? 1 : Number(m[5]);
  // "-1" is never written: reading it as ours would let two names mean the same backup.
  if (sequence < 2 && m[5] !== undefined) return null;
  return { fileName, officeCode: m[1] ?? null, date: m[2]!, time: m[3]!, reason: m[4] as BackupReason, sequence };
}

/**
 * Newest first: by date, then time, then sequence; then by file name, so two offices' backups of the same
 * second (listed together in a shared folder while locked) always come in one order, not readdir's.
 */
export const newestFirst = (a: BackupName, b: BackupName): number =>
  b.date.localeCompare(a.date) || b.time.localeCompare(a.time) || b.sequence - a.sequence || a.fileName.localeCompare(b.fileName);

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
  /** Peer Office backups that are not this office's: never kept or removed by this office's rule, only left alone. */
  otherOffices: string[];
  /** Files that are not Peer Office backups: never kept or removed by the rule, only left alone. */
  ignored: string[];
}

/** Whose backups a rotation (or a listing) is about. */
export interface BackupScope {
  /** This office's code: backups named with it are this office's. */
  officeCode: string;
  /**
   * Whether a backup named before office codes existed is this office's. The caller decides, from the
   * backup's sealed header (electron/backend/backup/folders.ts): a name alone cannot tell. Unmarked names
   * it does not claim are left alone. Claims none when not given.
   */
  claimsUnmarked?: (fileName: string) => boolean;
}

/** Whether a parsed backup name is this office's. */
export const isInScope = (backup: BackupName, scope: BackupScope): boolean =>
  backup.officeCode === null ? (scope.claimsUnmarked?.(backup.fileName) ?? false) : backup.officeCode === scope.officeCode;

/**
 * Keeps the newest backup of each of the last `daily` days that have one, of the last `weekly` Monday
 * weeks and of the last `monthly` months; the rules are independent and what any of them keeps stays.
 * Counting days that have a backup rather than calendar days means an office closed for a fortnight
 * still has a week of backups when it comes back. The newest backup is always kept, and so is every
 * backup made before a database update: it is the only copy of the office as the older version had it,
 * and there is one per update, so they never pile up. A backup made after a passphrase or recovery-key
 * change is not kept that way: every later backup opens with the same new secret, and a change can be made
 * any number of times, so such backups are thinned like any other once their day is over.
 * Every backup made on `today` (the London date now) is kept too, not only its newest: "Back up now" at
 * noon must not remove the morning's automatic backup, nor one made before a risky change an hour ago.
 * Today's backups are thinned to the newest of the day only once today is over, by a later rotation.
 * Only this office's backups (`scope`) are counted: another office's in the same folder neither fill
 * this office's days and weeks nor are ever removed by it.
 */
export function planRotation(fileNames: readonly string[], scope: BackupScope, today: string, rule: RotationRule = ROTATION): RotationPlan {
  const ours: BackupName[] = [];
  const otherOffices: string[] = [];
  const ignored: string[] = [];
  for (const name of fileNames) {
    const parsed = parseBackupName(name);
    if (!parsed) ignored.push(name);
    else if (isInScope(parsed, scope)) ours.push(parsed);
    else otherOffices.push(name);
  }
  ours.sort(newestFirst);
  const keep = new Set<string>(ours.filter((b) => b.reason === 'before-migration' || b.date === today).map((b) => b.fileName));
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
    otherOffices,
    ignored,
  };
}
