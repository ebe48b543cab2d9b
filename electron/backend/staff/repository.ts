// Queries for staff records, pay rates, benefit history and DBS checks. Services call these inside
// their own transactions.
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { BenefitStatus, DbsCheck, PayRate, StaffValues } from '../../../shared/contract/staff';
import type { BenefitKind } from '../../../shared/domain/staff';
import type { Db } from '../db/open';
import { benefitStatuses, dbsChecks, payRates, people, probationEvents, staff } from '../db/schema';

export type StaffRowDb = typeof staff.$inferSelect;

/** A staff record with everything its warnings and screens need, read in a few queries. */
export interface StaffBundle {
  staff: StaffRowDb;
  person: { firstName: string; lastName: string; preferredName: string; memberNumber: number; dateOfBirth: string };
  rates: PayRate[];
  benefits: BenefitStatus[];
  dbs: DbsCheck[];
  /** Probation confirmed or ended: its end date then needs no reminder. */
  probationDecided: boolean;
}

const personColumns = {
  firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName, memberNumber: people.memberNumber, dateOfBirth: people.dateOfBirth,
};

function groupBy<T extends { staffId: number }>(rows: T[]): Map<number, Omit<T, 'staffId'>[]> {
  const map = new Map<number, Omit<T, 'staffId'>[]>();
  for (const { staffId, ...rest } of rows) {
    const list = map.get(staffId) ?? [];
    list.push(rest);
    map.set(staffId, list);
  }
  return map;
}

/**
 * Staff records with their people, rates (oldest first), benefit history (oldest first) and DBS checks
 * (latest issue first). One person's, or everyone's: the list reads all in four queries, not 4 x N.
 */
export function loadBundles(db: Db, filter: { personId?: number } = {}): StaffBundle[] {
  const only = filter.personId === undefined ? undefined : eq(staff.personId, filter.personId);
  const found = db.select({ staff, person: personColumns }).from(staff).innerJoin(people, eq(people.id, staff.personId)).where(only).all();
  if (found.length === 0) return [];
  const one = filter.personId === undefined ? undefined : found[0]!.staff.id;
  const rates = groupBy(db.select({ staffId: payRates.staffId, id: payRates.id, effectiveFrom: payRates.effectiveFrom, hourlyPence: payRates.hourlyPence })
    .from(payRates).where(one === undefined ? undefined : eq(payRates.staffId, one)).orderBy(asc(payRates.effectiveFrom)).all());
  const benefits = groupBy(db.select({ staffId: benefitStatuses.staffId, id: benefitStatuses.id, fromDate: benefitStatuses.fromDate, kind: benefitStatuses.kind })
    .from(benefitStatuses).where(one === undefined ? undefined : eq(benefitStatuses.staffId, one)).orderBy(asc(benefitStatuses.fromDate)).all());
  const dbs = groupBy(db.select().from(dbsChecks).where(one === undefined ? undefined : eq(dbsChecks.staffId, one))
    .orderBy(desc(dbsChecks.issuedOn), desc(dbsChecks.id)).all());
  const decided = new Set(db.select({ staffId: probationEvents.staffId }).from(probationEvents)
    .where(and(inArray(probationEvents.kind, ['confirmed', 'ended']), one === undefined ? undefined : eq(probationEvents.staffId, one))).all().map((e) => e.staffId));
  return found.map(({ staff: s, person }) => ({
    staff: s, person, rates: rates.get(s.id) ?? [], benefits: benefits.get(s.id) ?? [], dbs: dbs.get(s.id) ?? [], probationDecided: decided.has(s.id),
  }));
}

export const findStaff = (db: Db, staffId: number): StaffRowDb | undefined => db.select().from(staff).where(eq(staff.id, staffId)).get();
export const findStaffByPerson = (db: Db, personId: number): StaffRowDb | undefined => db.select().from(staff).where(eq(staff.personId, personId)).get();
export const personExists = (db: Db, personId: number): boolean => db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get() !== undefined;

/** The other person holding this value of a unique column (works number, NI number), if any. */
export function holderOf(db: Db, column: 'worksNumber' | 'niNumber', value: string, exceptStaffId: number | null): { firstName: string; lastName: string; preferredName: string } | undefined {
  return db.select({ firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName })
    .from(staff).innerJoin(people, eq(people.id, staff.personId))
    .where(and(eq(staff[column], value), exceptStaffId === null ? undefined : ne(staff.id, exceptStaffId))).get();
}

/** Writes the record: `id` given means replace that record's fields. Returns the staff id. */
export function writeStaff(db: Db, values: StaffValues, meta: { nowIso: string; id?: number }): number {
  const columns = { ...values, updatedAt: meta.nowIso };
  if (meta.id === undefined) return db.insert(staff).values({ ...columns, createdAt: meta.nowIso }).returning({ id: staff.id }).get().id;
  db.update(staff).set(columns).where(eq(staff.id, meta.id)).run();
  return meta.id;
}

export const touchStaff = (db: Db, staffId: number, nowIso: string) => db.update(staff).set({ updatedAt: nowIso }).where(eq(staff.id, staffId)).run();

export const rateOn = (db: Db, staffId: number, effectiveFrom: string) =>
  db.select().from(payRates).where(and(eq(payRates.staffId, staffId), eq(payRates.effectiveFrom, effectiveFrom))).get();
export const findRate = (db: Db, rateId: number) => db.select().from(payRates).where(eq(payRates.id, rateId)).get();
export const insertRate = (db: Db, staffId: number, effectiveFrom: string, hourlyPence: number) => db.insert(payRates).values({ staffId, effectiveFrom, hourlyPence }).run();
export const deleteRate = (db: Db, rateId: number) => db.delete(payRates).where(eq(payRates.id, rateId)).run();

/** Sets what held from a day: a second entry for the same day corrects the first. */
export function upsertBenefit(db: Db, staffId: number, fromDate: string, kind: BenefitKind): void {
  db.insert(benefitStatuses).values({ staffId, fromDate, kind })
    .onConflictDoUpdate({ target: [benefitStatuses.staffId, benefitStatuses.fromDate], set: { kind: sql`excluded.kind` } }).run();
}

export const findDbs = (db: Db, id: number) => db.select().from(dbsChecks).where(eq(dbsChecks.id, id)).get();

/** Records a DBS check, or corrects check `id`. */
export function writeDbs(db: Db, staffId: number, values: Omit<DbsCheck, 'id'>, id?: number): void {
  if (id === undefined) db.insert(dbsChecks).values({ ...values, staffId }).run();
  else db.update(dbsChecks).set(values).where(eq(dbsChecks.id, id)).run();
}
