// Calendar dates travel as 'YYYY-MM-DD' strings and are shown the UK way (27/11/2026).
// No JS Date is stored for a calendar date: it would carry a time zone it does not have.
import { isoWeekday } from './pay/calendar';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Years a back office can mean: JavaScript dates read years 0-99 as 1900-1999, and date arithmetic
  // near 9999 runs into year 10000, so anything outside is refused rather than miscounted.
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** '2026-11-27' -> '27/11/2026'; '' for an empty value. */
export function formatUkDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Monday first, as UK weeks run. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** '2026-11-23' -> 'Monday'. */
export const weekdayName = (iso: string): string => WEEKDAYS[isoWeekday(iso) - 1]!;

/** '2026-11-23' -> 'Monday 23/11/2026': a date this week or on a rota reads more easily with its day. */
export const dayHeading = (iso: string): string => `${weekdayName(iso)} ${formatUkDate(iso)}`;

/**
 * Reads a date as people in the UK write it in a spreadsheet or a form: 27/11/2026, 27-11-2026,
 * 27.11.26 or 2026-11-27. Two-digit years are taken as 19xx when that is not in the future.
 */
export function parseUkDate(input: string, today?: string): string | null {
  const s = input.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (!m) return null;
  let year = Number(m[3]);
  if (m[3]!.length === 2) {
    const thisYear = today ? Number(today.slice(0, 4)) : 2100;
    year = 2000 + year > thisYear ? 1900 + year : 2000 + year;
  }
  const iso = `${String(year).padStart(4, '0')}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** The calendar date of an instant read in UTC: how Excel cells and seeded demo dates carry a day. */
export const utcDateToIso = (d: Date): string => d.toISOString().slice(0, 10);

/** Today's calendar date in England, whatever the machine's time zone. */
export function londonToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole years between a date of birth and a day, as a person counts their age. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
