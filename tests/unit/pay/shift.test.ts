// A shift's length is real elapsed time from its wall-clock start and end in England, minus the break.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonOffsetMinutes, londonWallTimeExists, londonWallToUtc } from '../../../shared/domain/pay/london-time';
import { shiftMinutes, shiftsOverlap, type ShiftTimes } from '../../../shared/domain/pay/shift';

const at = (h: number, m = 0) => h * 60 + m;
const worked = (s: ShiftTimes) => {
  const r = shiftMinutes(s);
  if (!r.ok) throw new Error(r.message);
  return r.workedMinutes;
};

describe('London time', () => {
  it('is GMT in winter and BST in summer', () => {
    expect(londonOffsetMinutes(Date.UTC(2026, 0, 15, 12))).toBe(0);
    expect(londonOffsetMinutes(Date.UTC(2026, 6, 15, 12))).toBe(60);
  });

  it('maps wall-clock times to instants across both changes in 2026', () => {
    expect(londonWallToUtc('2026-03-29', at(0, 30))).toBe(Date.UTC(2026, 2, 29, 0, 30)); // still GMT
    expect(londonWallToUtc('2026-03-29', at(2))).toBe(Date.UTC(2026, 2, 29, 1)); // BST
    expect(londonWallToUtc('2026-10-25', at(1, 30))).toBe(Date.UTC(2026, 9, 25, 0, 30)); // the first 01:30 (BST)
    expect(londonWallToUtc('2026-10-25', at(2))).toBe(Date.UTC(2026, 9, 25, 2)); // GMT again
  });

  it('knows the hour the clocks skip in March', () => {
    expect(londonWallTimeExists('2026-03-29', at(1, 30))).toBe(false);
    expect(londonWallTimeExists('2026-03-29', at(2))).toBe(true);
    expect(londonWallTimeExists('2026-10-25', at(1, 30))).toBe(true);
  });
});

describe('shiftMinutes', () => {
  it('takes the unpaid break off a day shift', () => {
    expect(worked({ date: '2026-11-27', startMinutes: at(9), endMinutes: at(17), breakMinutes: 30 })).toBe(450);
  });

  it('reads an end at or before the start as the next day', () => {
    const night = shiftMinutes({ date: '2026-11-27', startMinutes: at(22), endMinutes: at(6), breakMinutes: 0 });
    expect(night).toMatchObject({ ok: true, workedMinutes: 480, endDate: '2026-11-28' });
    expect(worked({ date: '2026-11-27', startMinutes: at(9), endMinutes: at(9), breakMinutes: 0 })).toBe(1440);
  });

  it('counts real time across the spring-forward night (an hour less)', () => {
    expect(worked({ date: '2026-03-28', startMinutes: at(22), endMinutes: at(6), breakMinutes: 0 })).toBe(420);
    expect(worked({ date: '2026-03-29', startMinutes: at(0), endMinutes: at(4), breakMinutes: 0 })).toBe(180);
  });

  it('counts real time across the autumn-back night (an hour more)', () => {
    expect(worked({ date: '2026-10-24', startMinutes: at(22), endMinutes: at(6), breakMinutes: 30 })).toBe(510);
    expect(worked({ date: '2026-10-25', startMinutes: at(0), endMinutes: at(4), breakMinutes: 0 })).toBe(300);
  });

  it('is unaffected by a clock change it does not cross', () => {
    expect(worked({ date: '2026-03-29', startMinutes: at(9), endMinutes: at(17), breakMinutes: 0 })).toBe(480);
    expect(worked({ date: '2026-10-25', startMinutes: at(9), endMinutes: at(17), breakMinutes: 0 })).toBe(480);
  });

  it('refuses a time the clocks skipped', () => {
    const r = shiftMinutes({ date: '2026-03-29', startMinutes: at(1, 30), endMinutes: at(5), breakMinutes: 0 });
    expect(r).toMatchObject({ ok: false, problem: 'no-such-time' });
    if (!r.ok) expect(r.message).toBe('No clock showed 01:30 on 29/03/2026: the clocks went forward from 01:00 to 02:00. Check the time.');
    expect(shiftMinutes({ date: '2026-03-28', startMinutes: at(20), endMinutes: at(1, 15), breakMinutes: 0 })).toMatchObject({ ok: false, problem: 'no-such-time' });
  });

  it('refuses a time that happened twice, rather than guess which', () => {
    // 01:30-02:00 on 25/10/2026 could be 30 minutes or 90: the first 01:30 was BST, the second GMT.
    const r = shiftMinutes({ date: '2026-10-25', startMinutes: at(1, 30), endMinutes: at(2), breakMinutes: 0 });
    expect(r).toMatchObject({ ok: false, problem: 'ambiguous-time' });
    if (!r.ok) expect(r.message).toBe('01:30 on 25/10/2026 happened twice: the clocks went back from 02:00 to 01:00. Enter a time outside 01:00 to 01:59, like 02:00, so the hours are certain.');
    expect(shiftMinutes({ date: '2026-10-24', startMinutes: at(22), endMinutes: at(1), breakMinutes: 0 })).toMatchObject({ ok: false, problem: 'ambiguous-time' });
    expect(worked({ date: '2026-10-24', startMinutes: at(22), endMinutes: at(2), breakMinutes: 0 })).toBe(300);
    expect(worked({ date: '2026-10-25', startMinutes: at(0, 59), endMinutes: at(2), breakMinutes: 0 })).toBe(121);
  });

  it('refuses a break longer than the shift, saying what to check', () => {
    const r = shiftMinutes({ date: '2026-11-27', startMinutes: at(9), endMinutes: at(10), breakMinutes: 90 });
    expect(r).toEqual({
      ok: false, problem: 'break-too-long',
      message: 'The break (1:30) is longer than the shift on 27/11/2026 (09:00 to 10:00, 1:00). Check the times and the break.',
    });
    expect(worked({ date: '2026-11-27', startMinutes: at(9), endMinutes: at(10), breakMinutes: 60 })).toBe(0);
  });

  it.each([
    [{ date: '2026-02-30', startMinutes: 0, endMinutes: 60, breakMinutes: 0 }, 'bad-date'],
    [{ date: '2026-11-27', startMinutes: -1, endMinutes: 60, breakMinutes: 0 }, 'bad-time'],
    [{ date: '2026-11-27', startMinutes: 0, endMinutes: 1440, breakMinutes: 0 }, 'bad-time'],
    [{ date: '2026-11-27', startMinutes: 0, endMinutes: 60.5, breakMinutes: 0 }, 'bad-time'],
    [{ date: '2026-11-27', startMinutes: 0, endMinutes: 60, breakMinutes: -5 }, 'bad-break'],
  ])('refuses %j as %s', (shift, problem) => expect(shiftMinutes(shift)).toMatchObject({ ok: false, problem }));

  const clock = fc.integer({ min: 0, max: 1439 });
  const wallLength = (s: number, e: number) => (e <= s ? e + 1440 - s : e - s);

  it('matches the wall clock on days far from a clock change', () => {
    const date = fc.constantFrom('2026-01-14', '2026-06-10', '2026-08-03', '2026-12-02');
    fc.assert(fc.property(date, clock, clock, (d, s, e) => {
      expect(worked({ date: d, startMinutes: s, endMinutes: e, breakMinutes: 0 })).toBe(wallLength(s, e));
    }));
  });

  it('is never more than an hour away from the wall clock, even on change days', () => {
    const date = fc.constantFrom('2026-03-28', '2026-03-29', '2026-10-24', '2026-10-25', '2027-03-28', '2027-10-31');
    fc.assert(fc.property(date, clock, clock, fc.integer({ min: 0, max: 120 }), (d, s, e, b) => {
      const r = shiftMinutes({ date: d, startMinutes: s, endMinutes: e, breakMinutes: b });
      if (!r.ok) { expect(['no-such-time', 'ambiguous-time', 'break-too-long']).toContain(r.problem); return; }
      expect(r.workedMinutes).toBeGreaterThanOrEqual(0);
      expect(Math.abs(r.elapsedMinutes - wallLength(s, e))).toBeLessThanOrEqual(60);
      expect(r.workedMinutes).toBe(r.elapsedMinutes - b);
    }));
  });
});

describe('shiftsOverlap', () => {
  const instants = (date: string, s: number, e: number) => {
    const r = shiftMinutes({ date, startMinutes: s, endMinutes: e, breakMinutes: 0 });
    if (!r.ok) throw new Error(r.message);
    return r;
  };
  it('finds overlaps, including a night shift running into the next morning', () => {
    expect(shiftsOverlap(instants('2026-11-27', at(9), at(13)), instants('2026-11-27', at(12), at(16)))).toBe(true);
    expect(shiftsOverlap(instants('2026-11-27', at(22), at(6)), instants('2026-11-28', at(5), at(9)))).toBe(true);
  });
  it('lets one shift start as another ends', () => {
    expect(shiftsOverlap(instants('2026-11-27', at(9), at(13)), instants('2026-11-27', at(13), at(16)))).toBe(false);
  });
});
