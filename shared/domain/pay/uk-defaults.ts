// The figures Peer Office ships with, for seeding the dated settings the office edits later. Every
// figure and date comes from /shared/domain/uk-rules.md (gathered November 2026) unless its comment
// says otherwise; the rules never read this file themselves: they take a table as a parameter.
// Money in pence, hours in minutes. Add a row for a change; never edit a past row.
import { type HolidayRules } from './holiday';
import { type MileageRates } from './mileage';
import { type MinimumWageRates } from './minimum-wage';
import { type PermittedWorkLimits } from './permitted-work';
import { type SspRules } from './ssp';

/** National Minimum / Living Wage, changing each 1 April. uk-rules.md gives one column for
 * "under 18 / apprentice"; it is kept as two here so the office can set them apart if the law does. */
export const UK_MINIMUM_WAGE: readonly MinimumWageRates[] = [
  { from: '2025-04-01', age21AndOverPence: 1221, age18To20Pence: 1000, under18Pence: 755, apprenticePence: 755 },
  { from: '2026-04-01', age21AndOverPence: 1271, age18To20Pence: 1085, under18Pence: 800, apprenticePence: 800 },
];

/**
 * ESA permitted work. uk-rules.md names the earnings limits by tax year (2024/25 ...), so each row
 * starts on 6 April; weeks take the row in force on their Monday, which matches DWP's uprating
 * weeks (8 Apr 2024, 7 Apr 2025, 6 Apr 2026). The 2026/27 figure is marked "check" in uk-rules.md.
 * Lower limit £20 and "under 16 hours" are unchanged across the rows.
 */
export const UK_PERMITTED_WORK_LIMITS: readonly PermittedWorkLimits[] = [
  { from: '2024-04-06', lowerEarningsPence: 2000, higherEarningsPence: 18350, hoursLimitMinutes: 16 * 60 },
  { from: '2025-04-06', lowerEarningsPence: 2000, higherEarningsPence: 19550, hoursLimitMinutes: 16 * 60 },
  { from: '2026-04-06', lowerEarningsPence: 2000, higherEarningsPence: 20350, hoursLimitMinutes: 16 * 60 },
];

/** Holiday: 12.07% accrual for irregular-hours staff in leave years from 1 April 2024; 5.6 weeks. */
export const UK_HOLIDAY_RULES: readonly HolidayRules[] = [
  { from: '2024-04-01', accrualBasisPoints: 1207, statutoryWeeksTenths: 56 },
];

/**
 * Statutory Sick Pay. uk-rules.md says "until 5 April 2026: £118.75" without a start; £118.75 is the
 * 2025/26 rate, so the row starts 6 April 2025. The 4-day period of incapacity under the old rules is
 * the Social Security Contributions and Benefits Act 1992 s.148 (not in uk-rules.md); from 6 April 2026
 * "a single day of sickness can qualify". Spells within 8 weeks link under both.
 */
export const UK_SSP_RULES: readonly SspRules[] = [
  { from: '2025-04-06', weeklyRatePence: 11875, waitingDays: 3, lowerEarningsLimitPence: 12500, earningsShareBasisPoints: null, minSpellDays: 4, linkingWeeks: 8 },
  { from: '2026-04-06', weeklyRatePence: 12325, waitingDays: 0, lowerEarningsLimitPence: null, earningsShareBasisPoints: 8000, minSpellDays: 1, linkingWeeks: 8 },
];

/** HMRC approved mileage rates for cars and vans. uk-rules.md gives no start date: these rates have
 * stood since the 2011/12 tax year (HMRC), so the row starts 6 April 2011. */
export const UK_MILEAGE_RATES: readonly MileageRates[] = [
  { from: '2011-04-06', firstBandPencePerMile: 45, laterPencePerMile: 25, firstBandMiles: 10_000 },
];

/**
 * England and Wales bank holidays 2024-2028 (gov.uk). The years before 2026 are here because the rolling
 * 52 weeks of absence and the demo's two years of rota reach back into them. Loading a newer gov.uk file
 * is not built yet: add the next years here before 2028 ends.
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = [
  '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
];
