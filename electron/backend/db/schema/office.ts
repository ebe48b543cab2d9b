// Office-wide settings, the editable lists and the dated figures the law changes.
// Part of the schema (./index.ts lists every part); `npm run db:generate` reads them all.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Small key/value settings for the office as a whole (its name, whether it is a demo). */
export const officeSettings = sqliteTable('office_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** The office's editable lists: localities across West Sussex, kinds of involvement, job roles. */
export const listItems = sqliteTable(
  'list_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['localities', 'involvements', 'jobRoles', 'adviceServices'] }).notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('list_items_kind_name_unique').on(t.kind, t.name)],
);

/**
 * Figures the law changes, by the day they take effect: `values_json` holds the pure rules' table row
 * without `from` (shared/contract/dated-settings.ts). The column avoids the name `values`, an SQL keyword.
 */
export const datedSettings = sqliteTable(
  'dated_settings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['minimum-wage', 'permitted-work', 'ssp', 'holiday', 'mileage'] }).notNull(),
    effectiveFrom: text('effective_from').notNull(),
    values: text('values_json').notNull(),
  },
  (t) => [
    uniqueIndex('dated_settings_kind_from_unique').on(t.kind, t.effectiveFrom),
    check('dated_settings_kind_check', sql`${t.kind} in ('minimum-wage', 'permitted-work', 'ssp', 'holiday', 'mileage')`),
  ],
);
