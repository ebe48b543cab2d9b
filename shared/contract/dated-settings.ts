// Dated settings: the figures the law changes (minimum wage, permitted-work limits, SSP, holiday,
// mileage), one row per change with the day it takes effect. Shipped with shared/domain/pay/uk-defaults.ts;
// the office adds a row when a figure changes and never rewrites a past one.
import { z } from 'zod';
import type { HolidayRules } from '../domain/pay/holiday';
import type { MileageRates } from '../domain/pay/mileage';
import type { MinimumWageRates } from '../domain/pay/minimum-wage';
import type { PermittedWorkLimits } from '../domain/pay/permitted-work';
import { formatPounds } from '../domain/pay/rounding';
import type { SspRules } from '../domain/pay/ssp';
import { isoDate } from './members';

export const DATED_KINDS = ['minimum-wage', 'permitted-work', 'ssp', 'holiday', 'mileage'] as const;
export type DatedKind = (typeof DATED_KINDS)[number];
export const DATED_KIND_LABELS: Record<DatedKind, string> = {
  'minimum-wage': 'Minimum wage', 'permitted-work': 'Permitted-work limits', ssp: 'Statutory Sick Pay', holiday: 'Holiday', mileage: 'Mileage rates',
};

// Stored in whole small units (pence, minutes, basis points, tenths); people type pounds, hours,
// percentages and weeks, so every message speaks in the unit typed, never the unit stored.
const grouped = (n: number) => n.toLocaleString('en-GB');
const whole = (what: string, min: number, max: number, unit: string) => {
  const range = `Enter ${what} as a whole number of ${unit} from ${grouped(min)} to ${grouped(max)}`;
  return z.number({ error: `Enter ${what} as a whole number of ${unit}` }).int(range).min(min, range).max(max, range);
};
const orNone = (none: boolean) => (none ? ', or leave it empty if there is none' : '');
const pence = (what: string, { example = '12.71', max = 100_000, none = false } = {}) =>
  z.number({ error: `Enter ${what} in pounds and pence, like ${example}${orNone(none)}` }).int(`Enter ${what} to the penny`)
    .min(1, `Enter ${what} above £0.00${orNone(none)}`).max(max, `Enter ${what} of at most ${formatPounds(max)}`);
const pencePerMile = (what: string, example: string) =>
  z.number({ error: `Enter ${what} in pence a mile, like ${example}` }).int(`Enter ${what} as a whole number of pence, like ${example}`)
    .min(1, `Enter ${what} of at least 1p a mile`).max(1000, `Enter ${what} of at most 1,000p a mile`);
const minutesAsHours = (what: string) =>
  z.number({ error: `Enter ${what} in hours, like 16` }).int(`Enter ${what} to the minute`)
    .min(1, `Enter ${what} above 0 hours`).max(7 * 24 * 60, `Enter ${what} of at most 168 hours`);
// Basis points: 1207 is 12.07%, 8000 is 80%.
const basisPoints = (what: string, example: string, { none = false } = {}) =>
  z.number({ error: `Enter ${what} as a percentage, like ${example}${orNone(none)}` }).int(`Enter ${what} to at most two decimal places, like ${example}`)
    .min(1, `Enter ${what} above 0%${orNone(none)}`).max(10_000, `Enter ${what} of at most 100%`);
// Tenths of a week: 56 is 5.6 weeks.
const weeksInTenths = (what: string) =>
  z.number({ error: `Enter ${what} in weeks, like 5.6` }).int(`Enter ${what} to one decimal place, like 5.6`)
    .min(1, `Enter ${what} above 0 weeks`).max(520, `Enter ${what} of at most 52 weeks`);

export const datedValueSchemas = {
  'minimum-wage': z.object({
    age21AndOverPence: pence('the hourly rate for 21 and over'),
    age18To20Pence: pence('the hourly rate for 18 to 20'),
    under18Pence: pence('the hourly rate for under 18'),
    apprenticePence: pence('the apprentice hourly rate'),
  }).strict(),
  'permitted-work': z.object({
    lowerEarningsPence: pence('the lower weekly earnings limit'),
    higherEarningsPence: pence('the higher weekly earnings limit'),
    hoursLimitMinutes: minutesAsHours('the weekly hours limit'),
  }).strict().refine((v) => v.lowerEarningsPence <= v.higherEarningsPence, { path: ['higherEarningsPence'], message: 'The higher limit must be at least the lower limit' }),
  ssp: z.object({
    weeklyRatePence: pence('the weekly rate', { example: '123.25' }),
    waitingDays: whole('the waiting days', 0, 7, 'days'),
    lowerEarningsLimitPence: pence('the lower earnings limit', { example: '125', none: true }).nullable(),
    earningsShareBasisPoints: basisPoints('the share of earnings', '80', { none: true }).nullable(),
    minSpellDays: whole('the shortest spell', 1, 7, 'days'),
    linkingWeeks: whole('the linking period', 0, 104, 'weeks'),
  }).strict(),
  holiday: z.object({
    accrualBasisPoints: basisPoints('the accrual rate', '12.07'),
    statutoryWeeksTenths: weeksInTenths('the weeks a year'),
  }).strict(),
  mileage: z.object({
    firstBandPencePerMile: pencePerMile('the rate for the first miles', '45'),
    laterPencePerMile: pencePerMile('the rate after that', '25'),
    firstBandMiles: whole('the miles at the first rate', 0, 1_000_000, 'miles'),
  }).strict(),
} as const;

export type DatedValues = { [K in DatedKind]: z.output<(typeof datedValueSchemas)[K]> };

// The stored values are exactly the pure rules' table rows without `from`: checked here at compile time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rowsMatchRules: [
  Same<DatedValues['minimum-wage'], Omit<MinimumWageRates, 'from'>>,
  Same<DatedValues['permitted-work'], Omit<PermittedWorkLimits, 'from'>>,
  Same<DatedValues['ssp'], Omit<SspRules, 'from'>>,
  Same<DatedValues['holiday'], Omit<HolidayRules, 'from'>>,
  Same<DatedValues['mileage'], Omit<MileageRates, 'from'>>,
] = [true, true, true, true, true];
void rowsMatchRules;

/** The pure rules' table row for each kind (values plus `from`). */
export type DatedRuleRow = { [K in DatedKind]: DatedValues[K] & { from: string } };

const effectiveFrom = isoDate('the date it takes effect', '01/04/2027');
const kindSchema = z.enum(DATED_KINDS, { error: 'Choose which figures to change' });

export const datedRatesSchema = z.object({ kind: kindSchema });

const option = <K extends DatedKind>(kind: K) => z.object({ kind: z.literal(kind), effectiveFrom, values: datedValueSchemas[kind] });
export const addDatedRateSchema = z.discriminatedUnion(
  'kind',
  [option('minimum-wage'), option('permitted-work'), option('ssp'), option('holiday'), option('mileage')],
  { error: 'Choose which figures to change' },
);
export type AddDatedRateInput = z.input<typeof addDatedRateSchema>;
export type AddDatedRate = z.output<typeof addDatedRateSchema>;

export type DatedSettingRow = { [K in DatedKind]: { id: number; kind: K; effectiveFrom: string; values: DatedValues[K] } }[DatedKind];
