// How a support session reads on screen: its day, its times, and who was invited and came, in words.
import { SUPPORT_ATTENDANCE_LABELS, type SupportAttendanceStatus, type SupportSession } from '../../../../shared/contract/supervision';
import { dayHeading } from '../../../../shared/domain/dates';
import { formatClock } from '../../../../shared/domain/pay/shift';

/** "10:00 to 13:00". */
export const supportTimes = (s: Pick<SupportSession, 'startMinutes' | 'endMinutes'>): string => `${formatClock(s.startMinutes)} to ${formatClock(s.endMinutes)}`;

/** "Wednesday 09/12/2026, 10:00 to 13:00": a session named in a heading, a message or a button's label. */
export const supportWhen = (s: Pick<SupportSession, 'date' | 'startMinutes' | 'endMinutes'>): string => `${dayHeading(s.date)}, ${supportTimes(s)}`;

/** "Tidewater Community Hub, Worthing", as places:list labels it. */
export const supportPlace = ({ place }: Pick<SupportSession, 'place'>): string => (place.site ? `${place.name}, ${place.site}` : place.name);

/** In the order people read them: who came first, then apologies, then who did not, then who is still only invited. */
const COUNT_ORDER: readonly SupportAttendanceStatus[] = ['attended', 'apologies', 'did-not-attend', 'invited'];
const COUNT_WORDS: Record<SupportAttendanceStatus, string> = {
  attended: 'attended', apologies: 'sent apologies', 'did-not-attend': 'did not attend', invited: 'invited',
};

/** "12 attended, 3 sent apologies, 1 did not attend"; "Nobody invited yet" for an empty list. */
export function countsLine(s: Pick<SupportSession, 'counts'>): string {
  const parts = COUNT_ORDER.filter((k) => s.counts[k] > 0).map((k) => `${s.counts[k]} ${COUNT_WORDS[k]}`);
  return parts.length ? parts.join(', ') : 'Nobody invited yet';
}

/** Held, today or still to come, in words: the date alone says it, but a word is quicker to read. */
export function whenWord(date: string, today: string): string {
  if (date < today) return 'Held';
  return date === today ? 'Today' : 'Coming up';
}

export const attendanceLabel = (status: SupportAttendanceStatus): string => SUPPORT_ATTENDANCE_LABELS[status];
