// Absences as the screens read them, and each person's figures: the stored rows, the kinds, the rota
// days and the adjustments are loaded once, then the pure rules (shared/domain/absence.ts) count.
import type { Absence, AbsenceFigures, AbsenceType } from '../../../shared/contract/absence';
import {
  absenceFigures, calendarDaysOf, daysLostIn, fitNoteNeeded, returnToWorkToChase, rollingWindow, type DayFacts, type SpellFacts,
} from '../../../shared/domain/absence';
import { addDays, mondayOf } from '../../../shared/domain/pay/calendar';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/domain/pay/uk-defaults';
import type { Db } from '../db/open';
import { approvedPayNote, approvedSspDays, type ApprovedSspDays } from './approved-pay';
import { adjustmentFor, allAdjustments, adjustmentOf, bankStaffIds, sessionDaysByStaff, typesById, type AbsenceDbRow, type Adjustment } from './repository';
import { readAbsenceSettings } from './settings';

const BANK_HOLIDAYS: ReadonlySet<string> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);
const NO_DAYS: ReadonlySet<string> = new Set();

/** Everything counting needs, read once for one person or the whole office. */
export interface FigureContext {
  today: string;
  types: ReadonlyMap<number, AbsenceType>;
  sessionDays: ReadonlyMap<number, ReadonlySet<string>>;
  workedDays: ReadonlyMap<number, ReadonlySet<string>>;
  bankStaff: ReadonlySet<number>;
  adjustments: ReadonlyMap<number, Adjustment>;
  officePoints: readonly number[];
  /** One person's SSP days in approved periods, as approved and as now (the person view only). */
  approvedSsp: readonly ApprovedSspDays[];
}

/**
 * The dates whose rota days the figures need: the rolling 52 weeks (and `from`, when earlier) and the
 * whole of every absence given, widened to whole Monday-to-Sunday weeks.
 */
function sessionRange(rows: readonly AbsenceDbRow[], today: string, from?: string): { from: string; to: string } {
  let start = rollingWindow(today).from;
  if (from && from < start) start = from;
  let end = today;
  for (const r of rows) {
    if (r.firstDay < start) start = r.firstDay;
    if (r.lastDay > end) end = r.lastDay;
  }
  // Whole weeks: a day with no session is judged by whether its week had any (dueToWork).
  return { from: mondayOf(start), to: addDays(mondayOf(end), 6) };
}

/**
 * Reads the kinds, rota days, adjustments and review points for these absences: one person's (pass
 * `staffId`) or everyone's. `from` widens the rota days read (the overview's twelve months).
 */
export function loadFigureContext(db: Db, today: string, rows: readonly AbsenceDbRow[], options: { staffId?: number; from?: string; withApprovedSsp?: boolean } = {}): FigureContext {
  const range = sessionRange(rows, today, options.from);
  const only = options.staffId === undefined ? undefined : [options.staffId];
  const days = sessionDaysByStaff(db, range.from, range.to, only);
  return {
    today,
    types: typesById(db),
    sessionDays: days.all,
    workedDays: days.worked,
    bankStaff: bankStaffIds(db),
    adjustments: options.staffId === undefined ? allAdjustments(db) : new Map([[options.staffId, adjustmentOf(db, options.staffId)]]),
    officePoints: readAbsenceSettings(db).reviewPoints,
    // Read for one person's record, where an absence can be opened and put right; lists do not say it.
    approvedSsp: options.withApprovedSsp && options.staffId !== undefined ? approvedSspDays(db, options.staffId, rows, today) : [],
  };
}

export const dayFacts = (fc: FigureContext, staffId: number): DayFacts => ({
  sessionDays: fc.sessionDays.get(staffId) ?? NO_DAYS, workedDays: fc.workedDays.get(staffId) ?? NO_DAYS, bank: fc.bankStaff.has(staffId), bankHolidays: BANK_HOLIDAYS,
});

export const typeOf = (fc: FigureContext, row: AbsenceDbRow): AbsenceType => {
  const type = fc.types.get(row.typeId);
  // The foreign key keeps every absence's kind; kinds are retired, never deleted.
  if (!type) throw new Error('an absence names a kind of absence that is not stored');
  return type;
};

export function spellOf(fc: FigureContext, row: AbsenceDbRow): SpellFacts {
  const type = typeOf(fc, row);
  return { firstDay: row.firstDay, lastDay: row.lastDay, partDayMinutes: row.partDayMinutes, isSickness: type.isSickness, isDisabilityRelated: type.isDisabilityRelated };
}

export function toAbsence(fc: FigureContext, row: AbsenceDbRow): Absence {
  const type = typeOf(fc, row);
  const spell = spellOf(fc, row);
  return {
    id: row.id, staffId: row.staffId, type, firstDay: row.firstDay, lastDay: row.lastDay, partDayMinutes: row.partDayMinutes,
    reportedBy: row.reportedBy, reportedAt: row.reportedAt, certification: row.certification, fitNoteFrom: row.fitNoteFrom, fitNoteTo: row.fitNoteTo,
    returnedOn: row.returnedOn, reason: row.reason, rtwHeldOn: row.rtwHeldOn, rtwBy: row.rtwBy, rtwSupport: row.rtwSupport,
    daysLost: daysLostIn(spell, dayFacts(fc, row.staffId), fc.today),
    calendarDays: calendarDaysOf(row, fc.today),
    fitNoteNeeded: fitNoteNeeded({ ...spell, certification: row.certification }, fc.today),
    rtwToChase: returnToWorkToChase({ ...row, isSickness: type.isSickness }, fc.today),
    approvedPayNote: approvedPayNote(row, type.isSickness, fc.approvedSsp, fc.today),
  };
}

/**
 * The review points that apply to someone: the office's, or their own, which are an adjustment giving
 * more room and so never below the office's in the same place (the office may raise its points later).
 */
export function pointsFor(fc: FigureContext, staffId: number): readonly number[] {
  const own = adjustmentFor(fc.adjustments, staffId).reviewPoints;
  return own ? own.map((p, i) => Math.max(p, fc.officePoints[i] ?? p)) : fc.officePoints;
}

/** One person's figures from their absences (any order; those outside the window count nothing). */
export function figuresFor(fc: FigureContext, staffId: number, rows: readonly AbsenceDbRow[]): AbsenceFigures {
  return absenceFigures({
    today: fc.today,
    spells: rows.map((r) => spellOf(fc, r)),
    facts: dayFacts(fc, staffId),
    leaveOutDisabilityRelated: adjustmentFor(fc.adjustments, staffId).leaveOutDisabilityRelated,
    reviewPoints: pointsFor(fc, staffId),
  });
}

/** Rows grouped by person. */
export function byStaff(rows: readonly AbsenceDbRow[]): Map<number, AbsenceDbRow[]> {
  const map = new Map<number, AbsenceDbRow[]>();
  for (const r of rows) map.set(r.staffId, [...(map.get(r.staffId) ?? []), r]);
  return map;
}
