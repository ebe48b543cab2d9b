// Places, pay elements and sessions (the rota): input schemas and the shapes the screens get.
// Dates 'YYYY-MM-DD'; times of day minutes after midnight (wall clock in England); miles in tenths.
import { z } from 'zod';
import { isoDate, optionalText } from './members';
import { isIsoDate } from '../domain/dates';

const id = (what: string) => z.number({ error: `Choose ${what}` }).int().positive(`Choose ${what}`);

export const PLACE_KINDS = ['ward', 'group-venue', 'office', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_KIND_LABELS: Record<PlaceKind, string> = { ward: 'Hospital ward', 'group-venue': 'Group venue', office: 'Office', other: 'Other' };

export const ELEMENT_KINDS = ['hours', 'mileage', 'holiday-accrued', 'rolled-up-holiday', 'ssp-days'] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const SESSION_STATUSES = ['planned', 'worked', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const savePlaceSchema = z.object({
  id: id('a place').optional(),
  name: z.string({ error: 'Enter the name of the place, like Oaklands Ward' }).trim().min(1, 'Enter the name of the place, like Oaklands Ward').max(80, 'Use 80 characters or fewer'),
  site: optionalText(80),
  kind: z.enum(PLACE_KINDS, { error: 'Choose what kind of place it is' }),
  active: z.boolean().default(true),
});
export type SavePlaceInput = z.input<typeof savePlaceSchema>;

// Sage's payment reference is a number; BrightPay's mapping takes any short code. Commas would break a CSV line.
export const savePayElementSchema = z.object({
  id: id('a pay element').optional(),
  name: z.string({ error: 'Enter the name of the pay element, like Training delivery' }).trim().min(1, 'Enter the name of the pay element, like Training delivery').max(60, 'Use 60 characters or fewer'),
  sageCode: z.string().trim().regex(/^(\d{1,3})?$/, 'Enter Sage\'s payment reference as a number from 1 to 999, or leave it empty').default(''),
  brightpayCode: z.string().trim().max(30, 'Use 30 characters or fewer').regex(/^[^,"\r\n]*$/, 'Leave out commas and quotation marks').default(''),
  active: z.boolean().default(true),
});
export type SavePayElementInput = z.input<typeof savePayElementSchema>;

const minutesOfDay = (what: string) =>
  z.number({ error: `Enter ${what} as a 24-hour time, like 09:30` }).int(`Enter ${what} as a 24-hour time, like 09:30`).min(0, `Enter ${what} as a 24-hour time, like 09:30`).max(1439, `Enter ${what} as a 24-hour time, like 09:30`);
const count = (what: string) =>
  z.number({ error: `Enter the number of people ${what} as a whole number` }).int(`Enter the number of people ${what} as a whole number`).min(0, 'Enter 0 or more').max(200, 'Enter 200 or fewer').nullable().default(null);
/** 'YYYY-MM-DDTHH:MM', local time in England: when the session was offered or when notice of cancelling came. */
const localDateTime = (what: string) =>
  z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `Enter ${what} as a date and time, like 27/11/2026 14:30`)], { error: `Enter ${what} as a date and time, like 27/11/2026 14:30` }).default('');

export const saveSessionSchema = z.object({
  /** Given: change that session; absent: book a new one. */
  id: id('a session').optional(),
  staffId: id('who the session is for'),
  date: isoDate('the date of the session', '27/11/2026'),
  startMinutes: minutesOfDay('the start'),
  endMinutes: minutesOfDay('the end'),
  breakMinutes: z.number({ error: 'Enter the unpaid break in minutes, or 0' }).int('Enter the unpaid break in whole minutes').min(0, 'Enter the unpaid break in minutes, or 0').max(720, 'Enter a break of 720 minutes or fewer').default(0),
  placeId: id('where the session is'),
  elementId: id('the activity'),
  status: z.enum(SESSION_STATUSES, { error: 'Choose planned, worked or cancelled' }).default('planned'),
  cancelledAt: localDateTime('when notice was given'),
  offeredAt: localDateTime('when it was offered'),
  milesTenths: z.number({ error: 'Enter business miles as a number, like 12.5' }).int('Enter miles to one decimal place, like 12.5').min(0, 'Enter 0 miles or more').max(10_000, 'Enter 1,000 miles or fewer').default(0),
  supportedOneToOne: count('supported one-to-one'),
  supportedInGroups: count('supported in groups'),
}).superRefine((s, ctx) => {
  if (s.status === 'cancelled' && !s.cancelledAt) ctx.addIssue({ code: 'custom', path: ['cancelledAt'], message: 'Enter when notice of cancelling was given, like 27/11/2026 14:30' });
  if (s.status !== 'cancelled' && s.cancelledAt) ctx.addIssue({ code: 'custom', path: ['cancelledAt'], message: 'Only a cancelled session has a cancellation time: clear it, or choose cancelled' });
});
export type SaveSessionInput = z.input<typeof saveSessionSchema>;

export const sessionIdSchema = z.object({ id: id('a session') });

/** A week or a month of the rota, for everyone or one person or one place. */
export const rotaSchema = z.object({
  from: isoDate('the first day'),
  to: isoDate('the last day'),
  staffId: id('a person').optional(),
  placeId: id('a place').optional(),
}).refine((r) => r.from <= r.to, { path: ['to'], message: 'The last day must be on or after the first' })
  // zod runs this even when a date above has failed its own check, and addDaysIso throws on a date that
  // is not one (found by the IPC property tests): count days only between two real dates.
  .refine((r) => !(isIsoDate(r.from) && isIsoDate(r.to)) || r.to <= addDaysIso(r.from, 62), { path: ['to'], message: 'Show up to two months at a time' });

function addDaysIso(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export interface Place { id: number; name: string; site: string; kind: PlaceKind; active: boolean; label: string }
export interface PayElement { id: number; name: string; kind: ElementKind; sageCode: string; brightpayCode: string; position: number; active: boolean }

export interface RotaSession {
  id: number;
  staffId: number;
  personId: number;
  name: string;
  date: string;
  startMinutes: number;
  endMinutes: number;
  breakMinutes: number;
  workedMinutes: number;
  placeId: number;
  placeLabel: string;
  placeKind: PlaceKind;
  elementId: number;
  elementName: string;
  status: SessionStatus;
  cancelledAt: string;
  offeredAt: string;
  milesTenths: number;
  supportedOneToOne: number | null;
  supportedInGroups: number | null;
  /** In an approved or exported pay period: it cannot change until the period is reopened. */
  locked: boolean;
  createdAt: string;
  updatedAt: string;
}

export type RotaWarningKind =
  | 'ward-understaffed' // a ward session with fewer than two peer supporters at the same time
  | 'overlap' // one person booked twice at once
  | 'permitted-work-hours' // a week at or over 16 hours for someone on permitted work (higher limit)
  | 'permitted-work-earnings' // a week over the weekly earnings limit
  | 'planned-in-past' // still 'planned' after its day: worked or cancelled?
  | 'no-rate' // no pay rate on the day
  | 'needs-cover'; // a planned session on a day the person is off (an absence recorded): cover it or cancel it

export interface RotaWarning {
  kind: RotaWarningKind;
  message: string;
  date: string;
  staffId?: number;
  placeId?: number;
  sessionIds: number[];
}

export interface RotaView {
  from: string;
  to: string;
  sessions: RotaSession[];
  warnings: RotaWarning[];
}

/** What saving a session answers: the stored session and what it set off (shown at once, never blocking). */
export interface SavedSession {
  session: RotaSession;
  warnings: RotaWarning[];
}
