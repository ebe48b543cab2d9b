// The rota: places, pay elements and sessions.
// Part of the schema (./index.ts lists every part); `npm run db:generate` reads them all.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';

/**
 * Where sessions happen: hospital wards, group venues, the office. A ward's sessions record counts of
 * people supported, never a name or a note. Places are retired (inactive), never deleted once used.
 */
export const places = sqliteTable(
  'places',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(), // 'Oaklands Ward'
    site: text('site').notNull().default(''), // the hospital or building, 'Meadowfield Hospital'
    kind: text('kind', { enum: ['ward', 'group-venue', 'office', 'other'] }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    uniqueIndex('places_site_name_unique').on(t.site, t.name),
    check('places_kind_check', sql`${t.kind} in ('ward', 'group-venue', 'office', 'other')`),
  ],
);

/**
 * Pay elements: what a line on the payslip is for. Those of kind 'hours' are the activities a session is
 * booked as; 'mileage', 'holiday-accrued' and 'rolled-up-holiday' are made by the payroll calculation.
 * Each carries its code in Sage 50 and BrightPay (set in Settings) so files leave without retyping.
 */
export const payElements = sqliteTable(
  'pay_elements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['hours', 'mileage', 'holiday-accrued', 'rolled-up-holiday', 'ssp-days'] }).notNull(),
    sageCode: text('sage_code').notNull().default(''), // Sage's payment reference number, as text
    brightpayCode: text('brightpay_code').notNull().default(''),
    position: integer('position').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    uniqueIndex('pay_elements_name_unique').on(t.name),
    check('pay_elements_kind_check', sql`${t.kind} in ('hours', 'mileage', 'holiday-accrued', 'rolled-up-holiday', 'ssp-days')`),
  ],
);

/**
 * Sessions (shifts) on the rota. Times are wall-clock in England; worked minutes and the UTC instants are
 * computed once on save by shared/domain/pay/shift.ts (clock changes) and stored for the overlap and
 * payroll queries. Ward sessions hold counts of people supported, never who they were.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id').notNull().references(() => staff.id),
    date: text('date').notNull(),
    startMinutes: integer('start_minutes').notNull(),
    endMinutes: integer('end_minutes').notNull(),
    breakMinutes: integer('break_minutes').notNull().default(0),
    workedMinutes: integer('worked_minutes').notNull(),
    startUtcMs: integer('start_utc_ms').notNull(),
    endUtcMs: integer('end_utc_ms').notNull(),
    placeId: integer('place_id').notNull().references(() => places.id),
    elementId: integer('element_id').notNull().references(() => payElements.id),
    status: text('status', { enum: ['planned', 'worked', 'cancelled'] }).notNull(),
    cancelledAt: text('cancelled_at').notNull().default(''), // when notice was given, 'YYYY-MM-DDTHH:MM'
    offeredAt: text('offered_at').notNull().default(''), // when the session was offered, 'YYYY-MM-DDTHH:MM'
    milesTenths: integer('miles_tenths').notNull().default(0),
    supportedOneToOne: integer('supported_one_to_one'), // ward sessions only: counts, never names
    supportedInGroups: integer('supported_in_groups'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('sessions_date_idx').on(t.date),
    index('sessions_staff_date_idx').on(t.staffId, t.date),
    index('sessions_place_date_idx').on(t.placeId, t.date),
    check('sessions_status_check', sql`${t.status} in ('planned', 'worked', 'cancelled')`),
    check('sessions_minutes_check', sql`${t.workedMinutes} > 0 AND ${t.breakMinutes} >= 0 AND ${t.milesTenths} >= 0`),
    check('sessions_counts_check', sql`coalesce(${t.supportedOneToOne}, 0) >= 0 AND coalesce(${t.supportedInGroups}, 0) >= 0`),
  ],
);
