// The words of an audit entry, from the rows a call changed: what kind of rows, which columns, how many,
// in the office manager's words (words.ts): "changed town and phone; added 1 role". Values never reach
// here (capture.ts notes only names), so nothing personal can be summarised by mistake.
import type { AuditAction } from '../../../shared/contract/audit';
import { NAMED_KEY_TABLES, type ChangeOp, type RowChange } from './capture';
import { columnWords, listWords, settingWords, tableNoun } from './words';

/** Columns every save touches, or that follow from another one (the instants of a session's times): they say nothing of their own. */
const BOOKKEEPING = new Set(['updated_at', 'created_at', 'start_utc_ms', 'end_utc_ms']);
export const MAX_SUMMARY = 1000;
export const NOTHING_CHANGED = 'saved with no changes';

interface TableChanges { added: Set<string>; removed: Set<string>; changed: Map<string, Set<string>> }

function byTable(changes: RowChange[]): Map<string, TableChanges> {
  const tables = new Map<string, TableChanges>();
  for (const c of changes) {
    let t = tables.get(c.table);
    if (!t) tables.set(c.table, (t = { added: new Set(), removed: new Set(), changed: new Map() }));
    if (c.op === 'insert') t.added.add(c.key);
    else if (c.op === 'delete') t.removed.add(c.key);
    else {
      const columns = c.columns.filter((col) => !BOOKKEEPING.has(col));
      if (columns.length === 0) continue;
      const seen = t.changed.get(c.key) ?? new Set<string>();
      for (const col of columns) seen.add(col);
      t.changed.set(c.key, seen);
    }
  }
  return tables;
}

/** What happened to one table's rows: phrases of change, and the rows added and removed ("2 roles"). */
interface Described { changed: string[]; added: string; removed: string }

function describeTable(table: string, t: TableChanges, isRecordTable: boolean): Described {
  // A row added and changed in the same call was simply added with those values.
  for (const key of t.added) t.changed.delete(key);
  if (NAMED_KEY_TABLES[table]) {
    // Settings are named by their key (a setting's name, never a value): "changed auto-lock time".
    const said = (verb: string, keys: Iterable<string>) => {
      const names = [...keys].map(settingWords);
      return names.length ? [`${verb} ${listWords(names)}`] : [];
    };
    return { changed: [...said('changed', t.changed.keys()), ...said('set', t.added), ...said('cleared', t.removed)], added: '', removed: '' };
  }
  const changed: string[] = [];
  if (t.changed.size > 0) {
    const columns = listWords([...new Set([...t.changed.values()].flatMap((s) => [...s]))].map(columnWords));
    // The entry names its record already: a change to that one row needs no more words.
    changed.push(isRecordTable && t.changed.size === 1 ? `changed ${columns}` : `changed ${columns} on ${tableNoun(table, t.changed.size)}`);
  }
  return { changed, added: t.added.size ? tableNoun(table, t.added.size) : '', removed: t.removed.size ? tableNoun(table, t.removed.size) : '' };
}

/**
 * The changes without the rows a call removed and wrote again unchanged (a list saved whole): each removed
 * row cancels one added row of the same table with the same fingerprint.
 */
export function netChanges(changes: RowChange[]): RowChange[] {
  const pairOf = (c: RowChange) => `${c.table}\u0000${c.fingerprint}`;
  const tally = (op: ChangeOp) => {
    const counts = new Map<string, number>();
    for (const c of changes) if (c.op === op) counts.set(pairOf(c), (counts.get(pairOf(c)) ?? 0) + 1);
    return counts;
  };
  const added = tally('insert');
  const removed = tally('delete');
  const paired = new Map([...removed].map(([pair, n]) => [pair, Math.min(n, added.get(pair) ?? 0)]));
  const drop = { insert: new Map(paired), delete: new Map(paired) };
  return changes.filter((c) => {
    if (c.op === 'update') return true;
    const left = drop[c.op].get(pairOf(c)) ?? 0;
    if (left === 0) return true;
    drop[c.op].set(pairOf(c), left - 1);
    return false;
  });
}

/**
 * The summary of the changes: the channel's own words, the changes to the record's own table, then the
 * rest, with the rows added and removed said together ("added 1 member record and 1 role"). When that
 * would be very long, it is said a table at a time and cut at a table's end.
 */
export function summarise(changes: RowChange[], note = '', recordTable?: string): string {
  const tables = [...byTable(changes)].sort(([a], [b]) => Number(b === recordTable) - Number(a === recordTable));
  const described = tables.map(([table, t]) => describeTable(table, t, table === recordTable));
  const added = described.map((d) => d.added).filter(Boolean);
  const removed = described.map((d) => d.removed).filter(Boolean);
  const together = [note, ...described.flatMap((d) => d.changed), added.length ? `added ${listWords(added)}` : '', removed.length ? `removed ${listWords(removed)}` : ''].filter(Boolean);
  if (together.length === 0) return NOTHING_CHANGED;
  if (together.join('; ').length <= MAX_SUMMARY - 20) return together.join('; ');
  const parts = [note, ...described.flatMap((d) => [...d.changed, d.added && `added ${d.added}`, d.removed && `removed ${d.removed}`])].filter(Boolean);
  let summary = '';
  for (const [i, part] of parts.entries()) {
    const next = summary ? `${summary}; ${part}` : part;
    if (next.length > MAX_SUMMARY - 20) return summary ? `${summary}; and ${parts.length - i} more` : part.slice(0, MAX_SUMMARY);
    summary = next;
  }
  return summary;
}

/** A save's action from what happened to its record's table: it gained a row, only lost one, or changed. */
export function actionFor(action: AuditAction | 'create-or-change', table: string | undefined, changes: RowChange[]): AuditAction {
  if (action !== 'create-or-change') return action;
  const own = changes.filter((c) => c.table === table);
  if (own.some((c) => c.op === 'insert')) return 'create';
  if (own.length > 0 && own.every((c) => c.op === 'delete')) return 'delete';
  return 'change';
}

/** The record's number: named by the call, else the row its table gained (or changed) first. */
export function recordIdFor(named: string | number | undefined, table: string | undefined, changes: RowChange[]): string {
  if (named !== undefined && named !== '') return String(named);
  if (!table) return '';
  const own = changes.filter((c) => c.table === table);
  return (own.find((c) => c.op === 'insert') ?? own[0])?.key ?? '';
}
