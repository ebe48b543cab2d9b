// Queries for supervision arrangements, meetings, agreed actions and probation events. Services call
// these inside their own transactions.
import { and, asc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { StaffName, SupervisionStatus } from '../../../shared/contract/supervision';
import { displayName } from '../../../shared/domain/members';
import type { Db } from '../db/open';
import { people, probationEvents, staff, supervisionActions, supervisionArrangements, supervisions } from '../db/schema';

export type SupervisionDbRow = typeof supervisions.$inferSelect;
export type ArrangementDbRow = typeof supervisionArrangements.$inferSelect;
export type ProbationEventDbRow = typeof probationEvents.$inferSelect;
export type StaffDbRow = typeof staff.$inferSelect;

/** A staff record with the name people read. */
export interface NamedStaff { staff: StaffDbRow; name: StaffName; sortName: string }

const namedStaffQuery = (db: Db) =>
  db.select({ staff, firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName })
    .from(staff).innerJoin(people, eq(people.id, staff.personId));

type NamedStaffDb = ReturnType<ReturnType<typeof namedStaffQuery>['get']> & {};

const toNamedStaff = (r: NamedStaffDb): NamedStaff => ({
  staff: r.staff,
  name: { staffId: r.staff.id, personId: r.staff.personId, name: displayName(r) },
  sortName: `${r.lastName} ${r.firstName}`,
});

/** Every staff record with its name, by id: an office has tens of staff, so one query serves every screen. */
export function loadNamedStaff(db: Db): Map<number, NamedStaff> {
  return new Map(namedStaffQuery(db).all().map((r) => [r.staff.id, toNamedStaff(r)]));
}

export function findNamedStaff(db: Db, staffId: number): NamedStaff | undefined {
  const r = namedStaffQuery(db).where(eq(staff.id, staffId)).get();
  return r && toNamedStaff(r);
}

export const findArrangement = (db: Db, staffId: number): ArrangementDbRow | undefined =>
  db.select().from(supervisionArrangements).where(eq(supervisionArrangements.staffId, staffId)).get();
export const allArrangements = (db: Db): Map<number, ArrangementDbRow> =>
  new Map(db.select().from(supervisionArrangements).all().map((a) => [a.staffId, a]));

export function writeArrangement(db: Db, a: ArrangementDbRow): void {
  db.insert(supervisionArrangements).values(a)
    .onConflictDoUpdate({ target: supervisionArrangements.staffId, set: { supervisorStaffId: a.supervisorStaffId, cadenceWeeks: a.cadenceWeeks, updatedAt: a.updatedAt } }).run();
}

export const findSupervision = (db: Db, id: number): SupervisionDbRow | undefined => db.select().from(supervisions).where(eq(supervisions.id, id)).get();

/** One supervisee's meetings, oldest first (rescheduled ones included). */
export const supervisionsOf = (db: Db, staffId: number): SupervisionDbRow[] =>
  db.select().from(supervisions).where(eq(supervisions.superviseeStaffId, staffId)).orderBy(asc(supervisions.plannedOn), asc(supervisions.id)).all();

/** Meetings planned from `from` to `to`, for everyone or one supervisor. */
export const supervisionsBetween = (db: Db, from: string, to: string, supervisorStaffId?: number): SupervisionDbRow[] =>
  db.select().from(supervisions)
    .where(and(gte(supervisions.plannedOn, from), lte(supervisions.plannedOn, to), supervisorStaffId === undefined ? undefined : eq(supervisions.supervisorStaffId, supervisorStaffId)))
    .orderBy(asc(supervisions.plannedOn), asc(supervisions.id)).all();

export const plannedSupervisions = (db: Db): SupervisionDbRow[] =>
  db.select().from(supervisions).where(eq(supervisions.status, 'planned')).orderBy(asc(supervisions.plannedOn), asc(supervisions.id)).all();

/** Each supervisee's latest held meeting. */
export function lastHeldOn(db: Db): Map<number, string> {
  const rows = db.select({ staffId: supervisions.superviseeStaffId, last: sql<string>`max(${supervisions.heldOn})` })
    .from(supervisions).where(eq(supervisions.status, 'held')).groupBy(supervisions.superviseeStaffId).all();
  return new Map(rows.map((r) => [r.staffId, r.last]));
}

/** The dates either side of a reschedule, for rows shown: where each rescheduled row went, and where each replacement came from. */
export function rescheduleLinks(db: Db, rows: readonly SupervisionDbRow[]): { to: Map<number, string>; from: Map<number, string> } {
  const to = new Map<number, string>();
  const from = new Map<number, string>();
  const movedIds = rows.filter((r) => r.status === 'rescheduled').map((r) => r.id);
  const sourceIds = rows.flatMap((r) => (r.rescheduledFromId === null ? [] : [r.rescheduledFromId]));
  if (movedIds.length) {
    for (const r of db.select({ fromId: supervisions.rescheduledFromId, on: supervisions.plannedOn }).from(supervisions).where(inArray(supervisions.rescheduledFromId, movedIds)).all()) {
      to.set(r.fromId!, r.on);
    }
  }
  if (sourceIds.length) {
    const sources = new Map(db.select({ id: supervisions.id, on: supervisions.plannedOn }).from(supervisions).where(inArray(supervisions.id, sourceIds)).all().map((r) => [r.id, r.on]));
    for (const r of rows) if (r.rescheduledFromId !== null) from.set(r.id, sources.get(r.rescheduledFromId) ?? '');
  }
  return { to, from };
}

export interface ActionDb { id: number; superviseeStaffId: number; raisedInId: number; text: string; doneInId: number | null; raisedOn: string; doneOn: string }

const raisedIn = alias(supervisions, 'raised_in');
const doneIn = alias(supervisions, 'done_in');

/** Agreed actions with the dates of the meetings they were raised and done at; one supervisee's, or those raised at some meetings. */
export function loadActions(db: Db, filter: { superviseeStaffId: number } | { raisedInIds: number[] }): ActionDb[] {
  if ('raisedInIds' in filter && filter.raisedInIds.length === 0) return [];
  const a = supervisionActions;
  return db.select({ id: a.id, superviseeStaffId: a.superviseeStaffId, raisedInId: a.raisedInId, text: a.text, doneInId: a.doneInId, raisedOn: raisedIn.heldOn, doneOn: sql<string>`coalesce(${doneIn.heldOn}, '')` })
    .from(a).innerJoin(raisedIn, eq(raisedIn.id, a.raisedInId)).leftJoin(doneIn, eq(doneIn.id, a.doneInId))
    .where('raisedInIds' in filter ? inArray(a.raisedInId, filter.raisedInIds) : eq(a.superviseeStaffId, filter.superviseeStaffId))
    .orderBy(asc(raisedIn.heldOn), asc(a.id)).all();
}

export const insertActions = (db: Db, superviseeStaffId: number, raisedInId: number, texts: readonly string[]) => {
  if (texts.length) db.insert(supervisionActions).values(texts.map((text) => ({ superviseeStaffId, raisedInId, text }))).run();
};

/** Marks actions done at a meeting; only those still open and the supervisee's. Returns how many. */
export function markActionsDone(db: Db, superviseeStaffId: number, ids: readonly number[], doneInId: number): number {
  if (ids.length === 0) return 0;
  return db.update(supervisionActions).set({ doneInId })
    .where(and(inArray(supervisionActions.id, [...ids]), eq(supervisionActions.superviseeStaffId, superviseeStaffId), isNull(supervisionActions.doneInId))).run().changes;
}

export const eventsOf = (db: Db, staffId: number): ProbationEventDbRow[] =>
  db.select().from(probationEvents).where(eq(probationEvents.staffId, staffId)).orderBy(asc(probationEvents.onDate), asc(probationEvents.id)).all();

/** Everyone's probation events, by staff id, oldest first. */
export function allEvents(db: Db): Map<number, ProbationEventDbRow[]> {
  const map = new Map<number, ProbationEventDbRow[]>();
  for (const e of db.select().from(probationEvents).orderBy(asc(probationEvents.onDate), asc(probationEvents.id)).all()) {
    map.set(e.staffId, [...(map.get(e.staffId) ?? []), e]);
  }
  return map;
}

export const insertEvent = (db: Db, e: typeof probationEvents.$inferInsert) => db.insert(probationEvents).values(e).run();

export type NewSupervision = Omit<typeof supervisions.$inferInsert, 'id'>;

export function insertSupervision(db: Db, row: NewSupervision): number {
  return db.insert(supervisions).values(row).returning({ id: supervisions.id }).get().id;
}

export function insertSupervisions(db: Db, rows: readonly NewSupervision[]): void {
  if (rows.length) db.insert(supervisions).values([...rows]).run();
}

export function setStatus(db: Db, id: number, status: SupervisionStatus, nowIso: string): void {
  db.update(supervisions).set({ status, updatedAt: nowIso }).where(eq(supervisions.id, id)).run();
}

export const hasPlanRows = (db: Db, staffId: number): boolean =>
  db.select({ id: supervisions.id }).from(supervisions).where(and(eq(supervisions.superviseeStaffId, staffId), ne(supervisions.planItem, ''))).get() !== undefined;

/**
 * Hands a supervisee's planned meetings to a new supervisor: every one with nobody named, and the old
 * supervisor's from `fromDate` on. Meetings someone else was asked to hold stay with them.
 */
export function movePlannedToSupervisor(db: Db, staffId: number, fromDate: string, oldSupervisor: number | null, newSupervisor: number | null, nowIso: string): void {
  db.update(supervisions).set({ supervisorStaffId: newSupervisor, updatedAt: nowIso })
    .where(and(
      eq(supervisions.superviseeStaffId, staffId), eq(supervisions.status, 'planned'),
      // A meeting with nobody to hold it goes to them even when overdue: it still has to happen.
      // One already someone's moves only from today: who was meant to hold a late one stays on record.
      oldSupervisor === null
        ? isNull(supervisions.supervisorStaffId)
        : or(isNull(supervisions.supervisorStaffId), and(gte(supervisions.plannedOn, fromDate), eq(supervisions.supervisorStaffId, oldSupervisor))),
    )).run();
}

/** Planned meetings after a last day of employment: cancelled, since they can no longer happen. */
export function cancelPlannedAfter(db: Db, staffId: number, lastDay: string, nowIso: string): void {
  db.update(supervisions).set({ status: 'cancelled', updatedAt: nowIso })
    .where(and(eq(supervisions.superviseeStaffId, staffId), eq(supervisions.status, 'planned'), sql`${supervisions.plannedOn} > ${lastDay}`)).run();
}

/** Planned (unheld) final reviews: cancelled when probation is extended. */
export function cancelPlannedFinalReviews(db: Db, staffId: number, nowIso: string): void {
  db.update(supervisions).set({ status: 'cancelled', updatedAt: nowIso })
    .where(and(eq(supervisions.superviseeStaffId, staffId), eq(supervisions.status, 'planned'), eq(supervisions.planItem, 'final-review'))).run();
}

/** Planned (unheld) mid-point and final reviews, whatever their date: cancelled once probation is decided. */
export function cancelPlannedReviews(db: Db, staffId: number, nowIso: string): void {
  db.update(supervisions).set({ status: 'cancelled', updatedAt: nowIso })
    .where(and(eq(supervisions.superviseeStaffId, staffId), eq(supervisions.status, 'planned'), inArray(supervisions.planItem, ['mid-point-review', 'final-review']))).run();
}

/** Planned probation-plan meetings (not those booked by hand) dated after `date`: cancelled when probation is confirmed. */
export function cancelPlannedPlanAfter(db: Db, staffId: number, date: string, nowIso: string): void {
  db.update(supervisions).set({ status: 'cancelled', updatedAt: nowIso })
    .where(and(eq(supervisions.superviseeStaffId, staffId), eq(supervisions.status, 'planned'), ne(supervisions.planItem, ''), sql`${supervisions.plannedOn} > ${date}`)).run();
}

/** Meetings cancelled by id, as a re-plan does to those someone moved outside the new probation dates. */
export function cancelSupervisions(db: Db, ids: readonly number[], nowIso: string): void {
  if (ids.length) db.update(supervisions).set({ status: 'cancelled', updatedAt: nowIso }).where(inArray(supervisions.id, [...ids])).run();
}

export const setProbationEnd = (db: Db, staffId: number, probationEndDate: string, nowIso: string) =>
  db.update(staff).set({ probationEndDate, updatedAt: nowIso }).where(eq(staff.id, staffId)).run();

export const setLastDay = (db: Db, staffId: number, endDate: string, leavingReason: string, nowIso: string) =>
  db.update(staff).set({ endDate, leavingReason, updatedAt: nowIso }).where(eq(staff.id, staffId)).run();
