// How supervision reads on screen: what a meeting is, its status in words (colour is only a second cue),
// how far off something is, and the months the supervision page steps through.
import {
  PLAN_ITEM_LABELS, SUPERVISION_STATUS_LABELS, SUPERVISION_TYPE_LABELS, type DueSupervision, type PlanItemKindOrNone,
  type SupervisionRow, type SupervisionStatus,
} from '../../../../shared/contract/supervision';
import { dayHeading, formatUkDate, weekdayName } from '../../../../shared/domain/dates';
import { addDays, isoWeekday } from '../../../../shared/domain/pay/calendar';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../../shared/domain/pay/uk-defaults';
import { formatClock } from '../../../../shared/domain/pay/shift';

/** Dark enough for the badge's dark text to pass contrast on its light tint. */
export const STATUS_COLOURS: Record<SupervisionStatus, string> = {
  planned: 'blue', held: 'teal', cancelled: 'gray', missed: 'orange', rescheduled: 'gray',
};

/** "One-to-one", "Reflective (peer) supervision", or the part of the probation plan it is ("Mid-point review"). */
export const whatWords = (row: Pick<SupervisionRow, 'type' | 'planItem'>): string =>
  row.planItem === '' ? SUPERVISION_TYPE_LABELS[row.type] : PLAN_ITEM_LABELS[row.planItem];

/** The same in the middle of a sentence: "mid-point review", "supervision". */
export const planItemInSentence = (planItem: PlanItemKindOrNone): string => PLAN_ITEM_LABELS[planItem].toLowerCase();

/** "Mon 23/11/2026": a date in a table column. */
export const shortDate = (date: string): string => `${weekdayName(date).slice(0, 3)} ${formatUkDate(date)}`;

export const timeWords = (startMinutes: number | null): string => (startMinutes === null ? '' : formatClock(startMinutes));

/** "Monday 23/11/2026 at 10:00", or without the time when none was set. */
export const whenWords = (date: string, startMinutes: number | null): string =>
  `${dayHeading(date)}${startMinutes === null ? '' : ` at ${formatClock(startMinutes)}`}`;

/** "Ada Lovelace's mid-point review, Monday 23/11/2026 at 10:00": a meeting named in a title or a label. */
export const meetingWords = (row: Pick<SupervisionRow, 'supervisee' | 'type' | 'planItem' | 'plannedOn' | 'startMinutes'>): string =>
  `${row.supervisee.name}'s ${whatWords(row).toLowerCase()}, ${whenWords(row.plannedOn, row.startMinutes)}`;

/** The status in words with what makes it so: "Held on 12/11/2026", "Moved to 27/11/2026", "Planned: overdue". */
export function statusWords(row: Pick<SupervisionRow, 'status' | 'heldOn' | 'rescheduledTo' | 'overdue'>): string {
  if (row.status === 'held' && row.heldOn) return `Held on ${formatUkDate(row.heldOn)}`;
  if (row.status === 'rescheduled' && row.rescheduledTo) return `Moved to ${formatUkDate(row.rescheduledTo)}`;
  if (row.status === 'planned' && row.overdue) return 'Planned: overdue';
  return SUPERVISION_STATUS_LABELS[row.status];
}

/** "Overdue by 3 days", "Today", "Tomorrow", "In 4 days". */
export function daysWords(daysLeft: number): string {
  if (daysLeft < 0) return daysLeft === -1 ? 'Overdue by 1 day' : `Overdue by ${-daysLeft} days`;
  if (daysLeft === 0) return 'Today';
  if (daysLeft === 1) return 'Tomorrow';
  return `In ${daysLeft} days`;
}

/** One line of the overdue or due-this-week list, as a sentence. */
export function dueSentence(d: DueSupervision): string {
  const date = dayHeading(d.due);
  if (d.supervisionId === null) return `${d.staff.name} is due a supervision by ${date}, and none is booked yet.`;
  const withWhom = d.supervisor ? `with ${d.supervisor.name}` : 'with nobody named to supervise yet';
  return `${d.staff.name}'s ${planItemInSentence(d.planItem)} ${withWhom}, planned for ${date}.`;
}

/**
 * What to say beside a meeting's date before it is saved: a weekend or bank holiday (allowed, since some
 * peer supporters work Saturdays on the wards, but the office is closed then, so it is usually a slip),
 * and, when booking, a day already past (allowed, to record a meeting nobody booked: it is then recorded
 * as held). `date` is ISO when one was typed; anything else says nothing yet.
 */
export function meetingDateNotes(date: string, today: string, booking: boolean): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
  const notes: string[] = [];
  const day = dayHeading(date);
  if (ENGLAND_AND_WALES_BANK_HOLIDAYS.includes(date)) notes.push(`${day} is a bank holiday, when the office is closed. Keep this date only if you have agreed to meet then.`);
  else if (isoWeekday(date) >= 6) notes.push(`${day} is a weekend, when the office is closed. Keep this date only if you have agreed to meet then.`);
  if (booking && today && date < today) notes.push(`${day} has passed: booking it records a meeting that already happened. Then open it and record it as held.`);
  return notes;
}

/** "every 6 weeks" / "as required". */
export const cadenceWords = (weeks: number | null): string =>
  weeks === null ? 'as required' : weeks === 1 ? 'every week' : `every ${weeks} weeks`;

// ---------------------------------------------------------------------------------------------------
// Months, as 'YYYY-MM'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const isMonth = (text: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

/** "2026-11" -> "November 2026". */
export const monthTitle = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** The month before (-1) or after (+1). */
export function stepMonth(month: string, direction: -1 | 1): string {
  const first = `${month}-01`;
  // The 28th of any month plus four days is always in the next month.
  return direction === 1 ? addDays(`${month}-28`, 4).slice(0, 7) : addDays(first, -1).slice(0, 7);
}
