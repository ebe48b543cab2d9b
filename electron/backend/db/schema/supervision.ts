// Probation, supervision and the county-wide support sessions.
// Part of the schema (./index.ts lists every part); `npm run db:generate` reads them all.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { places } from './rota';
import { staff } from './staff';

/**
 * Who supervises each member of staff, and how often once probation is over. One row per staff record,
 * made with it. The supervisor is another member of staff (often a peer); null until one is named.
 */
export const supervisionArrangements = sqliteTable(
  'supervision_arrangements',
  {
    staffId: integer('staff_id').primaryKey().references(() => staff.id),
    supervisorStaffId: integer('supervisor_staff_id').references(() => staff.id),
    cadenceWeeks: integer('cadence_weeks'), // after probation; null: as required
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('supervision_arrangements_not_self', sql`${t.supervisorStaffId} IS NULL OR ${t.supervisorStaffId} <> ${t.staffId}`),
    check('supervision_arrangements_cadence', sql`${t.cadenceWeeks} IS NULL OR (${t.cadenceWeeks} BETWEEN 1 AND 52)`),
  ],
);

/**
 * Supervision meetings, planned by the probation plan (plan_item) or booked by hand (plan_item ''). A
 * reschedule never edits a date in place: the old row becomes 'rescheduled' and a new row points back
 * to it, so the history shows what was planned and what happened. No notes: nothing clinical, nothing
 * about inpatients; what was agreed lives in supervision_actions as short lines.
 */
export const supervisions = sqliteTable(
  'supervisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    superviseeStaffId: integer('supervisee_staff_id').notNull().references(() => staff.id),
    supervisorStaffId: integer('supervisor_staff_id').references(() => staff.id), // null: not named yet
    type: text('type', { enum: ['one-to-one', 'reflective', 'group'] }).notNull(),
    planItem: text('plan_item', { enum: ['', 'supervision', 'mid-point-review', 'final-review'] }).notNull().default(''),
    plannedOn: text('planned_on').notNull(),
    startMinutes: integer('start_minutes'), // time of day in England, when one is set
    status: text('status', { enum: ['planned', 'held', 'cancelled', 'missed', 'rescheduled'] }).notNull(),
    heldOn: text('held_on').notNull().default(''),
    outcome: text('outcome').notNull().default(''), // reviews only: REVIEW_OUTCOMES
    rescheduledFromId: integer('rescheduled_from_id'), // the row this one replaced
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('supervisions_supervisee_idx').on(t.superviseeStaffId, t.plannedOn),
    index('supervisions_supervisor_idx').on(t.supervisorStaffId, t.plannedOn),
    index('supervisions_planned_idx').on(t.plannedOn),
    check('supervisions_status_check', sql`${t.status} in ('planned', 'held', 'cancelled', 'missed', 'rescheduled')`),
    check('supervisions_type_check', sql`${t.type} in ('one-to-one', 'reflective', 'group')`),
    check('supervisions_plan_item_check', sql`${t.planItem} in ('', 'supervision', 'mid-point-review', 'final-review')`),
    check('supervisions_held_check', sql`(${t.status} = 'held') = (${t.heldOn} <> '')`),
    check('supervisions_not_self', sql`${t.supervisorStaffId} IS NULL OR ${t.supervisorStaffId} <> ${t.superviseeStaffId}`),
  ],
);

/** Agreed actions: a short line each, raised at one supervision and carried to the next until done. */
export const supervisionActions = sqliteTable(
  'supervision_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    superviseeStaffId: integer('supervisee_staff_id').notNull().references(() => staff.id),
    raisedInId: integer('raised_in_id').notNull().references(() => supervisions.id),
    text: text('text').notNull(),
    doneInId: integer('done_in_id').references(() => supervisions.id), // null: still open, carried forward
  },
  (t) => [index('supervision_actions_supervisee_idx').on(t.superviseeStaffId)],
);

/** Probation decisions: extended (with the dates and why), confirmed, or ended. Never edited. */
export const probationEvents = sqliteTable(
  'probation_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id').notNull().references(() => staff.id),
    kind: text('kind', { enum: ['extended', 'confirmed', 'ended'] }).notNull(),
    onDate: text('on_date').notNull(), // the day it was decided
    previousEndDate: text('previous_end_date').notNull().default(''), // extensions
    newEndDate: text('new_end_date').notNull().default(''), // extensions: the new end; ended: the last day of employment
    reason: text('reason').notNull().default(''),
    by: text('by').notNull(), // the name the person gave
    recordedAt: text('recorded_at').notNull(), // ISO 8601 UTC
  },
  (t) => [
    index('probation_events_staff_idx').on(t.staffId),
    check('probation_events_kind_check', sql`${t.kind} in ('extended', 'confirmed', 'ended')`),
  ],
);

/** The county-wide support-and-training sessions (four a year): when, where and the theme. */
export const supportSessions = sqliteTable(
  'support_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    date: text('date').notNull(),
    startMinutes: integer('start_minutes').notNull(),
    endMinutes: integer('end_minutes').notNull(),
    placeId: integer('place_id').notNull().references(() => places.id),
    theme: text('theme').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('support_sessions_date_idx').on(t.date), check('support_sessions_times_check', sql`${t.endMinutes} > ${t.startMinutes}`)],
);

/** Who was invited to a support session and whether they came. */
export const supportAttendance = sqliteTable(
  'support_attendance',
  {
    supportSessionId: integer('support_session_id').notNull().references(() => supportSessions.id, { onDelete: 'cascade' }),
    staffId: integer('staff_id').notNull().references(() => staff.id),
    status: text('status', { enum: ['invited', 'attended', 'apologies', 'did-not-attend'] }).notNull(),
    invitedOn: text('invited_on').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.supportSessionId, t.staffId] }),
    index('support_attendance_staff_idx').on(t.staffId),
    check('support_attendance_status_check', sql`${t.status} in ('invited', 'attended', 'apologies', 'did-not-attend')`),
  ],
);
