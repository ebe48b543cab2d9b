// The audit log's part of the contract: what an entry says, how the screen asks for a page of them, and
// the words the screen and the workbook use. An entry never holds a value from the records: it names the
// record (its kind and internal number) and which fields changed, never what they changed from or to. The
// one thing typed by a person it keeps is a name given as "by" (who approved a payroll, who decided).
import { z } from 'zod';
import { isoDate } from './members';

export const AUDIT_ACTIONS = [
  'create', 'change', 'delete', 'import', 'export', 'approve', 'reopen', 'unlock', 'unlock-failed', 'lock', 'restore',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What was done, as a kind to filter by: two kinds cover two things that each entry words apart (actionWords). */
export const AUDIT_ACTION_WORDS: Record<AuditAction, string> = {
  create: 'Added', change: 'Changed', delete: 'Deleted', import: 'Imported', export: 'Exported or backed up', approve: 'Approved',
  reopen: 'Reopened', unlock: 'Unlocked', 'unlock-failed': 'Failed unlock or wrong passphrase', lock: 'Locked', restore: 'Restored',
};

/** A wrong secret by where it was typed: the other places (a backup's) take the passphrase or the recovery key. */
const WRONG_SECRET_WORDS: Partial<Record<string, string>> = {
  'office:unlock': 'Failed unlock',
  'security:changePassphrase': 'Wrong passphrase',
  'security:newRecoveryKey': 'Wrong passphrase',
};

/**
 * What one entry did, in the table and the workbook. A backup is a copy taken out like an export, but the
 * office calls it backing up; a wrong current passphrase typed to change it (the office already open) is
 * not a failed unlock, though it is as telling.
 */
export function actionWords(entry: Pick<AuditEntry, 'action' | 'channel'>): string {
  if (entry.action === 'export') return entry.channel === 'backup:make' ? 'Backed up' : 'Exported';
  if (entry.action === 'unlock-failed') return WRONG_SECRET_WORDS[entry.channel] ?? 'Wrong passphrase or recovery key';
  return AUDIT_ACTION_WORDS[entry.action] ?? entry.action;
}

export const AUDIT_AREAS = [
  'office', 'settings', 'members', 'staff', 'rota', 'payroll', 'supervision', 'support', 'absence', 'referrals', 'backup', 'audit',
] as const;
export type AuditArea = (typeof AUDIT_AREAS)[number];

export const AUDIT_AREA_WORDS: Record<AuditArea, string> = {
  office: 'Office', settings: 'Settings', members: 'Members', staff: 'Staff', rota: 'Rota', payroll: 'Payroll',
  supervision: 'Supervision', support: 'Support sessions', absence: 'Absence', referrals: 'Benefits advice', backup: 'Backups', audit: 'Audit log',
};

/**
 * The kinds of record an entry can name; the number beside it is the record's own (a member's id, a period's
 * key), which the office never sees: the screen shows what the office knows instead (AuditRecordShown).
 */
export const AUDIT_RECORD_TYPES = [
  'office', 'office settings', 'list', 'member', 'staff record', 'pay rate', 'benefit status', 'DBS check', 'dated rate', 'place',
  'pay element', 'session', 'pay schedule', 'pay period', 'supervision settings', 'supervision arrangement', 'supervision', 'probation',
  'support session', 'absence type', 'absence settings', 'absence', 'adjustment', 'wellbeing check-in', 'referral', 'referral prompt',
  'referral attachment', 'backup', 'backup settings', 'audit log',
] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

/** Who did it, when the call names nobody: Peer Office has one user, the office. */
export const THE_OFFICE = 'the office';

export interface AuditEntry {
  id: number;
  /** ISO 8601 UTC. */
  at: string;
  action: AuditAction;
  area: AuditArea;
  /** The contract channel that did it ('office:unlock'...). */
  channel: string;
  recordType: AuditRecordType | '';
  recordId: string;
  /** Which fields changed and counts, never values: "changed town and phone; added 1 role". */
  summary: string;
  by: string;
}

/**
 * The record an entry names, as the office knows it, looked up when the log is read (never stored in it):
 * a membership number, a works number, a pay period's key, a place's name.
 */
export interface AuditRecordShown {
  /** "member M01001", "pay rate for PS900", "pay period 2026-10", "member (not in the database now)", "office". */
  words: string;
  /** The member's page it is on (a member, a staff record and what belongs to them), when it is still there. */
  personId: number | null;
  /** The entry names a record that is not in the database now: deleted since, or made after the backup restored. */
  gone: boolean;
}

/** An entry as the screen lists it: as stored, with its record in the office's words. */
export interface ListedAuditEntry extends AuditEntry {
  record: AuditRecordShown;
}

/**
 * Words as they start a sentence, a cell or an option: with a capital. For a summary ("Changed town and
 * phone"), a record's words or a kind of record ("Office settings", "Member M01001").
 */
export const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

const optionalDay = (what: string) => z.union([z.literal(''), isoDate(what, '27/11/2026')]).optional().default('');

/** The screen's filters; every one optional. Dates are days in England, both ends included. */
export const auditFiltersSchema = z
  .object({
    from: optionalDay('the first day'),
    to: optionalDay('the last day'),
    area: z.union([z.literal(''), z.enum(AUDIT_AREAS)], { error: 'Choose an area from the list' }).optional().default(''),
    action: z.union([z.literal(''), z.enum(AUDIT_ACTIONS)], { error: 'Choose what was done from the list' }).optional().default(''),
    recordType: z.union([z.literal(''), z.enum(AUDIT_RECORD_TYPES)], { error: 'Choose a kind of record from the list' }).optional().default(''),
    /**
     * A membership number, a works number or a pay period, as the screen shows them: every entry about that
     * person (their member and staff records and what belongs to them) or that period.
     */
    record: z.string({ error: 'Enter a membership number, a works number or a pay period, like M01001, PS900 or 2026-10' })
      .trim().max(40, 'Use 40 characters or fewer').optional().default(''),
  })
  .strict();

const checkRange = (f: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (f.from && f.to && f.to < f.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day must be on or after the first' });
};

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;

export const auditListSchema = auditFiltersSchema
  .extend({
    page: z.number({ error: 'Choose a page' }).int('Choose a page').min(1, 'Choose a page from 1').max(1_000_000, 'Choose an earlier page').default(1),
    pageSize: z.union([z.literal(25), z.literal(50), z.literal(100)], { error: 'Show 25, 50 or 100 entries a page' }).default(50),
  })
  .superRefine(checkRange);
export type AuditListInput = z.input<typeof auditListSchema>;
export type AuditFilters = z.output<typeof auditFiltersSchema>;

export const auditExportSchema = auditFiltersSchema.superRefine(checkRange);

/** A page of entries, newest first, and how many match the filters in all. */
export interface AuditPage {
  entries: ListedAuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** The most entries one workbook takes: well past years of an office's work, and still a quick file. */
export const AUDIT_EXPORT_LIMIT = 200_000;
