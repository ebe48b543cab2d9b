// Synthetic people for tests: invented names, Ofcom's drama phone numbers, example.org addresses.
import type { MemberInput } from '../../shared/contract/members';

export function memberInput(overrides: Partial<MemberInput> = {}): MemberInput {
  return {
    firstName: 'Zebedee',
    lastName: 'Quaintance',
    postcode: 'BN11 1AA',
    phone: '07700 900123',
    email: 'zebedee.quaintance@example.org',
    addressLine1: '1 Lantern Row',
    town: 'Worthing',
    locality: 'Worthing',
    joinedOn: '2024-03-01',
    status: 'active',
    roles: [{ role: 'member', startedOn: '2024-03-01' }],
    ...overrides,
  };
}

/** A small register with something to find by every route: name, postcode, phone, email, number. */
export const REGISTER: MemberInput[] = [
  memberInput({ roles: [{ role: 'member', startedOn: '2024-03-01' }, { role: 'peer supporter', startedOn: '2025-01-10' }] }),
  memberInput({
    firstName: 'Philippa', lastName: 'Ormerod-Strand', preferredName: 'Pip', postcode: 'BN12 4ZZ', phone: '07700 900456',
    email: 'pip.ormerod@example.org', joinedOn: '2019-05-20', status: 'lapsed', roles: [{ role: 'member', startedOn: '2019-05-20' }],
  }),
  memberInput({
    firstName: 'Barnaby', lastName: 'Quill', postcode: 'RH12 1AB', phone: '07700 900789', email: '', town: 'Horsham', locality: 'Horsham',
    joinedOn: '2015-09-01', leftOn: '2023-04-30', status: 'left', roles: [{ role: 'member', startedOn: '2015-09-01', endedOn: '2023-04-30' }],
  }),
  memberInput({
    firstName: 'Ottoline', lastName: 'Fairweather', postcode: 'PO19 1AA', phone: '', email: 'ottoline@example.org', town: 'Chichester',
    locality: 'Chichester', joinedOn: '2021-02-14', roles: [{ role: 'member', startedOn: '2021-02-14' }, { role: 'volunteer', startedOn: '2022-06-01' }],
  }),
];
