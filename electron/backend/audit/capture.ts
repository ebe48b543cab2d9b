// Which rows a call changed, and which of their columns, as SQLite itself saw it: temporary triggers on
// every table note each insert, update and delete in a temporary table (in memory: temp_store = MEMORY)
// with the table, the row's key and the NAMES of the columns whose value changed. Never a value: an
// added or removed row also gets a fingerprint (a hash of its values, kept only until the call ends), so
// that a list saved whole (old rows removed, the same rows written again) is not reported as changed.
//
// Seeing it in the database rather than asking each service means no service can forget to say, a
// cascade or a prompt made on the side is seen too, and the summary is what was written, not what was
// meant. The triggers live only on this connection and vanish when it closes.
import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/open';

export type ChangeOp = 'insert' | 'update' | 'delete';

export interface RowChange {
  table: string;
  op: ChangeOp;
  /** The row's key (its id, or the setting's name for office_settings). */
  key: string;
  /** Update only: the columns whose value changed. */
  columns: string[];
  /** Insert and delete only: a hash of the row's values (its own id left out), to pair a row removed and written again. */
  fingerprint: string;
}

/** Tables whose every row is recorded elsewhere or is not the office's data. */
const NOT_CAPTURED = new Set(['audit_log', '__drizzle_migrations']);
/** Tables keyed by a name that is not a personal value, which the summary may show. */
export const NAMED_KEY_TABLES: Readonly<Record<string, string>> = { office_settings: 'key' };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FINGERPRINT = 'audit_fingerprint';

/** A hash of a row's values: equal rows, equal hashes; the values themselves go nowhere. */
function fingerprintOf(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const v of values) hash.update(`${typeof v}:${Buffer.isBuffer(v) ? v.toString('base64') : String(v)}\u0000`);
  return hash.digest('base64').slice(0, 22);
}

const installed = new WeakSet<Sqlite>();

interface ColumnInfo { name: string; type: string; pk: number }

function keyExpression(table: string, columns: ColumnInfo[], row: 'NEW' | 'OLD'): string {
  const named = NAMED_KEY_TABLES[table];
  if (named) return `${row}."${named}"`;
  const pk = columns.filter((c) => c.pk > 0);
  // A single integer primary key is the rowid itself; anything else (a pair of columns) goes by rowid.
  return pk.length === 1 && pk[0]!.type.toUpperCase() === 'INTEGER' ? `${row}."${pk[0]!.name}"` : `${row}.rowid`;
}

function triggersFor(sqlite: Sqlite, table: string): string[] {
  const columns = sqlite.prepare(`SELECT name, type, pk FROM pragma_table_info(?, 'main')`).all(table) as ColumnInfo[];
  for (const c of columns) {
    // Names come from our own schema; anything else would be spliced into SQL, so it stops here.
    if (!IDENTIFIER.test(c.name)) throw new Error(`audit capture: unexpected column name in ${table}`);
  }
  const changed = columns
    .map((c) => `(CASE WHEN OLD."${c.name}" IS NOT NEW."${c.name}" THEN ',${c.name}' ELSE '' END)`)
    .join(' || ');
  // The row's own id differs each time it is written again, so it is left out of the fingerprint.
  const pk = columns.filter((c) => c.pk > 0);
  const valued = pk.length === 1 && pk[0]!.type.toUpperCase() === 'INTEGER' ? columns.filter((c) => c !== pk[0]) : columns;
  const fingerprint = (row: 'NEW' | 'OLD') => (valued.length ? `${FINGERPRINT}(${valued.map((c) => `${row}."${c.name}"`).join(', ')})` : "''");
  const note = (op: ChangeOp, key: string, cols: string, fp: string) =>
    `INSERT INTO temp.audit_changes (tbl, op, row_key, cols, fp) VALUES ('${table}', '${op}', ${key}, ${cols}, ${fp});`;
  return [
    `CREATE TEMP TRIGGER IF NOT EXISTS "audit_capture_${table}_insert" AFTER INSERT ON main."${table}" BEGIN ${note('insert', keyExpression(table, columns, 'NEW'), "''", fingerprint('NEW'))} END`,
    `CREATE TEMP TRIGGER IF NOT EXISTS "audit_capture_${table}_update" AFTER UPDATE ON main."${table}" BEGIN ${note('update', keyExpression(table, columns, 'NEW'), changed || "''", "''")} END`,
    `CREATE TEMP TRIGGER IF NOT EXISTS "audit_capture_${table}_delete" AFTER DELETE ON main."${table}" BEGIN ${note('delete', keyExpression(table, columns, 'OLD'), "''", fingerprint('OLD'))} END`,
  ];
}

/**
 * Puts the capture triggers on this connection, once. Run outside any transaction: triggers made inside
 * one that then rolled back would be gone while this still counted them as installed.
 */
export function ensureCapture(sqlite: Sqlite): void {
  if (installed.has(sqlite)) return;
  sqlite.function(FINGERPRINT, { varargs: true, deterministic: true }, fingerprintOf);
  const statements = ['CREATE TEMP TABLE IF NOT EXISTS audit_changes (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, row_key TEXT, cols TEXT NOT NULL, fp TEXT NOT NULL)'];
  const tables = sqlite.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  for (const table of tables) {
    if (NOT_CAPTURED.has(table)) continue;
    if (!IDENTIFIER.test(table)) throw new Error('audit capture: unexpected table name');
    statements.push(...triggersFor(sqlite, table));
  }
  sqlite.transaction(() => {
    for (const s of statements) sqlite.exec(s);
  })();
  installed.add(sqlite);
}

/** Forgets changes noted so far (by calls that are not recorded, like the unlock's own upkeep). */
export function clearChanges(sqlite: Sqlite): void {
  sqlite.exec('DELETE FROM temp.audit_changes');
}

/** The changes noted since the last clear, in the order they happened, and clears them. */
export function takeChanges(sqlite: Sqlite): RowChange[] {
  const rows = sqlite.prepare('SELECT tbl, op, row_key AS key, cols, fp FROM temp.audit_changes ORDER BY seq').all() as { tbl: string; op: ChangeOp; key: string | number | null; cols: string; fp: string }[];
  clearChanges(sqlite);
  return rows.map((r) => ({ table: r.tbl, op: r.op, key: r.key === null ? '' : String(r.key), columns: r.cols.split(',').filter(Boolean), fingerprint: r.fp }));
}
