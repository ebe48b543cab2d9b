// The support session form's values as typed, and how they become the contract's input. A time that does
// not read as one is passed on as not-a-number, so the contract's schema names the field with its own
// message; nothing typed is thrown away.
import type { SaveSupportSessionInput, SupportSession } from '../../../../shared/contract/supervision';
import { formatClock } from '../../../../shared/domain/pay/shift';
import { parseClock } from '../rota/sessionForm';

export interface SupportFormValues {
  id?: number;
  date: string; // ISO when it reads as a date, otherwise what was typed
  start: string;
  end: string;
  placeId: string;
  theme: string;
}

export const emptySupportSession = (): SupportFormValues => ({ date: '', start: '10:00', end: '13:00', placeId: '', theme: '' });

export const supportToForm = (s: SupportSession): SupportFormValues => ({
  id: s.id, date: s.date, start: formatClock(s.startMinutes), end: formatClock(s.endMinutes), placeId: String(s.place.id), theme: s.theme,
});

const clockOrNaN = (text: string): number => parseClock(text) ?? Number.NaN;

export function supportFormToInput(v: SupportFormValues): SaveSupportSessionInput {
  return {
    ...(v.id === undefined ? {} : { id: v.id }),
    date: v.date, startMinutes: clockOrNaN(v.start), endMinutes: clockOrNaN(v.end),
    placeId: v.placeId === '' ? Number.NaN : Number(v.placeId), theme: v.theme,
  };
}
