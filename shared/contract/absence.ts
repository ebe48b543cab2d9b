// Absence that supports people: input schemas and the shapes the screens get. Dates 'YYYY-MM-DD'. There
// is no diagnosis field: the reason is an optional line in plain words, and "support agreed" is a line
// or two of what will help. Bradford scores and review points start a supportive conversation (a
// wellbeing check-in), never a warning or a disciplinary step (ACAS; uk-rules.md "Absence management").
import { z } from 'zod';
import { isoDate, optionalText } from './members';

const id = (what: string) => z.number({ error: `Choose ${what}` }).int().positive(`Choose ${what}`);
const staffId = id('a member of staff');
const optionalIsoDate = (what: string) => z.union([z.literal(''), isoDate(what, '27/11/2026')], { error: `Enter ${what} as a real date, like 27/11/2026` }).default('');
/** 'YYYY-MM-DDTHH:MM', local time in England. */
const localDateTime = (what: string) =>
  z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `Enter ${what} as a date and time, like 27/11/2026 08:15`)], { error: `Enter ${what} as a date and time, like 27/11/2026 08:15` }).default('');
const byName = (what: string) => z.string({ error: `Enter ${what}` }).trim().min(1, `Enter ${what}`).max(80, 'Use 80 characters or fewer');

/** Beyond 7 calendar days off sick, a fit note is needed (self-certification covers the first 7). */
export const SELF_CERTIFIED_DAYS = 7;
/** The office's review points when it has set none: common practice, with no legal standing. */
export const DEFAULT_REVIEW_POINTS = [51, 201, 401, 601] as const;
/** A rolling 52 weeks: the window every figure is counted over. */
export const ROLLING_DAYS = 364;

// ---------------------------------------------------------------------------------------------------
// Kinds of absence (editable)

export const saveAbsenceTypeSchema = z
  .object({
    id: id('a kind of absence').optional(),
    name: z.string({ error: 'Enter the name, like Sickness' }).trim().min(1, 'Enter the name, like Sickness').max(60, 'Use 60 characters or fewer'),
    isSickness: z.boolean().default(false),
    isDisabilityRelated: z.boolean().default(false),
    active: z.boolean().default(true),
  })
  .superRefine((t, ctx) => {
    if (t.isDisabilityRelated && !t.isSickness) ctx.addIssue({ code: 'custom', path: ['isSickness'], message: 'Disability-related absence is a kind of sickness absence: tick sickness too' });
  });
export type SaveAbsenceTypeInput = z.input<typeof saveAbsenceTypeSchema>;
export interface AbsenceType { id: number; name: string; isSickness: boolean; isDisabilityRelated: boolean; position: number; active: boolean }

// ---------------------------------------------------------------------------------------------------
// Absences

export const saveAbsenceSchema = z
  .object({
    id: id('an absence').optional(),
    staffId,
    typeId: id('the kind of absence'),
    firstDay: isoDate('the first day off', '27/11/2026'),
    /** '' while they are still off. */
    lastDay: optionalIsoDate('the last day off'),
    /** Part of one day: the hours off, in minutes. Null for whole days. */
    partDayMinutes: z.number({ error: 'Enter the hours off, like 3.5' }).int('Enter the hours off in whole minutes').min(1, 'Enter the hours off, above 0').max(24 * 60, 'Enter 24 hours or fewer').nullable().default(null),
    reportedBy: optionalText(80),
    reportedAt: localDateTime('when it was reported'),
    certification: z.enum(['self', 'fit-note'], { error: 'Choose self-certified or fit note' }).default('self'),
    fitNoteFrom: optionalIsoDate('the date the fit note starts'),
    fitNoteTo: optionalIsoDate('the date the fit note ends'),
    returnedOn: optionalIsoDate('the day they came back'),
    /** In plain words, optional, never a diagnosis. */
    reason: optionalText(120),
  })
  .superRefine((a, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (a.lastDay && a.lastDay < a.firstDay) issue('lastDay', 'The last day off must be on or after the first');
    if (a.partDayMinutes !== null && a.lastDay !== a.firstDay) issue('partDayMinutes', 'Part of a day is for a one-day absence: make the last day the same as the first, or clear the hours');
    if (a.certification === 'fit-note' && !a.fitNoteFrom) issue('fitNoteFrom', 'Enter the date the fit note starts');
    if (a.certification === 'fit-note' && !a.fitNoteTo) issue('fitNoteTo', 'Enter the date the fit note ends (or the date it was reviewed to)');
    if (a.fitNoteFrom && a.fitNoteTo && a.fitNoteTo < a.fitNoteFrom) issue('fitNoteTo', 'The fit note must end on or after it starts');
    if (a.returnedOn && a.returnedOn <= a.firstDay) issue('returnedOn', 'They came back after their first day off: enter a later date');
    if (a.returnedOn && a.lastDay && a.returnedOn <= a.lastDay) issue('returnedOn', 'They came back after their last day off: enter a later date, or change the last day off');
    if (a.returnedOn && !a.lastDay) issue('lastDay', 'Enter the last day off: they have come back');
  });
export type SaveAbsenceInput = z.input<typeof saveAbsenceSchema>;
export const absenceIdSchema = z.object({ id: id('an absence') });

/** The return-to-work conversation: when, who held it, and the support agreed (a line or two, no medical details). */
export const returnToWorkSchema = z.object({
  id: id('an absence'),
  heldOn: isoDate('the date of the conversation', '27/11/2026'),
  by: byName('who held the conversation'),
  support: optionalText(300),
});

/** A person's reasonable adjustment to how their absence is counted. */
export const saveAdjustmentSchema = z.object({
  staffId,
  leaveOutDisabilityRelated: z.boolean({ error: 'Choose whether disability-related absence is left out' }),
  /** Their own review points, highest last; null: the office's. */
  reviewPoints: z.array(z.number({ error: 'Enter each review point as a whole number' }).int('Enter each review point as a whole number').min(1, 'Enter review points above 0').max(100_000, 'Enter review points of 100,000 or less'))
    .min(1, 'Enter at least one review point').max(8, 'Enter 8 review points or fewer').nullable(),
}).superRefine((a, ctx) => {
  if (a.reviewPoints && a.reviewPoints.some((p, i) => i > 0 && p <= a.reviewPoints![i - 1]!)) {
    ctx.addIssue({ code: 'custom', path: ['reviewPoints'], message: 'Enter the review points from lowest to highest, each once' });
  }
});

export const absenceSettingsSchema = z.object({
  reviewPoints: z.array(z.number({ error: 'Enter each review point as a whole number' }).int('Enter each review point as a whole number').min(1, 'Enter review points above 0').max(100_000, 'Enter review points of 100,000 or less'))
    .min(1, 'Enter at least one review point').max(8, 'Enter 8 review points or fewer'),
}).superRefine((a, ctx) => {
  if (a.reviewPoints.some((p, i) => i > 0 && p <= a.reviewPoints[i - 1]!)) ctx.addIssue({ code: 'custom', path: ['reviewPoints'], message: 'Enter the review points from lowest to highest, each once' });
});
export type AbsenceSettings = z.output<typeof absenceSettingsSchema>;

/** Record what came of a wellbeing check-in. */
export const recordCheckinSchema = z
  .object({
    id: id('a wellbeing check-in'),
    status: z.enum(['held', 'declined', 'not-needed'], { error: 'Choose held, offered but declined, or not needed' }),
    heldOn: optionalIsoDate('the date'),
    by: z.string().trim().max(80, 'Use 80 characters or fewer').default(''),
    supportAgreed: optionalText(300),
  })
  .superRefine((c, ctx) => {
    if (c.status !== 'not-needed' && !c.heldOn) ctx.addIssue({ code: 'custom', path: ['heldOn'], message: 'Enter the date it was held or offered' });
    if (c.status !== 'not-needed' && !c.by) ctx.addIssue({ code: 'custom', path: ['by'], message: 'Enter who held or offered it' });
  });

export const personAbsenceSchema = z.object({ staffId });
export const absenceOverviewSchema = z.object({}).strict().default({});

export interface Absence {
  id: number;
  staffId: number;
  type: AbsenceType;
  firstDay: string;
  lastDay: string;
  partDayMinutes: number | null;
  reportedBy: string;
  reportedAt: string;
  certification: 'self' | 'fit-note';
  fitNoteFrom: string;
  fitNoteTo: string;
  returnedOn: string;
  reason: string;
  rtwHeldOn: string;
  rtwBy: string;
  rtwSupport: string;
  /** Days they were due to work in it (the rota's, or weekdays where the rota has none); a part day counts as half. */
  daysLost: number;
  /** Calendar days from the first day to the last (or today, while still off). */
  calendarDays: number;
  /** Sickness past 7 calendar days with no fit note recorded. */
  fitNoteNeeded: boolean;
  /** They are back and the return-to-work conversation is not yet held. */
  rtwToChase: boolean;
  /** '' or why its SSP days are missing from pay periods approved before it was saved, and what to do. */
  approvedPayNote: string;
}

/** One person's figures over the rolling 52 weeks to today. */
export interface AbsenceFigures {
  from: string;
  to: string;
  /** Sickness spells and days counted for the Bradford factor (disability-related left out where adjusted). */
  spells: number;
  days: number;
  bradford: number;
  /** Disability-related sickness, shown apart. */
  disabilitySpells: number;
  disabilityDays: number;
  /** All kinds of absence: days lost over days scheduled (the rota's days plus days off), 0..1; null with nothing scheduled. */
  absenceRate: number | null;
  daysScheduled: number;
  daysLostAllKinds: number;
  /** The review points that apply to them, and the highest reached. */
  reviewPoints: number[];
  reachedPoint: number | null;
}

export interface WellbeingCheckin {
  id: number;
  staffId: number;
  name: string;
  personId: number;
  reviewPoint: number;
  reachedOn: string;
  score: number;
  status: 'to-do' | 'held' | 'declined' | 'not-needed';
  heldOn: string;
  heldBy: string;
  supportAgreed: string;
}

export interface PersonAbsence {
  staff: { staffId: number; personId: number; name: string; isCurrent: boolean };
  absences: Absence[]; // latest first
  figures: AbsenceFigures;
  adjustment: { leaveOutDisabilityRelated: boolean; reviewPoints: number[] | null };
  checkins: WellbeingCheckin[]; // latest first
}

export interface AbsenceOverviewRow {
  staffId: number;
  personId: number;
  name: string;
  figures: AbsenceFigures;
  openCheckin: boolean;
}
export interface AbsenceOverview {
  today: string;
  from: string;
  /** The office's figures over the rolling 52 weeks. */
  office: { spells: number; days: number; daysScheduled: number; absenceRate: number | null };
  /** Last 12 months, oldest first: days lost per month, by kind (for the charts). */
  byMonth: { month: string; days: { typeId: number; days: number }[] }[];
  /** Days lost in the rolling 52 weeks, by kind. */
  byType: { type: AbsenceType; days: number; spells: number }[];
  /** Current staff, highest Bradford first; those with no absence left out. */
  people: AbsenceOverviewRow[];
  /** Off now (no last day, or a last day from today on). */
  offNow: (Absence & { name: string; personId: number })[];
  rtwToChase: (Absence & { name: string; personId: number })[];
  fitNotesNeeded: (Absence & { name: string; personId: number })[];
  checkinsToDo: WellbeingCheckin[];
}
