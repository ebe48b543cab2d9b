// The checks of a crashed office. Each writer runs readRegister() and readAudit() right after it has
// unlocked the files the last one was killed over (the WAL recovery the app does after a crash), before
// it changes anything; the harness compares what they found with what had been acknowledged. Between
// them they prove:
// 1. SQLite's integrity check and foreign-key check pass. (sqlite3mc has no cipher_integrity_check;
//    with ChaCha20-Poly1305 every page read is authenticated, and integrity_check reads every page.)
// 2. Every acknowledged change is there, exactly as written; the one change under way at the kill is
//    either wholly there or wholly absent.
// 3. Nothing is half-written: each person's row, roles and involvements all carry the same change.
// 4. A change and its audit entry commit together: the log holds exactly one entry for each change that
//    is there (the one under way at the kill included, when it is there) and none for one that is not,
//    in the order they were made, and no entry the writer did not cause.
import { isDeepStrictEqual } from 'node:util';
import { asc, count, gt, lte } from 'drizzle-orm';
import type { Db, Sqlite } from '../../electron/backend/db/open';
import { auditLog, people, personInvolvements, personRoles } from '../../electron/backend/db/schema';
import { CRASH_NOW, memberFor, type AuditReport, type Change } from './changes';

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

/**
 * The audit log after the entry the last check ended at: how many entries it held up to there (none may
 * have gone), and every entry since, as [id, channel, record]. The harness knows which changes those are.
 */
export function readAudit(db: Db, afterId: number): AuditReport {
  const upTo = db.select({ n: count() }).from(auditLog).where(lte(auditLog.id, afterId)).get()?.n ?? 0;
  const since = db.select({ id: auditLog.id, channel: auditLog.channel, recordId: auditLog.recordId }).from(auditLog)
    .where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).all();
  return { upTo, since: since.map((e) => [e.id, e.channel, e.recordId]) };
}

function apply(model: Map<number, number>, change: Committed | (Pending & { id: number })): void {
  if (change.op === 'create' || change.op === 'update') model.set(change.id, change.seq);
  else if (change.op === 'delete') model.delete(change.id);
}

/** The change under way at the kill, as it turned out: committed (with the person it wrote) or not. */
export type PendingOutcome = { committed: false } | { committed: true; change: Committed };

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
): PendingOutcome {
  const expected = new Map(before);
  for (const change of committed) apply(expected, change);
  if (isDeepStrictEqual(found, expected)) return { committed: false };

  if (pending && pending.op !== 'reopen') {
    const withPending = new Map(expected);
    const pendingId = pending.op === 'create' ? [...found.keys()].find((id) => !expected.has(id)) : pending.id;
    if (pendingId !== undefined) apply(withPending, { ...pending, id: pendingId });
    if (pendingId !== undefined && isDeepStrictEqual(found, withPending)) return { committed: true, change: { ...pending, id: pendingId } };
  }

  const missing = [...expected].filter(([id, seq]) => found.get(id) !== seq).slice(0, 5);
  const extra = [...found].filter(([id, seq]) => expected.get(id) !== seq).slice(0, 5);
  throw new Error(
    `the register is not what was acknowledged: expected [person, change] ${JSON.stringify(missing)} but found ${JSON.stringify(extra)}` +
      ` (change under way at the kill: ${JSON.stringify(pending)})`,
  );
}

/** The channel each kind of change goes through: its audit entries are the ones with this channel. */
export const CHANGE_CHANNELS = { create: 'members:create', update: 'members:update', delete: 'members:delete' } as const;
/** Entries the writer causes without changing the register: creating the office, and locking and unlocking it. */
const OFFICE_CHANNELS: ReadonlySet<string> = new Set(['office:create', 'office:unlock', 'office:lock']);
const CHANGE_CHANNEL_SET: ReadonlySet<string> = new Set(Object.values(CHANGE_CHANNELS));

export interface AuditKnown {
  /** The id of the last entry checked, and how many entries there were up to it. */
  lastId: number;
  count: number;
  /** Of those, the entries checked against the change they record. */
  changes: number;
}

const describeEntry = ([id, channel, recordId]: readonly [number, string, string]) => `entry ${id} (${channel}, person ${recordId})`;
const describeChange = (c: Committed) => `change ${c.seq} (${c.op === 'reopen' ? c.op : `${c.op} person ${c.id}`})`;

/**
 * Compares the audit log since the last check with the changes known to be there since: those
 * acknowledged, and the one under way at the kill when it was found to have committed. Each must have
 * exactly one entry, in order, naming its person; there may be no other entry but the office's own
 * (unlock, lock). Returns what is known after this check; throws, naming the first difference, otherwise.
 */
export function compareAudit(report: AuditReport, known: AuditKnown, committed: readonly Committed[], pending: PendingOutcome): AuditKnown {
  if (report.upTo !== known.count) {
    throw new Error(`the audit log held ${known.count} entries up to entry ${known.lastId} at the last check, and ${report.upTo} now`);
  }
  const changes = [...committed, ...(pending.committed ? [pending.change] : [])].filter((c) => c.op !== 'reopen');
  const entries = report.since.filter(([, channel]) => CHANGE_CHANNEL_SET.has(channel));
  const stray = report.since.find(([, channel]) => !CHANGE_CHANNEL_SET.has(channel) && !OFFICE_CHANNELS.has(channel));
  if (stray) throw new Error(`the audit log has ${describeEntry(stray)}, which the writer never did`);
  for (let i = 0; i < Math.max(changes.length, entries.length); i++) {
    const change = changes[i];
    const entry = entries[i];
    if (change && entry && entry[1] === CHANGE_CHANNELS[change.op] && entry[2] === String(change.id)) continue;
    const under = pending.committed ? ` (the change under way at the kill, ${describeChange(pending.change)}, had committed)` : ' (no change under way at the kill had committed)';
    if (!entry) throw new Error(`${describeChange(change!)} is there but has no audit entry${under}`);
    if (!change) throw new Error(`the audit log has ${describeEntry(entry)}, but no change is there for it${under}`);
    throw new Error(`${describeChange(change)} should have the next audit entry, but it is ${describeEntry(entry)}${under}`);
  }
  const last = report.since.at(-1);
  return { lastId: last ? last[0] : known.lastId, count: known.count + report.since.length, changes: known.changes + entries.length };
}
