// Pay periods, their checklist, approval and reopening, and the files that leave for payroll.
import { z } from 'zod';
import { isoDate } from './members';
import type { PeriodInfo, PeriodStatus } from './payroll-model';

const id = (what: string) => z.number({ error: `Choose ${what}` }).int().positive(`Choose ${what}`);

/** 'YYYY-MM' for a monthly period, or the first day 'YYYY-MM-DD' of a four-weekly one. */
// Years 1900-2199, as for every date (shared/domain/dates.ts isIsoDate).
export const periodKey = z.string({ error: 'Choose a pay period' }).regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])(-\d{2})?$/, 'Choose a pay period, like 2026-10');
const personName = z.string({ error: 'Enter your name, so the record shows who did it' }).trim().min(1, 'Enter your name, so the record shows who did it').max(80, 'Use 80 characters or fewer');

export const PAYROLL_FORMATS = ['xlsx', 'sage', 'brightpay'] as const;
export type PayrollFormat = (typeof PAYROLL_FORMATS)[number];
export const PAYROLL_FORMAT_LABELS: Record<PayrollFormat, string> = { xlsx: 'Excel workbook (.xlsx)', sage: 'Sage 50 timesheet (.csv)', brightpay: 'BrightPay (.csv)' };

export const periodsSchema = z.object({ count: z.number().int().min(1).max(60).default(14) });
export const periodSchema = z.object({ key: periodKey });
export const approvePeriodSchema = z.object({ key: periodKey, by: personName });
export const reopenPeriodSchema = z.object({
  key: periodKey,
  by: personName,
  reason: z.string({ error: 'Enter why the period is being reopened' }).trim().min(5, 'Enter why the period is being reopened, in a few words').max(300, 'Use 300 characters or fewer'),
});
export const exportPayrollSchema = z.object({ key: periodKey, format: z.enum(PAYROLL_FORMATS, { error: 'Choose a file format' }), by: personName });

export const statementSchema = z.object({
  staffId: id('a person'),
  from: isoDate('the first day', '01/09/2026'),
  to: isoDate('the last day', '30/11/2026'),
}).refine((s) => s.from <= s.to, { path: ['to'], message: 'The last day must be on or after the first' });

export const paySchedulePayload = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('monthly'),
    payDay: z.union([z.literal('last'), z.number().int().min(1, 'Enter a pay day from 1 to 31').max(31, 'Enter a pay day from 1 to 31')], { error: 'Enter a pay day from 1 to 31, or choose the last day' }),
    payMonthOffset: z.union([z.literal(0), z.literal(1)]).default(0),
  }),
  z.object({
    kind: z.literal('four-weekly'),
    anchor: isoDate('the first day of any one period', '05/01/2026'),
    payDaysAfterEnd: z.number({ error: 'Enter the days from the end of a period to pay day' }).int().min(0, 'Enter 0 days or more').max(28, 'Enter 28 days or fewer'),
  }),
], { error: 'Choose monthly or four-weekly' });
export type PaySchedulePayload = z.output<typeof paySchedulePayload>;
export const savePayScheduleSchema = z.object({ schedule: paySchedulePayload });

export type ChecklistKind =
  | 'planned-in-past' // a session still planned after its day
  | 'no-rate' // no pay rate in force on a session's date
  | 'below-minimum-wage' // the rate is under the minimum wage for their age band on that date
  | 'no-age-for-minimum-wage' // no date of birth or age band: the rate cannot be checked
  | 'overlap' // two worked sessions of one person at once (paid twice?)
  | 'permitted-work' // a week over the permitted-work limits
  | 'no-mileage-rate' // miles with no mileage rate in force
  | 'ward-understaffed' // a ward session worked alone
  | 'fit-note-needed' // sickness past day 7 in the period with no fit note recorded
  | 'ssp-days-for-sage' // SSP days, which the Sage timesheet cannot carry: entered in Sage by hand
  | 'sick-but-worked' // a whole day off sick with a session marked worked: paid as work, not SSP
  | 'sickness-since-approval'; // SSP days changed since the period was approved: reopen to include them

/** One problem, with where to fix it. Blocking problems stop approval and export. */
export interface ChecklistItem {
  kind: ChecklistKind;
  blocking: boolean;
  message: string;
  date?: string;
  staffId?: number;
  personId?: number;
  sessionId?: number;
}

export interface PeriodEvent { action: 'approved' | 'exported' | 'reopened'; at: string; by: string; detail: string }

export interface PeriodOverview extends PeriodInfo {
  workedSessions: number;
  plannedSessions: number;
  workedMinutes: number;
  people: number;
}

export interface PeriodDetail extends PeriodOverview {
  checklist: ChecklistItem[];
  blocking: number;
  /** Gross pay of the summary (hours, mileage, rolled-up holiday), in pence. */
  totalPence: number;
  events: PeriodEvent[];
}

export type { PeriodInfo, PeriodStatus };
