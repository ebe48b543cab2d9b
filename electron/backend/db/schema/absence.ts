// Absence, reasonable adjustments and wellbeing check-ins.
// Part of the schema (./index.ts lists every part); `npm run db:generate` reads them all.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';

/**
 * Kinds of absence, editable by the office. Sickness kinds count towards SSP, fit notes and the Bradford
 * factor; a disability-related kind is recorded apart, so a person's adjustment can leave it out of their
 * figures or give it higher review points (Equality Act 2010 s.15, ss.20-21). Retired, never deleted.
 */
export const absenceTypes = sqliteTable(
  'absence_types',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    isSickness: integer('is_sickness', { mode: 'boolean' }).notNull().default(false),
    isDisabilityRelated: integer('is_disability_related', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    uniqueIndex('absence_types_name_unique').on(t.name),
    check('absence_types_disability_is_sickness', sql`${t.isDisabilityRelated} = 0 OR ${t.isSickness} = 1`),
  ],
);

/**
 * Absences of staff: a spell from its first day to its last ('' while they are still off). No diagnosis:
 * the reason is an optional line in plain words ("unwell", "caring for a parent"). A part day is a
 * single-day absence of some hours. The return-to-work conversation is chased until held.
 */
export const absences = sqliteTable(
  'absences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id').notNull().references(() => staff.id),
    typeId: integer('type_id').notNull().references(() => absenceTypes.id),
    firstDay: text('first_day').notNull(),
    lastDay: text('last_day').notNull().default(''), // '' while still off
    partDayMinutes: integer('part_day_minutes'), // a single-day absence of this many minutes; null: whole days
    reportedBy: text('reported_by').notNull().default(''), // who told the office (a name, or "themselves")
    reportedAt: text('reported_at').notNull().default(''), // 'YYYY-MM-DDTHH:MM', local time in England
    certification: text('certification', { enum: ['self', 'fit-note'] }).notNull().default('self'),
    fitNoteFrom: text('fit_note_from').notNull().default(''),
    fitNoteTo: text('fit_note_to').notNull().default(''),
    returnedOn: text('returned_on').notNull().default(''), // first day back at work
    reason: text('reason').notNull().default(''),
    rtwHeldOn: text('rtw_held_on').notNull().default(''), // the return-to-work conversation
    rtwBy: text('rtw_by').notNull().default(''),
    rtwSupport: text('rtw_support').notNull().default(''), // support agreed, in a line or two
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('absences_staff_idx').on(t.staffId, t.firstDay),
    index('absences_first_day_idx').on(t.firstDay),
    check('absences_dates_check', sql`${t.lastDay} = '' OR ${t.lastDay} >= ${t.firstDay}`),
    check('absences_part_day_check', sql`${t.partDayMinutes} IS NULL OR (${t.partDayMinutes} > 0 AND ${t.lastDay} = ${t.firstDay})`),
    check('absences_certification_check', sql`${t.certification} in ('self', 'fit-note')`),
  ],
);

/**
 * A person's reasonable adjustment to how absence is counted: disability-related absence left out of
 * their figures, and/or their own review points (JSON array of numbers; '' means the office's).
 */
export const absenceAdjustments = sqliteTable('absence_adjustments', {
  staffId: integer('staff_id').primaryKey().references(() => staff.id),
  leaveOutDisabilityRelated: integer('leave_out_disability_related', { mode: 'boolean' }).notNull().default(false),
  reviewPoints: text('review_points').notNull().default(''),
  updatedAt: text('updated_at').notNull(),
});

/** Made when someone's Bradford factor reaches a review point: an offer of support, never a warning. */
export const wellbeingCheckins = sqliteTable(
  'wellbeing_checkins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id').notNull().references(() => staff.id),
    reviewPoint: integer('review_point').notNull(),
    reachedOn: text('reached_on').notNull(),
    score: integer('score').notNull(),
    status: text('status', { enum: ['to-do', 'held', 'declined', 'not-needed'] }).notNull().default('to-do'),
    heldOn: text('held_on').notNull().default(''),
    heldBy: text('held_by').notNull().default(''),
    supportAgreed: text('support_agreed').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('wellbeing_checkins_staff_idx').on(t.staffId, t.reachedOn),
    check('wellbeing_checkins_status_check', sql`${t.status} in ('to-do', 'held', 'declined', 'not-needed')`),
  ],
);
