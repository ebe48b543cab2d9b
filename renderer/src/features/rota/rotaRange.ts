// The stretch of the rota on screen: a Monday-to-Sunday week or a calendar month around one date.
import { dayHeading, formatUkDate, weekdayName } from '../../../../shared/domain/dates';
import { addDays, mondayOf } from '../../../../shared/domain/pay/calendar';

export type RotaScope = 'week' | 'month';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export interface RotaRange { from: string; to: string }

const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;

function lastOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

export function rangeOf(date: string, scope: RotaScope): RotaRange {
  if (scope === 'week') {
    const from = mondayOf(date);
    return { from, to: addDays(from, 6) };
  }
  return { from: firstOfMonth(date), to: lastOfMonth(date) };
}

/** The date to show after pressing previous (-1) or next (+1). A month steps from its first day, so 31 January never skips February. */
export function stepDate(date: string, scope: RotaScope, direction: -1 | 1): string {
  if (scope === 'week') return addDays(date, 7 * direction);
  return direction === 1 ? addDays(lastOfMonth(date), 1) : firstOfMonth(addDays(firstOfMonth(date), -1));
}

/** "Mon 23/11" for compact month lists. */
export const shortDay = (date: string): string => `${weekdayName(date).slice(0, 3)} ${formatUkDate(date).slice(0, 5)}`;

export function rangeTitle(range: RotaRange, scope: RotaScope): string {
  if (scope === 'week') return `Week of ${dayHeading(range.from)}`;
  return `${MONTHS[Number(range.from.slice(5, 7)) - 1]} ${range.from.slice(0, 4)}`;
}

export function daysOf(range: RotaRange): string[] {
  const days: string[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The Monday-start weeks a range touches, each clipped to the range: a month view's groups. */
export function weeksOf(range: RotaRange): { monday: string; days: string[] }[] {
  const weeks = new Map<string, string[]>();
  for (const day of daysOf(range)) {
    const monday = mondayOf(day);
    weeks.set(monday, [...(weeks.get(monday) ?? []), day]);
  }
  return [...weeks].map(([monday, days]) => ({ monday, days }));
}
