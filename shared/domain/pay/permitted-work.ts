// Permitted work lets someone on ESA (or the older incapacity benefits) earn a little without losing
// benefit (uk-rules.md, "Permitted work"). DWP decides eligibility, not the employer: the app only
// warns, per Monday-to-Sunday calendar week, when hours or earnings would break the limit.
import { addDays, daysBetween, mondayOf } from './calendar';
import { type Dated, inForceOn } from './dated';
import { divideRounded } from './rounding';

/** lower: up to the lower earnings limit, any hours; higher: under 16 hours and the higher earnings
 * limit; supported: no hours limit, the higher earnings limit. */
export type PermittedWorkKind = 'lower' | 'higher' | 'supported';

export interface PermittedWorkLimits extends Dated {
  lowerEarningsPence: number; // "up to £20 a week": more than this is over
  higherEarningsPence: number; // "no more than" this: more is over
  hoursLimitMinutes: number; // "under 16 hours": this many minutes or more is over
}

export interface PaidSession {
  date: string;
  minutes: number;
  ratePence: number; // hourly
}

export interface WeekTotal {
  weekStart: string; // Monday
  weekEnd: string; // Sunday
  minutes: number;
  pence: number; // rounded once per week
  sessions: number;
}

/**
 * Hours and gross pay per calendar week, every week from the first to the last (or across `range`)
 * with empty weeks as zero, so averages and statements show the quiet weeks too.
 */
export function weeklyTotals(sessions: readonly PaidSession[], range?: { from: string; to: string }): WeekTotal[] {
  const dates = sessions.map((s) => s.date).sort();
  const from = range?.from ?? dates[0];
  const to = range?.to ?? dates[dates.length - 1];
  if (from === undefined || to === undefined || to < from) return [];
  const first = mondayOf(from);
  const count = Math.floor(daysBetween(first, mondayOf(to)) / 7) + 1;
  const acc = Array.from({ length: count }, (_, i) => ({ weekStart: addDays(first, i * 7), minutes: 0, payMinutePence: 0, sessions: 0 }));
  for (const s of sessions) {
    if (s.date < from || s.date > to) continue;
    const week = acc[Math.floor(daysBetween(first, s.date) / 7)]!;
    week.minutes += s.minutes;
    week.payMinutePence += s.minutes * s.ratePence;
    week.sessions += 1;
  }
  return acc.map((w) => ({ weekStart: w.weekStart, weekEnd: addDays(w.weekStart, 6), minutes: w.minutes, pence: divideRounded(w.payMinutePence, 60), sessions: w.sessions }));
}

export interface WeekCheck extends WeekTotal {
  limits: PermittedWorkLimits | null; // null: no limits set for that week (nothing can be judged)
  overHours: boolean;
  overEarnings: boolean;
}

/**
 * Which weeks break the limits for this kind of permitted work. Gross pay is compared, though DWP
 * counts pay net of tax, NI and half of pension contributions: gross is never less, so the warning
 * can come early but never late. A week takes the limits in force on its Monday, so the week the
 * limits rise in April keeps the older, lower figure (again: early, never late).
 */
export function checkPermittedWork(weeks: readonly WeekTotal[], kind: PermittedWorkKind, table: readonly PermittedWorkLimits[]): WeekCheck[] {
  return weeks.map((w) => {
    const limits = inForceOn(table, w.weekStart) ?? null;
    if (!limits) return { ...w, limits, overHours: false, overEarnings: false };
    const earningsLimit = kind === 'lower' ? limits.lowerEarningsPence : limits.higherEarningsPence;
    return { ...w, limits, overHours: kind === 'higher' && w.minutes >= limits.hoursLimitMinutes, overEarnings: w.pence > earningsLimit };
  });
}

export interface RollingAverage {
  weekStart: string;
  averageMinutes: number | null; // null until `span` weeks are known
  averagePence: number | null;
}

/**
 * The average of each week and the `span - 1` before it (4 by default: benefits advisers ask for
 * 4-5 week averages, and the 16-hour limit is averaged over the work cycle). Rounded once, half-up.
 * Pass weeks from weeklyTotals, starting `span - 1` weeks early for a full average from the first.
 */
export function rollingAverages(weeks: readonly WeekTotal[], span = 4): RollingAverage[] {
  return weeks.map((w, i) => {
    if (i + 1 < span) return { weekStart: w.weekStart, averageMinutes: null, averagePence: null };
    const window = weeks.slice(i + 1 - span, i + 1);
    const minutes = window.reduce((sum, x) => sum + x.minutes, 0);
    const pence = window.reduce((sum, x) => sum + x.pence, 0);
    return { weekStart: w.weekStart, averageMinutes: divideRounded(minutes, span), averagePence: divideRounded(pence, span) };
  });
}

/** The calendar week of a proposed booking, with it added: check before the shift is booked, not after payroll. */
export function checkBooking(booked: readonly PaidSession[], proposed: PaidSession, kind: PermittedWorkKind, table: readonly PermittedWorkLimits[]): WeekCheck {
  const monday = mondayOf(proposed.date);
  const [week] = weeklyTotals([...booked, proposed], { from: monday, to: addDays(monday, 6) });
  return checkPermittedWork([week!], kind, table)[0]!;
}
