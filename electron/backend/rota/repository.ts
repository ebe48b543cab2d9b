// Queries for sessions: a range of the rota with the names people read, and the pay facts (rates,
// benefit history) the warnings and the payroll calculation need. Services call these inside their
// own transactions.
import { and, asc, eq, gte, inArray, lte, ne } from 'drizzle-orm';
import type { RotaSession } from '../../../shared/contract/rota';
import { displayName } from '../../../shared/domain/members';
import type { Db } from '../db/open';
import { benefitStatuses, payElements, payRates, people, places, sessions, staff } from '../db/schema';
import { placeLabel } from './places';

export type SessionRowDb = typeof sessions.$inferSelect;

export interface SessionFilter {
  from: string;
  to: string;
  staffId?: number;
  placeId?: number;
  /** Leave cancelled sessions out (payroll and the warnings never count them). */
  liveOnly?: boolean;
}

/** A session as the rota shows it, plus what the checks and payroll need; `locked` is the service's to fill. */
export type LoadedSession = Omit<RotaSession, 'locked'> & { startUtcMs: number; endUtcMs: number; worksNumber: string };

/** Sessions in the range with who, where and what, by date, start and id. */
export function loadSessions(db: Db, f: SessionFilter): LoadedSession[] {
  const rows = db
    .select({
      s: sessions, personId: staff.personId, worksNumber: staff.worksNumber,
      firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName,
      placeName: places.name, placeSite: places.site, placeKind: places.kind, elementName: payElements.name,
    })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .innerJoin(people, eq(people.id, staff.personId))
    .innerJoin(places, eq(places.id, sessions.placeId))
    .innerJoin(payElements, eq(payElements.id, sessions.elementId))
    .where(and(
      gte(sessions.date, f.from), lte(sessions.date, f.to),
      f.staffId === undefined ? undefined : eq(sessions.staffId, f.staffId),
      f.placeId === undefined ? undefined : eq(sessions.placeId, f.placeId),
      f.liveOnly ? ne(sessions.status, 'cancelled') : undefined,
    ))
    .orderBy(asc(sessions.date), asc(sessions.startMinutes), asc(sessions.id))
    .all();
  return rows.map((r) => ({
    id: r.s.id, staffId: r.s.staffId, personId: r.personId, name: displayName(r), date: r.s.date,
    startMinutes: r.s.startMinutes, endMinutes: r.s.endMinutes, breakMinutes: r.s.breakMinutes, workedMinutes: r.s.workedMinutes,
    placeId: r.s.placeId, placeLabel: placeLabel({ name: r.placeName, site: r.placeSite }), placeKind: r.placeKind,
    elementId: r.s.elementId, elementName: r.elementName, status: r.s.status, cancelledAt: r.s.cancelledAt, offeredAt: r.s.offeredAt,
    milesTenths: r.s.milesTenths, supportedOneToOne: r.s.supportedOneToOne, supportedInGroups: r.s.supportedInGroups,
    createdAt: r.s.createdAt, updatedAt: r.s.updatedAt, startUtcMs: r.s.startUtcMs, endUtcMs: r.s.endUtcMs, worksNumber: r.worksNumber,
  }));
}

export const findSession = (db: Db, id: number): SessionRowDb | undefined => db.select().from(sessions).where(eq(sessions.id, id)).get();

export interface PayFacts {
  /** Oldest first, as the pure rules' dated tables. */
  rates: Map<number, { from: string; hourlyPence: number }[]>;
  benefits: Map<number, { from: string; kind: string }[]>;
}

/** Rates and benefit history of the given staff (all staff when `staffIds` is omitted). */
export function loadPayFacts(db: Db, staffIds?: readonly number[]): PayFacts {
  const only = staffIds === undefined ? undefined : staffIds.length ? [...new Set(staffIds)] : [-1];
  const rates = new Map<number, { from: string; hourlyPence: number }[]>();
  for (const r of db.select().from(payRates).where(only ? inArray(payRates.staffId, only) : undefined).orderBy(asc(payRates.effectiveFrom)).all()) {
    const list = rates.get(r.staffId) ?? [];
    list.push({ from: r.effectiveFrom, hourlyPence: r.hourlyPence });
    rates.set(r.staffId, list);
  }
  const benefits = new Map<number, { from: string; kind: string }[]>();
  for (const b of db.select().from(benefitStatuses).where(only ? inArray(benefitStatuses.staffId, only) : undefined).orderBy(asc(benefitStatuses.fromDate)).all()) {
    const list = benefits.get(b.staffId) ?? [];
    list.push({ from: b.fromDate, kind: b.kind });
    benefits.set(b.staffId, list);
  }
  return { rates, benefits };
}
