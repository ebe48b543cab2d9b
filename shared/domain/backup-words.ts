// Backups in plain words: kinds, sizes, steps, London dates and what each table of a backup holds. Shared: the
// app's screens and the command line's restore preview say the same thing.
import type { BackupFile, BackupProgress, BackupReason, BackupStep } from '../contract/backup';
import { formatUkDate } from './dates';

export const REASON_WORDS: Record<BackupReason, string> = {
  manual: 'On demand',
  daily: 'Daily',
  'before-migration': 'Before an update',
  'command-line': 'From the command line',
  'key-change': 'After a passphrase or recovery-key change',
};

export const FOLDER_WORDS: Record<BackupFile['folder'], string> = { default: 'Default folder', extra: 'Extra folder' };

/** 840 KB, 2.5 MB, 1.2 GB: decimal units, as Windows Explorer's "size" reads to most people. */
export function formatSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}

/** When a backup file was made, from its name (London time): "27/11/2026 at 10:00". */
export const backupWhen = (b: Pick<BackupFile, 'date' | 'time'>): string => `${formatUkDate(b.date)} at ${b.time}`;

const STEP_WORDS: Record<BackupStep, string> = {
  snapshot: 'Taking a copy of the database',
  writing: 'Writing the backup file',
  checking: 'Checking the backup',
  copying: 'Copying it to the extra folder',
  rotating: 'Removing older backups that are no longer kept',
  reading: 'Reading the backup file',
  restoring: 'Putting the backup in place',
};

/** How far through the whole job, 0 to 100: each step an equal share, the bytes within it. */
export function progressPercent(p: BackupProgress): number {
  const within = p.totalBytes > 0 ? Math.min(1, p.doneBytes / p.totalBytes) : 0;
  return Math.round(((p.stepNumber - 1 + within) / p.stepCount) * 100);
}

export const progressWords = (p: BackupProgress): string => `Step ${p.stepNumber} of ${p.stepCount}: ${STEP_WORDS[p.step]}`;

/** The tables a person thinks in, first and in this order; the rest follow under "everything else". */
const MAIN_TABLES: [string, string][] = [
  ['people', 'People (members, staff and volunteers)'],
  ['staff', 'Staff records'],
  ['sessions', 'Rota sessions'],
  ['pay_periods', 'Pay periods'],
  ['supervisions', 'Supervision meetings'],
  ['absences', 'Absences'],
  ['support_sessions', 'Support sessions'],
  ['referrals', 'Benefits advice referrals'],
];

const OTHER_TABLES: Record<string, string> = {
  person_roles: 'Roles people hold',
  person_involvements: 'Involvements',
  pay_rates: 'Pay rates',
  benefit_statuses: 'Benefit statuses',
  dbs_checks: 'DBS checks',
  places: 'Places',
  pay_elements: 'Pay elements',
  pay_period_events: 'Pay period approvals and reopenings',
  supervision_arrangements: 'Supervision arrangements',
  supervision_actions: 'Supervision actions',
  probation_events: 'Probation events',
  support_attendance: 'Support session attendance',
  absence_types: 'Absence types',
  absence_adjustments: 'Absence adjustments',
  wellbeing_checkins: 'Wellbeing check-ins',
  referral_attachments: 'Referral attachments',
  referral_prompts: 'Referral reminders',
  list_items: 'List entries (localities, job roles…)',
  dated_settings: 'Dated rates and limits',
  office_settings: 'Office settings',
  audit_log: 'Audit log entries',
};

/** SQLite's own bookkeeping and drizzle's list of updates: shown as "updates applied", not as records. */
const HIDDEN = /^(__drizzle_migrations|sqlite_.*)$/;

export interface TableCount {
  table: string;
  label: string;
  count: number;
}

/** A backup's row counts, the main records first, then everything else by label. */
export function describeTables(tables: Record<string, number>): { main: TableCount[]; other: TableCount[] } {
  const main = MAIN_TABLES.filter(([t]) => t in tables).map(([table, label]) => ({ table, label, count: tables[table]! }));
  const mainNames = new Set(MAIN_TABLES.map(([t]) => t));
  const other = Object.entries(tables)
    .filter(([t]) => !mainNames.has(t) && !HIDDEN.test(t))
    .map(([table, count]) => ({ table, label: OTHER_TABLES[table] ?? capitaliseWords(table), count }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { main, other };
}

const capitaliseWords = (table: string): string => {
  const words = table.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
