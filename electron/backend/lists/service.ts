// The office's editable lists (localities, kinds of involvement, job roles) and its settings.
import { asc, eq } from 'drizzle-orm';
import type { ListKind, OfficeSettings } from '../../../shared/contract/office';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { listItems, officeSettings } from '../db/schema';

export type { ListKind };

export const readList = (db: Db, kind: ListKind): string[] =>
  db.select({ name: listItems.name }).from(listItems).where(eq(listItems.kind, kind)).orderBy(asc(listItems.position)).all().map((r) => r.name);

/** Replaces a list whole. People keep what they had: a renamed entry stays on their record as it was. */
export function replaceList(ctx: OfficeContext, kind: ListKind, items: string[]): void {
  ctx.sqlite.transaction(() => {
    ctx.db.delete(listItems).where(eq(listItems.kind, kind)).run();
    if (items.length) ctx.db.insert(listItems).values(items.map((name, position) => ({ kind, name, position }))).run();
  })();
}

/**
 * Keys of the supervision settings (supervision/settings.ts reads and writes them). Numbers are stored
 * as text; the cadence is stored as '' for "as required".
 */
export const SUPERVISION_SETTING_KEYS = {
  probationIntervalMonths: 'probationIntervalMonths',
  defaultCadenceWeeks: 'defaultCadenceWeeks',
  probationNoticeDays: 'probationNoticeDays',
} as const;

export function readSetting(db: Db, key: string): string | null {
  return db.select().from(officeSettings).where(eq(officeSettings.key, key)).get()?.value ?? null;
}

export function writeSetting(ctx: OfficeContext, key: string, value: string): void {
  ctx.db.insert(officeSettings).values({ key, value }).onConflictDoUpdate({ target: officeSettings.key, set: { value } }).run();
}

export function officeSettingsOf(ctx: OfficeContext, databasePath: string): OfficeSettings {
  return {
    officeName: readSetting(ctx.db, 'officeName') ?? '',
    isDemo: readSetting(ctx.db, 'isDemo') === 'yes',
    databasePath,
    localities: readList(ctx.db, 'localities'),
    involvements: readList(ctx.db, 'involvements'),
    jobRoles: readList(ctx.db, 'jobRoles'),
    adviceServices: readList(ctx.db, 'adviceServices'),
  };
}
