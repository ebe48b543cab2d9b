// The words of an audit entry, from the rows a call changed: tables, column names and counts only.
// "people: changed phone, town; person roles: 1 added, 1 removed". Values never reach here (capture.ts
// notes only names), so nothing personal can be summarised by mistake.
import type { AuditAction } from '../../../shared/contract/audit';
import { NAMED_KEY_TABLES, type ChangeOp, type RowChange } from './capture';

/** Columns every save touches: they say nothing about what changed. */
const BOOKKEEPING = new Set(['updated_at']);
export const MAX_SUMMARY = 1000;

const words = (name: string) => name.replaceAll('_', ' ');

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

function describeTable(table: string, t: TableChanges): string | null {
  // A row added and changed in the same call was simply added with those values.
  for (const key of t.added) t.changed.delete(key);
  const parts: string[] = [];
  if (t.changed.size > 0) {
    const columns = [...new Set([...t.changed.values()].flatMap((s) => [...s]))].map(words).join(', ');
    const named = NAMED_KEY_TABLES[table];
    if (named) parts.push(`changed ${[...t.changed.keys()].join(', ')}`);
    else parts.push(t.changed.size === 1 ? `changed ${columns}` : `${t.changed.size} changed (${columns})`);
  }
  if (t.added.size > 0) parts.push(`${t.added.size} added`);
  if (t.removed.size > 0) parts.push(`${t.removed.size} removed`);
  return parts.length ? `${words(table)}: ${parts.join(', ')}` : null;
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

/** The summary of the changes: the channel's own words, the record's table, then the rest; cut at a table's end when very long. */
export function summarise(changes: RowChange[], note = '', recordTable?: string): string {
  const tables = [...byTable(changes)].sort(([a], [b]) => Number(b === recordTable) - Number(a === recordTable));
  const described = tables.map(([table, t]) => describeTable(table, t)).filter((d): d is string => d !== null);
  const parts = [note, ...described].filter(Boolean);
  if (parts.length === 0) return 'no fields changed';
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
