// Pay periods, their approved figures and what happened to them.
// Part of the schema (./index.ts lists every part); `npm run db:generate` reads them all.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Pay periods that have left draft. A period with no row is a draft; approving writes the row with the
 * figures approved, exporting moves it on, reopening puts it back to draft. The dates are kept as
 * approved, so a later change of pay schedule cannot move a period that was paid.
 */
export const payPeriods = sqliteTable(
  'pay_periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    payDate: text('pay_date').notNull(),
    status: text('status', { enum: ['draft', 'approved', 'exported'] }).notNull(),
    // The summary lines (PayrollModel.lines, JSON) as approved: exports are written from these, so a
    // later change to a holiday scheme or a dated figure cannot alter pay already approved. '' in draft.
    approvedLines: text('approved_lines').notNull().default(''),
  },
  (t) => [
    uniqueIndex('pay_periods_key_unique').on(t.key),
    index('pay_periods_dates_idx').on(t.startDate, t.endDate),
    check('pay_periods_status_check', sql`${t.status} in ('draft', 'approved', 'exported')`),
  ],
);

/** Every approval, export and reopening of a period: who, when, and for a reopening, why. Never edited. */
export const payPeriodEvents = sqliteTable(
  'pay_period_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    periodId: integer('period_id').notNull().references(() => payPeriods.id),
    action: text('action', { enum: ['approved', 'exported', 'reopened'] }).notNull(),
    at: text('at').notNull(), // ISO 8601 UTC
    by: text('by').notNull(), // the name the person gave
    detail: text('detail').notNull().default(''), // the reason for a reopening, the format of an export
  },
  (t) => [
    index('pay_period_events_period_idx').on(t.periodId),
    check('pay_period_events_action_check', sql`${t.action} in ('approved', 'exported', 'reopened')`),
  ],
);
