// The member form's values and the labels its error summary uses.
import type { Member } from '../../../../shared/contract/members';
import type { ContactMethod, MemberStatus, Role } from '../../../../shared/domain/members';

export interface MemberFormValues {
  firstName: string; lastName: string; preferredName: string; pronouns: string; dateOfBirth: string;
  addressLine1: string; addressLine2: string; town: string; postcode: string; phone: string; email: string; locality: string;
  joinedOn: string; leftOn: string; status: MemberStatus;
  involvements: string[]; contactMethods: ContactMethod[]; contactConsent: boolean; contactConsentOn: string;
  emergencyContactName: string; emergencyContactPhone: string; emergencyContactRelationship: string;
  roles: { role: Role; startedOn: string; endedOn: string }[];
}

export const emptyMember = (today: string): MemberFormValues => ({
  firstName: '', lastName: '', preferredName: '', pronouns: '', dateOfBirth: '',
  addressLine1: '', addressLine2: '', town: '', postcode: '', phone: '', email: '', locality: '',
  joinedOn: today, leftOn: '', status: 'active',
  involvements: [], contactMethods: [], contactConsent: false, contactConsentOn: '',
  emergencyContactName: '', emergencyContactPhone: '', emergencyContactRelationship: '',
  roles: [{ role: 'member', startedOn: today, endedOn: '' }],
});

export function memberToForm(m: Member): MemberFormValues {
  const { id: _id, memberNumber: _n, createdAt: _c, updatedAt: _u, canDelete: _d, possibleDuplicates: _p, ...values } = m;
  return values;
}

export const FIELD_LABELS: Record<string, string> = {
  firstName: 'First name', lastName: 'Last name', preferredName: 'Preferred name', pronouns: 'Pronouns', dateOfBirth: 'Date of birth',
  addressLine1: 'Address', addressLine2: 'Address line 2', town: 'Town', postcode: 'Postcode', phone: 'Phone', email: 'Email',
  locality: 'Locality', joinedOn: 'Date joined', leftOn: 'Date left', status: 'Status', contactMethods: 'How they like to be contacted',
  contactConsent: 'Consent', contactConsentOn: 'Date of consent', emergencyContactName: 'Emergency contact name',
  emergencyContactPhone: 'Emergency contact phone', emergencyContactRelationship: 'Relationship',
};

/** "roles.1.startedOn" -> "Role 2, start date", for the error summary. */
export function labelFor(path: string): string {
  const m = /^roles\.(\d+)\.(\w+)$/.exec(path);
  if (m) return `Role ${Number(m[1]) + 1}, ${m[2] === 'startedOn' ? 'start date' : m[2] === 'endedOn' ? 'end date' : 'role'}`;
  return FIELD_LABELS[path] ?? path;
}
