// Changes to a staff record that should prompt a benefits-advice referral: contracted hours, or a new
// pay rate, for someone on benefits on the day of the change. Once the record is saved the change is
// no longer visible as a change, so the staff service calls these inside its own transaction and a
// row in referral_prompts keeps it until a referral answers it or the office dismisses it.
import { asc, eq } from 'drizzle-orm';
import { formatUkDate } from '../../../shared/domain/dates';
import { inForceOn } from '../../../shared/domain/pay/dated';
import { formatDecimalHours, formatPounds } from '../../../shared/domain/pay/rounding';
import type { Db } from '../db/open';
import { benefitStatuses, payRates } from '../db/schema';
import { insertPrompt } from './repository';

/** Whether their benefit status on `date` is anything but 'none' (no status recorded is 'none'). */
export function onBenefitsOn(db: Db, staffId: number, date: string): boolean {
  const history = db.select({ from: benefitStatuses.fromDate, kind: benefitStatuses.kind }).from(benefitStatuses)
    .where(eq(benefitStatuses.staffId, staffId)).orderBy(asc(benefitStatuses.fromDate)).all();
  return (inForceOn(history, date)?.kind ?? 'none') !== 'none';
}

const hoursFigure = (minutes: number): string => (minutes % 60 === 0 ? String(minutes / 60) : formatDecimalHours(minutes));

/** "from 12 to 16 hours a week"; a move to or from bank (no contracted hours) says so. */
function hoursChangeWords(from: number | null, to: number | null): string {
  if (from === null) return `from no contracted hours (bank) to ${hoursFigure(to!)} hours a week`;
  if (to === null) return `from ${hoursFigure(from)} hours a week to no contracted hours (bank)`;
  return `from ${hoursFigure(from)} to ${hoursFigure(to)} hours a week`;
}

/**
 * After staff:save: a change of contracted hours (bank to part-time and back included) on `day`
 * (today: a record's hours have no date of their own). A new record is not a change.
 */
export function promptOnHoursChange(
  db: Db, before: { id: number; weeklyMinutes: number | null } | undefined, weeklyMinutes: number | null, day: string, nowIso: string,
): void {
  if (!before || before.weeklyMinutes === weeklyMinutes || !onBenefitsOn(db, before.id, day)) return;
  insertPrompt(db, { staffId: before.id, kind: 'hours-changed', onDate: day, detail: hoursChangeWords(before.weeklyMinutes, weeklyMinutes), nowIso });
}

/**
 * After staff:addRate (call it once the new rate is stored): the rate in force before `effectiveFrom`
 * is the one it replaces. A first rate, or one the same as before, changes nothing anyone is paid.
 */
export function promptOnRateChange(db: Db, staffId: number, effectiveFrom: string, hourlyPence: number, nowIso: string): void {
  if (!onBenefitsOn(db, staffId, effectiveFrom)) return;
  const earlier = db.select({ from: payRates.effectiveFrom, hourlyPence: payRates.hourlyPence }).from(payRates)
    .where(eq(payRates.staffId, staffId)).all().filter((r) => r.from < effectiveFrom);
  const previous = inForceOn(earlier, effectiveFrom);
  if (!previous || previous.hourlyPence === hourlyPence) return;
  const detail = `from ${formatPounds(previous.hourlyPence)} to ${formatPounds(hourlyPence)} an hour from ${formatUkDate(effectiveFrom)}`;
  insertPrompt(db, { staffId, kind: 'rate-changed', onDate: effectiveFrom, detail, nowIso });
}
