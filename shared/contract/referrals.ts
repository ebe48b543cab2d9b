// Benefits-advice referrals, so paid work never costs anyone their benefits: input schemas and the shapes
// the screens get. Consent to share is recorded with its date, and nothing is shared (a statement
// attached) without it. The outcome is a line, not case notes.
import { z } from 'zod';
import { isoDate, optionalText } from './members';

const id = (what: string) => z.number({ error: `Choose ${what}` }).int().positive(`Choose ${what}`);
const optionalIsoDate = (what: string) => z.union([z.literal(''), isoDate(what, '27/11/2026')], { error: `Enter ${what} as a real date, like 27/11/2026` }).default('');

export const REFERRAL_REASONS = ['starting-work', 'change-in-hours', 'permitted-work', 'universal-credit', 'pip', 'other'] as const;
export type ReferralReason = (typeof REFERRAL_REASONS)[number];
export const REFERRAL_REASON_LABELS: Record<ReferralReason, string> = {
  'starting-work': 'Starting paid work', 'change-in-hours': 'A change in hours or pay', 'permitted-work': 'Permitted work',
  'universal-credit': 'Universal Credit', pip: 'PIP', other: 'Other',
};

export const REFERRAL_STATUSES = ['to-refer', 'referred', 'appointment-booked', 'advice-given', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  'to-refer': 'To refer', referred: 'Referred', 'appointment-booked': 'Appointment booked', 'advice-given': 'Advice given', closed: 'Closed',
};

export const saveReferralSchema = z
  .object({
    id: id('a referral').optional(),
    personId: id('the person to refer'),
    referredOn: isoDate('the date of the referral', '27/11/2026'),
    /** From the office's list of advice services (Settings). */
    service: z.string({ error: 'Choose the advice service' }).trim().min(1, 'Choose the advice service').max(80, 'Use 80 characters or fewer'),
    reason: z.enum(REFERRAL_REASONS, { error: 'Choose the reason for the referral' }),
    consentToShare: z.boolean({ error: 'Choose whether they consent to share' }).default(false),
    consentOn: optionalIsoDate('the date they gave consent'),
    status: z.enum(REFERRAL_STATUSES, { error: 'Choose where the referral is up to' }).default('to-refer'),
    followUpOn: optionalIsoDate('the follow-up date'),
    outcome: optionalText(200),
    /** The prompt this referral answers (a change in hours or pay), to close it. */
    promptId: id('a prompt').optional(),
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.consentToShare && !r.consentOn) issue('consentOn', 'Enter the date they gave consent to share');
    if (!r.consentToShare && r.consentOn) issue('consentToShare', 'Tick consent to share, or clear its date');
    if (r.followUpOn && r.followUpOn < r.referredOn) issue('followUpOn', 'The follow-up date must be on or after the referral');
    if (r.status === 'closed' && !r.outcome) issue('outcome', 'Enter the outcome in a line before closing it');
  });
export type SaveReferralInput = z.input<typeof saveReferralSchema>;

export const referralIdSchema = z.object({ id: id('a referral') });
export const personReferralsSchema = z.object({ personId: id('a person') });
export const referralListsSchema = z.object({}).strict().default({});

/** Attach the weekly hours and earnings statement (payroll's) for these dates: only with consent recorded. */
export const attachStatementSchema = z
  .object({
    referralId: id('a referral'),
    from: isoDate('the first day', '01/09/2026'),
    to: isoDate('the last day', '30/11/2026'),
  })
  .superRefine((a, ctx) => {
    if (a.to < a.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day must be on or after the first' });
  });
export const attachmentIdSchema = z.object({ id: id('an attachment') });
export const dismissPromptSchema = z.object({ id: id('a prompt') });

export interface ReferralAttachment { id: number; fromDate: string; toDate: string; fileName: string; createdAt: string; sizeBytes: number }

export interface Referral {
  id: number;
  personId: number;
  name: string;
  memberNumber: number;
  /** Set when the person has a staff record. */
  staffId: number | null;
  referredOn: string;
  service: string;
  reason: ReferralReason;
  consentToShare: boolean;
  consentOn: string;
  status: ReferralStatus;
  followUpOn: string;
  outcome: string;
  /** The follow-up date has come and the referral is still open. */
  followUpDue: boolean;
  attachments: ReferralAttachment[];
  createdAt: string;
  updatedAt: string;
}

export type ReferralPromptKind =
  | 'new-on-benefits' // a new peer supporter on benefits with no referral before their first session
  | 'hours-changed' // contracted hours changed for someone on benefits
  | 'rate-changed' // a pay rate changed for someone on benefits
  | 'over-permitted-limit'; // a week over the permitted-work hours or earnings limit since their last referral

/** Something that should lead to a referral, in plain words. */
export interface ReferralPrompt {
  /** Stored prompts (hours or rate changed) have an id and can be dismissed; worked-out ones have null. */
  id: number | null;
  kind: ReferralPromptKind;
  staffId: number;
  personId: number;
  name: string;
  /** The day it concerns: the first session, the change, the week's Monday. */
  date: string;
  message: string;
  /** The reason a referral made from it starts with. */
  suggestedReason: ReferralReason;
}

export interface ReferralLists {
  today: string;
  /** Not closed, oldest referral first. */
  open: Referral[];
  /** Open with a follow-up date today or before. */
  followUpsDue: Referral[];
  /** Current staff whose benefit status (today) is not "none" and who have no referral at all. */
  onBenefitsNoReferral: { staffId: number; personId: number; name: string; benefit: string }[];
  prompts: ReferralPrompt[];
}
