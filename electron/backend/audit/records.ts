// The records the audit log names, as the office knows them. The log keeps a record's internal number
// (a member's id, a staff record's id, a pay rate's id), which nobody at the office ever sees; the screen
// and the workbook show a membership number, a works number, a pay period's key or a place's name
// instead, looked up here when the log is read. Looked up, never stored: the log holds no identifier
// that could go out of date, and a record deleted since is said to be gone rather than shown wrongly.
//
// The same table of lookups answers the "Record" filter the other way round: a membership number or a
// works number finds every entry about that person that can still be traced to them.
import type { Sqlite } from '../db/open';
import type { AuditEntry, AuditRecordShown, AuditRecordType, ListedAuditEntry } from '../../../shared/contract/audit';
import { DATED_KIND_LABELS, type DatedKind } from '../../../shared/contract/dated-settings';
import { periodKey } from '../../../shared/contract/payroll';
import { formatUkDate } from '../../../shared/domain/dates';
import { formatMemberNumber, parseMemberNumber } from '../../../shared/domain/members';
import { settingWords } from './words';

/** A row a lookup found: what to call the record, and the member's page it is on. */
interface Found { words: string; personId: number | null }

interface Lookup {
  /** Rows for the record numbers in the JSON array bound as @ids: `key` (the record's number) and what `found` reads. */
  sql: string;
  found: (type: AuditRecordType, row: Record<string, unknown>) => Found;
  /**
   * The record numbers of this kind that belong to the people whose ids are in the JSON array bound as @ids,
   * for the filter; absent for kinds that belong to nobody (a place, a support session for the whole team).
   */
  ofPeople?: string;
}

const IDS = 'SELECT value FROM json_each(@ids)';

// A membership number says what it is (M01001); a works number may be bare digits (116), so it is named.
const member = (type: string, row: Record<string, unknown>, owner: boolean): Found => ({
  words: `${type}${owner ? ', member' : ''} ${formatMemberNumber(Number(row['number']))}`, personId: Number(row['person']),
});
const staffMember = (type: string, row: Record<string, unknown>): Found => ({
  words: `${type}, works number ${String(row['works'])}`, personId: Number(row['person']),
});

/** A staff record, or a record kept under its staff record's number (a probation, an arrangement). */
const byStaffId: Lookup = {
  sql: `SELECT id AS key, works_number AS works, person_id AS person FROM staff WHERE id IN (${IDS})`,
  found: staffMember,
  ofPeople: `SELECT id FROM staff WHERE person_id IN (${IDS})`,
};

/** A record with its own number in a table that names the staff member it belongs to. */
const ownedByStaff = (table: string, staffColumn = 'staff_id'): Lookup => ({
  sql: `SELECT t.id AS key, s.works_number AS works, s.person_id AS person FROM ${table} t JOIN staff s ON s.id = t.${staffColumn} WHERE t.id IN (${IDS})`,
  found: staffMember,
  ofPeople: `SELECT t.id FROM ${table} t JOIN staff s ON s.id = t.${staffColumn} WHERE s.person_id IN (${IDS})`,
});

const named = (table: string): Lookup => ({
  sql: `SELECT id AS key, name FROM ${table} WHERE id IN (${IDS})`,
  found: (type, row) => ({ words: `${type} ${String(row['name'])}`, personId: null }),
});

/** How each kind of record is looked up. A kind not here (the office, its settings) has no number to show. */
const LOOKUPS: Partial<Record<AuditRecordType, Lookup>> = {
  member: {
    sql: `SELECT id AS key, member_number AS number, id AS person FROM people WHERE id IN (${IDS})`,
    found: (type, row) => member(type, row, false),
    ofPeople: `SELECT id FROM people WHERE id IN (${IDS})`,
  },
  'staff record': byStaffId,
  'supervision arrangement': byStaffId,
  probation: byStaffId,
  adjustment: byStaffId,
  'pay rate': ownedByStaff('pay_rates'),
  'benefit status': ownedByStaff('benefit_statuses'),
  'DBS check': ownedByStaff('dbs_checks'),
  supervision: ownedByStaff('supervisions', 'supervisee_staff_id'),
  absence: ownedByStaff('absences'),
  'wellbeing check-in': ownedByStaff('wellbeing_checkins'),
  session: ownedByStaff('sessions'),
  'referral prompt': ownedByStaff('referral_prompts'),
  referral: {
    sql: `SELECT r.id AS key, p.member_number AS number, p.id AS person FROM referrals r JOIN people p ON p.id = r.person_id WHERE r.id IN (${IDS})`,
    found: (type, row) => member(type, row, true),
    ofPeople: `SELECT id FROM referrals WHERE person_id IN (${IDS})`,
  },
  'referral attachment': {
    sql: `SELECT a.id AS key, p.member_number AS number, p.id AS person FROM referral_attachments a JOIN referrals r ON r.id = a.referral_id JOIN people p ON p.id = r.person_id WHERE a.id IN (${IDS})`,
    found: (type, row) => member(type, row, true),
    ofPeople: `SELECT a.id FROM referral_attachments a JOIN referrals r ON r.id = a.referral_id WHERE r.person_id IN (${IDS})`,
  },
  'support session': {
    sql: `SELECT id AS key, date FROM support_sessions WHERE id IN (${IDS})`,
    found: (type, row) => ({ words: `${type} on ${formatUkDate(String(row['date']))}`, personId: null }),
  },
  'dated rate': {
    sql: `SELECT id AS key, kind, effective_from AS "from" FROM dated_settings WHERE id IN (${IDS})`,
    found: (_, row) => ({ words: `${DATED_KIND_LABELS[row['kind'] as DatedKind] ?? 'dated rate'} from ${formatUkDate(String(row['from']))}`, personId: null }),
  },
  place: named('places'),
  'pay element': named('pay_elements'),
  'absence type': named('absence_types'),
};

/** Kinds whose record number is what the office calls it already. */
const SAID_AS_IS: Partial<Record<AuditRecordType, (id: string) => string>> = {
  'pay period': (key) => `pay period ${key}`,
  list: (kind) => `list of ${settingWords(kind)}`,
};

const numbers = (ids: Iterable<string>): number[] => [...new Set([...ids].filter((id) => /^\d{1,15}$/.test(id)).map(Number))];

/** The entries with their records in the office's words: one query for each kind of record on the page. */
export function showRecords(sqlite: Sqlite, entries: AuditEntry[]): ListedAuditEntry[] {
  const found = new Map<string, Found>();
  const wanted = new Map<AuditRecordType, Set<string>>();
  for (const e of entries) {
    if (e.recordType && e.recordId && LOOKUPS[e.recordType]) wanted.set(e.recordType, (wanted.get(e.recordType) ?? new Set()).add(e.recordId));
  }
  for (const [type, ids] of wanted) {
    const lookup = LOOKUPS[type]!;
    const rows = sqlite.prepare(lookup.sql).all({ ids: JSON.stringify(numbers(ids)) }) as Record<string, unknown>[];
    for (const row of rows) found.set(`${type}\u0000${String(row['key'])}`, lookup.found(type, row));
  }
  return entries.map((e) => ({ ...e, record: shown(e, found) }));
}

function shown(e: AuditEntry, found: Map<string, Found>): AuditRecordShown {
  const type = e.recordType;
  if (!type || !e.recordId) return { words: type, personId: null, gone: false };
  const asIs = SAID_AS_IS[type];
  if (asIs) return { words: asIs(e.recordId), personId: null, gone: false };
  if (!LOOKUPS[type]) return { words: type, personId: null, gone: false };
  const hit = found.get(`${type}\u0000${e.recordId}`);
  return hit ? { ...hit, gone: false } : { words: `${type} (not in the database now)`, personId: null, gone: true };
}

/** Which entries the "Record" filter means: record numbers by kind, or none at all when it names nothing known. */
export type RecordMatch = { type: AuditRecordType; ids: string[] }[];

/**
 * What the office typed in the "Record" filter, as the records it means: a pay period (2026-10), or the
 * person with that works number or, failing that, membership number (M01001, 1001), and everything of
 * theirs that can still be traced to them. A works number comes first: it is typed exactly as payroll has
 * it, where "116" as a membership number would be M00116. A record deleted since cannot be traced, so its
 * entries are found by date or kind instead.
 */
export function recordsMatching(sqlite: Sqlite, typed: string): RecordMatch {
  const text = typed.trim();
  if (periodKey.safeParse(text).success) return [{ type: 'pay period', ids: [text] }];
  const byWorksNumber = sqlite.prepare('SELECT person_id FROM staff WHERE works_number = @text COLLATE NOCASE').pluck().all({ text }) as number[];
  const people = byWorksNumber.length ? byWorksNumber
    : sqlite.prepare('SELECT id FROM people WHERE member_number = @memberNumber').pluck().all({ memberNumber: parseMemberNumber(text) ?? -1 }) as number[];
  if (people.length === 0) return [];
  const match: RecordMatch = [];
  for (const [type, lookup] of Object.entries(LOOKUPS) as [AuditRecordType, Lookup][]) {
    if (!lookup.ofPeople) continue;
    const ids = sqlite.prepare(lookup.ofPeople).pluck().all({ ids: JSON.stringify(people) }) as number[];
    if (ids.length) match.push({ type, ids: ids.map(String) });
  }
  return match;
}
