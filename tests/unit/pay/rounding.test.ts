// Minutes and pence are rounded once, at the total, half-up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divideRounded, formatDecimalHours, formatPounds, minutesToDecimalHours, minutesToHundredths, payPence, payPenceForParts, penceToDecimal, percentOf,
} from '../../../shared/domain/pay/rounding';

describe('divideRounded', () => {
  it('rounds halves away from zero', () => {
    expect([divideRounded(5, 2), divideRounded(7, 2), divideRounded(-5, 2), divideRounded(4, 3), divideRounded(5, 3)]).toEqual([3, 4, -3, 1, 2]);
    expect(Object.is(divideRounded(-1, 3), 0)).toBe(true);
  });

  it('refuses fractions and a zero divisor: a programming slip, not a person\'s', () => {
    expect(() => divideRounded(1.5, 2)).toThrow(RangeError);
    expect(() => divideRounded(1, 0)).toThrow(RangeError);
  });

  it('is the nearest integer, a half going away from zero (checked in exact BigInt arithmetic)', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
      const twiceRemainder = 2n * (BigInt(n) - BigInt(divideRounded(n, d)) * BigInt(d));
      const D = BigInt(d);
      // n >= 0: -d <= 2r < d (a half rounds up); n < 0: -d < 2r <= d (a half rounds down, away from zero)
      if (n >= 0) expect(twiceRemainder >= -D && twiceRemainder < D).toBe(true);
      else expect(twiceRemainder > -D && twiceRemainder <= D).toBe(true);
    }));
  });
});

describe('hours', () => {
  it('makes three 20-minute sessions 1.00 hour, not 0.99', () => {
    expect(formatDecimalHours(20 + 20 + 20)).toBe('1.00');
    expect(3 * minutesToDecimalHours(20)).not.toBe(1); // why the total is rounded, not each session
  });

  it.each([[0, '0.00'], [1, '0.02'], [20, '0.33'], [30, '0.50'], [349, '5.82'], [450, '7.50'], [6001, '100.02']])('%i minutes -> %s', (m, h) => {
    expect(formatDecimalHours(m)).toBe(h);
  });

  it('gives numbers for spreadsheet cells', () => expect(minutesToDecimalHours(450)).toBe(7.5));

  it('is within half a hundredth of the exact hours', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (m) => {
      expect(Math.abs(minutesToHundredths(m) - (m * 100) / 60)).toBeLessThanOrEqual(0.5);
      expect(Number(formatDecimalHours(m))).toBe(minutesToDecimalHours(m));
    }));
  });
});

describe('pay', () => {
  it('prices minutes at an hourly rate, rounded once', () => {
    expect(payPence(450, 1271)).toBe(9533); // 7.5 x £12.71 = £95.325 -> £95.33 (half-up)
    expect(payPence(20, 1271)).toBe(424); // £4.2366...
    expect(payPenceForParts([{ minutes: 20, ratePence: 1271 }, { minutes: 20, ratePence: 1271 }, { minutes: 20, ratePence: 1271 }])).toBe(1271);
    expect(3 * payPence(20, 1271)).toBe(1272); // rounding each session would overpay a penny
  });

  it('takes a percentage in basis points', () => {
    expect(percentOf(10_000, 1207)).toBe(1207);
    expect(percentOf(9533, 1207)).toBe(1151); // 1150.63
  });

  it('rounding the parts together is never more than half a penny from exact', () => {
    const part = fc.record({ minutes: fc.integer({ min: 0, max: 900 }), ratePence: fc.integer({ min: 0, max: 5000 }) });
    fc.assert(fc.property(fc.array(part, { maxLength: 40 }), (parts) => {
      const exact = parts.reduce((s, p) => s + (p.minutes * p.ratePence) / 60, 0);
      expect(Math.abs(payPenceForParts(parts) - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
    }));
  });
});

describe('money shown', () => {
  it.each([[123450, '£1,234.50'], [0, '£0.00'], [5, '£0.05'], [-150, '-£1.50'], [123456789, '£1,234,567.89']])('%i pence -> %s', (p, s) => {
    expect(formatPounds(p)).toBe(s);
  });

  it.each([[1271, '12.71'], [5, '0.05'], [100, '1.00'], [-150, '-1.50']])('%i pence -> %s in a CSV', (p, s) => expect(penceToDecimal(p)).toBe(s));

  it('shows every amount to the exact penny', () => {
    fc.assert(fc.property(fc.integer({ min: -1e11, max: 1e11 }), (p) => {
      const digits = formatPounds(p).replace(/[£,.]/g, '');
      expect(Number(digits)).toBe(p);
      expect(Math.round(Number(penceToDecimal(p)) * 100)).toBe(p);
    }));
  });
});
