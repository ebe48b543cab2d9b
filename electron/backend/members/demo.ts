// The demo office: ~300 synthetic members, the same every time (seeded), never real people.
// Phone numbers come from Ofcom's ranges kept for drama (07700 900xxx, 01632 960xxx) and email
// addresses use example.org, so nothing in the demo can reach anyone.
import { faker } from '@faker-js/faker/locale/en_GB';
import { memberInputSchema, type MemberInput } from '../../../shared/contract/members';
import { CONTACT_METHODS, DEFAULT_INVOLVEMENTS, ROLES, type Role } from '../../../shared/domain/members';
import type { OfficeContext } from '../context';
import { writeMember } from './repository';
import { populateDemoStaff } from '../staff/demo';
import { closeDemoPeriods } from '../payroll/demo';
import { DEMO_APPROVER, populateDemoRota } from '../rota/demo';
import { populateDemoSupervision } from '../supervision/demo';
import { populateDemoSupport } from '../support/demo';
import { populateDemoAbsence } from '../absence/demo';
import { populateDemoReferrals } from '../referrals/demo';
import { londonToday, utcDateToIso } from '../../../shared/domain/dates';

/** Real outward codes for each West Sussex locality, so demo postcodes look right on a map. */
const OUTWARD_CODES: Record<string, string[]> = {
  Adur: ['BN15', 'BN42', 'BN43'], Arun: ['BN16', 'BN18'], 'Bognor Regis': ['PO21', 'PO22'], 'Burgess Hill': ['RH15'],
  Chichester: ['PO18', 'PO19', 'PO20'], Crawley: ['RH10', 'RH11'], 'East Grinstead': ['RH19'], 'Haywards Heath': ['RH16', 'RH17'],
  Horsham: ['RH12', 'RH13'], Littlehampton: ['BN17'], Midhurst: ['GU29'], 'Shoreham-by-Sea': ['BN43'], Worthing: ['BN11', 'BN12', 'BN13', 'BN14'],
};
const TOWN: Record<string, string> = { Adur: 'Lancing', Arun: 'Arundel', 'Shoreham-by-Sea': 'Shoreham-by-Sea' };

export const DEMO_SEED = 20_111_997;
export const DEMO_MEMBERS = 300;


export function demoMembers(count = DEMO_MEMBERS, seed = DEMO_SEED, today = '2026-11-27'): MemberInput[] {
  faker.seed(seed);
  const end = new Date(`${today}T00:00:00Z`);
  const members: MemberInput[] = [];
  for (let i = 0; i < count; i++) {
    const sex = faker.helpers.arrayElement(['female', 'male'] as const);
    const firstName = faker.person.firstName(sex);
    const lastName = faker.person.lastName();
    const locality = faker.helpers.arrayElement(Object.keys(OUTWARD_CODES));
    const postcode = `${faker.helpers.arrayElement(OUTWARD_CODES[locality]!)} ${faker.number.int({ min: 1, max: 9 })}${faker.string.fromCharacters('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
    const joined = faker.date.between({ from: '1997-06-01T00:00:00Z', to: end });
    const joinedOn = utcDateToIso(joined);
    const status = faker.helpers.weightedArrayElement([{ weight: 80, value: 'active' as const }, { weight: 12, value: 'lapsed' as const }, { weight: 8, value: 'left' as const }]);
    const leftOn = status === 'left' ? utcDateToIso(faker.date.between({ from: joined, to: end })) : '';
    const roles: { role: Role; startedOn: string; endedOn: string }[] = [{ role: 'member', startedOn: joinedOn, endedOn: leftOn }];
    const extra = faker.helpers.weightedArrayElement<Role | null>([{ weight: 80, value: null }, { weight: 10, value: 'peer supporter' }, { weight: 6, value: 'volunteer' }, { weight: 3, value: 'trustee' }, { weight: 1, value: 'staff' }]);
    if (extra && ROLES.includes(extra)) roles.push({ role: extra, startedOn: utcDateToIso(faker.date.between({ from: joined, to: leftOn ? new Date(`${leftOn}T00:00:00Z`) : end })), endedOn: leftOn });
    const hasEmail = faker.datatype.boolean(0.7);
    const email = hasEmail ? faker.internet.email({ firstName, lastName, provider: 'example.org' }).toLowerCase() : '';
    const phone = faker.datatype.boolean(0.8) ? `07700 900${String(faker.number.int({ min: 0, max: 999 })).padStart(3, '0')}` : '';
    const contactMethods = CONTACT_METHODS.filter((m) => (m === 'email' ? !!email : m === 'post' ? true : !!phone) && faker.datatype.boolean(0.5));
    members.push({
      firstName, lastName,
      preferredName: faker.datatype.boolean(0.1) ? faker.person.firstName(sex) : '',
      pronouns: faker.helpers.weightedArrayElement([{ weight: 50, value: '' }, { weight: 22, value: sex === 'female' ? 'she/her' : 'he/him' }, { weight: 3, value: 'they/them' }]),
      dateOfBirth: faker.datatype.boolean(0.6) ? utcDateToIso(faker.date.birthdate({ min: 19, max: 85, mode: 'age', refDate: end })) : '',
      addressLine1: faker.location.streetAddress(), addressLine2: '', town: TOWN[locality] ?? locality, postcode,
      phone, email, locality, joinedOn, leftOn, status,
      involvements: faker.helpers.arrayElements(DEFAULT_INVOLVEMENTS, { min: 0, max: 2 }),
      contactMethods, contactConsent: contactMethods.length > 0, contactConsentOn: contactMethods.length > 0 ? joinedOn : '',
      emergencyContactName: faker.datatype.boolean(0.5) ? faker.person.fullName() : '',
      emergencyContactPhone: '',
      emergencyContactRelationship: '',
      roles,
    });
    const last = members[members.length - 1]!;
    if (last.emergencyContactName) {
      last.emergencyContactPhone = `01632 960${String(faker.number.int({ min: 0, max: 999 })).padStart(3, '0')}`;
      last.emergencyContactRelationship = faker.helpers.arrayElement(['partner', 'parent', 'friend', 'sibling', 'son', 'daughter']);
    }
  }
  return members;
}

/** Writes the demo members; runs inside the transaction that creates the demo office. */
export function populateDemo(ctx: OfficeContext, count = DEMO_MEMBERS): void {
  const nowIso = ctx.now().toISOString();
  demoMembers(count).forEach((m, i) => writeMember(ctx.db, memberInputSchema.parse(m), { memberNumber: 1001 + i, nowIso }));
  // DBS renewals follow the real calendar, so the demo always has a few coming up; the rota too.
  populateDemoStaff(ctx, londonToday(ctx.now()));
  // Before the rota: it gives a few people recent start dates, so someone is always in probation.
  populateDemoSupervision(ctx, londonToday(ctx.now()));
  populateDemoRota(ctx, londonToday(ctx.now()), { leavePeriodsOpen: true });
  populateDemoSupport(ctx, londonToday(ctx.now()));
  // After the rota: past spells fall on days with no session worked, and whoever is off now has theirs cancelled.
  populateDemoAbsence(ctx, londonToday(ctx.now()));
  // After the absences: approving snapshots each period's lines, and sickness adds its SSP days to them.
  closeDemoPeriods(ctx, londonToday(ctx.now()), DEMO_APPROVER);
  // After the rota: the referral prompts look at first sessions and last week's hours.
  populateDemoReferrals(ctx, londonToday(ctx.now()));
}
