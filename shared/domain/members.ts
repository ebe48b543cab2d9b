// The words the members register is built from. One person, many roles over time.

export const ROLES = ['member', 'peer supporter', 'volunteer', 'trustee', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const STATUSES = ['active', 'lapsed', 'left'] as const;
export type MemberStatus = (typeof STATUSES)[number];

export const CONTACT_METHODS = ['email', 'phone', 'text', 'post'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** What the demo office is called, in the app and from the command line. */
export const DEMO_OFFICE_NAME = 'Demo Peer Support Office';

/** Shipped starting lists; the office edits them in Settings. */
export const DEFAULT_LOCALITIES = [
  'Adur', 'Arun', 'Bognor Regis', 'Burgess Hill', 'Chichester', 'Crawley', 'East Grinstead', 'Haywards Heath',
  'Horsham', 'Littlehampton', 'Midhurst', 'Shoreham-by-Sea', 'Worthing',
];
export const DEFAULT_INVOLVEMENTS = ['Peer-run groups', 'Training', 'Consultancy', "Patients' council", 'Campaigns'];

/** Member numbers are shown padded so they sort and read the same everywhere: 1001 -> "M01001". */
export const formatMemberNumber = (n: number): string => `M${String(n).padStart(5, '0')}`;

/** "M01001", "m1001" or "1001" -> 1001. */
export function parseMemberNumber(input: string): number | null {
  const m = /^m?0*(\d{1,9})$/i.exec(input.trim());
  return m ? Number(m[1]) : null;
}

export const displayName = (p: { firstName: string; lastName: string; preferredName?: string | null }): string =>
  `${p.preferredName?.trim() || p.firstName} ${p.lastName}`;

/** Two records are likely the same person when they share a name and a postcode, or an email. */
export function duplicateKeys(p: { firstName: string; lastName: string; postcode?: string | null; email?: string | null }): string[] {
  const keys: string[] = [];
  const name = `${p.firstName} ${p.lastName}`.trim().toLowerCase().replace(/\s+/g, ' ');
  if (p.postcode) keys.push(`name+postcode:${name}|${p.postcode.replace(/\s+/g, '').toUpperCase()}`);
  if (p.email) keys.push(`email:${p.email.trim().toLowerCase()}`);
  return keys;
}
