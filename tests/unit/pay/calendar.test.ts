// Calendar arithmetic on ISO date strings: weeks start on Monday, tax years on 6 April.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, dayNumber, daysBetween, fromDayNumber, isoWeekday, mondayOf, taxYearStart } from '../../../shared/domain/pay/calendar';

const day = fc.integer({ min: 0, max: 60_000 }).map(fromDayNumber); // 1970 to 2134

describe('calendar', () => {
  it('steps across month, year and leap-day ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('knows the weekday and the Monday of the week', () => {
    expect(isoWeekday('2026-11-23')).toBe(1); // a Monday
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('starts the tax year on 6 April', () => {
    expect(taxYearStart('2026-04-05')).toBe('2025-04-06');
    expect(taxYearStart('2026-04-06')).toBe('2026-04-06');
    expect(taxYearStart('2027-01-15')).toBe('2026-04-06');
  });

  it('adds years, 29 February landing on 1 March', () => {
    expect(addYears('2025-09-01', 1)).toBe('2026-09-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
  });

  it('round-trips day numbers and always finds a Monday at most six days back', () => {
    fc.assert(fc.property(day, (d) => {
      expect(fromDayNumber(dayNumber(d))).toBe(d);
      const monday = mondayOf(d);
      expect(isoWeekday(monday)).toBe(1);
      expect(daysBetween(monday, d)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(monday, d)).toBeLessThan(7);
    }));
  });
});
