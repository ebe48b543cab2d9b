// Made-up absences for the absence screens' tests: the kinds of absence, one person's record and the
// office's overview, shaped as the backend answers them. Today is 27/11/2026 in every test.
import type {
  Absence, AbsenceFigures, AbsenceOverview, AbsenceType, PersonAbsence, WellbeingCheckin,
} from '../../shared/contract/absence';
import { name } from './supervision-fixtures';

export const TODAY = '2026-11-27';

const kind = (id: number, n: string, isSickness = false, isDisabilityRelated = false, active = true): AbsenceType =>
  ({ id, name: n, isSickness, isDisabilityRelated, position: id, active });
export const SICKNESS = kind(1, 'Sickness', true);
export const DISABILITY = kind(2, 'Disability-related', true, true);
export const DEPENDANTS = kind(3, 'Dependants');
export const COMPASSIONATE = kind(4, 'Compassionate');
export const JURY = kind(5, 'Jury service', false, false, false);
export const TYPES: AbsenceType[] = [SICKNESS, DISABILITY, DEPENDANTS, COMPASSIONATE, JURY];

export const absence = (over: Partial<Absence> & { id: number }): Absence => ({
  staffId: 1, type: SICKNESS, firstDay: '2026-11-02', lastDay: '2026-11-03', partDayMinutes: null, reportedBy: '', reportedAt: '',
  certification: 'self', fitNoteFrom: '', fitNoteTo: '', returnedOn: '', reason: '', rtwHeldOn: '', rtwBy: '', rtwSupport: '',
  daysLost: 2, calendarDays: 2, fitNoteNeeded: false, rtwToChase: false, approvedPayNote: '', ...over,
});

export const figures = (over: Partial<AbsenceFigures> = {}): AbsenceFigures => ({
  from: '2025-11-29', to: TODAY, spells: 3, days: 6, bradford: 54, disabilitySpells: 0, disabilityDays: 0, absenceRate: 0.05,
  daysScheduled: 120, daysLostAllKinds: 6, reviewPoints: [51, 201, 401, 601], reachedPoint: 51, ...over,
});

export const checkin = (over: Partial<WellbeingCheckin> & { id: number }): WellbeingCheckin => ({
  ...name(1), reviewPoint: 51, reachedOn: '2026-11-20', score: 54, status: 'to-do', heldOn: '', heldBy: '', supportAgreed: '', ...over,
});

/** Alba: three sickness spells this year (one just back, its conversation to hold), a check-in to offer. */
export const ALBA: PersonAbsence = {
  staff: { ...name(1), isCurrent: true },
  absences: [
    absence({ id: 31, firstDay: '2026-11-16', lastDay: '2026-11-20', returnedOn: '2026-11-23', daysLost: 3, calendarDays: 5, reason: 'Unwell', rtwToChase: true }),
    absence({ id: 32, firstDay: '2026-08-11', lastDay: '2026-08-11', partDayMinutes: 210, daysLost: 0.5, calendarDays: 1, rtwHeldOn: '2026-08-12', rtwBy: 'Rowan Ashdown', rtwSupport: 'A lighter week' }),
    absence({ id: 33, type: COMPASSIONATE, firstDay: '2026-07-13', lastDay: '2026-07-17', daysLost: 3, calendarDays: 5, reason: 'Family bereavement' }),
  ],
  figures: figures(),
  adjustment: { leaveOutDisabilityRelated: false, reviewPoints: null },
  checkins: [checkin({ id: 41 })],
};

const named = (a: Absence, staffId: number) => ({ ...a, staffId, name: name(staffId).name, personId: name(staffId).personId });

export const OVERVIEW: AbsenceOverview = {
  today: TODAY,
  from: '2025-11-29',
  office: { spells: 5, days: 14.5, daysScheduled: 410, absenceRate: 14.5 / 410 },
  byMonth: [
    '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
  ].map((month) => ({
    month,
    days: month === '2026-07' ? [{ typeId: 4, days: 3 }] : month === '2026-08' ? [{ typeId: 1, days: 0.5 }] : month === '2026-11' ? [{ typeId: 1, days: 8 }, { typeId: 3, days: 2 }] : [],
  })),
  byType: [
    { type: SICKNESS, days: 8.5, spells: 3 }, { type: DISABILITY, days: 0, spells: 0 }, { type: DEPENDANTS, days: 2, spells: 1 },
    { type: COMPASSIONATE, days: 3, spells: 1 }, { type: JURY, days: 0, spells: 0 },
  ],
  people: [
    { ...name(1), figures: figures(), openCheckin: true },
    { ...name(2), figures: figures({ spells: 1, days: 5, bradford: 5, reachedPoint: null, absenceRate: 0.1 }), openCheckin: false },
  ],
  offNow: [named(absence({ id: 51, firstDay: '2026-11-16', lastDay: '', daysLost: 5, calendarDays: 12, fitNoteNeeded: true }), 2)],
  rtwToChase: [named(ALBA.absences[0]!, 1)],
  fitNotesNeeded: [named(absence({ id: 51, firstDay: '2026-11-16', lastDay: '', daysLost: 5, calendarDays: 12, fitNoteNeeded: true }), 2)],
  checkinsToDo: [checkin({ id: 41 })],
};
