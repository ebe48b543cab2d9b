// HMRC mileage: 45p a mile for the first 10,000 business miles in the tax year, 25p after.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTenths, mileagePay, type Trip } from '../../../shared/domain/pay/mileage';
import { UK_MILEAGE_RATES } from '../../../shared/domain/pay/uk-defaults';

const none = () => 0;
const pay = (trips: Trip[], claimedBefore: (y: string) => number = none) => {
  const r = mileagePay(trips, claimedBefore, UK_MILEAGE_RATES);
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('mileagePay', () => {
  it('pays 45p a mile, in tenths, rounded once', () => {
    expect(pay([{ date: '2026-11-27', tenths: 123 }])).toEqual({ ok: true, pence: 554, lines: [{ pencePerMile: 45, tenths: 123 }] }); // 553.5p
    expect(pay([{ date: '2026-11-27', tenths: 1 }, { date: '2026-11-28', tenths: 1 }, { date: '2026-11-29', tenths: 1 }]).pence).toBe(14); // 13.5p, not 3 x 5p
  });

  it('splits a trip that crosses 10,000 miles in the tax year', () => {
    const r = pay([{ date: '2026-11-27', tenths: 200 }], (year) => (year === '2026-04-06' ? 99_900 : 0));
    expect(r.lines).toEqual([{ pencePerMile: 45, tenths: 100 }, { pencePerMile: 25, tenths: 100 }]);
    expect(r.pence).toBe(450 + 250);
  });

  it('starts the count again on 6 April', () => {
    const claimed = (year: string) => (year === '2025-04-06' ? 100_000 : 0);
    const r = pay([{ date: '2026-04-05', tenths: 100 }, { date: '2026-04-06', tenths: 100 }], claimed);
    expect(r.lines).toEqual([{ pencePerMile: 25, tenths: 100 }, { pencePerMile: 45, tenths: 100 }]);
  });

  it('counts trips in date order within the period', () => {
    const r = pay([{ date: '2026-11-28', tenths: 50 }, { date: '2026-11-27', tenths: 50 }], () => 99_950);
    expect(r.lines).toEqual([{ pencePerMile: 45, tenths: 50 }, { pencePerMile: 25, tenths: 50 }]);
  });

  it('says so when no rate is set', () => {
    expect(mileagePay([{ date: '2010-01-01', tenths: 10 }], none, UK_MILEAGE_RATES)).toMatchObject({ ok: false });
  });

  it('shows tenths as miles', () => expect([formatTenths(123), formatTenths(5), formatTenths(100_000)]).toEqual(['12.3', '0.5', '10000.0']));

  it('pays the same however the year\'s miles are split across claims', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 59 }), (tenths, cut) => {
      const trips = tenths.map((t, i) => ({ date: `2026-${String(5 + Math.floor(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, tenths: t }));
      const whole = pay(trips);
      const first = trips.slice(0, cut);
      const firstTenths = first.reduce((s, t) => s + t.tenths, 0);
      const split = [pay(first), pay(trips.slice(cut), () => firstTenths)];
      const total = trips.reduce((s, t) => s + t.tenths, 0);
      const exact = (45 * Math.min(total, 100_000) + 25 * Math.max(0, total - 100_000)) / 10;
      expect(Math.abs(whole.pence - exact)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(split[0]!.pence + split[1]!.pence - whole.pence)).toBeLessThanOrEqual(1);
    }));
  });
});
