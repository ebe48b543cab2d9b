// The members register's part of the contract: input schemas (validated on both sides) and output types.
import { z } from 'zod';
import { CONTACT_METHODS, ROLES, STATUSES, type ContactMethod, type MemberStatus, type Role } from '../domain/members';
import { normalisePostcode } from '../domain/postcode';
import { isEmail, normaliseUkPhone } from '../domain/contact';
import { isIsoDate } from '../domain/dates';

export const trimmed = (max: number) => z.string().trim().max(max, `Use ${max} characters or fewer`);
export const optionalText = (max: number) => trimmed(max).optional().default('');
export const isoDate = (what: string, example = '27/03/2024') => {
  const message = `Enter ${what} as a real date, like ${example}`;
  return z.string({ error: message }).refine(isIsoDate, message);
};
export const optionalDate = (what: string, example?: string) => z.union([z.literal(''), isoDate(what, example)]).optional().default('');

const postcode = z
  .string()
  .trim()
  .refine((v) => v === '' || normalisePostcode(v) !== null, 'Enter a UK postcode, like BN11 1AA')
  .transform((v) => (v === '' ? '' : normalisePostcode(v)!));
const phone = z
  .string()
  .trim()
  .refine((v) => v === '' || normaliseUkPhone(v) !== null, 'Enter a UK phone number, like 01243 123456 or 07700 900123')
  .transform((v) => (v === '' ? '' : normaliseUkPhone(v)!));
const email = z
  .string()
  .trim()
  .refine((v) => v === '' || isEmail(v), 'Enter an email address in the right format, like name@example.com')
  .transform((v) => v.toLowerCase());

export const roleSpellSchema = z
  .object({
    role: z.enum(ROLES, { error: 'Choose a role' }),
    startedOn: isoDate('the date the role started'),
    endedOn: optionalDate('the date the role ended'),
  })
  .refine((r) => !r.endedOn || r.endedOn >= r.startedOn, { message: 'The end date must be on or after the start date', path: ['endedOn'] });

export const memberInputSchema = z
  .object({
    firstName: trimmed(80).min(1, 'Enter a first name'),
    lastName: trimmed(80).min(1, 'Enter a last name'),
    preferredName: optionalText(80),
    pronouns: optionalText(40),
    dateOfBirth: optionalDate('the date of birth', '27/03/1985'),
    addressLine1: optionalText(120),
    addressLine2: optionalText(120),
    town: optionalText(80),
    postcode: postcode.optional().default(''),
    phone: phone.optional().default(''),
    email: email.optional().default(''),
    locality: optionalText(80),
    joinedOn: isoDate('the date they joined'),
    leftOn: optionalDate('the date they left'),
    status: z.enum(STATUSES, { error: 'Choose a status' }),
    involvements: z.array(trimmed(80)).max(50).default([]),
    contactMethods: z.array(z.enum(CONTACT_METHODS)).max(4).default([]),
    contactConsent: z.boolean().default(false),
    contactConsentOn: optionalDate('the date they gave consent'),
    emergencyContactName: optionalText(120),
    emergencyContactPhone: phone.optional().default(''),
    emergencyContactRelationship: optionalText(60),
    roles: z.array(roleSpellSchema).max(40).default([]),
  })
  .superRefine((m, ctx) => {
    if (m.status === 'left' && !m.leftOn) ctx.addIssue({ code: 'custom', path: ['leftOn'], message: 'Enter the date they left' });
    if (m.status !== 'left' && m.leftOn) ctx.addIssue({ code: 'custom', path: ['status'], message: 'Set the status to left, or clear the date they left' });
    if (m.leftOn && m.leftOn < m.joinedOn) ctx.addIssue({ code: 'custom', path: ['leftOn'], message: 'The date they left must be on or after the date they joined' });
    if (m.contactConsent && !m.contactConsentOn) ctx.addIssue({ code: 'custom', path: ['contactConsentOn'], message: 'Enter the date they gave consent' });
    if (m.contactConsent && m.contactMethods.length === 0) ctx.addIssue({ code: 'custom', path: ['contactMethods'], message: 'Choose at least one way they are happy to be contacted' });
    for (const method of m.contactMethods) {
      if (method === 'email' && !m.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter an email address, or untick email as a way to contact them' });
      if ((method === 'phone' || method === 'text') && !m.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'Enter a phone number, or untick phone and text as ways to contact them' });
      if (method === 'post' && (!m.addressLine1 || !m.postcode)) ctx.addIssue({ code: 'custom', path: ['addressLine1'], message: 'Enter the address and postcode, or untick post as a way to contact them' });
    }
  });

export type MemberInput = z.input<typeof memberInputSchema>;
export type MemberValues = z.output<typeof memberInputSchema>;

export interface RoleSpell { role: Role; startedOn: string; endedOn: string }

export interface Member extends Omit<MemberValues, 'roles' | 'contactMethods' | 'status'> {
  id: number;
  memberNumber: number;
  status: MemberStatus;
  contactMethods: ContactMethod[];
  roles: RoleSpell[];
  createdAt: string;
  updatedAt: string;
  /** Whether a delete is still allowed: only for a record created by mistake, shortly after, with no staff record. */
  canDelete: boolean;
  /** Others on the register with the same name and postcode, or the same email: perhaps added twice. */
  possibleDuplicates: { id: number; memberNumber: number; name: string; reason: 'name and postcode' | 'email' }[];
}

export const SORTABLE = ['name', 'memberNumber', 'postcode', 'locality', 'status', 'joinedOn'] as const;

export const memberSearchSchema = z.object({
  query: z.string().max(200).default(''),
  status: z.enum(STATUSES).optional(),
  role: z.enum(ROLES).optional(),
  locality: z.string().max(80).optional(),
  sort: z.enum(SORTABLE).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(100_000).default(100_000),
});
export type MemberSearch = z.input<typeof memberSearchSchema>;

export interface MemberRow {
  id: number;
  memberNumber: number;
  name: string;
  postcode: string;
  phone: string;
  email: string;
  locality: string;
  status: MemberStatus;
  roles: Role[];
  joinedOn: string;
}

export interface MemberSearchResult {
  rows: MemberRow[];
  /** How many match the search and filters. */
  total: number;
  /** Everyone on the register, by status, whatever the search. */
  counts: Record<MemberStatus, number> & { all: number };
}

export const idSchema = z.object({ id: z.number().int().positive() });
export const updateMemberSchema = z.object({ id: z.number().int().positive(), member: memberInputSchema });
export const archiveMemberSchema = z.object({ id: z.number().int().positive(), leftOn: isoDate('the date they left') });
