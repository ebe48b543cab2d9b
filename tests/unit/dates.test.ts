// Calendar dates travel as YYYY-MM-DD and are read and shown the UK way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, dayHeading, daysInMonth, formatUkDate, isIsoDate, londonToday, parseUkDate, weekdayName } from '../../shared/domain/dates';

describe('isIsoDate', () => {
  it.each(['2026-11-27', '2024-02-29', '2000-02-29', '1997-06-01', '2026-12-31'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2023-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-11-00', '2026-1-01', '27/11/2026', '', '2026-11-27T00:00'])(
    'refuses %j', (d) => expect(isIsoDate(d)).toBe(false),
  );
  it('knows month lengths, leap years included', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2100, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual([29, 28, 28, 30, 31]);
  });
});

describe('parseUkDate', () => {
  it.each([
    ['27/11/2026', '2026-11-27'], ['27-11-2026', '2026-11-27'], ['27.11.2026', '2026-11-27'], ['1/2/2020', '2020-02-01'],
    [' 2026-11-27 ', '2026-11-27'], ['29/02/2024', '2024-02-29'],
  ])('%j -> %s', (input, expected) => expect(parseUkDate(input)).toBe(expected));

  it.each(['31/02/2024', '29/02/2023', '13/13/2020', '2026/11/27', '27 Nov 2026', '', '27/11', '27/11/202'])('refuses %j', (input) => {
    expect(parseUkDate(input)).toBeNull();
  });

  it('reads two-digit years as this century unless that would be in the future', () => {
    expect(parseUkDate('27.11.26', '2026-11-27')).toBe('2026-11-27');
    expect(parseUkDate('01/02/03', '2026-11-27')).toBe('2003-02-01');
    expect(parseUkDate('01/02/45', '2026-11-27')).toBe('1945-02-01');
    expect(parseUkDate('01/02/27', '2026-11-27')).toBe('1927-02-01');
  });

  const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('round-trips: parseUkDate(formatUkDate(d)) === d', () => {
    fc.assert(fc.property(isoDate, (d) => {
      const shown = formatUkDate(d);
      expect(shown).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(parseUkDate(shown)).toBe(d);
    }));
  });

  it('only ever returns a real ISO date or null', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const parsed = parseUkDate(s);
      if (parsed !== null) expect(isIsoDate(parsed)).toBe(true);
    }));
  });
});

describe('formatUkDate', () => {
  it('shows day/month/year', () => expect(formatUkDate('2026-11-27')).toBe('27/11/2026'));
  it('shows nothing for an empty value', () => {
    expect(formatUkDate('')).toBe('');
    expect(formatUkDate(null)).toBe('');
    expect(formatUkDate(undefined)).toBe('');
  });
  it('passes through what it cannot read rather than inventing a date', () => expect(formatUkDate('soon')).toBe('soon'));
});

describe('dayHeading', () => {
  it('names the day before the UK date, across a week, a month end and a leap day', () => {
    expect(dayHeading('2026-11-23')).toBe('Monday 23/11/2026');
    expect(dayHeading('2026-11-29')).toBe('Sunday 29/11/2026');
    expect(dayHeading('2026-12-01')).toBe('Tuesday 01/12/2026');
    expect(dayHeading('2028-02-29')).toBe('Tuesday 29/02/2028');
    expect(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'].map(weekdayName))
      .toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  });
});

describe('londonToday', () => {
  it('is the calendar day in England, across the clock change', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // BST: already July in Worthing
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
    expect(londonToday(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
  });
});

describe('ageOn', () => {
  it('counts whole years as people do', () => {
    expect(ageOn('1990-11-27', '2026-11-27')).toBe(36);
    expect(ageOn('1990-11-28', '2026-11-27')).toBe(35);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});
