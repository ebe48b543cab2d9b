// Every channel of the contract, sorted once: a read, or a write with what the audit log records for it.
// Typed over the whole contract, so a new channel fails the type check until it is sorted here (and a
// unit test says the same at run time).
//
// How each write is recorded (electron/backend/audit/record.ts):
//  - 'transaction': the call runs inside one transaction with its audit entry, so a refused or failed call
//    leaves no entry and a committed change always has one. The summary comes from the rows the call
//    actually changed (audit/capture.ts).
//  - 'after': the entry is written once the call has succeeded: a backup (VACUUM INTO cannot run inside a
//    transaction) and a new recovery key made (it changes nothing on disk until confirmed). A crash between
//    the two leaves the backup without its entry. Locked in between (the app quitting), it is done all the
//    same, and only a warning says the entry is missing.
//  - 'key-change': the two security:* changes that put a new passphrase or recovery key in use. They change
//    the key file (and, for a recovery key, re-encrypt the database), not in a transaction, then make a
//    backup; the entry is written between the two (office/keys.ts onChanged), so that backup holds it. A
//    crash just after the change leaves it without its entry: after a re-key (security:confirmRecoveryKey)
//    the log then does not say the old key stopped working. Locked in between, as for 'after'.
//  - 'before': locking writes its entry while the database is still open.
//  - 'create', 'unlock', 'restore': the office's life; see record.ts.
//  - 'read-with-secret': a read that opens something with a passphrase or recovery key (a backup's
//    preview): nothing is recorded when it opens, but a wrong secret is, as for every channel that
//    checksPassphrase.
import type { Channel, OutputOf, ParsedInputOf } from '../../../shared/contract/channels';
import type { AuditAction, AuditArea, AuditRecordType } from '../../../shared/contract/audit';
import type { PayrollFormat } from '../../../shared/contract/payroll';
import type { OfficeContext } from '../context';
import { readSetting } from '../lists/service';
import { plural } from './words';

export type RecordedHow = 'transaction' | 'after' | 'key-change' | 'before' | 'create' | 'unlock' | 'restore' | 'read-with-secret';

export interface Recorded<C extends Channel> {
  how: RecordedHow;
  /** 'create-or-change': a create when the record's table gained a row, a delete when it only lost one, else a change. */
  action: AuditAction | 'create-or-change';
  area: AuditArea;
  record: AuditRecordType;
  /** The record's table: its changed row gives the record's number when the input names none, and it comes first in the summary. */
  table?: string;
  /** The record's number, from the input (or the output) when they carry it. */
  id?: (input: ParsedInputOf<C>, output: OutputOf<C>) => string | number | undefined;
  /** Words put before the summary: a format, a count. Never a personal value. */
  note?: (input: ParsedInputOf<C>, output: OutputOf<C>) => string;
  /** Who did it, where the call asks for "your name"; otherwise the office. */
  by?: (input: ParsedInputOf<C>) => string;
  /**
   * The call checks a passphrase or recovery key: one that does not match, or one refused unchecked while
   * wrong attempts must wait, is logged as a failed unlock under this channel (audit/record.ts).
   */
  checksPassphrase?: boolean;
  /** 'before' only: whether there is anything to record (leaving the demo is refused for a real office). */
  when?: (ctx: OfficeContext) => boolean;
}

export type ChannelAudit = { [C in Channel]: 'read' | Recorded<C> };

const PAYROLL_FILE_WORDS: Record<PayrollFormat, string> = { xlsx: 'Excel workbook', sage: 'Sage file', brightpay: 'BrightPay file' };

/** How many copies of a backup passed the check made by reading them back, and how many failed it. */
function copiesChecked(made: OutputOf<'backup:make'>): string {
  const failed = made.written.filter((w) => w.check === 'failed').length;
  return `${plural(made.written.length - failed, 'copy', 'copies')} checked${failed ? `, ${plural(failed, 'copy', 'copies')} failed the check` : ''}`;
}

export const CHANNEL_AUDIT: ChannelAudit = {
  'office:status': 'read',
  'office:create': { how: 'create', action: 'create', area: 'office', record: 'office', note: () => 'office database created' },
  'office:createDemo': { how: 'create', action: 'create', area: 'office', record: 'office', note: () => 'demo office created with made-up people' },
  'office:unlock': { how: 'unlock', action: 'unlock', area: 'office', record: 'office', note: (input) => `with the ${'passphrase' in input ? 'passphrase' : 'recovery key'}`, checksPassphrase: true },
  'office:lock': { how: 'before', action: 'lock', area: 'office', record: 'office', note: () => 'locked' },
  'office:settings': 'read',
  'office:rename': { how: 'transaction', action: 'change', area: 'settings', record: 'office settings' },
  'office:leaveDemo': {
    how: 'before', action: 'lock', area: 'office', record: 'office', note: () => 'left the demo office',
    when: (ctx) => readSetting(ctx.db, 'isDemo') === 'yes',
  },
  'lists:update': { how: 'transaction', action: 'change', area: 'settings', record: 'list', id: (input) => input.kind },
  'members:search': 'read',
  'members:get': 'read',
  'members:create': { how: 'transaction', action: 'create', area: 'members', record: 'member', table: 'people' },
  'members:update': { how: 'transaction', action: 'change', area: 'members', record: 'member', table: 'people', id: (input) => input.id },
  'members:archive': { how: 'transaction', action: 'change', area: 'members', record: 'member', table: 'people', id: (input) => input.id, note: () => 'archived' },
  'members:delete': { how: 'transaction', action: 'delete', area: 'members', record: 'member', table: 'people', id: (input) => input.id },
  'members:importPreview': 'read',
  'members:importCommit': {
    how: 'transaction', action: 'import', area: 'members', record: 'member',
    note: (_, out) => `${plural(out.imported, 'person', 'people')} imported, ${plural(out.skippedDuplicates, 'possible duplicate')} skipped`,
  },
  'members:export': { how: 'transaction', action: 'export', area: 'members', record: 'member', note: (_, out) => `Excel workbook, ${plural(out.rows, 'row')}` },
  'staff:get': 'read',
  'staff:save': { how: 'transaction', action: 'create-or-change', area: 'staff', record: 'staff record', table: 'staff' },
  'staff:addRate': { how: 'transaction', action: 'create', area: 'staff', record: 'pay rate', table: 'pay_rates' },
  'staff:removeRate': { how: 'transaction', action: 'delete', area: 'staff', record: 'pay rate', table: 'pay_rates', id: (input) => input.rateId },
  'staff:setBenefitStatus': { how: 'transaction', action: 'create-or-change', area: 'staff', record: 'benefit status', table: 'benefit_statuses' },
  'staff:saveDbs': { how: 'transaction', action: 'create-or-change', area: 'staff', record: 'DBS check', table: 'dbs_checks', id: (input) => input.id },
  'staff:list': 'read',
  'staff:reminders': 'read',
  'settings:datedRates': 'read',
  // The record says which figures and from when (audit/records.ts).
  'settings:addDatedRate': { how: 'transaction', action: 'create', area: 'settings', record: 'dated rate', table: 'dated_settings' },
  'places:list': 'read',
  'places:save': { how: 'transaction', action: 'create-or-change', area: 'settings', record: 'place', table: 'places', id: (input) => input.id },
  'payElements:list': 'read',
  'payElements:save': { how: 'transaction', action: 'create-or-change', area: 'settings', record: 'pay element', table: 'pay_elements', id: (input) => input.id },
  'rota:view': 'read',
  'sessions:save': { how: 'transaction', action: 'create-or-change', area: 'rota', record: 'session', table: 'sessions', id: (input) => input.id },
  'sessions:delete': { how: 'transaction', action: 'delete', area: 'rota', record: 'session', table: 'sessions', id: (input) => input.id },
  'payroll:schedule': 'read',
  'payroll:saveSchedule': { how: 'transaction', action: 'change', area: 'settings', record: 'pay schedule', note: (input) => `${input.schedule.kind} pay` },
  'payroll:periods': 'read',
  'payroll:period': 'read',
  'payroll:approve': { how: 'transaction', action: 'approve', area: 'payroll', record: 'pay period', table: 'pay_periods', id: (input) => input.key, by: (input) => input.by },
  // The reason may name people: only its length is kept.
  'payroll:reopen': {
    how: 'transaction', action: 'reopen', area: 'payroll', record: 'pay period', table: 'pay_periods', id: (input) => input.key, by: (input) => input.by,
    note: (input) => `reason given (${plural(input.reason.length, 'character')})`,
  },
  'payroll:export': {
    how: 'transaction', action: 'export', area: 'payroll', record: 'pay period', table: 'pay_periods', id: (input) => input.key, by: (input) => input.by,
    note: (input, out) => `${PAYROLL_FILE_WORDS[input.format]}, ${plural(out.rows, 'line')}`,
  },
  'payroll:model': 'read',
  'payroll:statement': 'read',
  'payroll:statementFile': {
    how: 'transaction', action: 'export', area: 'payroll', record: 'staff record', id: (input) => input.staffId,
    note: (_, out) => `weekly hours and earnings statement, ${plural(out.rows, 'week')}`,
  },
  'supervision:settings': 'read',
  'supervision:saveSettings': { how: 'transaction', action: 'change', area: 'settings', record: 'supervision settings' },
  'supervision:person': 'read',
  'supervision:saveArrangement': { how: 'transaction', action: 'create-or-change', area: 'supervision', record: 'supervision arrangement', table: 'supervision_arrangements', id: (input) => input.staffId },
  'supervision:createPlan': { how: 'transaction', action: 'create', area: 'supervision', record: 'probation', id: (input) => input.staffId, note: () => 'probation plan made' },
  'supervision:save': { how: 'transaction', action: 'create-or-change', area: 'supervision', record: 'supervision', table: 'supervisions', id: (input) => input.id },
  'supervision:reschedule': { how: 'transaction', action: 'change', area: 'supervision', record: 'supervision', table: 'supervisions', id: (input) => input.id, note: () => 'rescheduled' },
  'supervision:hold': { how: 'transaction', action: 'change', area: 'supervision', record: 'supervision', table: 'supervisions', id: (input) => input.id, note: () => 'held', by: (input) => input.by },
  // Outcomes (cancelled, missed; a decision; who came) are the person's, not the log's: it says one was recorded.
  'supervision:setStatus': { how: 'transaction', action: 'change', area: 'supervision', record: 'supervision', table: 'supervisions', id: (input) => input.id, note: () => 'status recorded' },
  'probation:extend': { how: 'transaction', action: 'change', area: 'supervision', record: 'probation', id: (input) => input.staffId, note: () => 'extended', by: (input) => input.by },
  'probation:decide': { how: 'transaction', action: 'change', area: 'supervision', record: 'probation', id: (input) => input.staffId, note: () => 'probation decision recorded', by: (input) => input.by },
  'supervision:month': 'read',
  'supervision:lists': 'read',
  'dashboard:week': 'read',
  'support:year': 'read',
  'support:save': { how: 'transaction', action: 'create-or-change', area: 'support', record: 'support session', table: 'support_sessions', id: (input) => input.id },
  'support:delete': { how: 'transaction', action: 'delete', area: 'support', record: 'support session', table: 'support_sessions', id: (input) => input.id },
  'support:invite': { how: 'transaction', action: 'change', area: 'support', record: 'support session', table: 'support_sessions', id: (input) => input.id, note: (input) => `${plural(input.staffIds.length, 'person', 'people')} invited` },
  'support:setAttendance': { how: 'transaction', action: 'change', area: 'support', record: 'support session', table: 'support_sessions', id: (input) => input.id, note: () => 'attendance recorded' },
  'support:uninvite': { how: 'transaction', action: 'change', area: 'support', record: 'support session', table: 'support_sessions', id: (input) => input.id, note: () => 'one person taken off the list' },
  'absence:types': 'read',
  'absence:saveType': { how: 'transaction', action: 'create-or-change', area: 'settings', record: 'absence type', table: 'absence_types', id: (input) => input.id },
  'absence:settings': 'read',
  'absence:saveSettings': { how: 'transaction', action: 'change', area: 'settings', record: 'absence settings' },
  'absence:person': 'read',
  'absence:save': { how: 'transaction', action: 'create-or-change', area: 'absence', record: 'absence', table: 'absences', id: (input) => input.id },
  'absence:delete': { how: 'transaction', action: 'delete', area: 'absence', record: 'absence', table: 'absences', id: (input) => input.id },
  'absence:returnToWork': { how: 'transaction', action: 'change', area: 'absence', record: 'absence', table: 'absences', id: (input) => input.id, note: () => 'return-to-work conversation recorded' },
  'absence:saveAdjustment': { how: 'transaction', action: 'create-or-change', area: 'absence', record: 'adjustment', table: 'absence_adjustments', id: (input) => input.staffId },
  'absence:recordCheckin': { how: 'transaction', action: 'change', area: 'absence', record: 'wellbeing check-in', table: 'wellbeing_checkins', id: (input) => input.id },
  'absence:overview': 'read',
  'referrals:lists': 'read',
  'referrals:person': 'read',
  'referrals:get': 'read',
  'referrals:save': { how: 'transaction', action: 'create-or-change', area: 'referrals', record: 'referral', table: 'referrals', id: (input) => input.id },
  'referrals:attachStatement': { how: 'transaction', action: 'create', area: 'referrals', record: 'referral attachment', table: 'referral_attachments' },
  'referrals:attachment': {
    how: 'transaction', action: 'export', area: 'referrals', record: 'referral attachment', table: 'referral_attachments', id: (input) => input.id,
    note: (_, out) => `attached statement saved, ${plural(out.rows, 'week')}`,
  },
  'referrals:dismissPrompt': { how: 'transaction', action: 'change', area: 'referrals', record: 'referral prompt', table: 'referral_prompts', id: (input) => input.id, note: () => 'dismissed' },
  'backup:list': 'read',
  'backup:make': { how: 'after', action: 'export', area: 'backup', record: 'backup', note: (_, out) => `backup made: ${copiesChecked(out)}` },
  'backup:settings': 'read',
  // Folder paths can hold a Windows user name: the summary says which setting changed, not where to.
  'backup:saveSettings': { how: 'transaction', action: 'change', area: 'backup', record: 'backup settings', note: (input) => (input.extraFolder === null ? 'extra folder cleared' : 'extra folder set') },
  // Opening a backup with a secret is another way to try passphrases: only a wrong one is logged.
  'backup:preview': { how: 'read-with-secret', action: 'unlock-failed', area: 'backup', record: 'backup', checksPassphrase: true },
  'backup:restore': { how: 'restore', action: 'restore', area: 'backup', record: 'office', checksPassphrase: true },
  'backup:progress': 'read',
  'security:settings': 'read',
  // The summary names the setting ("changed auto-lock time").
  'security:saveSettings': { how: 'transaction', action: 'change', area: 'settings', record: 'office settings' },
  // These change the key file, not the database, and make a backup after (VACUUM INTO cannot run inside a transaction).
  'security:changePassphrase': { how: 'key-change', action: 'change', area: 'office', record: 'office', note: () => 'passphrase changed', checksPassphrase: true },
  'security:newRecoveryKey': {
    how: 'after', action: 'change', area: 'office', record: 'office', note: () => 'new recovery key made, not yet in use (the old one still works)', checksPassphrase: true,
  },
  'security:confirmRecoveryKey': { how: 'key-change', action: 'change', area: 'office', record: 'office', note: () => 'new recovery key confirmed and the database given a new key: the old recovery key no longer opens it' },
  'audit:list': 'read',
  'audit:export': {
    how: 'transaction', action: 'export', area: 'audit', record: 'audit log',
    note: (input, out) => `Excel workbook, ${plural(out.rows, 'entry', 'entries')}${Object.values(input).some(Boolean) ? ', filtered' : ''}`,
  },
};

/**
 * `peer-office backup --to DIR` (backend.ts backupTo): a full copy of every record taken off to a folder
 * of the caller's choosing, recorded as backup:make is. The note says it went to another folder, never
 * which: a path can hold a Windows user name, and the IT volunteer's script knows where it put it.
 */
export const COMMAND_LINE_BACKUP: Recorded<'backup:make'> = {
  how: 'after', action: 'export', area: 'backup', record: 'backup', note: (_, out) => `command-line backup to another folder: ${copiesChecked(out)}`,
};
