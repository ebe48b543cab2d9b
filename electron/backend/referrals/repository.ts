// Queries for benefits-advice referrals, their attached statements and the stored prompts (hours or a
// pay rate changed for someone on benefits). Services call these inside their own transactions.
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Referral, ReferralAttachment, ReferralReason, ReferralStatus } from '../../../shared/contract/referrals';
import { displayName } from '../../../shared/domain/members';
import type { Db } from '../db/open';
import { people, referralAttachments, referralPrompts, referrals, staff } from '../db/schema';

export type ReferralRowDb = typeof referrals.$inferSelect;
export type PromptRowDb = typeof referralPrompts.$inferSelect;

/** The fields a referral is saved with (the contract's input less its id and prompt). */
export interface ReferralValues {
  personId: number;
  referredOn: string;
  service: string;
  reason: ReferralReason;
  consentToShare: boolean;
  consentOn: string;
  status: ReferralStatus;
  followUpOn: string;
  outcome: string;
}

const attachmentColumns = {
  id: referralAttachments.id, referralId: referralAttachments.referralId, fromDate: referralAttachments.fromDate, toDate: referralAttachments.toDate,
  fileName: referralAttachments.fileName, createdAt: referralAttachments.createdAt,
  // The size without reading the bytes: the lists never need the workbook itself.
  sizeBytes: sql<number>`length(${referralAttachments.content})`,
};

/**
 * Referrals with the person's name and staff id and each one's attachments (oldest first), in two
 * queries whatever the count. `today` decides whether a follow-up is due.
 */
export function loadReferrals(db: Db, where: SQL | undefined, today: string, order: 'oldest-first' | 'newest-first' = 'oldest-first'): Referral[] {
  const direction = order === 'oldest-first' ? asc : desc;
  const rows = db
    .select({ r: referrals, firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName, memberNumber: people.memberNumber, staffId: staff.id })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .leftJoin(staff, eq(staff.personId, referrals.personId))
    .where(where)
    .orderBy(direction(referrals.referredOn), direction(referrals.id))
    .all();
  if (rows.length === 0) return [];
  const attached = new Map<number, ReferralAttachment[]>();
  const ids = rows.map((row) => row.r.id);
  for (const { referralId, ...a } of db.select(attachmentColumns).from(referralAttachments).where(inArray(referralAttachments.referralId, ids)).orderBy(asc(referralAttachments.id)).all()) {
    const list = attached.get(referralId) ?? [];
    list.push({ ...a, sizeBytes: Number(a.sizeBytes) });
    attached.set(referralId, list);
  }
  return rows.map(({ r, staffId, memberNumber, ...name }) => ({
    id: r.id, personId: r.personId, name: displayName(name), memberNumber, staffId: staffId ?? null,
    referredOn: r.referredOn, service: r.service, reason: r.reason, consentToShare: r.consentToShare, consentOn: r.consentOn,
    status: r.status, followUpOn: r.followUpOn, outcome: r.outcome,
    followUpDue: r.status !== 'closed' && r.followUpOn !== '' && r.followUpOn <= today,
    attachments: attached.get(r.id) ?? [], createdAt: r.createdAt, updatedAt: r.updatedAt,
  }));
}

export const openReferralsCondition = (): SQL => ne(referrals.status, 'closed');
export const referralIdIs = (id: number): SQL => eq(referrals.id, id);
export const personIdIs = (personId: number): SQL => eq(referrals.personId, personId);

export const findReferral = (db: Db, id: number): ReferralRowDb | undefined => db.select().from(referrals).where(eq(referrals.id, id)).get();

/** The dates of everyone's referrals, by person: what the prompts check against. */
export function referralDatesByPerson(db: Db): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const r of db.select({ personId: referrals.personId, referredOn: referrals.referredOn }).from(referrals).all()) {
    const list = map.get(r.personId) ?? [];
    list.push(r.referredOn);
    map.set(r.personId, list);
  }
  return map;
}

export const countReferralsOf = (db: Db, personId: number): number =>
  db.select({ n: sql<number>`count(*)` }).from(referrals).where(eq(referrals.personId, personId)).get()?.n ?? 0;

/** Writes a referral: `id` given means replace that referral's fields. Returns its id. */
export function writeReferral(db: Db, values: ReferralValues, meta: { nowIso: string; id?: number }): number {
  const columns = { ...values, updatedAt: meta.nowIso };
  if (meta.id === undefined) return db.insert(referrals).values({ ...columns, createdAt: meta.nowIso }).returning({ id: referrals.id }).get().id;
  db.update(referrals).set(columns).where(eq(referrals.id, meta.id)).run();
  return meta.id;
}

export const touchReferral = (db: Db, id: number, nowIso: string) => db.update(referrals).set({ updatedAt: nowIso }).where(eq(referrals.id, id)).run();

export function insertAttachment(db: Db, values: { referralId: number; staffId: number; fromDate: string; toDate: string; fileName: string; content: Buffer; createdAt: string }): number {
  return db.insert(referralAttachments).values(values).returning({ id: referralAttachments.id }).get().id;
}

export const deleteAttachmentsOf = (db: Db, referralId: number) => db.delete(referralAttachments).where(eq(referralAttachments.referralId, referralId)).run();

export const findAttachment = (db: Db, id: number) => db.select().from(referralAttachments).where(eq(referralAttachments.id, id)).get();

export const findPrompt = (db: Db, id: number): PromptRowDb | undefined => db.select().from(referralPrompts).where(eq(referralPrompts.id, id)).get();

/** Stored prompts still waiting for a referral or a dismissal, oldest first. */
export const openPrompts = (db: Db): PromptRowDb[] =>
  db.select().from(referralPrompts).where(eq(referralPrompts.status, 'open')).orderBy(asc(referralPrompts.onDate), asc(referralPrompts.id)).all();

export function insertPrompt(db: Db, values: { staffId: number; kind: PromptRowDb['kind']; onDate: string; detail: string; nowIso: string }): number {
  const { nowIso, ...rest } = values;
  return db.insert(referralPrompts).values({ ...rest, status: 'open', createdAt: nowIso, updatedAt: nowIso }).returning({ id: referralPrompts.id }).get().id;
}

export const answerPrompt = (db: Db, id: number, referralId: number, nowIso: string) =>
  db.update(referralPrompts).set({ status: 'referred', referralId, updatedAt: nowIso }).where(eq(referralPrompts.id, id)).run();

export const dismissPromptRow = (db: Db, id: number, nowIso: string) =>
  db.update(referralPrompts).set({ status: 'dismissed', updatedAt: nowIso }).where(and(eq(referralPrompts.id, id), eq(referralPrompts.status, 'open'))).run();
