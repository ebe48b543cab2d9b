// Calendar arithmetic on 'YYYY-MM-DD' strings. A JS Date appears only inside, at UTC midnight, as a
// counter of days: a calendar date has no time zone, so nothing here may depend on the machine's.
// Callers pass valid ISO dates (the contract's schemas check them); see isIsoDate in ../dates.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01: lets dates be compared, subtracted and stepped as plain integers. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export const addDays = (date: string, days: number): string => fromDayNumber(dayNumber(date) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** 1 = Monday ... 7 = Sunday: UK weeks start on Monday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the calendar week holding `date`. */
export const mondayOf = (date: string): string => addDays(date, 1 - isoWeekday(date));

/** The UK tax year holding `date` starts on 6 April: 2026-04-05 is in the year from 2025-04-06. */
export function taxYearStart(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '04-06' ? `${year}-04-06` : `${year - 1}-04-06`;
}

/** The same day `years` later; 29 February falls on 1 March in a year without one. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return fromDayNumber(Math.round(Date.UTC(y + years, m - 1, d) / DAY_MS));
}

/**
 * The day itself, or the working day before it when it falls on a weekend or bank holiday: a pay day
 * moves earlier (people are paid early, not late), and so does a review. Without a bank-holiday list
 * nothing moves: the caller chose a plain date.
 */
export function workingDayOnOrBefore(date: string, bankHolidays: readonly string[] | undefined): string {
  if (!bankHolidays) return date;
  let d = date;
  while (isoWeekday(d) >= 6 || bankHolidays.includes(d)) d = addDays(d, -1);
  return d;
}
