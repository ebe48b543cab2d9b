// How dates and the page's own query read on paper: "Mon 07/12/2026", the month or year asked for.
import { formatUkDate, londonToday } from '../../../../shared/domain/dates';
import { isoWeekday } from '../../../../shared/domain/pay/calendar';
import type { SupervisionRow } from '../../../../shared/contract/supervision';
import { isMonth, statusWords } from '../supervision/words';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "Mon 07/12/2026": the weekday helps someone reading a paper list find a meeting in their diary. */
export const dayAndDate = (date: string): string => `${DAYS[isoWeekday(date) - 1]} ${formatUkDate(date)}`;

/** Today in England, as the header's "Printed on" shows it. */
export const printedOnToday = (): string => formatUkDate(londonToday(new Date()));

/** The month a page was asked for (?month=2026-11): this month when none is given, null when it is not a month. */
export function monthAsked(param: string | null, today = londonToday(new Date())): string | null {
  if (param === null || param === '') return today.slice(0, 7);
  return isMonth(param) ? param : null;
}

/** The year a page was asked for (?year=2026): this year when none is given, null when it is not a year we keep. */
export function yearAsked(param: string | null, today = londonToday(new Date())): number | null {
  if (param === null || param === '') return Number(today.slice(0, 4));
  if (!/^\d{4}$/.test(param)) return null;
  const year = Number(param);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** A positive whole number from the path (a staff id), or null. */
export function idAsked(param: string | undefined): number | null {
  if (!param || !/^[1-9]\d{0,9}$/.test(param)) return null;
  return Number(param);
}

/**
 * A meeting's status on paper, kept to one line: "Held" when it was held on the day planned (the date is
 * beside it already), "Held on 06/10/2026" when not; otherwise as on screen ("Moved to 10/12/2026").
 */
export function paperStatus(row: Pick<SupervisionRow, 'status' | 'heldOn' | 'plannedOn' | 'rescheduledTo' | 'overdue'>): string {
  if (row.status === 'held' && (!row.heldOn || row.heldOn === row.plannedOn)) return 'Held';
  return statusWords(row);
}

/** Cancelled, missed and moved meetings stay on the record, set back so the live ones stand out. */
export const isSetBack = (row: Pick<SupervisionRow, 'status'>): boolean =>
  row.status === 'cancelled' || row.status === 'missed' || row.status === 'rescheduled';
