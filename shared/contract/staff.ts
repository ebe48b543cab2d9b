// Staff records and contracts: input schemas (validated on both sides) and the shapes the screens get.
// Dates are 'YYYY-MM-DD', money integer pence, hours integer minutes.
import { z } from 'zod';
import {
  AGE_BANDS, BENEFIT_KINDS, CONTRACT_TYPES, DBS_LEVELS, HOLIDAY_SCHEMES, defaultProbationEnd, normaliseDbsCertificate, normaliseNiNumber,
  type AgeBand, type BenefitKind, type ContractType, type DbsLevel, type HolidayScheme,
} from '../domain/staff';
import { formatUkDate } from '../domain/dates';
import { latestProbationEnd, MAX_PROBATION_MONTHS } from '../domain/probation';
import { isoDate, optionalDate, optionalText } from './members';

const id = (what: string) => z.number({ error: `Choose ${what}` }).int().positive(`Choose ${what}`);
const personId = id('a person from the register');
const staffId = id('a staff record');

/** Most people on a contract here work far less: more than 48 hours a week is almost surely a slip. */
export const MAX_WEEKLY_MINUTES = 48 * 60;

const niNumber = z
  .string({ error: 'Enter a National Insurance number, like AB 12 34 56 C' })
  .trim()
  .refine((v) => v === '' || normaliseNiNumber(v) !== null, 'Enter a National Insurance number, like AB 12 34 56 C')
  .transform((v) => (v === '' ? '' : normaliseNiNumber(v)!));

// Payroll files are CSV: a comma or quote in a works number would break the line it is on.
const worksNumber = z
  .string({ error: 'Enter the works number, exactly as your payroll software has it' })
  .trim()
  .min(1, 'Enter the works number, exactly as your payroll software has it')
  .max(20, 'Use 20 characters or fewer')
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ./_-]*$/, 'Use letters, numbers, spaces, hyphens, full stops or slashes only');

const weeklyMinutes = z
  .number({ error: 'Enter the contracted hours a week as a number' })
  .int('Enter the contracted hours in whole minutes')
  .min(1, 'Enter contracted hours a week above 0')
  .max(MAX_WEEKLY_MINUTES, `Enter contracted hours of ${MAX_WEEKLY_MINUTES / 60} a week or fewer`);

const staffFields = z
  .object({
    personId,
    worksNumber,
    niNumber: niNumber.optional().default(''),
    jobRole: z.string({ error: 'Choose a job role' }).trim().min(1, 'Choose a job role').max(80, 'Use 80 characters or fewer'),
    contractType: z.enum(CONTRACT_TYPES, { error: 'Choose part-time or bank' }),
    weeklyMinutes: weeklyMinutes.nullable().optional().default(null),
    startDate: isoDate('the start date'),
    /** Left empty: the start date plus six months. */
    probationEndDate: optionalDate('the date probation ends'),
    endDate: optionalDate('the date their contract ended'),
    leavingReason: optionalText(200),
    holidayScheme: z.enum(HOLIDAY_SCHEMES, { error: 'Choose irregular hours or fixed holiday' }),
    rolledUpHoliday: z.boolean({ error: 'Choose whether they are paid rolled-up holiday pay' }).default(false),
    /** Only needed when the register has no date of birth: to check pay against the minimum wage. */
    ageBand: z.union([z.literal(''), z.enum(AGE_BANDS)], { error: 'Choose an age band' }).optional().default(''),
    apprenticeshipStartDate: optionalDate('the date their apprenticeship started'),
  });

type ProbationDates = { startDate: string; probationEndDate: string };

/**
 * `before` is the record as stored (null for a new one), for the longest-probation check that depends on
 * it (probationTooLong); left out, that check is the backend's, which reads the stored record itself.
 */
const staffSchemaWith = (before?: ProbationDates | null) => staffFields
  .superRefine((s, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (s.contractType === 'part-time' && s.weeklyMinutes === null) issue('weeklyMinutes', 'Enter their contracted hours a week: a part-time contract has them');
    if (s.contractType === 'bank' && s.weeklyMinutes !== null) issue('weeklyMinutes', 'A bank contract has no contracted hours: clear the hours a week, or choose part-time');
    // Fixed holiday is 5.6 times the contracted week, and bank staff have none.
    if (s.contractType === 'bank' && s.holidayScheme === 'fixed') issue('holidayScheme', 'Bank staff have no contracted week to base fixed holiday on: choose irregular hours');
    if (s.rolledUpHoliday && s.holidayScheme !== 'irregular') issue('rolledUpHoliday', 'Rolled-up holiday pay is only for irregular-hours staff: untick it, or choose irregular hours');
    if (s.endDate && s.endDate < s.startDate) issue('endDate', 'The end date must be on or after the start date');
    if (s.probationEndDate && s.probationEndDate < s.startDate) issue('probationEndDate', 'Probation must end on or after the start date');
    else if (before !== undefined) {
      const tooLong = probationTooLong({ startDate: s.startDate, probationEndDate: s.probationEndDate || defaultProbationEnd(s.startDate) }, before);
      if (tooLong) issue('probationEndDate', tooLong);
    }
  })
  .transform((s) => ({ ...s, probationEndDate: s.probationEndDate || defaultProbationEnd(s.startDate) }));

/** Create or update the staff record of a person on the register (one record per person). */
export const saveStaffSchema = staffSchemaWith();
export type SaveStaffInput = z.input<typeof saveStaffSchema>;
export type StaffValues = z.output<typeof saveStaffSchema>;

/**
 * Why the probation end cannot be saved as it is, or null: a first probation may run no longer than
 * extensions can take it (MAX_PROBATION_MONTHS from the start), or the cap on extending would mean
 * nothing. Checked on a new record and whenever the start or the end moves, not otherwise: a record
 * saved before this rule with a longer probation still saves when its other details are corrected.
 */
export function probationTooLong(values: ProbationDates, before: ProbationDates | null): string | null {
  if (before && before.startDate === values.startDate && before.probationEndDate === values.probationEndDate) return null;
  const latest = latestProbationEnd(values.startDate);
  if (values.probationEndDate <= latest) return null;
  return `Probation must end on or before ${formatUkDate(latest)}: it can last at most ${MAX_PROBATION_MONTHS} months from the start date, extensions included`;
}

/** The staff form's check: the schema, and the longest probation judged against `before` as the backend will. */
export const staffFormSchema = (before: ProbationDates | null) => staffSchemaWith(before);

export const getStaffSchema = z.object({ personId });

export const addRateSchema = z.object({
  staffId,
  effectiveFrom: isoDate('the date the rate starts', '01/04/2026'),
  hourlyPence: z
    .number({ error: 'Enter the hourly rate, like 12.71' })
    .int('Enter the hourly rate in whole pence')
    .min(1, 'Enter an hourly rate above £0.00')
    .max(100_000, 'Enter an hourly rate of £1,000.00 or less'),
});
export const removeRateSchema = z.object({ rateId: id('a pay rate') });

export const setBenefitStatusSchema = z.object({
  staffId,
  fromDate: isoDate('the date this started', '01/04/2026'),
  kind: z.enum(BENEFIT_KINDS, { error: 'Choose which benefit, if any, limits their work' }),
});

export const saveDbsSchema = z
  .object({
    staffId,
    /** Given: correct that check; absent: record a new one. */
    id: id('a DBS check').optional(),
    level: z.enum(DBS_LEVELS, { error: 'Choose the level of the DBS check' }),
    certificateNumber: z
      .string({ error: 'Enter the 12-digit certificate number, like 001234567890' })
      .trim()
      .refine((v) => normaliseDbsCertificate(v) !== null, 'Enter the 12-digit certificate number, like 001234567890')
      .transform((v) => normaliseDbsCertificate(v)!),
    issuedOn: isoDate('the date the certificate was issued'),
    updateService: z.boolean({ error: 'Choose whether the certificate is on the Update Service' }).default(false),
    renewalDueOn: optionalDate('the date it is due for renewal'),
    lastStatusCheckOn: optionalDate('the date of the last status check'),
  })
  .superRefine((d, ctx) => {
    if (d.renewalDueOn && d.renewalDueOn < d.issuedOn) ctx.addIssue({ code: 'custom', path: ['renewalDueOn'], message: 'The renewal date must be on or after the issue date' });
    if (d.lastStatusCheckOn && d.lastStatusCheckOn < d.issuedOn) ctx.addIssue({ code: 'custom', path: ['lastStatusCheckOn'], message: 'The last status check must be on or after the issue date' });
  });
export type SaveDbsInput = z.input<typeof saveDbsSchema>;

export const staffListSchema = z.object({}).strict().default({});
export const staffRemindersSchema = z.object({
  withinDays: z.number({ error: 'Enter a number of days' }).int().min(0, 'Enter 0 days or more').max(366, 'Enter 366 days or fewer').default(60),
});

export interface PayRate { id: number; effectiveFrom: string; hourlyPence: number }
export interface BenefitStatus { id: number; fromDate: string; kind: BenefitKind }
export interface DbsCheck {
  id: number;
  level: DbsLevel;
  certificateNumber: string;
  issuedOn: string;
  updateService: boolean;
  renewalDueOn: string;
  lastStatusCheckOn: string;
}

export type StaffWarningKind =
  | 'below-minimum-wage' // a rate is below the minimum wage for their age band on `date`
  | 'no-age-for-minimum-wage' // no date of birth or age band, so rates cannot be checked
  | 'no-rate' // current staff with no pay rate in force today
  | 'no-dbs' // current staff with no DBS check recorded
  | 'dbs-overdue' // the latest check's renewal date has passed
  | 'dbs-renewal-due' // ... or falls within 60 days
  | 'dbs-no-renewal-date' // on the Update Service, but no renewal date to remind of
  | 'probation-ending'; // probation ends within 30 days

/** Something on the record the office should put right or act on, in plain words. */
export interface StaffWarning {
  kind: StaffWarningKind;
  message: string;
  /** The day it concerns, when there is one. */
  date?: string;
  /** The rate or DBS check it concerns, to link to it. */
  rateId?: number;
  dbsId?: number;
}

export interface StaffRecord extends Omit<StaffValues, 'personId'> {
  id: number;
  personId: number;
  name: string;
  memberNumber: number;
  /** From the register: the minimum-wage check prefers it to the age band. */
  dateOfBirth: string;
  contractType: ContractType;
  holidayScheme: HolidayScheme;
  ageBand: '' | AgeBand;
  /** No end date, or one not yet passed. */
  isCurrent: boolean;
  /** Oldest first. A rise is a new row: earlier rows keep the months they covered. */
  rates: PayRate[];
  /** The rate in force today, or null. */
  currentRate: PayRate | null;
  /** Oldest first. Sensitive: show only where it is needed. */
  benefitHistory: BenefitStatus[];
  /** In force today ('none' when nothing is recorded). */
  currentBenefit: BenefitKind;
  /** Latest issue first; the first is the one reminders follow. */
  dbsChecks: DbsCheck[];
  warnings: StaffWarning[];
  createdAt: string;
  updatedAt: string;
}

/** One line of the staff list: current staff first, then by name. */
export interface StaffRow {
  staffId: number;
  personId: number;
  name: string;
  memberNumber: number;
  worksNumber: string;
  jobRole: string;
  contractType: ContractType;
  startDate: string;
  endDate: string;
  isCurrent: boolean;
  currentRatePence: number | null;
  /** The latest DBS check's renewal date, or ''. */
  dbsRenewalDueOn: string;
  warningCount: number;
}

export interface StaffReminder {
  kind: 'dbs-renewal' | 'probation-end';
  staffId: number;
  personId: number;
  name: string;
  date: string;
  /** Negative when the date has passed. */
  daysLeft: number;
  message: string;
}
