// Holiday: 12.07% accrual and rolled-up pay for irregular-hours staff, 5.6 weeks for fixed hours.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accrueForPeriod, accruedHolidayMinutes, averageWeeklyHolidayPay, fixedEntitlementMinutes, rolledUpHolidayPence } from '../../../shared/domain/pay/holiday';
import { UK_HOLIDAY_RULES } from '../../../shared/domain/pay/uk-defaults';
import { addDays } from '../../../shared/domain/pay/calendar';

const rules = UK_HOLIDAY_RULES[0]!;

describe('12.07% accrual', () => {
  it('accrues on the period total, rounded once', () => {
    expect(accruedHolidayMinutes(6000, rules)).toBe(724); // 100 hours -> 12.07 hours = 724.2 minutes
    expect(accruedHolidayMinutes(0, rules)).toBe(0);
    // 46.4 weeks of 20 hours earns 5.6 weeks of 20 hours: the reason for 12.07%
    expect(accruedHolidayMinutes(464 * 20 * 6, rules)).toBe(6721); // 112.02 hours, about 5.6 x 20
  });

  it('rounds once: accruing a period whole never differs from its parts by more than a minute per part', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 30 }), (shifts) => {
      const whole = accruedHolidayMinutes(shifts.reduce((s, m) => s + m, 0), rules);
      const parts = shifts.reduce((s, m) => s + accruedHolidayMinutes(m, rules), 0);
      expect(Math.abs(whole - parts)).toBeLessThanOrEqual(shifts.length / 2 + 1);
      expect(whole).toBeGreaterThanOrEqual(0);
    }));
  });

  it('stops at the cap for the leave year', () => {
    expect(accrueForPeriod(6000, 0, null, rules)).toEqual({ accruedMinutes: 724, capped: false });
    expect(accrueForPeriod(6000, 5000, 5500, rules)).toEqual({ accruedMinutes: 500, capped: true });
    expect(accrueForPeriod(6000, 5600, 5500, rules)).toEqual({ accruedMinutes: 0, capped: true });
  });
});

describe('rolled-up holiday pay', () => {
  it('is 12.07% of the period\'s pay, to the penny', () => {
    expect(rolledUpHolidayPence(100_000, rules)).toBe(12_070);
    expect(rolledUpHolidayPence(9533, rules)).toBe(1151); // £95.33 -> £11.5063 -> £11.51
  });
});

describe('fixed entitlement', () => {
  it('is 5.6 times the contracted week', () => {
    expect(fixedEntitlementMinutes(37.5 * 60, rules)).toBe(12_600); // 210 hours
    expect(fixedEntitlementMinutes(16 * 60, rules)).toBe(5376); // 89.6 hours
    expect(fixedEntitlementMinutes(7 * 60 + 25, rules)).toBe(2492); // 445 x 5.6 = 2492
  });
});

describe('average weekly holiday pay', () => {
  const weeks = (first: string, pences: number[]) => pences.map((pence, i) => ({ weekStart: addDays(first, i * 7), pence }));

  it('averages the last 52 paid weeks before the leave, skipping unpaid ones', () => {
    const history = weeks('2025-01-06', [...Array(10).fill(99_999), ...Array(52).fill(10_000), 0, 0, 20_000]);
    const leave = addDays('2025-01-06', 65 * 7 + 2); // a Wednesday after the history
    // the last 52 paid weeks: £200 once and £100 fifty-one times
    expect(averageWeeklyHolidayPay(history, leave)).toEqual({ weeklyPence: Math.round((20_000 + 51 * 10_000) / 52), weeksUsed: 52 });
  });

  it('ignores the week of the leave and after, and looks back no more than 104 weeks', () => {
    const history = weeks('2023-01-02', [30_000, ...Array(110).fill(0), 12_345, 50_000]);
    const leave = addDays('2023-01-02', 112 * 7); // the Monday of the £500 week
    expect(averageWeeklyHolidayPay(history, leave)).toEqual({ weeklyPence: 12_345, weeksUsed: 1 });
    expect(averageWeeklyHolidayPay(history.slice(0, 2), leave)).toBeNull();
  });
});
