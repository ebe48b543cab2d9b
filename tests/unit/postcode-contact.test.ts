// Postcodes, phone numbers and email addresses in the shapes an office in England meets them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPostcode, isUkPostcode, normalisePostcode } from '../../shared/domain/postcode';
import { isEmail, normaliseUkPhone, phoneDigits } from '../../shared/domain/contact';

describe('normalisePostcode', () => {
  it.each([
    ['BN11 1AA', 'BN11 1AA'], ['bn111aa', 'BN11 1AA'], ['  bn11   1aa ', 'BN11 1AA'], ['sw1a 1aa', 'SW1A 1AA'],
    ['EC1A1BB', 'EC1A 1BB'], ['W1A 0AX', 'W1A 0AX'], ['M1 1AE', 'M1 1AE'], ['B33 8TH', 'B33 8TH'], ['DN55 1PT', 'DN55 1PT'],
  ])('%s -> %s', (input, expected) => expect(normalisePostcode(input)).toBe(expected));

  it.each(['', 'BN11', 'BN11 1A', '12345', 'BN11 1AAA', '1BN 1AA', 'BN11-1AA'])('refuses %j', (input) => {
    expect(normalisePostcode(input)).toBeNull();
    expect(isUkPostcode(input)).toBe(false);
  });

  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const digit = fc.constantFrom(...'0123456789');
  const validPostcode = fc
    .tuple(fc.array(letter, { minLength: 1, maxLength: 2 }), digit, fc.option(fc.oneof(letter, digit), { nil: '' }), digit, letter, letter, fc.constantFrom('', ' ', '  '))
    .map(([area, d, extra, s, u1, u2, gap]) => `${area.join('')}${d}${extra}${gap}${s}${u1}${u2}`);

  it('accepts every well-formed postcode in any case and spacing', () => {
    fc.assert(fc.property(validPostcode, fc.boolean(), (pc, lower) => {
      expect(normalisePostcode(lower ? pc.toLowerCase() : pc)).toMatch(/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/);
    }));
  });

  it('is idempotent on anything', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), validPostcode), (s) => {
      const once = normalisePostcode(s);
      if (once !== null) expect(normalisePostcode(once)).toBe(once);
    }));
  });

  it('compacts for searching', () => expect(compactPostcode(' bn11 1aa ')).toBe('BN111AA'));
});

describe('normaliseUkPhone', () => {
  it.each([
    ['07700 900123', '07700 900123'], ['07700900123', '07700 900123'], ['+44 7700 900123', '07700 900123'],
    ['0044 7700 900123', '07700 900123'], ['+44 (0)7700 900123', '07700 900123'], ['+44(0)1243 123456', '01243 123456'], ['(01243) 123456', '01243 123456'], ['01243-123-456', '01243 123456'],
    ['020 7946 0958', '020 7946 0958'], ['02079460958', '020 7946 0958'], ['0169771234', '0169 771234'],
  ])('%s -> %s', (input, expected) => expect(normaliseUkPhone(input)).toBe(expected));

  it.each(['', '12345', '07700 9001234567', 'call me', '+1 555 123 4567', '07700 900123 ext 4', '7700 900123'])(
    'refuses %j', (input) => expect(normaliseUkPhone(input)).toBeNull(),
  );

  it('keeps only digits for matching', () => expect(phoneDigits('+44 (0)7700-900 123')).toBe('4407700900123'));

  it('gives the same answer for a number it has already formatted', () => {
    const ukNumber = fc.tuple(fc.constantFrom('01', '02', '07'), fc.stringMatching(/^[0-9]{9}$/)).map(([p, rest]) => `${p}${rest}`);
    fc.assert(fc.property(ukNumber, (n) => {
      const once = normaliseUkPhone(n);
      expect(once).not.toBeNull();
      expect(normaliseUkPhone(once!)).toBe(once);
      expect(phoneDigits(once!)).toBe(n);
    }));
  });
});

describe('isEmail', () => {
  it.each(['zebedee@example.org', ' zebedee.quaintance@example.org ', 'z+news@mail.example.org'])('accepts %j', (e) => expect(isEmail(e)).toBe(true));
  it.each(['', 'zebedee', 'zebedee@', '@example.org', 'zebedee@example', 'zebedee@example.o', 'zeb edee@example.org', 'a@b@example.org'])(
    'refuses %j', (e) => expect(isEmail(e)).toBe(false),
  );
});
