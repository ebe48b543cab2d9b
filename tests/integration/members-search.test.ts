// Finding people the ways an office looks for them: part of a name, a postcode typed any way, phone
// digits, email, member number; then filters, sort order and the counts.
import { describe, expect, it } from 'vitest';
import type { MemberSearch } from '../../shared/contract/members';
import { REGISTER } from '../helpers/members';
import { expectOk, useSharedOffice } from '../helpers/office';

// Searches only read, so the file shares one office.
const office = useSharedOffice(async (backend) => {
  for (const m of REGISTER) expectOk(await backend.invoke('members:create', m));
});

async function names(search: MemberSearch): Promise<string[]> {
  return expectOk(await office().backend.invoke('members:search', search)).rows.map((r) => r.name);
}

describe('searching the register', () => {
  it.each([
    ['quain', ['Zebedee Quaintance']],
    ['ZEBEDEE Q', ['Zebedee Quaintance']],
    ['quaintance, zeb', ['Zebedee Quaintance']],
    ['pip orm', ['Pip Ormerod-Strand']],
    ['philippa', ['Pip Ormerod-Strand']],
  ])('finds %j by name', async (query, expected) => expect(await names({ query })).toEqual(expected));

  it.each([
    ['bn11', ['Zebedee Quaintance']],
    ['BN11 1A', ['Zebedee Quaintance']],
    ['bn111aa', ['Zebedee Quaintance']],
    [' bn11  1aa ', ['Zebedee Quaintance']],
    ['bn1', ['Pip Ormerod-Strand', 'Zebedee Quaintance']],
    ['po19', ['Ottoline Fairweather']],
  ])('finds %j by postcode, however it is typed', async (query, expected) => expect(await names({ query })).toEqual(expected));

  it.each([
    ['900123', ['Zebedee Quaintance']],
    ['07700 900 456', ['Pip Ormerod-Strand']],
    ['07700900789', ['Barnaby Quill']],
  ])('finds %j by phone digits', async (query, expected) => expect(await names({ query })).toEqual(expected));

  it.each([
    ['ottoline@example.org', ['Ottoline Fairweather']],
    ['PIP.ORMEROD@', ['Pip Ormerod-Strand']],
  ])('finds %j by email', async (query, expected) => expect(await names({ query })).toEqual(expected));

  it.each([['M01001'], ['m1001'], ['1001']])('finds %j by member number', async (query) => {
    expect(await names({ query })).toEqual(['Zebedee Quaintance']);
  });

  it('treats % and _ as plain characters, not wildcards', async () => {
    expect(await names({ query: '%' })).toEqual([]);
    expect(await names({ query: '_' })).toEqual([]);
  });

  it('filters by status, current role and locality, combined with the search', async () => {
    expect(await names({ status: 'lapsed' })).toEqual(['Pip Ormerod-Strand']);
    expect(await names({ status: 'left' })).toEqual(['Barnaby Quill']);
    expect(await names({ role: 'volunteer' })).toEqual(['Ottoline Fairweather']);
    expect(await names({ role: 'peer supporter' })).toEqual(['Zebedee Quaintance']);
    // Barnaby's membership ended when he left: it is not a current role.
    expect(await names({ role: 'member' })).toEqual(['Ottoline Fairweather', 'Pip Ormerod-Strand', 'Zebedee Quaintance']);
    expect(await names({ locality: 'Horsham' })).toEqual(['Barnaby Quill']);
    expect(await names({ query: 'q', status: 'active' })).toEqual(['Zebedee Quaintance']);
  });

  it('sorts by name, number, postcode or date joined, either way', async () => {
    expect(await names({})).toEqual(['Ottoline Fairweather', 'Pip Ormerod-Strand', 'Zebedee Quaintance', 'Barnaby Quill']);
    expect(await names({ direction: 'desc' })).toEqual(['Barnaby Quill', 'Zebedee Quaintance', 'Pip Ormerod-Strand', 'Ottoline Fairweather']);
    expect(await names({ sort: 'memberNumber', direction: 'desc' })).toEqual(['Ottoline Fairweather', 'Barnaby Quill', 'Pip Ormerod-Strand', 'Zebedee Quaintance']);
    expect(await names({ sort: 'postcode' })).toEqual(['Zebedee Quaintance', 'Pip Ormerod-Strand', 'Ottoline Fairweather', 'Barnaby Quill']);
    expect(await names({ sort: 'joinedOn' })).toEqual(['Barnaby Quill', 'Pip Ormerod-Strand', 'Ottoline Fairweather', 'Zebedee Quaintance']);
  });

  it('returns the rows a list shows, with current roles and formatted fields', async () => {
    const { rows } = expectOk(await office().backend.invoke('members:search', { query: 'M01001' }));
    expect(rows).toEqual([{
      id: 1, memberNumber: 1001, name: 'Zebedee Quaintance', postcode: 'BN11 1AA', phone: '07700 900123', email: 'zebedee.quaintance@example.org',
      locality: 'Worthing', status: 'active', roles: ['member', 'peer supporter'], joinedOn: '2024-03-01',
    }]);
  });

  it('counts everyone by status whatever the search, and the matches before the limit', async () => {
    const result = expectOk(await office().backend.invoke('members:search', { query: 'bn1', limit: 1 }));
    expect(result.rows).toHaveLength(1);
    expect(result.total).toBe(2);
    expect(result.counts).toEqual({ active: 2, lapsed: 1, left: 1, all: 4 });
  });
});
