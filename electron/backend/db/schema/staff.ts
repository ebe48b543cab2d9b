// Staff records: contracts, dated pay rates, benefit status and DBS checks.
// Part of the schema (./index.ts lists every part); `npm run db:generate` reads them all.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { people } from './members';

/**
 * A person's employment: one staff record per person. No cascade from people: a person with a staff
 * record keeps it (pay history must be kept for years), so deleting them is refused.
 */
export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id),
    worksNumber: text('works_number').notNull(), // exactly as payroll has it
    niNumber: text('ni_number').notNull().default(''), // 'QQ123456C', no spaces, or ''
    jobRole: text('job_role').notNull(), // from the editable list 'jobRoles'
    contractType: text('contract_type', { enum: ['part-time', 'bank'] }).notNull(),
    weeklyMinutes: integer('weekly_minutes'), // part-time only; null for bank
    startDate: text('start_date').notNull(),
    probationEndDate: text('probation_end_date').notNull(),
    endDate: text('end_date').notNull().default(''),
    leavingReason: text('leaving_reason').notNull().default(''),
    holidayScheme: text('holiday_scheme', { enum: ['irregular', 'fixed'] }).notNull(),
    rolledUpHoliday: integer('rolled_up_holiday', { mode: 'boolean' }).notNull().default(false),
    ageBand: text('age_band', { enum: ['', '21-and-over', '18-20', 'under-18'] }).notNull().default(''), // when there is no date of birth
    apprenticeshipStartDate: text('apprenticeship_start_date').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('staff_person_unique').on(t.personId),
    uniqueIndex('staff_works_number_unique').on(t.worksNumber),
    uniqueIndex('staff_ni_number_unique').on(t.niNumber).where(sql`${t.niNumber} <> ''`),
    // `IS NOT NULL` outright: NULL > 0 is NULL, and a CHECK that comes out NULL passes.
    check('staff_contract_check', sql`(${t.contractType} = 'part-time' AND ${t.weeklyMinutes} IS NOT NULL AND ${t.weeklyMinutes} > 0) OR (${t.contractType} = 'bank' AND ${t.weeklyMinutes} IS NULL)`),
    check('staff_holiday_check', sql`${t.holidayScheme} in ('irregular', 'fixed') AND (${t.rolledUpHoliday} = 0 OR ${t.holidayScheme} = 'irregular')`),
    check('staff_age_band_check', sql`${t.ageBand} in ('', '21-and-over', '18-20', 'under-18')`),
  ],
);

/** Hourly rates by the day they take effect. A rise is a new row: earlier rows keep the months they covered. */
export const payRates = sqliteTable(
  'pay_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id').notNull().references(() => staff.id, { onDelete: 'cascade' }),
    effectiveFrom: text('effective_from').notNull(),
    hourlyPence: integer('hourly_pence').notNull(),
  },
  (t) => [uniqueIndex('pay_rates_staff_from_unique').on(t.staffId, t.effectiveFrom), check('pay_rates_positive_check', sql`${t.hourlyPence} > 0`)],
);

/** Whether someone works under permitted work or on Universal Credit, from which day. Sensitive. */
export const benefitStatuses = sqliteTable(
  'benefit_statuses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id').notNull().references(() => staff.id, { onDelete: 'cascade' }),
    fromDate: text('from_date').notNull(),
    kind: text('kind', { enum: ['none', 'permitted-work-lower', 'permitted-work-higher', 'permitted-work-supported', 'universal-credit'] }).notNull(),
  },
  (t) => [
    uniqueIndex('benefit_statuses_staff_from_unique').on(t.staffId, t.fromDate),
    check('benefit_statuses_kind_check', sql`${t.kind} in ('none', 'permitted-work-lower', 'permitted-work-higher', 'permitted-work-supported', 'universal-credit')`),
  ],
);

/** DBS checks: the facts of each certificate, never a copy of it. */
export const dbsChecks = sqliteTable(
  'dbs_checks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id').notNull().references(() => staff.id, { onDelete: 'cascade' }),
    level: text('level', { enum: ['basic', 'standard', 'enhanced', 'enhanced-barred'] }).notNull(),
    certificateNumber: text('certificate_number').notNull(), // 12 digits
    issuedOn: text('issued_on').notNull(),
    updateService: integer('update_service', { mode: 'boolean' }).notNull().default(false),
    renewalDueOn: text('renewal_due_on').notNull().default(''),
    lastStatusCheckOn: text('last_status_check_on').notNull().default(''),
  },
  (t) => [
    index('dbs_checks_staff_idx').on(t.staffId),
    check('dbs_checks_level_check', sql`${t.level} in ('basic', 'standard', 'enhanced', 'enhanced-barred')`),
  ],
);
