// The checks of a crashed office. Each writer runs readRegister() right after it opens the files the
// last one was killed over (the WAL recovery the app does after a crash), before it changes anything;
// the harness compares what it found with what had been acknowledged. Between them they prove:
// 1. SQLite's integrity check and foreign-key check pass. (sqlite3mc has no cipher_integrity_check;
//    with ChaCha20-Poly1305 every page read is authenticated, and integrity_check reads every page.)
// 2. Every acknowledged change is there, exactly as written; the one change under way at the kill is
//    either wholly there or wholly absent.
// 3. Nothing is half-written: each person's row, roles and involvements all carry the same change.
import { isDeepStrictEqual } from 'node:util';
import { asc } from 'drizzle-orm';
import { openEncrypted, type Db, type Sqlite } from '../../electron/backend/db/open';
import { people, personInvolvements, personRoles } from '../../electron/backend/db/schema';
import { CRASH_NOW, memberFor, type Change } from './changes';

export type Pending = { seq: number } & Change;
export type Committed = { seq: number } & ({ op: 'create' | 'update' | 'delete'; id: number } | { op: 'reopen' });

type PersonRow = typeof people.$inferSelect;
interface Stored {
  row: PersonRow;
  roles: { role: string; startedOn: string; endedOn: string }[];
  involvements: string[];
}

/** The change that wrote this person, after checking that every table agrees on it field by field. */
function changeThatWrote(stored: Stored): number {
  const id = stored.row.id;
  const match = /^change (\d+)$/.exec(stored.row.preferredName);
  if (!match) throw new Error(`person ${id} was not written by any change (preferred name "${stored.row.preferredName}")`);
  const seq = Number(match[1]);
  const { roles, involvements, contactMethods, ...fields } = memberFor(seq);
  for (const [field, value] of Object.entries(fields)) {
    const actual = stored.row[field as keyof PersonRow];
    if (actual !== value) throw new Error(`person ${id} (change ${seq}): ${field} is ${JSON.stringify(actual)}, change ${seq} wrote ${JSON.stringify(value)}`);
  }
  if (stored.row.contactMethods !== contactMethods.join(',')) throw new Error(`person ${id} (change ${seq}): contact methods differ`);
  if (stored.row.createdAt !== CRASH_NOW || stored.row.updatedAt !== CRASH_NOW) throw new Error(`person ${id} (change ${seq}): created/updated stamps differ`);
  if (!isDeepStrictEqual(stored.roles, roles)) {
    throw new Error(`person ${id}: the person row is change ${seq} but the roles are not (${JSON.stringify(stored.roles)} vs ${JSON.stringify(roles)})`);
  }
  const wantInvolvements = [...new Set(involvements)].sort();
  if (!isDeepStrictEqual(stored.involvements, wantInvolvements)) {
    throw new Error(`person ${id}: the person row is change ${seq} but the involvements are not (${stored.involvements.length} stored, ${wantInvolvements.length} written)`);
  }
  return seq;
}

/** The register as stored, person id -> the change that wrote them, each person checked whole; throws on any damage. */
export function readRegister(sqlite: Sqlite, db: Db): Map<number, number> {
  const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') throw new Error(`integrity check: ${JSON.stringify(integrity.slice(0, 5))}`);
  const orphans = sqlite.pragma('foreign_key_check') as unknown[];
  if (orphans.length) throw new Error(`foreign key check: ${JSON.stringify(orphans.slice(0, 5))}`);

  const stored = new Map<number, Stored>();
  for (const row of db.select().from(people).all()) stored.set(row.id, { row, roles: [], involvements: [] });
  for (const r of db.select().from(personRoles).orderBy(asc(personRoles.id)).all()) {
    stored.get(r.personId)!.roles.push({ role: r.role, startedOn: r.startedOn, endedOn: r.endedOn });
  }
  for (const i of db.select().from(personInvolvements).all()) stored.get(i.personId)!.involvements.push(i.name);
  const register = new Map<number, number>();
  for (const [id, person] of stored) {
    person.involvements.sort();
    register.set(id, changeThatWrote(person));
  }
  return register;
}

function apply(model: Map<number, number>, change: Committed | (Pending & { id: number })): void {
  if (change.op === 'create' || change.op === 'update') model.set(change.id, change.seq);
  else if (change.op === 'delete') model.delete(change.id);
}

/**
 * Compares the register as found with what was known before plus the changes acknowledged since,
 * allowing the one change under way at the kill to be wholly there or wholly absent. Returns whether
 * that change had committed; throws, naming the people that differ, when anything else is off.
 */
export function compareWithAcknowledged(
  found: ReadonlyMap<number, number>,
  before: ReadonlyMap<number, number>,
  committed: readonly Committed[],
  pending: Pending | null,
): { pendingCommitted: boolean } {
  const expected = new Map(before);
  for (const change of committed) apply(expected, change);
  if (isDeepStrictEqual(found, expected)) return { pendingCommitted: false };

  if (pending && pending.op !== 'reopen') {
    const withPending = new Map(expected);
    const pendingId = pending.op === 'create' ? [...found.keys()].find((id) => !expected.has(id)) : pending.id;
    if (pendingId !== undefined) apply(withPending, { ...pending, id: pendingId });
    if (isDeepStrictEqual(found, withPending)) return { pendingCommitted: true };
  }

  const missing = [...expected].filter(([id, seq]) => found.get(id) !== seq).slice(0, 5);
  const extra = [...found].filter(([id, seq]) => expected.get(id) !== seq).slice(0, 5);
  throw new Error(
    `the register is not what was acknowledged: expected [person, change] ${JSON.stringify(missing)} but found ${JSON.stringify(extra)}` +
      ` (change under way at the kill: ${JSON.stringify(pending)})`,
  );
}

/** Opens the office at `path` through the app's open path and reads its register, checked. */
export function checkOfficeFile(path: string, key: Buffer): Map<number, number> {
  const { sqlite, db } = openEncrypted(path, key, { mustExist: true });
  try {
    return readRegister(sqlite, db);
  } finally {
    sqlite.close();
  }
}
