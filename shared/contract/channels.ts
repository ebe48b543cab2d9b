// THE contract: every call the renderer can make, declared once. The preload, the main-process
// handlers, the browser host, the renderer's client and the backend dispatcher are all typed from it.
import { z } from 'zod';
import type { Result } from './result';
import { CHANNEL_NAMES, type AppEvent } from './channel-names';
import type { PrintBridge } from './print';
import {
  archiveMemberSchema, idSchema, memberInputSchema, memberSearchSchema, updateMemberSchema,
  type Member, type MemberSearchResult,
} from './members';
import { exportMembersSchema, importFileSchema, type ExportedFile, type ImportOutcome, type ImportPreview } from './transfer';
import {
  createDemoSchema, createOfficeSchema, renameOfficeSchema, unlockSchema, updateListSchema,
  type CreatedOffice, type OfficeSettings, type OfficeStatus,
} from './office';
import {
  addRateSchema, getStaffSchema, removeRateSchema, saveDbsSchema, saveStaffSchema, setBenefitStatusSchema, staffListSchema, staffRemindersSchema,
  type StaffRecord, type StaffReminder, type StaffRow,
} from './staff';
import { addDatedRateSchema, datedRatesSchema, type DatedSettingRow } from './dated-settings';
import {
  rotaSchema, savePayElementSchema, savePlaceSchema, saveSessionSchema, sessionIdSchema,
  type PayElement, type Place, type RotaView, type SavedSession,
} from './rota';
import {
  approvePeriodSchema, exportPayrollSchema, periodSchema, periodsSchema, reopenPeriodSchema, savePayScheduleSchema, statementSchema,
  type PaySchedulePayload, type PeriodDetail, type PeriodOverview,
} from './payroll';
import type { PayrollModel, WeeklyStatement } from './payroll-model';
import {
  createPlanSchema, decideProbationSchema, extendProbationSchema, holdSupervisionSchema, inviteSupportSchema, personSupervisionSchema,
  rescheduleSupervisionSchema, saveArrangementSchema, saveSupervisionSchema, saveSupportSessionSchema, setAttendanceSchema,
  setSupervisionStatusSchema, supervisionMonthSchema, supervisionSettingsSchema, supportSessionIdSchema, supportYearSchema, uninviteSupportSchema,
  type Dashboard, type PersonSupervision, type SupervisionLists, type SupervisionMonth, type SupervisionSettings, type SupportYear,
} from './supervision';
import {
  absenceIdSchema, absenceOverviewSchema, absenceSettingsSchema, personAbsenceSchema, recordCheckinSchema, returnToWorkSchema,
  saveAbsenceSchema, saveAbsenceTypeSchema, saveAdjustmentSchema,
  type AbsenceOverview, type AbsenceSettings, type AbsenceType, type PersonAbsence,
} from './absence';
import {
  attachmentIdSchema, attachStatementSchema, dismissPromptSchema, personReferralsSchema, referralIdSchema, referralListsSchema, saveReferralSchema,
  type Referral, type ReferralLists,
} from './referrals';
import {
  openBackupSchema, restoreBackupSchema, saveBackupSettingsSchema,
  type BackupOverview, type BackupProgress, type BackupSettings, type MadeBackup, type RestoreOutcome, type RestorePreview,
} from './backup';
import {
  changePassphraseSchema, confirmRecoveryKeySchema, newRecoveryKeySchema, saveSecuritySettingsSchema,
  type KeyChangeOutcome, type PendingRecoveryKey, type SecuritySettings,
} from './security';
import type { RememberBridge } from './remember';
import { auditExportSchema, auditListSchema, type AuditPage } from './audit';

/** Pairs an input schema with the output type it promises; the output exists only for the type checker. */
const channel = <Out>() => <In extends z.ZodType>(input: In) => ({ input, output: undefined as unknown as Out });
const noInput = z.object({}).strict().default({});

export const contract = {
  'office:status': channel<OfficeStatus>()(noInput),
  'office:create': channel<CreatedOffice>()(createOfficeSchema),
  'office:createDemo': channel<OfficeStatus>()(createDemoSchema),
  'office:unlock': channel<OfficeStatus>()(unlockSchema),
  'office:lock': channel<OfficeStatus>()(noInput),
  'office:settings': channel<OfficeSettings>()(noInput),
  'office:rename': channel<OfficeSettings>()(renameOfficeSchema),
  'office:leaveDemo': channel<OfficeStatus>()(noInput),
  'lists:update': channel<OfficeSettings>()(updateListSchema),
  'members:search': channel<MemberSearchResult>()(memberSearchSchema),
  'members:get': channel<Member>()(idSchema),
  'members:create': channel<Member>()(memberInputSchema),
  'members:update': channel<Member>()(updateMemberSchema),
  'members:archive': channel<Member>()(archiveMemberSchema),
  'members:delete': channel<{ deleted: true }>()(idSchema),
  'members:importPreview': channel<ImportPreview>()(importFileSchema),
  'members:importCommit': channel<ImportOutcome>()(importFileSchema),
  'members:export': channel<ExportedFile>()(exportMembersSchema),
  'staff:get': channel<StaffRecord | null>()(getStaffSchema),
  'staff:save': channel<StaffRecord>()(saveStaffSchema),
  'staff:addRate': channel<StaffRecord>()(addRateSchema),
  'staff:removeRate': channel<StaffRecord>()(removeRateSchema),
  'staff:setBenefitStatus': channel<StaffRecord>()(setBenefitStatusSchema),
  'staff:saveDbs': channel<StaffRecord>()(saveDbsSchema),
  'staff:list': channel<StaffRow[]>()(staffListSchema),
  'staff:reminders': channel<StaffReminder[]>()(staffRemindersSchema),
  'settings:datedRates': channel<DatedSettingRow[]>()(datedRatesSchema),
  'settings:addDatedRate': channel<DatedSettingRow[]>()(addDatedRateSchema),
  'places:list': channel<Place[]>()(noInput),
  'places:save': channel<Place[]>()(savePlaceSchema),
  'payElements:list': channel<PayElement[]>()(noInput),
  'payElements:save': channel<PayElement[]>()(savePayElementSchema),
  'rota:view': channel<RotaView>()(rotaSchema),
  'sessions:save': channel<SavedSession>()(saveSessionSchema),
  'sessions:delete': channel<{ deleted: true }>()(sessionIdSchema),
  'payroll:schedule': channel<PaySchedulePayload>()(noInput),
  'payroll:saveSchedule': channel<PaySchedulePayload>()(savePayScheduleSchema),
  'payroll:periods': channel<PeriodOverview[]>()(periodsSchema),
  'payroll:period': channel<PeriodDetail>()(periodSchema),
  'payroll:approve': channel<PeriodDetail>()(approvePeriodSchema),
  'payroll:reopen': channel<PeriodDetail>()(reopenPeriodSchema),
  'payroll:export': channel<ExportedFile>()(exportPayrollSchema),
  /** The computed pay of a period: what the A4 timesheet sign-off sheets print. */
  'payroll:model': channel<PayrollModel>()(periodSchema),
  'payroll:statement': channel<WeeklyStatement>()(statementSchema),
  'payroll:statementFile': channel<ExportedFile>()(statementSchema),
  'supervision:settings': channel<SupervisionSettings>()(noInput),
  'supervision:saveSettings': channel<SupervisionSettings>()(supervisionSettingsSchema),
  'supervision:person': channel<PersonSupervision>()(personSupervisionSchema),
  'supervision:saveArrangement': channel<PersonSupervision>()(saveArrangementSchema),
  'supervision:createPlan': channel<PersonSupervision>()(createPlanSchema),
  'supervision:save': channel<PersonSupervision>()(saveSupervisionSchema),
  'supervision:reschedule': channel<PersonSupervision>()(rescheduleSupervisionSchema),
  'supervision:hold': channel<PersonSupervision>()(holdSupervisionSchema),
  'supervision:setStatus': channel<PersonSupervision>()(setSupervisionStatusSchema),
  'probation:extend': channel<PersonSupervision>()(extendProbationSchema),
  'probation:decide': channel<PersonSupervision>()(decideProbationSchema),
  'supervision:month': channel<SupervisionMonth>()(supervisionMonthSchema),
  'supervision:lists': channel<SupervisionLists>()(noInput),
  'support:year': channel<SupportYear>()(supportYearSchema),
  'support:save': channel<SupportYear>()(saveSupportSessionSchema),
  'support:delete': channel<SupportYear>()(supportSessionIdSchema),
  'support:invite': channel<SupportYear>()(inviteSupportSchema),
  'support:setAttendance': channel<SupportYear>()(setAttendanceSchema),
  'support:uninvite': channel<SupportYear>()(uninviteSupportSchema),
  /** The home screen: what is due this week, each item linking to where it is done. */
  'dashboard:week': channel<Dashboard>()(noInput),
  'absence:types': channel<AbsenceType[]>()(noInput),
  'absence:saveType': channel<AbsenceType[]>()(saveAbsenceTypeSchema),
  'absence:settings': channel<AbsenceSettings>()(noInput),
  'absence:saveSettings': channel<AbsenceSettings>()(absenceSettingsSchema),
  'absence:person': channel<PersonAbsence>()(personAbsenceSchema),
  'absence:save': channel<PersonAbsence>()(saveAbsenceSchema),
  'absence:delete': channel<PersonAbsence>()(absenceIdSchema),
  'absence:returnToWork': channel<PersonAbsence>()(returnToWorkSchema),
  'absence:saveAdjustment': channel<PersonAbsence>()(saveAdjustmentSchema),
  'absence:recordCheckin': channel<PersonAbsence>()(recordCheckinSchema),
  'absence:overview': channel<AbsenceOverview>()(absenceOverviewSchema),
  'referrals:lists': channel<ReferralLists>()(referralListsSchema),
  'referrals:person': channel<Referral[]>()(personReferralsSchema),
  'referrals:get': channel<Referral>()(referralIdSchema),
  'referrals:save': channel<Referral>()(saveReferralSchema),
  'referrals:attachStatement': channel<Referral>()(attachStatementSchema),
  /** An attached statement's workbook, to save or open. */
  'referrals:attachment': channel<ExportedFile>()(attachmentIdSchema),
  'referrals:dismissPrompt': channel<ReferralLists>()(dismissPromptSchema),
  /** Backups in the default and the extra folder, newest first; works while locked (default folder only). */
  'backup:list': channel<BackupOverview>()(noInput),
  'backup:make': channel<MadeBackup>()(noInput),
  'backup:settings': channel<BackupSettings>()(noInput),
  'backup:saveSettings': channel<BackupSettings>()(saveBackupSettingsSchema),
  /** Opens a backup with its passphrase or recovery key, checks it through and says what it holds. */
  'backup:preview': channel<RestorePreview>()(openBackupSchema),
  /**
   * Keeps the current database aside, puts the backup in its place, and leaves the office locked. A backup
   * of a different office database than the open one is refused unless replaceDifferentOffice confirms it.
   */
  'backup:restore': channel<RestoreOutcome>()(restoreBackupSchema),
  /** The running backup, preview or restore, for a progress bar: answered at once, outside the queue. */
  'backup:progress': channel<BackupProgress | null>()(noInput),
  /** The auto-lock time. */
  'security:settings': channel<SecuritySettings>()(noInput),
  'security:saveSettings': channel<SecuritySettings>()(saveSecuritySettingsSchema),
  /** Re-wraps the data key with a new passphrase (no re-encryption), then backs up so the newest backup opens with it. */
  'security:changePassphrase': channel<KeyChangeOutcome>()(changePassphraseSchema),
  /** A new recovery key, shown once; the old one keeps working until the new one is confirmed. */
  'security:newRecoveryKey': channel<PendingRecoveryKey>()(newRecoveryKeySchema),
  /** Puts the new recovery key in the old one's place, then backs up. */
  'security:confirmRecoveryKey': channel<KeyChangeOutcome>()(confirmRecoveryKeySchema),
  /** A page of the audit log, newest first, filtered; there is no channel that changes an entry. */
  'audit:list': channel<AuditPage>()(auditListSchema),
  /** The filtered audit log as an Excel workbook. */
  'audit:export': channel<ExportedFile>()(auditExportSchema),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];

export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;
export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(contract, name);

// Compile-time check that channel-names.ts lists exactly the contract's channels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: Same<(typeof CHANNEL_NAMES)[number], Channel> = true;
void namesMatchContract;



/** The one door the renderer has to the backend: exposed as window.peerOffice by the preload or the browser host. */
export interface PeerOfficeApi {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  on(event: AppEvent, listener: () => void): () => void;
  /** 'electron' in the desktop app, 'browser' in the development and test host. */
  readonly host: 'electron' | 'browser';
  /** The desktop app only: print or save a print page through a hidden window (the browser host uses window.print). */
  readonly print?: PrintBridge;
  /** The desktop app only: keep the passphrase for this Windows account (the browser host has none). */
  readonly remember?: RememberBridge;
}

/** Turns zod issues into the `fields` map a form shows beside each input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : 'form';
    fields[key] ??= issue.message;
  }
  return fields;
}
