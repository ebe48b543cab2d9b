// The session form's values as typed, and how they become the contract's input. Anything that does not
// read as a value is passed on as not-a-number (or a string that is not a date-time), so the contract's
// schema names the field with its own message; nothing typed is thrown away.
import type { RotaSession, SaveSessionInput, SessionStatus } from '../../../../shared/contract/rota';
import { parseUkDate } from '../../../../shared/domain/dates';
import { formatClock, formatDuration, shiftMinutes } from '../../../../shared/domain/pay/shift';

export interface SessionFormValues {
  id?: number;
  staffId: string;
  date: string; // ISO when it reads as a date, otherwise what was typed
  placeId: string;
  elementId: string;
  start: string;
  end: string;
  breakMinutes: string;
  status: SessionStatus;
  cancelledDate: string;
  cancelledTime: string;
  offeredDate: string;
  offeredTime: string;
  miles: string;
  oneToOne: string;
  inGroups: string;
}

/** "9:30", "09:30", "0930", "930", "09.30" or "9" -> minutes after midnight; null when it is no time of day. */
export function parseClock(text: string): number | null {
  const t = text.trim();
  // "930" backtracks to 9 and 30: one or two digits of hours, then two of minutes.
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(t);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/**
 * "12.5" -> 125 tenths of a mile. More than one decimal place gives a fraction of a tenth, which the
 * schema refuses with "Enter miles to one decimal place"; "12.50" is still 125.
 */
export function parseMiles(text: string): number | null {
  const m = /^(\d{1,5})(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const decimals = (m[2] ?? '').replace(/0+$/, '');
  if (decimals.length <= 1) return Number(m[1]) * 10 + Number(decimals || '0');
  return Number(`${m[1]}.${decimals}`) * 10;
}

const wholeNumber = (text: string): number => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** 125 -> "12.5"; 0 -> "". */
export const formatMiles = (tenths: number): string => (tenths === 0 ? '' : tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1));

/** A date and a time typed apart, joined as the contract's 'YYYY-MM-DDTHH:MM'; '' when both are empty. */
export function joinDateTime(date: string, time: string): string {
  if (date.trim() === '' && time.trim() === '') return '';
  const iso = parseUkDate(date);
  const minutes = parseClock(time);
  // Half a date-time is passed on as it stands, for the schema to ask for a date and a time.
  return iso && minutes !== null ? `${iso}T${formatClock(minutes)}` : `${date.trim()} ${time.trim()}`;
}

const splitDateTime = (value: string): [string, string] => (value ? [value.slice(0, 10), value.slice(11, 16)] : ['', '']);

export function emptySession(defaults: { date: string; staffId?: number; placeId?: number; elementId?: number }): SessionFormValues {
  return {
    staffId: defaults.staffId ? String(defaults.staffId) : '', date: defaults.date,
    placeId: defaults.placeId ? String(defaults.placeId) : '', elementId: defaults.elementId ? String(defaults.elementId) : '',
    start: '', end: '', breakMinutes: '0', status: 'planned', cancelledDate: '', cancelledTime: '', offeredDate: '', offeredTime: '',
    miles: '', oneToOne: '', inGroups: '',
  };
}

export function sessionToForm(s: RotaSession): SessionFormValues {
  const [cancelledDate, cancelledTime] = splitDateTime(s.cancelledAt);
  const [offeredDate, offeredTime] = splitDateTime(s.offeredAt);
  return {
    id: s.id, staffId: String(s.staffId), date: s.date, placeId: String(s.placeId), elementId: String(s.elementId),
    start: formatClock(s.startMinutes), end: formatClock(s.endMinutes), breakMinutes: String(s.breakMinutes), status: s.status,
    cancelledDate, cancelledTime, offeredDate, offeredTime, miles: formatMiles(s.milesTenths),
    oneToOne: s.supportedOneToOne === null ? '' : String(s.supportedOneToOne),
    inGroups: s.supportedInGroups === null ? '' : String(s.supportedInGroups),
  };
}

const chosen = (text: string): number => (text === '' ? Number.NaN : Number(text));
const clockOrNaN = (text: string): number => parseClock(text) ?? Number.NaN;

export function formToInput(v: SessionFormValues): SaveSessionInput {
  return {
    ...(v.id === undefined ? {} : { id: v.id }),
    staffId: chosen(v.staffId), date: v.date, placeId: chosen(v.placeId), elementId: chosen(v.elementId),
    startMinutes: clockOrNaN(v.start), endMinutes: clockOrNaN(v.end),
    breakMinutes: v.breakMinutes.trim() === '' ? 0 : wholeNumber(v.breakMinutes),
    status: v.status,
    // A cancellation time kept on a session no longer cancelled would be refused: it goes with the status.
    cancelledAt: v.status === 'cancelled' ? joinDateTime(v.cancelledDate, v.cancelledTime) : '',
    offeredAt: joinDateTime(v.offeredDate, v.offeredTime),
    milesTenths: v.miles.trim() === '' ? 0 : parseMiles(v.miles) ?? Number.NaN,
    supportedOneToOne: v.oneToOne.trim() === '' ? null : wholeNumber(v.oneToOne),
    supportedInGroups: v.inGroups.trim() === '' ? null : wholeNumber(v.inGroups),
  };
}

/** What the length line under the times says as they are typed: "3:30 worked", or why there is no length yet. */
export function lengthLine(v: Pick<SessionFormValues, 'date' | 'start' | 'end' | 'breakMinutes'>): { ok: boolean; text: string } | null {
  const start = parseClock(v.start);
  const end = parseClock(v.end);
  if (start === null || end === null) return null;
  const breakMinutes = v.breakMinutes.trim() === '' ? 0 : wholeNumber(v.breakMinutes);
  if (Number.isNaN(breakMinutes)) return null;
  const shift = shiftMinutes({ date: v.date, startMinutes: start, endMinutes: end, breakMinutes });
  if (!shift.ok) return shift.problem === 'bad-date' ? null : { ok: false, text: shift.message };
  const nextDay = shift.endDate !== v.date ? ', ending the next morning' : '';
  const breakWords = breakMinutes > 0 ? ` after a ${breakMinutes}-minute break` : '';
  return { ok: true, text: `${formatDuration(shift.workedMinutes)} worked${breakWords}${nextDay}` };
}
