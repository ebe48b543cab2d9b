// Figures the law changes (minimum wage, permitted-work limits, SSP) are kept as dated rows: a value and
// the day it takes effect. A rise from 1 April must not rewrite March, so every rule asks for the row
// in force on the day in question rather than "the current rate".
import { formatUkDate, isIsoDate } from '../dates';

/** One row of a dated table: the values hold from `from` ('YYYY-MM-DD') until the next row's `from`. */
export interface Dated {
  from: string;
}

/**
 * The row in force on `date`: the latest `from` on or before it. Rows may come in any order; if two
 * share a `from`, the later one in the table wins (an edit appended after the shipped default).
 * undefined when the table starts after `date`.
 */
export function inForceOn<T extends Dated>(table: readonly T[], date: string): T | undefined {
  let best: T | undefined;
  for (const row of table) {
    // ISO dates compare correctly as strings.
    if (row.from <= date && (best === undefined || row.from >= best.from)) best = row;
  }
  return best;
}

export type InForce<T> = { ok: true; row: T } | { ok: false; message: string };

/** As inForceOn, with words for a person when nothing is set: `what` names the figure, e.g. "minimum wage". */
export function requireInForce<T extends Dated>(table: readonly T[], date: string, what: string): InForce<T> {
  const row = inForceOn(table, date);
  if (row) return { ok: true, row };
  return { ok: false, message: `No ${what} is set for ${formatUkDate(date)}. Add one that starts on or before that date in Settings, Pay and rates.` };
}

/** Problems with a table as the office edited it: bad dates and two rows starting the same day. */
export function datedTableProblems(table: readonly Dated[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const row of table) {
    if (!isIsoDate(row.from)) problems.push(`"${row.from}" is not a date. Enter it like 2026-04-01.`);
    else if (seen.has(row.from)) problems.push(`Two rows start on ${formatUkDate(row.from)}. Keep one.`);
    seen.add(row.from);
  }
  return problems;
}
