// Pay periods: calendar months with a pay date, or four weeks from an anchor; Monday-start weeks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarWeek, monthlyPeriod, nextPeriod, periodContaining, previousPeriod, weeksTouching, type PaySchedule } from '../../../shared/domain/pay/pay-periods';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/domain/pay/uk-defaults';
import { daysBetween, fromDayNumber, isoWeekday } from '../../../shared/domain/pay/calendar';

const monthly28: PaySchedule = { kind: 'monthly', payDay: 28, bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS };
const fourWeekly: PaySchedule = { kind: 'four-weekly', anchor: '2026-04-06', payDaysAfterEnd: 5, bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS };

describe('monthly periods', () => {
  it('run for the calendar month, keyed as the CLI names them', () => {
    expect(periodContaining(monthly28, '2026-10-15')).toEqual({ key: '2026-10', start: '2026-10-01', end: '2026-10-31', payDate: '2026-10-28' });
    expect(periodContaining(monthly28, '2024-02-10')).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('pay early when payday falls on a weekend or bank holiday', () => {
    expect(periodContaining(monthly28, '2026-11-02').payDate).toBe('2026-11-27'); // 28th is a Saturday
    expect(periodContaining(monthly28, '2026-12-02').payDate).toBe('2026-12-24'); // 28th and 25th bank holidays
    expect(monthlyPeriod({ kind: 'monthly', payDay: 28 }, '2026-11').payDate).toBe('2026-11-28'); // no list: no moving
  });

  it('take a short month\'s last day for a payday it lacks, and can pay in arrears', () => {
    expect(monthlyPeriod({ kind: 'monthly', payDay: 31 }, '2026-04').payDate).toBe('2026-04-30');
    expect(monthlyPeriod({ kind: 'monthly', payDay: 'last' }, '2028-02').payDate).toBe('2028-02-29');
    expect(monthlyPeriod({ kind: 'monthly', payDay: 15, payMonthOffset: 1 }, '2026-12').payDate).toBe('2027-01-15');
  });

  it('step to the next and previous month across the year end', () => {
    const dec = periodContaining(monthly28, '2026-12-31');
    expect(nextPeriod(monthly28, dec).key).toBe('2027-01');
    expect(previousPeriod(monthly28, nextPeriod(monthly28, dec))).toEqual(dec);
  });
});

describe('four-weekly periods', () => {
  it('count 28 days from the anchor, before it too', () => {
    expect(periodContaining(fourWeekly, '2026-05-10')).toEqual({ key: '2026-05-04', start: '2026-05-04', end: '2026-05-31', payDate: '2026-06-05' });
    expect(periodContaining(fourWeekly, '2026-04-05')).toMatchObject({ start: '2026-03-09', end: '2026-04-05' });
    expect(periodContaining(fourWeekly, '2026-04-06')).toMatchObject({ start: '2026-04-06', end: '2026-05-03' });
  });

  it('pay early off a bank holiday', () => {
    expect(periodContaining(fourWeekly, '2026-04-01').payDate).toBe('2026-04-10'); // period ends Sunday 5 April: the Friday after
    const s: PaySchedule = { kind: 'four-weekly', anchor: '2026-03-02', payDaysAfterEnd: 5, bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS };
    expect(periodContaining(s, '2026-03-10').payDate).toBe('2026-04-02'); // Friday 3 April is Good Friday: paid the Thursday
  });
});

describe('periods, whatever the schedule', () => {
  const day = fc.integer({ min: 19_000, max: 23_000 }).map(fromDayNumber);
  const schedule = fc.oneof(
    fc.record({ kind: fc.constant('monthly' as const), payDay: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant('last' as const)), bankHolidays: fc.constant(ENGLAND_AND_WALES_BANK_HOLIDAYS) }),
    fc.record({ kind: fc.constant('four-weekly' as const), anchor: day, payDaysAfterEnd: fc.integer({ min: 0, max: 14 }) }),
  );

  it('contain the date, tile the calendar and step back to where they started', () => {
    fc.assert(fc.property(schedule, day, (s, d) => {
      const p = periodContaining(s, d);
      expect(p.start <= d && d <= p.end).toBe(true);
      const next = nextPeriod(s, p);
      expect(daysBetween(p.end, next.start)).toBe(1);
      expect(previousPeriod(s, next)).toEqual(p);
      if (s.kind === 'four-weekly') expect(daysBetween(p.start, p.end)).toBe(27);
      if (s.kind === 'monthly') expect(isoWeekday(p.payDate)).toBeLessThan(6); // only these carry the bank-holiday list
    }));
  });
});

describe('weeks', () => {
  it('run Monday to Sunday', () => {
    expect(calendarWeek('2026-11-27')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    const weeks = weeksTouching('2026-11-01', '2026-11-30');
    expect(weeks[0]).toEqual({ start: '2026-10-26', end: '2026-11-01' });
    expect(weeks[weeks.length - 1]).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(weeks).toHaveLength(6);
  });
});
