// Minimum wage by age band on the shift date, from a dated table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { belowMinimumWage, wageBandOn } from '../../../shared/domain/pay/minimum-wage';
import { UK_MINIMUM_WAGE } from '../../../shared/domain/pay/uk-defaults';
import { addDays, fromDayNumber } from '../../../shared/domain/pay/calendar';

describe('wageBandOn', () => {
  it('moves up a band on the birthday', () => {
    expect(wageBandOn({ dateOfBirth: '2005-06-15' }, '2026-06-14')).toEqual({ ok: true, band: '18-20' });
    expect(wageBandOn({ dateOfBirth: '2005-06-15' }, '2026-06-15')).toEqual({ ok: true, band: '21-and-over' });
    expect(wageBandOn({ dateOfBirth: '2008-12-01' }, '2026-11-30')).toEqual({ ok: true, band: 'under-18' });
  });

  it('uses a recorded band when there is no date of birth, and asks for one when there is neither', () => {
    expect(wageBandOn({ recordedBand: '18-20' }, '2026-06-15')).toEqual({ ok: true, band: '18-20' });
    expect(wageBandOn({}, '2026-06-15')).toEqual({ ok: false, message: 'Add a date of birth or an age band to check this rate against the minimum wage.' });
  });

  it('gives the apprentice rate under 19 or in the first year only', () => {
    const apprentice = { dateOfBirth: '1990-01-01', apprenticeshipStart: '2025-09-01' };
    expect(wageBandOn(apprentice, '2026-08-31')).toMatchObject({ band: 'apprentice' });
    expect(wageBandOn(apprentice, '2026-09-01')).toMatchObject({ band: '21-and-over' });
    expect(wageBandOn(apprentice, '2025-08-31')).toMatchObject({ band: '21-and-over' }); // not yet started
    expect(wageBandOn({ dateOfBirth: '2008-01-01', apprenticeshipStart: '2024-09-01' }, '2026-11-27')).toMatchObject({ band: 'apprentice' }); // 18
  });

  it('never puts an older person in a younger band', () => {
    const day = fc.integer({ min: -5000, max: 25_000 }).map(fromDayNumber);
    const order = ['under-18', '18-20', '21-and-over'];
    fc.assert(fc.property(day, day, fc.integer({ min: 1, max: 4000 }), (dob, d, later) => {
      fc.pre(dob < d);
      const a = wageBandOn({ dateOfBirth: dob }, d);
      const b = wageBandOn({ dateOfBirth: dob }, addDays(d, later));
      if (a.ok && b.ok) expect(order.indexOf(b.band)).toBeGreaterThanOrEqual(order.indexOf(a.band));
    }));
  });
});

describe('belowMinimumWage', () => {
  const adult = { dateOfBirth: '1980-05-05' };

  it('checks against the rate in force on the shift date (a rise from 1 April does not rewrite March)', () => {
    expect(belowMinimumWage(1250, adult, '2026-03-31', UK_MINIMUM_WAGE)).toEqual({ ok: true, below: false, band: '21-and-over', minimumPence: 1221 });
    expect(belowMinimumWage(1250, adult, '2026-04-01', UK_MINIMUM_WAGE)).toEqual({ ok: true, below: true, band: '21-and-over', minimumPence: 1271 });
    expect(belowMinimumWage(1271, adult, '2026-04-01', UK_MINIMUM_WAGE)).toMatchObject({ below: false }); // exactly the minimum is fine
  });

  it('uses the band on the date', () => {
    expect(belowMinimumWage(1100, { dateOfBirth: '2006-01-10' }, '2026-11-27', UK_MINIMUM_WAGE)).toEqual({ ok: true, below: false, band: '18-20', minimumPence: 1085 });
    expect(belowMinimumWage(1100, { dateOfBirth: '2005-01-10' }, '2026-11-27', UK_MINIMUM_WAGE)).toMatchObject({ below: true, minimumPence: 1271 });
  });

  it('says so when no rate is set for the date', () => {
    expect(belowMinimumWage(1100, adult, '2024-11-27', UK_MINIMUM_WAGE)).toEqual({
      ok: false, message: 'No minimum wage is set for 27/11/2024. Add one that starts on or before that date in Settings, Pay and rates.',
    });
  });
});
