// Holiday for staff (uk-rules.md, "Holiday for irregular-hours staff"). Irregular-hours (bank,
// zero-hours) staff accrue 12.07% of the hours they actually worked, at the end of each pay period;
// they alone may instead be paid rolled-up holiday pay, 12.07% of pay, as its own payslip line.
// Staff on fixed weekly hours get 5.6 weeks of their contracted week.
import { type Dated } from './dated';
import { addDays, dayNumber, mondayOf } from './calendar';
import { divideRounded, percentOf } from './rounding';

/** Dated so a change in the law is a new row. 12.07% applies to leave years starting on or after
 * 1 April 2024: look the row up by the leave year's first day, not the day worked. */
export interface HolidayRules extends Dated {
  accrualBasisPoints: number; // 1207 = 12.07% (5.6 / 46.4 weeks)
  statutoryWeeksTenths: number; // 56 = 5.6 weeks
}

/** Holiday minutes earned by the minutes worked in a pay period: rounded once, on the period total. */
export const accruedHolidayMinutes = (workedMinutes: number, rules: HolidayRules): number =>
  percentOf(workedMinutes, rules.accrualBasisPoints);

/**
 * The period's accrual, held to the year's cap of 5.6 weeks. uk-rules.md does not say how long a
 * "week" is for someone with no regular week, so the caller passes the cap in minutes (null: none).
 */
export function accrueForPeriod(workedMinutes: number, accruedThisLeaveYear: number, capMinutes: number | null, rules: HolidayRules) {
  const earned = accruedHolidayMinutes(workedMinutes, rules);
  if (capMinutes === null) return { accruedMinutes: earned, capped: false };
  const room = Math.max(0, capMinutes - accruedThisLeaveYear);
  return { accruedMinutes: Math.min(earned, room), capped: earned > room };
}

/**
 * Rolled-up holiday pay on a period's pay for work done (pence), rounded once. Pass pay only:
 * mileage is an expense, not pay, and the rolled-up line itself is not counted again.
 */
export const rolledUpHolidayPence = (periodPayPence: number, rules: HolidayRules): number =>
  percentOf(periodPayPence, rules.accrualBasisPoints);

/**
 * A fixed-hours worker's leave for a full leave year: 5.6 x contracted weekly minutes (rounded once).
 * uk-rules.md says nothing of joining or leaving part-way through a year, so no part-year sum is made
 * here: that is for the office or payroll until the rule is written down.
 */
export const fixedEntitlementMinutes = (contractedWeeklyMinutes: number, rules: HolidayRules): number =>
  divideRounded(contractedWeeklyMinutes * rules.statutoryWeeksTenths, 10);

/**
 * A week's holiday pay when leave is taken: the average of the last 52 weeks with pay, skipping weeks
 * with none (unpaid or SSP only: leave SSP out of `pence`), looking back at most 104 weeks before the
 * week the leave starts. null when no paid week is found. Rounded once, to the penny.
 */
export function averageWeeklyHolidayPay(weeks: readonly { weekStart: string; pence: number }[], leaveDate: string) {
  const leaveWeek = mondayOf(leaveDate);
  const earliest = dayNumber(addDays(leaveWeek, -104 * 7));
  const paid = weeks
    .filter((w) => w.pence > 0 && w.weekStart < leaveWeek && dayNumber(w.weekStart) >= earliest)
    .sort((a, b) => (a.weekStart < b.weekStart ? 1 : -1))
    .slice(0, 52);
  if (paid.length === 0) return null;
  const total = paid.reduce((sum, w) => sum + w.pence, 0);
  return { weeklyPence: divideRounded(total, paid.length), weeksUsed: paid.length };
}
