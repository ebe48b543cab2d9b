// How a session reads on the rota: its status in words (never colour alone) and its times.
import type { RotaSession, SessionStatus } from '../../../../shared/contract/rota';
import { dayHeading } from '../../../../shared/domain/dates';
import { formatClock } from '../../../../shared/domain/pay/shift';

export const STATUS_WORDS: Record<SessionStatus, string> = { planned: 'Planned', worked: 'Worked', cancelled: 'Cancelled' };

/** Dark enough for the badge's text to pass contrast on its light tint. */
export const STATUS_COLOURS: Record<SessionStatus, string> = { planned: 'blue', worked: 'teal', cancelled: 'gray' };

/** "09:30 to 13:00", or "22:00 to 06:00 next day": an end at or before the start is the next morning. */
export const timeWords = (s: Pick<RotaSession, 'startMinutes' | 'endMinutes'>): string =>
  `${formatClock(s.startMinutes)} to ${formatClock(s.endMinutes)}${s.endMinutes <= s.startMinutes ? ' next day' : ''}`;

/** "Ada Lovelace, Monday 23/11/2026, 09:30 to 13:00": a session named in a message or a button's label. */
export const sessionWords = (s: Pick<RotaSession, 'name' | 'date' | 'startMinutes' | 'endMinutes'>): string =>
  `${s.name}, ${dayHeading(s.date)}, ${timeWords(s)}`;
