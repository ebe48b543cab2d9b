// The rota's small readers and calendar steps: what people type, and which days a week or month holds.
import { describe, expect, it } from 'vitest';
import { joinDateTime, parseClock, parseMiles } from '../../renderer/src/features/rota/sessionForm';
import { rangeOf, rangeTitle, stepDate, weeksOf } from '../../renderer/src/features/rota/rotaRange';

describe('parseClock', () => {
  it.each([
    ['9:30', 570], ['09:30', 570], ['0930', 570], ['930', 570], ['09.30', 570], ['9', 540], ['21', 1260], [' 23:59 ', 1439], ['0', 0], ['00:00', 0],
  ])('reads %j as %d minutes', (text, minutes) => expect(parseClock(text)).toBe(minutes));

  it.each(['', '24:00', '9:60', '9:5', 'half nine', '9am', '12345', '-1'])('refuses %j', (text) => expect(parseClock(text)).toBeNull());
});

describe('parseMiles', () => {
  it.each([['12.5', 125], ['12', 120], ['0.1', 1], ['12.50', 125], ['0', 0]])('reads %j as %d tenths', (text, tenths) => expect(parseMiles(text)).toBe(tenths));
  it('gives a fraction of a tenth for two decimal places, for the schema to refuse', () => expect(Number.isInteger(parseMiles('12.55'))).toBe(false));
  it.each(['twelve', '12,5', '-3', '1.2.3'])('refuses %j', (text) => expect(parseMiles(text)).toBeNull());
});

describe('joinDateTime', () => {
  it('joins a UK date and a time as the contract wants', () => expect(joinDateTime('26/11/2026', '9.05')).toBe('2026-11-26T09:05'));
  it('is empty when both are', () => expect(joinDateTime(' ', '')).toBe(''));
  it('passes half a moment on as not a date-time', () => expect(joinDateTime('26/11/2026', '')).not.toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/));
});

describe('rota ranges', () => {
  it('starts weeks on Monday', () => {
    expect(rangeOf('2026-11-29', 'week')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(rangeTitle(rangeOf('2026-11-25', 'week'), 'week')).toBe('Week of Monday 23/11/2026');
  });
  it('steps months from their first day, so 31 January does not skip February', () => {
    expect(stepDate('2026-01-31', 'month', 1)).toBe('2026-02-01');
    expect(stepDate('2026-03-31', 'month', -1)).toBe('2026-02-01');
    expect(stepDate('2026-12-15', 'month', 1)).toBe('2027-01-01');
    expect(rangeOf('2028-02-10', 'month')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(rangeTitle(rangeOf('2026-11-25', 'month'), 'month')).toBe('November 2026');
  });
  it('groups a month into Monday weeks clipped to the month', () => {
    const weeks = weeksOf(rangeOf('2026-11-10', 'month'));
    expect(weeks[0]).toEqual({ monday: '2026-10-26', days: ['2026-11-01'] });
    expect(weeks.at(-1)).toEqual({ monday: '2026-11-30', days: ['2026-11-30'] });
    expect(weeks.flatMap((w) => w.days)).toHaveLength(30);
  });
});
