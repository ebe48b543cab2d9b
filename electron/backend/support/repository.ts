// Queries for the county-wide support sessions and who was invited to each. Services call these inside
// their own transactions; the dashboard reads this week's sessions through supportSessionsBetween.
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import { SUPPORT_ATTENDANCE, type StaffName, type SupportAttendanceStatus, type SupportSession } from '../../../shared/contract/supervision';
import { displayName } from '../../../shared/domain/members';
import type { Db } from '../db/open';
import { people, places, staff, supportAttendance, supportSessions } from '../db/schema';
import { placeLabel } from '../rota/places';

export type SupportSessionRowDb = typeof supportSessions.$inferSelect;
export type SupportAttendanceRowDb = typeof supportAttendance.$inferSelect;

/**
 * Support sessions dated from..to (inclusive), by date then start: what the home screen lists.
 * `placeName` is the place as people read it ("Tidewater Community Hub, Worthing").
 */
export function supportSessionsBetween(db: Db, from: string, to: string): { id: number; date: string; startMinutes: number; theme: string; placeName: string }[] {
  return db
    .select({ id: supportSessions.id, date: supportSessions.date, startMinutes: supportSessions.startMinutes, theme: supportSessions.theme, name: places.name, site: places.site })
    .from(supportSessions)
    .innerJoin(places, eq(places.id, supportSessions.placeId))
    .where(and(gte(supportSessions.date, from), lte(supportSessions.date, to)))
    .orderBy(asc(supportSessions.date), asc(supportSessions.startMinutes), asc(supportSessions.id))
    .all()
    .map(({ name, site, ...s }) => ({ ...s, placeName: placeLabel({ name, site }) }));
}

export const findSupportSession = (db: Db, id: number): SupportSessionRowDb | undefined =>
  db.select().from(supportSessions).where(eq(supportSessions.id, id)).get();

export const sessionsOn = (db: Db, date: string): SupportSessionRowDb[] => db.select().from(supportSessions).where(eq(supportSessions.date, date)).all();

export const findAttendance = (db: Db, sessionId: number, staffId: number): SupportAttendanceRowDb | undefined =>
  db.select().from(supportAttendance).where(and(eq(supportAttendance.supportSessionId, sessionId), eq(supportAttendance.staffId, staffId))).get();

export const attendanceOf = (db: Db, sessionId: number): SupportAttendanceRowDb[] =>
  db.select().from(supportAttendance).where(eq(supportAttendance.supportSessionId, sessionId)).all();

/** A staff record with the name people read and what decides who can be invited. */
export interface StaffForSupport extends StaffName {
  startDate: string;
  endDate: string;
  sortKey: string;
}

/** Staff records (all, or the ids given) with their names; sortKey orders them by surname, as the staff list does. */
export function staffForSupport(db: Db, staffIds?: readonly number[]): StaffForSupport[] {
  const only = staffIds === undefined ? undefined : inArray(staff.id, staffIds.length ? [...new Set(staffIds)] : [-1]);
  return db
    .select({ staffId: staff.id, personId: staff.personId, startDate: staff.startDate, endDate: staff.endDate, firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName })
    .from(staff).innerJoin(people, eq(people.id, staff.personId)).where(only).all()
    .map((r) => ({ staffId: r.staffId, personId: r.personId, name: displayName(r), startDate: r.startDate, endDate: r.endDate, sortKey: `${r.lastName} ${r.firstName}` }));
}

const byName = new Intl.Collator('en-GB', { sensitivity: 'base' });
export const compareByName = (a: { sortKey: string; staffId: number }, b: { sortKey: string; staffId: number }): number =>
  byName.compare(a.sortKey, b.sortKey) || a.staffId - b.staffId;

const noCounts = (): Record<SupportAttendanceStatus, number> =>
  Object.fromEntries(SUPPORT_ATTENDANCE.map((s) => [s, 0])) as Record<SupportAttendanceStatus, number>;

/** The sessions dated from..to with their places and everyone invited, in three queries whatever the count. */
export function loadSupportSessions(db: Db, from: string, to: string): SupportSession[] {
  const rows = db
    .select({ s: supportSessions, placeName: places.name, placeSite: places.site })
    .from(supportSessions)
    .innerJoin(places, eq(places.id, supportSessions.placeId))
    .where(and(gte(supportSessions.date, from), lte(supportSessions.date, to)))
    .orderBy(asc(supportSessions.date), asc(supportSessions.startMinutes), asc(supportSessions.id))
    .all();
  if (rows.length === 0) return [];
  const invited = db.select().from(supportAttendance).where(inArray(supportAttendance.supportSessionId, rows.map((r) => r.s.id))).all();
  const names = new Map(staffForSupport(db, invited.map((a) => a.staffId)).map((s) => [s.staffId, s]));
  return rows.map(({ s, placeName, placeSite }) => {
    const attendees = invited
      .filter((a) => a.supportSessionId === s.id)
      .map((a) => ({ person: names.get(a.staffId)!, a }))
      .sort((x, y) => compareByName(x.person, y.person))
      .map(({ person, a }) => ({ staffId: person.staffId, personId: person.personId, name: person.name, status: a.status, invitedOn: a.invitedOn }));
    const counts = noCounts();
    for (const a of attendees) counts[a.status] += 1;
    return {
      id: s.id, date: s.date, startMinutes: s.startMinutes, endMinutes: s.endMinutes,
      place: { id: s.placeId, name: placeName, site: placeSite }, theme: s.theme, attendees, counts,
    };
  });
}

export interface SupportSessionValues {
  date: string;
  startMinutes: number;
  endMinutes: number;
  placeId: number;
  theme: string;
}

/** Writes a session: `id` given means replace that session's fields. Returns its id. */
export function writeSupportSession(db: Db, values: SupportSessionValues, meta: { nowIso: string; id?: number }): number {
  const columns = { ...values, updatedAt: meta.nowIso };
  if (meta.id === undefined) return db.insert(supportSessions).values({ ...columns, createdAt: meta.nowIso }).returning({ id: supportSessions.id }).get().id;
  db.update(supportSessions).set(columns).where(eq(supportSessions.id, meta.id)).run();
  return meta.id;
}

export const deleteSupportSession = (db: Db, id: number) => db.delete(supportSessions).where(eq(supportSessions.id, id)).run();

/** Adds people to a session's list as invited; anyone already on it keeps the status they have. */
export function insertInvitations(db: Db, sessionId: number, staffIds: readonly number[], invitedOn: string): void {
  if (staffIds.length === 0) return;
  db.insert(supportAttendance)
    .values(staffIds.map((staffId) => ({ supportSessionId: sessionId, staffId, status: 'invited' as const, invitedOn })))
    .onConflictDoNothing().run();
}

export const writeAttendance = (db: Db, sessionId: number, staffId: number, status: SupportAttendanceStatus) =>
  db.update(supportAttendance).set({ status }).where(and(eq(supportAttendance.supportSessionId, sessionId), eq(supportAttendance.staffId, staffId))).run();

export const deleteAttendance = (db: Db, sessionId: number, staffId: number) =>
  db.delete(supportAttendance).where(and(eq(supportAttendance.supportSessionId, sessionId), eq(supportAttendance.staffId, staffId))).run();

/** Staff ids marked attended at any session dated from..to. */
export function attendedBetween(db: Db, from: string, to: string): Set<number> {
  return new Set(db.select({ staffId: supportAttendance.staffId }).from(supportAttendance)
    .innerJoin(supportSessions, eq(supportSessions.id, supportAttendance.supportSessionId))
    .where(and(gte(supportSessions.date, from), lte(supportSessions.date, to), eq(supportAttendance.status, 'attended')))
    .all().map((r) => r.staffId));
}
