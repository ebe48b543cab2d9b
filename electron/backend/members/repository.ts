// Queries for the members register. Services call these inside their own transactions.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Member, MemberRow, MemberSearch, MemberValues, RoleSpell } from '../../../shared/contract/members';
import { memberSearchSchema } from '../../../shared/contract/members';
import { CONTACT_METHODS, STATUSES, type ContactMethod, type MemberStatus, type Role } from '../../../shared/domain/members';
import { compactPostcode } from '../../../shared/domain/postcode';
import { parseMemberNumber, displayName } from '../../../shared/domain/members';
import type { Db } from '../db/open';
import { people, personInvolvements, personRoles } from '../db/schema';

type PersonRow = typeof people.$inferSelect;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The conditions for the search box: name, member number, postcode, phone or email. */
function searchCondition(query: string): SQL | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  const text = `%${likeEscape(q)}%`;
  const parts: SQL[] = [
    sql`lower(${people.firstName} || ' ' || ${people.lastName}) LIKE ${text} ESCAPE '\\'`,
    sql`lower(${people.preferredName} || ' ' || ${people.lastName}) LIKE ${text} ESCAPE '\\'`,
    sql`lower(${people.lastName} || ', ' || ${people.firstName}) LIKE ${text} ESCAPE '\\'`,
    sql`${people.email} LIKE ${text} ESCAPE '\\'`,
  ];
  const compact = compactPostcode(q);
  if (/^[A-Z0-9]{2,}$/.test(compact) && /\d/.test(compact)) {
    parts.push(sql`replace(${people.postcode}, ' ', '') LIKE ${`${likeEscape(compact)}%`} ESCAPE '\\'`);
  }
  // "+44 7700 900123" finds "07700 900123": numbers are stored the way they are dialled within the UK.
  const digits = q.trim().replace(/^\+44\s*(\(0\))?/, '0').replace(/[^0-9]/g, '');
  if (digits.length >= 4 && /^[0-9 +()-]+$/.test(q)) {
    parts.push(sql`replace(${people.phone}, ' ', '') LIKE ${`%${digits}%`}`);
  }
  const number = parseMemberNumber(q);
  if (number !== null) parts.push(eq(people.memberNumber, number));
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** A role is current when it has started and not yet ended. */
const currentRole = (today: string) => sql`${personRoles.startedOn} <= ${today} AND (${personRoles.endedOn} = '' OR ${personRoles.endedOn} >= ${today})`;

export function searchMembers(db: Db, input: MemberSearch, today: string): { rows: MemberRow[]; total: number } {
  const search = memberSearchSchema.parse(input);
  const conditions = [searchCondition(search.query)];
  if (search.status) conditions.push(eq(people.status, search.status));
  if (search.locality) conditions.push(eq(people.locality, search.locality));
  if (search.role) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${personRoles} WHERE ${personRoles.personId} = ${people.id} AND ${personRoles.role} = ${search.role} AND ${currentRole(today)})`);
  }
  const where = and(...conditions.filter((c): c is SQL => c !== undefined));
  const dir = search.direction === 'asc' ? asc : desc;
  const order = {
    name: [dir(sql`${people.lastName} COLLATE NOCASE`), dir(sql`${people.firstName} COLLATE NOCASE`)],
    memberNumber: [dir(people.memberNumber)],
    postcode: [dir(people.postcode)],
    locality: [dir(people.locality), asc(sql`${people.lastName} COLLATE NOCASE`)],
    status: [dir(people.status), asc(sql`${people.lastName} COLLATE NOCASE`)],
    joinedOn: [dir(people.joinedOn), asc(sql`${people.lastName} COLLATE NOCASE`)],
  }[search.sort];

  const found = db
    .select({
      id: people.id, memberNumber: people.memberNumber, firstName: people.firstName, lastName: people.lastName,
      preferredName: people.preferredName, postcode: people.postcode, phone: people.phone, email: people.email,
      locality: people.locality, status: people.status, joinedOn: people.joinedOn,
    })
    .from(people)
    .where(where)
    .orderBy(...order, asc(people.id))
    .limit(search.limit)
    .all();
  // Counting apart from fetching keeps a broad search quick: only the rows drawn are read out.
  const total = found.length < search.limit ? found.length : db.select({ n: sql<number>`count(*)` }).from(people).where(where).get()!.n;
  const roles = currentRolesFor(db, found.map((r) => r.id), today);
  return {
    total,
    rows: found.map((r) => ({
      id: r.id, memberNumber: r.memberNumber, name: displayName(r), postcode: r.postcode, phone: r.phone, email: r.email,
      locality: r.locality, status: r.status, joinedOn: r.joinedOn, roles: roles.get(r.id) ?? [],
    })),
  };
}

function currentRolesFor(db: Db, ids: number[], today: string): Map<number, Role[]> {
  const map = new Map<number, Role[]>();
  if (ids.length === 0) return map;
  // For a long list one pass over everyone's current roles is quicker than binding thousands of ids
  // (and SQLite caps bound parameters); a short list asks for just its own people.
  const wanted = new Set(ids);
  const rows = db.select({ personId: personRoles.personId, role: personRoles.role }).from(personRoles)
    .where(ids.length > 500 ? currentRole(today) : and(inArray(personRoles.personId, ids), currentRole(today)))
    .orderBy(asc(personRoles.startedOn)).all();
  for (const r of rows) {
    if (!wanted.has(r.personId)) continue;
    const list = map.get(r.personId) ?? [];
    if (!list.includes(r.role)) list.push(r.role);
    map.set(r.personId, list);
  }
  return map;
}

export function countByStatus(db: Db): Record<MemberStatus, number> & { all: number } {
  const rows = db.select({ status: people.status, n: sql<number>`count(*)` }).from(people).groupBy(people.status).all();
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<MemberStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  return { ...counts, all: rows.reduce((n, r) => n + r.n, 0) };
}

export function findMember(db: Db, id: number): (Omit<Member, 'canDelete' | 'possibleDuplicates'>) | null {
  const row = db.select().from(people).where(eq(people.id, id)).get();
  if (!row) return null;
  const roles = db.select().from(personRoles).where(eq(personRoles.personId, id)).orderBy(asc(personRoles.startedOn), asc(personRoles.id)).all();
  const involvements = db.select().from(personInvolvements).where(eq(personInvolvements.personId, id)).all();
  return toMember(row, roles.map((r) => ({ role: r.role, startedOn: r.startedOn, endedOn: r.endedOn })), involvements.map((i) => i.name));
}

function toMember(row: PersonRow, roles: RoleSpell[], involvements: string[]): Omit<Member, 'canDelete' | 'possibleDuplicates'> {
  const { contactMethods, ...rest } = row;
  return {
    ...rest,
    contactMethods: contactMethods.split(',').filter((m): m is ContactMethod => (CONTACT_METHODS as readonly string[]).includes(m)),
    roles,
    involvements: involvements.sort((a, b) => a.localeCompare(b)),
  };
}

/** People other than `id` who share a name and postcode, or an email, with these details. */
export function findPossibleDuplicates(db: Db, id: number, p: { firstName: string; lastName: string; postcode: string; email: string }): Member['possibleDuplicates'] {
  const sameName = and(
    sql`lower(${people.firstName}) = ${p.firstName.toLowerCase()}`,
    sql`lower(${people.lastName}) = ${p.lastName.toLowerCase()}`,
    sql`${people.postcode} <> ''`,
    eq(people.postcode, p.postcode),
  );
  const sameEmail = and(sql`${people.email} <> ''`, eq(people.email, p.email));
  const rows = db
    .select({ id: people.id, memberNumber: people.memberNumber, firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName, postcode: people.postcode, email: people.email })
    .from(people)
    .where(and(sql`${people.id} <> ${id}`, sql`(${sameName} OR ${sameEmail})`))
    .orderBy(asc(people.memberNumber))
    .all();
  return rows.map((r) => ({
    id: r.id, memberNumber: r.memberNumber, name: displayName(r),
    reason: p.postcode && r.postcode === p.postcode && r.firstName.toLowerCase() === p.firstName.toLowerCase() ? 'name and postcode' : 'email',
  }));
}

export const nextMemberNumber = (db: Db): number => {
  const row = db.select({ max: sql<number | null>`max(${people.memberNumber})` }).from(people).get();
  return Math.max(1000, row?.max ?? 0) + 1;
};

export function memberNumberTaken(db: Db, memberNumber: number, exceptId?: number): boolean {
  const row = db.select({ id: people.id }).from(people).where(eq(people.memberNumber, memberNumber)).get();
  return row !== undefined && row.id !== exceptId;
}

/** Writes a person with their roles and involvements; `id` given means replace an existing record. */
export function writeMember(db: Db, values: MemberValues, meta: { memberNumber: number; nowIso: string; id?: number }): number {
  const { roles, involvements, contactMethods, ...fields } = values;
  const columns = { ...fields, contactMethods: contactMethods.join(','), updatedAt: meta.nowIso };
  let id = meta.id;
  if (id === undefined) {
    id = db.insert(people).values({ ...columns, memberNumber: meta.memberNumber, createdAt: meta.nowIso }).returning({ id: people.id }).get().id;
  } else {
    db.update(people).set(columns).where(eq(people.id, id)).run();
    db.delete(personRoles).where(eq(personRoles.personId, id)).run();
    db.delete(personInvolvements).where(eq(personInvolvements.personId, id)).run();
  }
  if (roles.length) db.insert(personRoles).values(roles.map((r) => ({ ...r, personId: id }))).run();
  const uniqueInvolvements = [...new Set(involvements)];
  if (uniqueInvolvements.length) db.insert(personInvolvements).values(uniqueInvolvements.map((name) => ({ personId: id, name }))).run();
  return id;
}

/** Everyone's duplicate-matching fields, for the import preview. */
export const allForDuplicateCheck = (db: Db) =>
  db.select({ memberNumber: people.memberNumber, firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName, postcode: people.postcode, email: people.email }).from(people).all();

export const deleteMemberRow = (db: Db, id: number) => db.delete(people).where(eq(people.id, id)).run();
