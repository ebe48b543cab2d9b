// Dated settings: the figures the law changes (minimum wage, permitted-work limits, SSP, holiday,
// mileage), one row per change with the day it takes effect. Shipped with shared/domain/pay/uk-defaults.ts;
// the office adds a row when a figure changes and never rewrites a past one.
import { z } from 'zod';
import type { HolidayRules } from '../domain/pay/holiday';
import type { MileageRates } from '../domain/pay/mileage';
import type { MinimumWageRates } from '../domain/pay/minimum-wage';
import type { PermittedWorkLimits } from '../domain/pay/permitted-work';
import type { SspRules } from '../domain/pay/ssp';
import { isoDate } from './members';

export const DATED_KINDS = ['minimum-wage', 'permitted-work', 'ssp', 'holiday', 'mileage'] as const;
export type DatedKind = (typeof DATED_KINDS)[number];
export const DATED_KIND_LABELS: Record<DatedKind, string> = {
  'minimum-wage': 'Minimum wage', 'permitted-work': 'Permitted-work limits', ssp: 'Statutory Sick Pay', holiday: 'Holiday', mileage: 'Mileage rates',
};

const whole = (what: string, min: number, max: number, unit: string) =>
  z.number({ error: `Enter ${what}` }).int(`Enter ${what} as a whole number of ${unit}`).min(min, `Enter ${what} of at least ${min} ${unit}`).max(max, `Enter ${what} of at most ${max} ${unit}`);
// Stored in pence; people type pounds ("12.71"), so the messages speak of pounds.
const pence = (what: string, max = 100_000) =>
  z.number({ error: `Enter ${what} in pounds and pence, like 12.71` }).int(`Enter ${what} to the penny`).min(1, `Enter ${what} above £0.00`).max(max, `Enter ${what} of at most £${(max / 100).toFixed(2)}`);

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
    hoursLimitMinutes: whole('the weekly hours limit', 1, 7 * 24 * 60, 'minutes'),
  }).strict().refine((v) => v.lowerEarningsPence <= v.higherEarningsPence, { path: ['higherEarningsPence'], message: 'The higher limit must be at least the lower limit' }),
  ssp: z.object({
    weeklyRatePence: pence('the weekly rate'),
    waitingDays: whole('the waiting days', 0, 7, 'days'),
    lowerEarningsLimitPence: pence('the lower earnings limit').nullable(),
    earningsShareBasisPoints: whole('the share of earnings', 1, 10_000, 'hundredths of a percent').nullable(),
    minSpellDays: whole('the shortest spell', 1, 7, 'days'),
    linkingWeeks: whole('the linking period', 0, 104, 'weeks'),
  }).strict(),
  holiday: z.object({
    accrualBasisPoints: whole('the accrual rate', 1, 10_000, 'hundredths of a percent'),
    statutoryWeeksTenths: whole('the statutory weeks', 1, 520, 'tenths of a week'),
  }).strict(),
  mileage: z.object({
    firstBandPencePerMile: pence('the rate for the first miles', 1000),
    laterPencePerMile: pence('the rate after that', 1000),
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
