// Queries for kinds of absence, absences, adjustments and wellbeing check-ins, and the rota days the
// figures count from. Services call these inside their own transactions.
import { and, asc, desc, eq, gt, gte, inArray, lte, ne, or } from 'drizzle-orm';
import type { AbsenceType, WellbeingCheckin } from '../../../shared/contract/absence';
import type { Db } from '../db/open';
import { absenceAdjustments, absences, absenceTypes, sessions, staff, wellbeingCheckins } from '../db/schema';
import { loadNamedStaff, type NamedStaff } from '../supervision/repository';

export type AbsenceDbRow = typeof absences.$inferSelect;
export type CheckinDbRow = typeof wellbeingCheckins.$inferSelect;
export type AbsenceTypeDbRow = typeof absenceTypes.$inferSelect;

export { loadNamedStaff, type NamedStaff };

// ---------------------------------------------------------------------------------------------------
// Kinds of absence

/** Every kind, in use or retired, in the office's order. */
export const listTypes = (db: Db): AbsenceType[] => db.select().from(absenceTypes).orderBy(asc(absenceTypes.position), asc(absenceTypes.id)).all();

export const typesById = (db: Db): Map<number, AbsenceType> => new Map(listTypes(db).map((t) => [t.id, t]));

export function insertType(db: Db, values: Omit<typeof absenceTypes.$inferInsert, 'id' | 'position'>): void {
  const position = listTypes(db).reduce((max, t) => Math.max(max, t.position), -1) + 1;
  db.insert(absenceTypes).values({ ...values, position }).run();
}

export const updateType = (db: Db, id: number, values: Pick<AbsenceTypeDbRow, 'name' | 'isSickness' | 'isDisabilityRelated' | 'active'>) =>
  db.update(absenceTypes).set(values).where(eq(absenceTypes.id, id)).run();

// ---------------------------------------------------------------------------------------------------
// Absences

export const findAbsence = (db: Db, id: number): AbsenceDbRow | undefined => db.select().from(absences).where(eq(absences.id, id)).get();

/** One person's absences, latest first. */
export const absencesOf = (db: Db, staffId: number): AbsenceDbRow[] =>
  db.select().from(absences).where(eq(absences.staffId, staffId)).orderBy(desc(absences.firstDay), desc(absences.id)).all();

/** Everyone's absences that touch `from`..`to` (still-off ones from before `from` too), oldest first. */
export const absencesTouching = (db: Db, from: string, to: string, staffIds?: readonly number[]): AbsenceDbRow[] =>
  db.select().from(absences)
    .where(and(
      lte(absences.firstDay, to), or(eq(absences.lastDay, ''), gte(absences.lastDay, from)),
      staffIds === undefined ? undefined : inArray(absences.staffId, staffIds.length ? [...staffIds] : [-1]),
    ))
    .orderBy(asc(absences.firstDay), asc(absences.id)).all();

/** Every absence on record, oldest first: a small charity records a few hundred a year. */
export const allAbsences = (db: Db): AbsenceDbRow[] => db.select().from(absences).orderBy(asc(absences.firstDay), asc(absences.id)).all();

export type AbsenceValues = Omit<typeof absences.$inferInsert, 'id' | 'createdAt' | 'rtwHeldOn' | 'rtwBy' | 'rtwSupport'>;

export const insertAbsence = (db: Db, values: AbsenceValues, nowIso: string): number =>
  db.insert(absences).values({ ...values, createdAt: nowIso }).returning({ id: absences.id }).get().id;

export const updateAbsence = (db: Db, id: number, values: AbsenceValues) => db.update(absences).set(values).where(eq(absences.id, id)).run();

export const deleteAbsence = (db: Db, id: number) => db.delete(absences).where(eq(absences.id, id)).run();

export const writeReturnToWork = (db: Db, id: number, values: { rtwHeldOn: string; rtwBy: string; rtwSupport: string; updatedAt: string }) =>
  db.update(absences).set(values).where(eq(absences.id, id)).run();

// ---------------------------------------------------------------------------------------------------
// Rota days

/** The days each person had a rota session (any status), and those with one marked worked, from `from` to `to`. */
export function sessionDaysByStaff(db: Db, from: string, to: string, staffIds?: readonly number[]): { all: Map<number, Set<string>>; worked: Map<number, Set<string>> } {
  const rows = db.selectDistinct({ staffId: sessions.staffId, date: sessions.date, status: sessions.status }).from(sessions)
    .where(and(
      gte(sessions.date, from), lte(sessions.date, to),
      staffIds === undefined ? undefined : inArray(sessions.staffId, staffIds.length ? [...staffIds] : [-1]),
    )).all();
  const all = new Map<number, Set<string>>();
  const worked = new Map<number, Set<string>>();
  const add = (map: Map<number, Set<string>>, staffId: number, date: string) => map.set(staffId, (map.get(staffId) ?? new Set<string>()).add(date));
  for (const r of rows) {
    add(all, r.staffId, r.date);
    if (r.status === 'worked') add(worked, r.staffId, r.date);
  }
  return { all, worked };
}

/** Staff on bank contracts (no contracted days: only the rota says when they are due). */
export const bankStaffIds = (db: Db): Set<number> =>
  new Set(db.select({ id: staff.id }).from(staff).where(eq(staff.contractType, 'bank')).all().map((r) => r.id));

// ---------------------------------------------------------------------------------------------------
// Adjustments

export interface Adjustment { leaveOutDisabilityRelated: boolean; reviewPoints: number[] | null }

const NO_ADJUSTMENT: Adjustment = { leaveOutDisabilityRelated: false, reviewPoints: null };

/** Own review points are stored as a JSON array ('' for the office's); written only from the contract's schema. */
function pointsOf(stored: string): number[] | null {
  if (stored === '') return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) && parsed.length > 0 && parsed.every((p) => Number.isInteger(p)) ? (parsed as number[]) : null;
  } catch {
    return null;
  }
}

export function adjustmentOf(db: Db, staffId: number): Adjustment {
  const row = db.select().from(absenceAdjustments).where(eq(absenceAdjustments.staffId, staffId)).get();
  return row ? { leaveOutDisabilityRelated: row.leaveOutDisabilityRelated, reviewPoints: pointsOf(row.reviewPoints) } : NO_ADJUSTMENT;
}

export function allAdjustments(db: Db): Map<number, Adjustment> {
  return new Map(db.select().from(absenceAdjustments).all().map((r) => [r.staffId, { leaveOutDisabilityRelated: r.leaveOutDisabilityRelated, reviewPoints: pointsOf(r.reviewPoints) }]));
}

export const adjustmentFor = (all: ReadonlyMap<number, Adjustment>, staffId: number): Adjustment => all.get(staffId) ?? NO_ADJUSTMENT;

export function writeAdjustment(db: Db, staffId: number, a: Adjustment, nowIso: string): void {
  const values = { leaveOutDisabilityRelated: a.leaveOutDisabilityRelated, reviewPoints: a.reviewPoints ? JSON.stringify(a.reviewPoints) : '', updatedAt: nowIso };
  db.insert(absenceAdjustments).values({ staffId, ...values }).onConflictDoUpdate({ target: absenceAdjustments.staffId, set: values }).run();
}

// ---------------------------------------------------------------------------------------------------
// Wellbeing check-ins

export const findCheckin = (db: Db, id: number): CheckinDbRow | undefined => db.select().from(wellbeingCheckins).where(eq(wellbeingCheckins.id, id)).get();

/** Check-ins, latest first: one person's, or everyone's. */
export const checkinsOf = (db: Db, staffId?: number): CheckinDbRow[] =>
  db.select().from(wellbeingCheckins).where(staffId === undefined ? undefined : eq(wellbeingCheckins.staffId, staffId))
    .orderBy(desc(wellbeingCheckins.reachedOn), desc(wellbeingCheckins.id)).all();

export const insertCheckin = (db: Db, values: { staffId: number; reviewPoint: number; reachedOn: string; score: number }, nowIso: string) =>
  db.insert(wellbeingCheckins).values({ ...values, status: 'to-do', createdAt: nowIso, updatedAt: nowIso }).run();

/**
 * Closes as not needed someone's check-ins still to do for points up to `reviewPoint` (other than
 * `exceptId`): a conversation for a higher point, offered or had, covers the lower ones.
 */
export const closeLowerCheckins = (db: Db, staffId: number, reviewPoint: number, nowIso: string, exceptId?: number) =>
  db.update(wellbeingCheckins).set({ status: 'not-needed', updatedAt: nowIso }).where(and(
    eq(wellbeingCheckins.staffId, staffId), eq(wellbeingCheckins.status, 'to-do'), lte(wellbeingCheckins.reviewPoint, reviewPoint),
    exceptId === undefined ? undefined : ne(wellbeingCheckins.id, exceptId),
  )).run();

/** Closes as not needed someone's check-ins still to do for points above `reached` (0 when none is reached). */
export const withdrawAbove = (db: Db, staffId: number, reached: number, nowIso: string) =>
  db.update(wellbeingCheckins).set({ status: 'not-needed', updatedAt: nowIso }).where(and(
    eq(wellbeingCheckins.staffId, staffId), eq(wellbeingCheckins.status, 'to-do'), gt(wellbeingCheckins.reviewPoint, reached),
  )).run();

export const writeCheckinOutcome = (db: Db, id: number, values: Pick<CheckinDbRow, 'status' | 'heldOn' | 'heldBy' | 'supportAgreed' | 'updatedAt'>) =>
  db.update(wellbeingCheckins).set(values).where(eq(wellbeingCheckins.id, id)).run();

export function toCheckin(c: CheckinDbRow, who: NamedStaff): WellbeingCheckin {
  return {
    id: c.id, staffId: c.staffId, name: who.name.name, personId: who.name.personId, reviewPoint: c.reviewPoint, reachedOn: c.reachedOn, score: c.score,
    status: c.status, heldOn: c.heldOn, heldBy: c.heldBy, supportAgreed: c.supportAgreed,
  };
}
