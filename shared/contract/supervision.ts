// Probation, supervision and the county-wide support sessions: input schemas and the shapes the screens
// and print pages get. Dates 'YYYY-MM-DD'; times of day minutes after midnight (wall clock in England).
// Nothing here has room for notes: supervision records what was planned, what happened and short agreed
// actions, never anything clinical and nothing about the inpatients peer supporters meet.
import { z } from 'zod';
import { isoDate, optionalText } from './members';

const id = (what: string) => z.number({ error: `Choose ${what}` }).int().positive(`Choose ${what}`);
const staffId = id('a member of staff');
const supervisionId = id('a supervision');
const minutesOfDay = (what: string) =>
  z.number({ error: `Enter ${what} as a 24-hour time, like 10:00` }).int(`Enter ${what} as a 24-hour time, like 10:00`)
    .min(0, `Enter ${what} as a 24-hour time, like 10:00`).max(1439, `Enter ${what} as a 24-hour time, like 10:00`);
/** The name of whoever records a decision: there are no user accounts, as with payroll approval. */
const byName = z.string({ error: 'Enter your name, so the record shows who decided' }).trim()
  .min(1, 'Enter your name, so the record shows who decided').max(80, 'Use 80 characters or fewer');
const reason = (what: string) => z.string({ error: `Enter ${what}` }).trim().min(1, `Enter ${what}`).max(300, 'Use 300 characters or fewer');

export const SUPERVISION_TYPES = ['one-to-one', 'reflective', 'group'] as const;
export type SupervisionType = (typeof SUPERVISION_TYPES)[number];
export const SUPERVISION_TYPE_LABELS: Record<SupervisionType, string> = {
  'one-to-one': 'One-to-one', reflective: 'Reflective (peer) supervision', group: 'Group supervision',
};

export const SUPERVISION_STATUSES = ['planned', 'held', 'cancelled', 'missed', 'rescheduled'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];
export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, string> = {
  planned: 'Planned', held: 'Held', cancelled: 'Cancelled', missed: 'Missed', rescheduled: 'Rescheduled',
};

/** '' for a supervision booked by hand; otherwise the part of the probation plan it is. */
export const PLAN_ITEMS = ['', 'supervision', 'mid-point-review', 'final-review'] as const;
export type PlanItemKindOrNone = (typeof PLAN_ITEMS)[number];
export const PLAN_ITEM_LABELS: Record<PlanItemKindOrNone, string> = {
  '': 'Supervision', supervision: 'Probation supervision', 'mid-point-review': 'Mid-point review', 'final-review': 'Final review',
};

/** What a mid-point review concluded. */
export const MID_POINT_OUTCOMES = ['on-track', 'support-agreed', 'concerns-raised'] as const;
/** What a final review decided: each one also records the probation decision. */
export const FINAL_OUTCOMES = ['confirm', 'extend', 'end'] as const;
export type ReviewOutcome = (typeof MID_POINT_OUTCOMES)[number] | (typeof FINAL_OUTCOMES)[number];
export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  'on-track': 'On track', 'support-agreed': 'Extra support agreed', 'concerns-raised': 'Concerns raised and agreed in writing',
  confirm: 'Probation passed: confirmed in post', extend: 'Probation extended', end: 'Probation not passed: employment ends',
};

/** At most this many agreed actions from one meeting, each a short line: this is not a notes field. */
export const MAX_ACTIONS_PER_SUPERVISION = 5;
export const MAX_ACTION_LENGTH = 120;
const actionText = z.string({ error: 'Enter the action in a short line' }).trim()
  .min(1, 'Enter the action in a short line, or remove it')
  .max(MAX_ACTION_LENGTH, `Keep each action to ${MAX_ACTION_LENGTH} characters: a short line of what was agreed`);

// ---------------------------------------------------------------------------------------------------
// Office-wide settings

export const supervisionSettingsSchema = z.object({
  /** Probation supervisions every this many months (1: monthly, as the case study has it). */
  probationIntervalMonths: z.number({ error: 'Enter the months between probation supervisions' }).int('Enter whole months').min(1, 'Enter 1 month or more').max(6, 'Enter 6 months or fewer'),
  /** The cadence a new member of staff gets after probation; each person's can differ. Null: as required. */
  defaultCadenceWeeks: z.number({ error: 'Enter the weeks between supervisions after probation' }).int('Enter whole weeks').min(1, 'Enter 1 week or more').max(52, 'Enter 52 weeks or fewer').nullable(),
  /** Notice on ending employment in probation: a decision must come this long before the end date. */
  probationNoticeDays: z.number({ error: 'Enter the notice period in days' }).int('Enter whole days').min(0, 'Enter 0 days or more').max(90, 'Enter 90 days or fewer'),
});
export type SupervisionSettings = z.output<typeof supervisionSettingsSchema>;

// ---------------------------------------------------------------------------------------------------
// One person's supervision and probation

export const personSupervisionSchema = z.object({ staffId });

export const saveArrangementSchema = z.object({
  staffId,
  /** Null: nobody named yet. Planned meetings with the old supervisor (or none) move to the new one. */
  supervisorStaffId: id('their supervisor').nullable(),
  /** After probation: every this many weeks; null: as required. */
  cadenceWeeks: z.number({ error: 'Enter the weeks between supervisions' }).int('Enter whole weeks').min(1, 'Enter 1 week or more').max(52, 'Enter 52 weeks or fewer').nullable(),
});

/** Book a supervision by hand, or change the supervisor, type or time of one still planned (not its date: reschedule). */
export const saveSupervisionSchema = z.object({
  id: supervisionId.optional(),
  superviseeStaffId: staffId,
  supervisorStaffId: id('the supervisor').nullable(),
  type: z.enum(SUPERVISION_TYPES, { error: 'Choose one-to-one, reflective or group supervision' }),
  plannedOn: isoDate('the date', '27/11/2026'),
  startMinutes: minutesOfDay('the time').nullable().default(null),
});
export type SaveSupervisionInput = z.input<typeof saveSupervisionSchema>;

/** Move a planned supervision: the old one is kept as 'rescheduled' and a new one is planned. */
export const rescheduleSupervisionSchema = z.object({
  id: supervisionId,
  plannedOn: isoDate('the new date', '27/11/2026'),
  startMinutes: minutesOfDay('the time').nullable().default(null),
});

/** Record that a supervision or review was held: when, its outcome (reviews), and the agreed actions. */
export const holdSupervisionSchema = z
  .object({
    id: supervisionId,
    heldOn: isoDate('the date it was held', '27/11/2026'),
    /** Reviews only: a mid-point outcome or a final decision. */
    outcome: z.union([z.literal(''), z.enum([...MID_POINT_OUTCOMES, ...FINAL_OUTCOMES])], { error: 'Choose the outcome of the review' }).default(''),
    /** Open actions carried from earlier meetings that are now done. */
    doneActionIds: z.array(id('an action')).max(50).default([]),
    newActions: z.array(actionText).max(MAX_ACTIONS_PER_SUPERVISION, `Agree ${MAX_ACTIONS_PER_SUPERVISION} actions or fewer: keep them few and short`).default([]),
    /** Final review 'extend': the new end date and why. */
    extendTo: z.union([z.literal(''), isoDate('the new end of probation', '27/11/2026')]).default(''),
    /** Final review 'end': the last day of employment. */
    lastDay: z.union([z.literal(''), isoDate('the last day of employment', '27/11/2026')]).default(''),
    reason: optionalText(300),
    by: z.string().trim().max(80, 'Use 80 characters or fewer').default(''),
  })
  .superRefine((h, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (h.outcome === 'extend' && !h.extendTo) issue('extendTo', 'Enter the new date probation ends');
    if ((h.outcome === 'extend' || h.outcome === 'end') && !h.reason) issue('reason', 'Enter the reason, in a line: it goes in the letter confirming the decision');
    if (h.outcome === 'end' && !h.lastDay) issue('lastDay', 'Enter the last day of employment, after notice');
    if (['confirm', 'extend', 'end'].includes(h.outcome) && !h.by) issue('by', 'Enter your name, so the record shows who decided');
  });
export type HoldSupervisionInput = z.input<typeof holdSupervisionSchema>;

/** Mark a planned supervision cancelled or missed, or put one marked by mistake back to planned. */
export const setSupervisionStatusSchema = z.object({
  id: supervisionId,
  status: z.enum(['planned', 'cancelled', 'missed'], { error: 'Choose cancelled, missed or planned' }),
});

/** Extend probation outside a final review (after a mid-point review's concerns, say). */
export const extendProbationSchema = z.object({
  staffId,
  newEndDate: isoDate('the new end of probation', '27/11/2026'),
  reason: reason('the reason for extending, in a line'),
  by: byName,
});

/** Record the probation decision outside a final review. */
export const decideProbationSchema = z
  .object({
    staffId,
    decision: z.enum(['confirm', 'end'], { error: 'Choose confirm or end' }),
    on: isoDate('the date of the decision', '27/11/2026'),
    lastDay: z.union([z.literal(''), isoDate('the last day of employment', '27/11/2026')]).default(''),
    reason: optionalText(300),
    by: byName,
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'end' && !d.lastDay) ctx.addIssue({ code: 'custom', path: ['lastDay'], message: 'Enter the last day of employment, after notice' });
    if (d.decision === 'end' && !d.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter the reason, in a line' });
  });

/** Create the probation plan for a record that has none (staff recorded before supervision existed). */
export const createPlanSchema = z.object({ staffId });

export interface StaffName { staffId: number; personId: number; name: string }

/** One supervision meeting as the screens and print pages show it. */
export interface SupervisionRow {
  id: number;
  supervisee: StaffName;
  supervisor: StaffName | null;
  type: SupervisionType;
  planItem: PlanItemKindOrNone;
  plannedOn: string;
  startMinutes: number | null;
  status: SupervisionStatus;
  heldOn: string;
  outcome: '' | ReviewOutcome;
  /** Set on a rescheduled row: the date it moved to. */
  rescheduledTo: string;
  /** Set on a row that replaced another: the date first planned. */
  rescheduledFrom: string;
  /** Planned and its date has passed. */
  overdue: boolean;
  /** Actions agreed at this meeting. */
  actions: SupervisionAction[];
}

export interface SupervisionAction {
  id: number;
  text: string;
  raisedOn: string;
  /** The date of the meeting it was marked done at, or '' while open. */
  doneOn: string;
}

export type ProbationState = 'not-started' | 'in-probation' | 'confirmed' | 'ended' | 'overdue-decision';
export const PROBATION_STATE_LABELS: Record<ProbationState, string> = {
  'not-started': 'Starts soon', 'in-probation': 'In probation', confirmed: 'Confirmed in post', ended: 'Not passed: employment ended',
  'overdue-decision': 'Probation end passed with no decision',
};

export interface ProbationEvent {
  id: number;
  kind: 'extended' | 'confirmed' | 'ended';
  onDate: string;
  previousEndDate: string;
  newEndDate: string;
  reason: string;
  by: string;
}

export type ProbationWarningKind =
  | 'no-supervisor' // nobody is named to supervise them
  | 'final-review-due' // the end (less notice) is close and no final review is held
  | 'decision-overdue' // probation has ended with no decision recorded
  | 'six-months-service' // from 1 January 2027: a dismissal taking effect after six months' service can be claimed unfair
  | 'extension-after-end'; // an extension recorded after the original end date (ACAS: confirm it in writing before)

export interface ProbationWarning { kind: ProbationWarningKind; message: string; date?: string }

/** Everything about one person's supervision: the staff record's panel and their printed schedule. */
export interface PersonSupervision {
  staff: StaffName & { startDate: string; endDate: string; jobRole: string; isCurrent: boolean };
  probation: {
    startDate: string;
    endDate: string;
    /** The end first agreed, before any extension. */
    originalEndDate: string;
    state: ProbationState;
    /** The plan exists (false only for records made before supervision existed, until created). */
    hasPlan: boolean;
    events: ProbationEvent[];
    warnings: ProbationWarning[];
  };
  supervisor: StaffName | null;
  cadenceWeeks: number | null;
  /** After probation: when the next supervision is due by the cadence ('' when as required or one is planned). */
  nextDue: string;
  /** All meetings, oldest first, rescheduled ones included. */
  supervisions: SupervisionRow[];
  /** Actions still open, to carry into the next meeting. */
  openActions: SupervisionAction[];
}

// ---------------------------------------------------------------------------------------------------
// Lists and months

/** One month of supervisions: everyone's, or one supervisor's. */
export const supervisionMonthSchema = z.object({
  month: z.string({ error: 'Choose a month' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month, like 2026-11'),
  supervisorStaffId: staffId.optional(),
});
export interface SupervisionMonth {
  month: string;
  from: string;
  to: string;
  supervisor: StaffName | null;
  /** By date, then time, then supervisee; rescheduled rows included (they show the move). */
  rows: SupervisionRow[];
}

/** A supervision owed: planned and overdue, due by someone's cadence, or planned this week. */
export interface DueSupervision {
  staff: StaffName;
  supervisor: StaffName | null;
  due: string;
  /** The planned meeting, when there is one; null when the cadence says one is due but none is booked. */
  supervisionId: number | null;
  planItem: PlanItemKindOrNone;
  /** Negative when past. */
  daysLeft: number;
}

export interface SupervisionLists {
  today: string;
  weekFrom: string; // this week's Monday
  /** The Sunday ending this week; at a weekend, next week's Sunday, so Monday's meetings are listed. */
  weekTo: string;
  overdue: DueSupervision[];
  dueThisWeek: DueSupervision[];
  /** Current staff with nobody named to supervise them. */
  noSupervisor: StaffName[];
}

// ---------------------------------------------------------------------------------------------------
// Support sessions

export const SUPPORT_ATTENDANCE = ['invited', 'attended', 'apologies', 'did-not-attend'] as const;
export type SupportAttendanceStatus = (typeof SUPPORT_ATTENDANCE)[number];
export const SUPPORT_ATTENDANCE_LABELS: Record<SupportAttendanceStatus, string> = {
  invited: 'Invited', attended: 'Attended', apologies: 'Sent apologies', 'did-not-attend': 'Did not attend',
};
/** The case study's four county-wide sessions a year: more can be booked, and fewer is a gentle note. */
export const SUPPORT_SESSIONS_A_YEAR = 4;

export const supportYearSchema = z.object({
  year: z.number({ error: 'Choose a year' }).int().min(2000, 'Choose a year from 2000').max(2100, 'Choose a year up to 2100'),
});
export const saveSupportSessionSchema = z
  .object({
    id: id('a support session').optional(),
    date: isoDate('the date', '27/11/2026'),
    startMinutes: minutesOfDay('the start'),
    endMinutes: minutesOfDay('the end'),
    placeId: id('where it is'),
    theme: z.string({ error: 'Enter the theme, like Looking after yourself on the ward' }).trim()
      .min(1, 'Enter the theme, like Looking after yourself on the ward').max(120, 'Use 120 characters or fewer'),
  })
  .superRefine((s, ctx) => {
    if (s.endMinutes <= s.startMinutes) ctx.addIssue({ code: 'custom', path: ['endMinutes'], message: 'The end must be after the start' });
  });
export type SaveSupportSessionInput = z.input<typeof saveSupportSessionSchema>;
export const supportSessionIdSchema = z.object({ id: id('a support session') });
/** Invite people (already invited ones are left as they are). */
export const inviteSupportSchema = z.object({
  id: id('a support session'),
  staffIds: z.array(staffId).min(1, 'Choose at least one person to invite').max(1000),
});
export const setAttendanceSchema = z.object({
  id: id('a support session'),
  staffId,
  status: z.enum(SUPPORT_ATTENDANCE, { error: 'Choose invited, attended, sent apologies or did not attend' }),
});
/** Take someone off the list (invited by mistake). */
export const uninviteSupportSchema = z.object({ id: id('a support session'), staffId });

export interface SupportAttendee extends StaffName { status: SupportAttendanceStatus; invitedOn: string }
export interface SupportSession {
  id: number;
  date: string;
  startMinutes: number;
  endMinutes: number;
  place: { id: number; name: string; site: string };
  theme: string;
  /** By name. */
  attendees: SupportAttendee[];
  counts: Record<SupportAttendanceStatus, number>;
}
export interface SupportYear {
  year: number;
  sessions: SupportSession[];
  /** Current staff who have attended none of this year's sessions held so far, by name. */
  notAttended: StaffName[];
  /** Fewer sessions booked than the four a year: a note, never a block. */
  notes: string[];
}

// ---------------------------------------------------------------------------------------------------
// The home screen

export type DashboardItemKind =
  | 'supervision-overdue'
  | 'supervision-due'
  | 'supervision-missed' // a probation meeting missed, with nothing booked or held since, while probation is undecided
  | 'no-supervisor'
  | 'probation-review' // a mid-point or final review planned this week or overdue
  | 'probation-end' // probation ends within 30 days (with the final-review and six-months warnings)
  | 'probation-decision-overdue'
  | 'dbs-renewal'
  | 'support-session' // a support session this week
  | 'absence-rtw' // a return-to-work conversation to hold
  | 'absence-fit-note' // sickness past day 7 with no fit note recorded
  | 'wellbeing-checkin' // a wellbeing check-in to offer (a review point reached)
  | 'referral-follow-up' // a benefits-advice referral's follow-up is due
  | 'referral-prompt'; // something that should lead to a benefits-advice referral

/** One line of "due this week", in plain words, with what it links to. */
export interface DashboardItem {
  kind: DashboardItemKind;
  date: string;
  /** Negative when past. */
  daysLeft: number;
  message: string;
  /** Whose record it is about, to link to it (null for a support session). */
  staff: StaffName | null;
  supervisionId: number | null;
  supportSessionId: number | null;
  /** The absence, referral or stored prompt it is about, to link to it (null otherwise). */
  absenceId?: number | null;
  referralId?: number | null;
  promptId?: number | null;
}
export interface Dashboard {
  today: string;
  weekFrom: string;
  weekTo: string;
  officeName: string;
  /** Soonest first within each kind; overdue kinds first. */
  items: DashboardItem[];
}
