// Pay periods: a calendar month (the default: a fixed monthly pay date suits staff on Universal Credit,
// whose assessment periods are monthly) or four weeks counted from an anchor date. Weeks start on Monday.
import { daysInMonth } from '../dates';
import { addDays, daysBetween, mondayOf, workingDayOnOrBefore } from './calendar';

export type PaySchedule =
  | {
      kind: 'monthly';
      payDay: number | 'last'; // day of the month; 31 in a 30-day month is its last day
      payMonthOffset?: number; // 0: paid in the month worked; 1: paid the month after (in arrears)
      bankHolidays?: readonly string[]; // with these, a pay date on a weekend or bank holiday moves earlier
    }
  | {
      kind: 'four-weekly';
      anchor: string; // the first day of any one period; a Monday keeps periods to whole calendar weeks
      payDaysAfterEnd: number; // e.g. 5: the Friday after a period ending on Sunday
      bankHolidays?: readonly string[];
    };

export interface PayPeriod {
  key: string; // 'YYYY-MM' for a month (as the CLI's --period), the start date for four weeks
  start: string;
  end: string; // inclusive
  payDate: string;
}

export function periodContaining(schedule: PaySchedule, date: string): PayPeriod {
  if (schedule.kind === 'monthly') return monthlyPeriod(schedule, date.slice(0, 7));
  const index = Math.floor(daysBetween(schedule.anchor, date) / 28); // floor: dates before the anchor too
  const start = addDays(schedule.anchor, index * 28);
  const end = addDays(start, 27);
  return { key: start, start, end, payDate: workingDayOnOrBefore(addDays(end, schedule.payDaysAfterEnd), schedule.bankHolidays) };
}

/** The month 'YYYY-MM' as a pay period. */
export function monthlyPeriod(schedule: Extract<PaySchedule, { kind: 'monthly' }>, month: string): PayPeriod {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const start = `${month}-01`;
  const end = `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  const payMonth = shiftMonth(y, m, schedule.payMonthOffset ?? 0);
  const last = daysInMonth(payMonth.y, payMonth.m);
  const day = schedule.payDay === 'last' ? last : Math.min(schedule.payDay, last);
  const payDate = `${payMonth.y}-${String(payMonth.m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { key: month, start, end, payDate: workingDayOnOrBefore(payDate, schedule.bankHolidays) };
}

export const nextPeriod = (schedule: PaySchedule, period: PayPeriod): PayPeriod => periodContaining(schedule, addDays(period.end, 1));
export const previousPeriod = (schedule: PaySchedule, period: PayPeriod): PayPeriod => periodContaining(schedule, addDays(period.start, -1));

/** The Monday-to-Sunday calendar week holding `date`. */
export function calendarWeek(date: string): { start: string; end: string } {
  const start = mondayOf(date);
  return { start, end: addDays(start, 6) };
}

/** Every calendar week that touches the dates from `from` to `to`: a statement's rows. */
export function weeksTouching(from: string, to: string): { start: string; end: string }[] {
  const weeks: { start: string; end: string }[] = [];
  for (let start = mondayOf(from); start <= to; start = addDays(start, 7)) weeks.push({ start, end: addDays(start, 6) });
  return weeks;
}

function shiftMonth(y: number, m: number, by: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + by;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}
