// A shift is entered as its date and wall-clock start and end in England, minus an unpaid break. Its
// length is the real time that passed: a night shift across the March clock change is an hour shorter
// than the clock suggests, and across the October change an hour longer. Pay follows real time.
import { formatUkDate, isIsoDate } from '../dates';
import { addDays } from './calendar';
import { londonWallTimeExists, londonWallTimeIsAmbiguous, londonWallToUtc } from './london-time';

export interface ShiftTimes {
  date: string; // the day the shift starts
  startMinutes: number; // minutes after midnight, 0-1439
  endMinutes: number; // at or before the start means the next day
  breakMinutes: number; // unpaid
}

export type ShiftProblem = 'bad-date' | 'bad-time' | 'no-such-time' | 'ambiguous-time' | 'bad-break' | 'break-too-long';

export type ShiftResult =
  | { ok: true; workedMinutes: number; elapsedMinutes: number; endDate: string; startUtcMs: number; endUtcMs: number }
  | { ok: false; problem: ShiftProblem; message: string; at?: 'start' | 'end' }; // `at`: which time is wrong, when one is

const MINUTES_PER_DAY = 1440;

const isClock = (m: number): boolean => Number.isInteger(m) && m >= 0 && m < MINUTES_PER_DAY;

/** 570 -> "09:30": 24-hour, as the UK office reads times. */
export const formatClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** 90 -> "1:30": a length of time, hours and minutes. */
export const formatDuration = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

export function shiftMinutes(shift: ShiftTimes): ShiftResult {
  const { date, startMinutes, endMinutes, breakMinutes } = shift;
  if (!isIsoDate(date)) return { ok: false, problem: 'bad-date', message: `"${date}" is not a date. Enter it like 27/11/2026.` };
  if (!isClock(startMinutes) || !isClock(endMinutes)) {
    return { ok: false, problem: 'bad-time', message: 'Enter the start and end as 24-hour times between 00:00 and 23:59, like 09:30.' };
  }
  if (!Number.isInteger(breakMinutes) || breakMinutes < 0) {
    return { ok: false, problem: 'bad-break', message: 'Enter the unpaid break in whole minutes, or 0 for no break.' };
  }
  // An end at or before the start is read as the next morning: 22:00-06:00 is a night shift, and
  // 09:00-09:00 a full day rather than nothing.
  const nextDay = endMinutes <= startMinutes;
  const endDate = nextDay ? addDays(date, 1) : date;
  // Refused rather than guessed: a time in the hour the clocks skip is almost always a typing slip.
  for (const [day, m, at] of [[date, startMinutes, 'start'], [endDate, endMinutes, 'end']] as const) {
    if (!londonWallTimeExists(day, m)) {
      return { ok: false, problem: 'no-such-time', at, message: `No clock showed ${formatClock(m)} on ${formatUkDate(day)}: the clocks went forward from 01:00 to 02:00. Check the time.` };
    }
    // Refused too, not guessed: 01:30 that night could be either of two instants an hour apart, and a
    // guess would pay an hour too much or too little.
    if (londonWallTimeIsAmbiguous(day, m)) {
      return {
        ok: false, problem: 'ambiguous-time', at,
        message: `${formatClock(m)} on ${formatUkDate(day)} happened twice: the clocks went back from 02:00 to 01:00. Enter a time outside 01:00 to 01:59, like 02:00, so the hours are certain.`,
      };
    }
  }
  const startUtcMs = londonWallToUtc(date, startMinutes);
  const endUtcMs = londonWallToUtc(date, endMinutes + (nextDay ? MINUTES_PER_DAY : 0));
  const elapsedMinutes = Math.round((endUtcMs - startUtcMs) / 60_000);
  if (elapsedMinutes <= 0) return { ok: false, problem: 'bad-time', message: 'The shift must end after it starts. Check the start and end.' };
  if (breakMinutes > elapsedMinutes) {
    return {
      ok: false, problem: 'break-too-long',
      message: `The break (${formatDuration(breakMinutes)}) is longer than the shift on ${formatUkDate(date)} ` +
        `(${formatClock(startMinutes)} to ${formatClock(endMinutes)}, ${formatDuration(elapsedMinutes)}). Check the times and the break.`,
    };
  }
  return { ok: true, workedMinutes: elapsedMinutes - breakMinutes, elapsedMinutes, endDate, startUtcMs, endUtcMs };
}

/** Two shifts of one person overlap when each starts before the other ends (touching is fine). */
export const shiftsOverlap = (a: { startUtcMs: number; endUtcMs: number }, b: { startUtcMs: number; endUtcMs: number }): boolean =>
  a.startUtcMs < b.endUtcMs && b.startUtcMs < a.endUtcMs;
