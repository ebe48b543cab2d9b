// Permitted work: calendar-week hours and pay against the limits in force, and 4-week averages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBooking, checkPermittedWork, rollingAverages, weeklyTotals, type PaidSession } from '../../../shared/domain/pay/permitted-work';
import { UK_PERMITTED_WORK_LIMITS } from '../../../shared/domain/pay/uk-defaults';
import { addDays, isoWeekday } from '../../../shared/domain/pay/calendar';

const rate = 1271;
const s = (date: string, hours: number): PaidSession => ({ date, minutes: hours * 60, ratePence: rate });

describe('weeklyTotals', () => {
  it('groups by Monday-to-Sunday week and fills quiet weeks with zero', () => {
    const weeks = weeklyTotals([s('2026-11-29', 4), s('2026-11-23', 3), s('2026-12-14', 2)]); // Sun, Mon, Mon two weeks on
    expect(weeks.map((w) => [w.weekStart, w.weekEnd, w.minutes, w.sessions])).toEqual([
      ['2026-11-23', '2026-11-29', 420, 2], ['2026-11-30', '2026-12-06', 0, 0], ['2026-12-07', '2026-12-13', 0, 0], ['2026-12-14', '2026-12-20', 120, 1],
    ]);
  });

  it('prices each week once, on its total', () => {
    const [week] = weeklyTotals([20, 20, 20].map((m) => ({ date: '2026-11-24', minutes: m, ratePence: rate })));
    expect(week!.pence).toBe(1271);
  });

  it('keeps to a range when given one', () => {
    const weeks = weeklyTotals([s('2026-11-20', 5), s('2026-11-24', 3)], { from: '2026-11-23', to: '2026-12-06' });
    expect(weeks.map((w) => w.minutes)).toEqual([180, 0]);
    expect(weeklyTotals([])).toEqual([]);
  });

  it('loses no minutes and starts every week on a Monday', () => {
    const session = fc.record({ date: fc.integer({ min: 0, max: 120 }).map((n) => addDays('2026-01-01', n)), minutes: fc.integer({ min: 0, max: 720 }), ratePence: fc.integer({ min: 0, max: 3000 }) });
    fc.assert(fc.property(fc.array(session, { maxLength: 40 }), (sessions) => {
      const weeks = weeklyTotals(sessions);
      expect(weeks.reduce((t, w) => t + w.minutes, 0)).toBe(sessions.reduce((t, x) => t + x.minutes, 0));
      expect(weeks.every((w, i) => isoWeekday(w.weekStart) === 1 && (i === 0 || addDays(weeks[i - 1]!.weekStart, 7) === w.weekStart))).toBe(true);
    }));
  });
});

describe('checkPermittedWork', () => {
  const week = (weekStart: string, minutes: number, pence: number) => ({ weekStart, weekEnd: addDays(weekStart, 6), minutes, pence, sessions: 1 });

  it('higher limit: under 16 hours and no more than the earnings limit', () => {
    const [ok, sixteen, earns] = checkPermittedWork([week('2026-11-23', 959, 20_350), week('2026-11-30', 960, 12_000), week('2026-12-07', 600, 20_351)], 'higher', UK_PERMITTED_WORK_LIMITS);
    expect([ok!.overHours, ok!.overEarnings]).toEqual([false, false]);
    expect([sixteen!.overHours, sixteen!.overEarnings]).toEqual([true, false]); // 16 hours is not "under 16"
    expect([earns!.overHours, earns!.overEarnings]).toEqual([false, true]);
  });

  it('lower limit: any hours, up to £20', () => {
    const [a, b] = checkPermittedWork([week('2026-11-23', 2400, 2000), week('2026-11-30', 60, 2001)], 'lower', UK_PERMITTED_WORK_LIMITS);
    expect([a!.overHours, a!.overEarnings, b!.overEarnings]).toEqual([false, false, true]);
  });

  it('supported: no hours limit, the higher earnings limit', () => {
    const [a] = checkPermittedWork([week('2026-11-23', 2400, 20_350)], 'supported', UK_PERMITTED_WORK_LIMITS);
    expect([a!.overHours, a!.overEarnings]).toEqual([false, false]);
  });

  it('takes the limit in force on the week\'s Monday', () => {
    const [before, after] = checkPermittedWork([week('2026-03-30', 600, 20_000), week('2026-04-06', 600, 20_000)], 'higher', UK_PERMITTED_WORK_LIMITS);
    expect(before!.limits?.higherEarningsPence).toBe(19_550);
    expect(before!.overEarnings).toBe(true);
    expect(after!.overEarnings).toBe(false);
  });

  it('judges nothing where no limits are set', () => {
    const [w] = checkPermittedWork([week('2020-01-06', 3000, 90_000)], 'higher', UK_PERMITTED_WORK_LIMITS);
    expect(w).toMatchObject({ limits: null, overHours: false, overEarnings: false });
  });
});

describe('checkBooking', () => {
  it('warns before a booking takes the week to 16 hours', () => {
    const booked = [s('2026-11-23', 6), s('2026-11-25', 6), s('2026-11-16', 10)];
    expect(checkBooking(booked, s('2026-11-29', 3), 'higher', UK_PERMITTED_WORK_LIMITS).overHours).toBe(false); // 15 hours
    const r = checkBooking(booked, s('2026-11-29', 4), 'higher', UK_PERMITTED_WORK_LIMITS);
    expect([r.weekStart, r.minutes, r.overHours]).toEqual(['2026-11-23', 960, true]);
  });
});

describe('rollingAverages', () => {
  it('averages each week with the three before it, once four are known', () => {
    const weeks = weeklyTotals([s('2026-11-02', 10), s('2026-11-09', 20), s('2026-11-23', 15), s('2026-11-30', 14)]);
    expect(rollingAverages(weeks).map((a) => a.averageMinutes)).toEqual([null, null, null, 675, 735]); // (10+20+0+15)/4 h, (20+0+15+14)/4 h
    expect(rollingAverages(weeks)[3]!.averagePence).toBe(Math.round((12_710 + 25_420 + 19_065) / 4));
  });
});
