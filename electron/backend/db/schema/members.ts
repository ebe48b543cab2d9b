// The membership register: one person, many roles.
// Part of the schema (./index.ts lists every part); `npm run db:generate` reads them all.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** One row per person, whatever roles they hold: a member who becomes a peer supporter stays one person. */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberNumber: integer('member_number').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    preferredName: text('preferred_name').notNull().default(''),
    pronouns: text('pronouns').notNull().default(''),
    dateOfBirth: text('date_of_birth').notNull().default(''),
    addressLine1: text('address_line1').notNull().default(''),
    addressLine2: text('address_line2').notNull().default(''),
    town: text('town').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    locality: text('locality').notNull().default(''),
    joinedOn: text('joined_on').notNull(),
    leftOn: text('left_on').notNull().default(''),
    status: text('status', { enum: ['active', 'lapsed', 'left'] }).notNull(),
    contactMethods: text('contact_methods').notNull().default(''), // comma-separated CONTACT_METHODS
    contactConsent: integer('contact_consent', { mode: 'boolean' }).notNull().default(false),
    contactConsentOn: text('contact_consent_on').notNull().default(''),
    emergencyContactName: text('emergency_contact_name').notNull().default(''),
    emergencyContactPhone: text('emergency_contact_phone').notNull().default(''),
    emergencyContactRelationship: text('emergency_contact_relationship').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('people_member_number_unique').on(t.memberNumber),
    index('people_name_idx').on(t.lastName, t.firstName),
    check('people_status_check', sql`${t.status} in ('active', 'lapsed', 'left')`),
  ],
);

/** Roles over time: a spell as a volunteer, then as a peer supporter, then as a trustee. */
export const personRoles = sqliteTable(
  'person_roles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['member', 'peer supporter', 'volunteer', 'trustee', 'staff'] }).notNull(),
    startedOn: text('started_on').notNull(),
    endedOn: text('ended_on').notNull().default(''),
  },
  (t) => [index('person_roles_person_idx').on(t.personId)],
);

/** What a person is involved in (groups, training, campaigns...), by the list entry's name. */
export const personInvolvements = sqliteTable(
  'person_involvements',
  {
    personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.name] })],
);
