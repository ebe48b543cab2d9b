// The absence form's values as typed, and how they become the contract's input. Anything that does not
// read as a value goes on as it stands (not-a-number, or text that is no date), so the contract's schema
// names the field with its own message and nothing typed is lost.
import { SELF_CERTIFIED_DAYS, type Absence, type AbsenceType, type SaveAbsenceInput } from '../../../../shared/contract/absence';
import { formatUkDate } from '../../../../shared/domain/dates';
import { fitNoteDueFrom, fitNoteNeeded } from '../../../../shared/domain/absence';
import { formatHours, parseHours } from '../../components/money';
import { joinDateTime } from '../rota/sessionForm';

export interface AbsenceFormValues {
  id?: number;
  staffId: number;
  typeId: string;
  firstDay: string;
  /** No last day yet. */
  stillOff: boolean;
  lastDay: string;
  partDay: boolean;
  hours: string;
  reportedBy: string;
  reportedDate: string;
  reportedTime: string;
  certification: 'self' | 'fit-note';
  fitNoteFrom: string;
  fitNoteTo: string;
  returnedOn: string;
  reason: string;
}

export function emptyAbsence(staffId: number, today: string): AbsenceFormValues {
  return {
    staffId, typeId: '', firstDay: today, stillOff: true, lastDay: '', partDay: false, hours: '', reportedBy: '', reportedDate: '', reportedTime: '',
    certification: 'self', fitNoteFrom: '', fitNoteTo: '', returnedOn: '', reason: '',
  };
}

export function absenceToForm(a: Absence): AbsenceFormValues {
  return {
    id: a.id, staffId: a.staffId, typeId: String(a.type.id), firstDay: a.firstDay, stillOff: a.lastDay === '', lastDay: a.lastDay,
    partDay: a.partDayMinutes !== null, hours: a.partDayMinutes === null ? '' : formatHours(a.partDayMinutes),
    reportedBy: a.reportedBy, reportedDate: a.reportedAt.slice(0, 10), reportedTime: a.reportedAt.slice(11, 16),
    certification: a.certification, fitNoteFrom: a.fitNoteFrom, fitNoteTo: a.fitNoteTo, returnedOn: a.returnedOn, reason: a.reason,
  };
}

const idOrNaN = (text: string): number => (/^\d+$/.test(text) ? Number(text) : Number.NaN);

export function absenceToInput(v: AbsenceFormValues): SaveAbsenceInput {
  // A part day is one day: its last day is its first, so the person types one date.
  const lastDay = v.stillOff ? '' : v.partDay ? v.firstDay : v.lastDay;
  return {
    ...(v.id === undefined ? {} : { id: v.id }),
    staffId: v.staffId,
    typeId: idOrNaN(v.typeId),
    firstDay: v.firstDay,
    lastDay,
    partDayMinutes: v.partDay && !v.stillOff ? parseHours(v.hours) ?? Number.NaN : null,
    reportedBy: v.reportedBy,
    reportedAt: joinDateTime(v.reportedDate, v.reportedTime),
    certification: v.certification,
    fitNoteFrom: v.certification === 'fit-note' ? v.fitNoteFrom : '',
    fitNoteTo: v.certification === 'fit-note' ? v.fitNoteTo : '',
    returnedOn: v.stillOff ? '' : v.returnedOn,
    reason: v.reason,
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The fit-note hint: sickness that runs past the 7 days people self-certify (to its last day, or to today
 * while they are still off) needs a fit note from day 8. Null when none is needed, or one is recorded.
 */
export function fitNoteHint(v: AbsenceFormValues, types: readonly AbsenceType[], today: string): string | null {
  const type = types.find((t) => String(t.id) === v.typeId);
  const lastDay = v.stillOff ? '' : v.partDay ? v.firstDay : v.lastDay;
  // Half-typed dates say nothing yet; the hint waits for real ones.
  if (!type || !ISO.test(v.firstDay) || (lastDay !== '' && (!ISO.test(lastDay) || lastDay < v.firstDay))) return null;
  // Recorded ahead (a spell to a day still to come): the form asks now, though day 8 has not arrived.
  const asOf = lastDay > today ? lastDay : today;
  if (!fitNoteNeeded({ firstDay: v.firstDay, lastDay, isSickness: type.isSickness, certification: v.certification }, asOf)) return null;
  return `This runs past the ${SELF_CERTIFIED_DAYS} days people can self-certify: a fit note is needed from day 8 (${formatUkDate(fitNoteDueFrom(v.firstDay))}). Ask for one, and choose "Fit note" with its dates when it comes.`;
}
