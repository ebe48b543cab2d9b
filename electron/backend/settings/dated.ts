// Dated settings: reading a kind's rows (for Settings, and as the table a pure rule takes) and adding one.
// Rows are added, never rewritten: a new minimum wage from 1 April leaves March judged by March's figure.
import { and, asc, eq } from 'drizzle-orm';
import {
  DATED_KIND_LABELS, datedValueSchemas, type AddDatedRate, type DatedKind, type DatedRuleRow, type DatedSettingRow,
} from '../../../shared/contract/dated-settings';
import { AppFailure } from '../../../shared/contract/result';
import { formatUkDate } from '../../../shared/domain/dates';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { datedSettings } from '../db/schema';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // reported below as a row that cannot be read
  }
}

/** A kind's rows, oldest first, with their values read back through the kind's schema. */
export function datedRows(db: Db, kind: DatedKind): DatedSettingRow[] {
  const rows = db.select().from(datedSettings).where(eq(datedSettings.kind, kind)).orderBy(asc(datedSettings.effectiveFrom)).all();
  return rows.map((r) => {
    // Stored by this code through the same schema; a row that no longer parses is a damaged database.
    const parsed = datedValueSchemas[kind].safeParse(parseJson(r.values));
    if (!parsed.success) throw new AppFailure('DAMAGED', `The ${DATED_KIND_LABELS[kind]} figures from ${formatUkDate(r.effectiveFrom)} cannot be read: the database may be damaged. Restore it from a backup.`);
    return { id: r.id, kind, effectiveFrom: r.effectiveFrom, values: parsed.data } as DatedSettingRow;
  });
}

/** A kind's rows as the pure rules in shared/domain/pay take them: values plus `from`. */
export const datedTable = <K extends DatedKind>(db: Db, kind: K): DatedRuleRow[K][] =>
  datedRows(db, kind).map((r) => ({ ...r.values, from: r.effectiveFrom }) as DatedRuleRow[K]);

/** Adds a row; a row already starting that day is refused (the shipped figures are never overwritten). */
export function addDatedRate(ctx: OfficeContext, input: AddDatedRate): DatedSettingRow[] {
  const { kind, effectiveFrom, values } = input;
  ctx.sqlite.transaction(() => {
    const clash = ctx.db.select({ id: datedSettings.id }).from(datedSettings)
      .where(and(eq(datedSettings.kind, kind), eq(datedSettings.effectiveFrom, effectiveFrom))).get();
    if (clash) {
      const message = `${DATED_KIND_LABELS[kind]} already has figures from ${formatUkDate(effectiveFrom)}. Choose another date for the change.`;
      throw new AppFailure('CONFLICT', message, { effectiveFrom: message });
    }
    ctx.db.insert(datedSettings).values({ kind, effectiveFrom, values: JSON.stringify(values) }).run();
  })();
  return datedRows(ctx.db, kind);
}
