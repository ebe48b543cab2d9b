// Benefits-advice referrals, their attachments and prompts.
// Part of the schema (./index.ts lists every part); `npm run db:generate` reads them all.
import { sql } from 'drizzle-orm';
import { blob, check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { people } from './members';
import { staff } from './staff';

/**
 * Benefits-advice referrals, for anyone on the register (staff or member). Consent to share is recorded
 * with its date; a statement of hours and earnings can be attached only with it.
 */
export const referrals = sqliteTable(
  'referrals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id),
    referredOn: text('referred_on').notNull(), // the date the referral was opened
    service: text('service').notNull(), // from the editable list 'adviceServices'
    reason: text('reason', { enum: ['starting-work', 'change-in-hours', 'permitted-work', 'universal-credit', 'pip', 'other'] }).notNull(),
    consentToShare: integer('consent_to_share', { mode: 'boolean' }).notNull().default(false),
    consentOn: text('consent_on').notNull().default(''),
    status: text('status', { enum: ['to-refer', 'referred', 'appointment-booked', 'advice-given', 'closed'] }).notNull(),
    followUpOn: text('follow_up_on').notNull().default(''),
    outcome: text('outcome').notNull().default(''), // in a line
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('referrals_person_idx').on(t.personId),
    index('referrals_status_idx').on(t.status, t.followUpOn),
    check('referrals_consent_check', sql`(${t.consentToShare} = 1) = (${t.consentOn} <> '')`),
    check('referrals_status_check', sql`${t.status} in ('to-refer', 'referred', 'appointment-booked', 'advice-given', 'closed')`),
    check('referrals_reason_check', sql`${t.reason} in ('starting-work', 'change-in-hours', 'permitted-work', 'universal-credit', 'pip', 'other')`),
  ],
);

/** A weekly hours and earnings statement attached to a referral (the workbook's bytes, in the encrypted file). */
export const referralAttachments = sqliteTable(
  'referral_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    referralId: integer('referral_id').notNull().references(() => referrals.id, { onDelete: 'cascade' }),
    staffId: integer('staff_id').notNull().references(() => staff.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    fileName: text('file_name').notNull(),
    content: blob('content', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('referral_attachments_referral_idx').on(t.referralId)],
);

/**
 * Changes that should prompt a benefits-advice referral and are not visible afterwards: contracted hours
 * or a pay rate changed for someone on benefits. Written by the staff service when it happens; open until
 * a referral answers it or the office dismisses it.
 */
export const referralPrompts = sqliteTable(
  'referral_prompts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id').notNull().references(() => staff.id),
    kind: text('kind', { enum: ['hours-changed', 'rate-changed'] }).notNull(),
    onDate: text('on_date').notNull(), // the day the change takes effect
    detail: text('detail').notNull(), // "from 12 to 16 hours a week", "from £12.71 to £13.20 an hour"
    status: text('status', { enum: ['open', 'referred', 'dismissed'] }).notNull().default('open'),
    referralId: integer('referral_id').references(() => referrals.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('referral_prompts_staff_idx').on(t.staffId),
    check('referral_prompts_kind_check', sql`${t.kind} in ('hours-changed', 'rate-changed')`),
    check('referral_prompts_status_check', sql`${t.status} in ('open', 'referred', 'dismissed')`),
  ],
);
