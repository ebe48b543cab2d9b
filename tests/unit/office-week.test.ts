// "This week" on the home screen and the supervision lists: Monday to Sunday of the week holding today
// on a working day; at a weekend, when the office is shut and this week's work is done, on to the Sunday
// of the coming week, still from this week's Monday.
import { describe, expect, it } from 'vitest';
import { officeWeek } from '../../electron/backend/supervision/lists';

describe('officeWeek', () => {
  it('is Monday to Sunday of the week holding today on every working day', () => {
    for (const today of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']) {
      expect(officeWeek(today), today).toEqual({ weekFrom: '2026-11-23', weekTo: '2026-11-29' });
    }
  });

  it('on a Saturday runs from this Monday to the Sunday of the coming week, so Monday is in it', () => {
    expect(officeWeek('2026-11-28')).toEqual({ weekFrom: '2026-11-23', weekTo: '2026-12-06' });
  });

  it('on a Sunday does the same, across a month and a year end too', () => {
    expect(officeWeek('2026-11-29')).toEqual({ weekFrom: '2026-11-23', weekTo: '2026-12-06' });
    expect(officeWeek('2027-01-03')).toEqual({ weekFrom: '2026-12-28', weekTo: '2027-01-10' });
  });
});
