// The office database's tables. Change this file, then `npm run db:generate` writes a numbered
// migration; landed migrations are never edited.
import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Small key/value settings for the office as a whole (its name, whether it is a demo). */
export const officeSettings = sqliteTable('office_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

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
