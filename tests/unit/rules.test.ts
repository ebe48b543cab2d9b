// Passphrase strength, member numbers and the duplicate-matching keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../shared/domain/passphrase';
import { displayName, duplicateKeys, formatMemberNumber, parseMemberNumber } from '../../shared/domain/members';

describe('passphraseStrength', () => {
  it.each([
    ['', 'too short'], ['kettle', 'too short'], ['elevenchars', 'too short'],
    ['aaaaaaaaaaaa', 'weak'], ['password1234', 'weak'], ['0123456789ab', 'weak'], ['abababababab', 'weak'],
    ['abcdefghijkl', 'fair'], ['Orchard-Lantern', 'fair'],
    ['kettle orchard lantern', 'strong'], ['Kettle-Orchard-2026!', 'strong'],
  ])('%j is %s', (passphrase, strength) => expect(passphraseStrength(passphrase).strength).toBe(strength));

  it('says how long it must be when it is too short', () => {
    expect(passphraseStrength('short').hint).toContain(String(MIN_PASSPHRASE_LENGTH));
  });

  it('never calls anything under the minimum acceptable', () => {
    fc.assert(fc.property(fc.string({ maxLength: MIN_PASSPHRASE_LENGTH - 1 }), (p) => { expect(passphraseStrength(p).strength).toBe('too short'); }));
  });
});

describe('member numbers', () => {
  it('formats padded with an M', () => {
    expect(formatMemberNumber(1001)).toBe('M01001');
    expect(formatMemberNumber(7)).toBe('M00007');
    expect(formatMemberNumber(123456)).toBe('M123456');
  });

  it.each([['M01001', 1001], ['m1001', 1001], ['1001', 1001], [' M01001 ', 1001], ['0042', 42]])('parses %j', (input, n) => {
    expect(parseMemberNumber(input)).toBe(n);
  });

  it.each(['', 'M', 'X1001', '10-01', 'M 1001', '1001a', 'Zebedee'])('refuses %j', (input) => expect(parseMemberNumber(input)).toBeNull());

  it('parses what it formats', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => { expect(parseMemberNumber(formatMemberNumber(n))).toBe(n); }));
  });
});

describe('duplicateKeys', () => {
  it('matches on name and postcode, whatever the case and spacing', () => {
    const a = duplicateKeys({ firstName: 'Zebedee', lastName: 'Quaintance', postcode: 'BN11 1AA' });
    const b = duplicateKeys({ firstName: ' zebedee', lastName: 'QUAINTANCE ', postcode: 'bn111aa' });
    expect(a).toEqual(['name+postcode:zebedee quaintance|BN111AA']);
    expect(b).toEqual(a);
  });

  it('matches on email alone', () => {
    expect(duplicateKeys({ firstName: 'Zeb', lastName: 'Q', email: ' Zebedee@Example.org ' })).toEqual(['email:zebedee@example.org']);
  });

  it('gives both keys when both are known, and none without a postcode or email', () => {
    expect(duplicateKeys({ firstName: 'Zebedee', lastName: 'Quaintance', postcode: 'BN11 1AA', email: 'z@example.org' })).toHaveLength(2);
    expect(duplicateKeys({ firstName: 'Zebedee', lastName: 'Quaintance', postcode: '', email: null })).toEqual([]);
  });

  it('does not match different people at one address', () => {
    const a = duplicateKeys({ firstName: 'Zebedee', lastName: 'Quaintance', postcode: 'BN11 1AA' });
    const b = duplicateKeys({ firstName: 'Ottoline', lastName: 'Quaintance', postcode: 'BN11 1AA' });
    expect(a.some((k) => b.includes(k))).toBe(false);
  });
});

describe('displayName', () => {
  it('prefers the preferred name', () => {
    expect(displayName({ firstName: 'Philippa', lastName: 'Ormerod-Strand', preferredName: 'Pip' })).toBe('Pip Ormerod-Strand');
    expect(displayName({ firstName: 'Philippa', lastName: 'Ormerod-Strand', preferredName: '  ' })).toBe('Philippa Ormerod-Strand');
  });
});
