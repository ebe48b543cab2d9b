// The absence figures as pure rules: days lost by the rota or by weekdays, part days, spells across year
// ends and the window's edge, clock-change weekends, disability-related absence shown apart and left out
// with the adjustment, the Bradford factor and review points, check-ins once per point per 52 weeks, and
// the fit note from day 8.
import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_POINTS } from '../../shared/contract/absence';
import {
  absenceFigures, absenceKindWords, bradfordFactor, calendarDaysOf, checkinToOffer, countedDays, daysLostIn, fitNoteDueFrom, fitNoteNeeded,
  reachedReviewPoint, returnToWorkToChase, rollingWindow, type DayFacts, type SpellFacts,
} from '../../shared/domain/absence';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../shared/domain/pay/uk-defaults';

const TODAY = '2026-11-27'; // a Friday
const BANK_HOLIDAYS = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

const sick = (firstDay: string, lastDay = firstDay, more: Partial<SpellFacts> = {}): SpellFacts => ({
  firstDay, lastDay, partDayMinutes: null, isSickness: true, isDisabilityRelated: false, ...more,
});
const disability = (firstDay: string, lastDay = firstDay): SpellFacts => sick(firstDay, lastDay, { isDisabilityRelated: true });
const other = (firstDay: string, lastDay = firstDay): SpellFacts => sick(firstDay, lastDay, { isSickness: false });
const facts = (...sessionDays: string[]): DayFacts => ({ sessionDays: new Set(sessionDays), bankHolidays: BANK_HOLIDAYS });
const NO_ROTA = facts();

const figures = (spells: SpellFacts[], f: DayFacts = NO_ROTA, more: { leaveOut?: boolean; points?: number[]; today?: string } = {}) =>
  absenceFigures({ today: more.today ?? TODAY, spells, facts: f, leaveOutDisabilityRelated: more.leaveOut ?? false, reviewPoints: more.points ?? [...DEFAULT_REVIEW_POINTS] });

describe('the rolling 52 weeks', () => {
  it('is 364 days ending today, today included', () => {
    expect(rollingWindow(TODAY)).toEqual({ from: '2025-11-29', to: TODAY });
    expect(figures([]).from).toBe('2025-11-29');
  });
});

describe('days lost', () => {
  it('counts the weekdays that are not bank holidays when the person had no session on any day of the spell', () => {
    // Monday 21 to Sunday 27 December 2026: Friday the 25th is Christmas Day.
    expect(countedDays(sick('2026-12-21', '2026-12-27'), NO_ROTA, '2027-01-05').map((d) => d.date)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24']);
    expect(daysLostIn(sick('2026-11-21', '2026-11-22'), NO_ROTA, TODAY)).toBe(0); // a weekend with no rota
  });

  it('counts only the rota’s days once the person had a session on any day of the spell, whatever its status', () => {
    // Monday to Friday off, sessions (cancelled by the absence, or not) on Tuesday and Thursday: 2 days, not 5.
    const week = sick('2026-11-16', '2026-11-20');
    expect(daysLostIn(week, facts('2026-11-17', '2026-11-19'), TODAY)).toBe(2);
    expect(countedDays(week, facts('2026-11-17'), TODAY)).toEqual([{ date: '2026-11-17', lost: 1, fromRota: true }]);
    // A Saturday session counts too: the rota, not the weekday, says they were due.
    expect(daysLostIn(sick('2026-11-20', '2026-11-21'), facts('2026-11-21'), TODAY)).toBe(1);
  });

  it('counts a part day as half a day, on a rota day or a weekday, and nothing on a weekend with no rota', () => {
    const part = (day: string) => sick(day, day, { partDayMinutes: 180 });
    expect(daysLostIn(part('2026-11-24'), facts('2026-11-24'), TODAY)).toBe(0.5);
    expect(daysLostIn(part('2026-11-24'), NO_ROTA, TODAY)).toBe(0.5);
    expect(daysLostIn(part('2026-11-22'), NO_ROTA, TODAY)).toBe(0);
    expect(figures([part('2026-11-24'), sick('2026-10-05')]).days).toBe(1.5);
  });

  it('counts a spell still open up to today, and calendar days to today', () => {
    const open = sick('2026-11-23', '');
    expect(daysLostIn(open, NO_ROTA, TODAY)).toBe(5); // Monday to Friday the 27th
    expect(calendarDaysOf(open, TODAY)).toBe(5);
    expect(calendarDaysOf(sick('2026-11-23', '2026-12-04'), TODAY)).toBe(12); // recorded ahead: to its last day
  });

  it('counts a spell over a clock change in dates, neither gaining nor losing a day', () => {
    // The last Sunday of March 2026 (29th) has 23 hours and of October 2026 (25th) has 25: sessions on each day of the weekend.
    const spring = sick('2026-03-28', '2026-03-30');
    expect(calendarDaysOf(spring, TODAY)).toBe(3);
    expect(daysLostIn(spring, facts('2026-03-28', '2026-03-29', '2026-03-30'), TODAY)).toBe(3);
    expect(daysLostIn(spring, NO_ROTA, TODAY)).toBe(1); // Monday only: the weekend is not a weekday
    const autumn = sick('2026-10-23', '2026-10-26');
    expect(calendarDaysOf(autumn, TODAY)).toBe(4);
    // Sessions on the Saturday and Sunday: that week had a rota, so only they count; Monday's week had none.
    expect(daysLostIn(autumn, facts('2026-10-24', '2026-10-25'), TODAY)).toBe(3);
    expect(daysLostIn(autumn, NO_ROTA, TODAY)).toBe(2); // Friday and Monday
  });
});

describe('who was due to work', () => {
  it('counts only the rota for bank staff: a week with no session has no day they were due', () => {
    const bank = (...days: string[]): DayFacts => ({ ...facts(...days), bank: true });
    expect(daysLostIn(sick('2026-11-09', '2026-11-13'), bank(), TODAY)).toBe(0);
    expect(daysLostIn(sick('2026-11-09', '2026-11-13'), facts(), TODAY)).toBe(5); // part-time: the weekdays
    expect(countedDays(sick('2026-11-09', '2026-11-13'), bank('2026-11-11'), TODAY).map((d) => d.date)).toEqual(['2026-11-11']);
    expect(figures([sick('2026-11-09', '2026-11-13')], bank())).toMatchObject({ spells: 0, days: 0, daysLostAllKinds: 0 });
  });

  it('never counts a day with a worked session as lost to a whole-day absence, but a part day on one is half a day', () => {
    const f: DayFacts = { ...facts('2026-11-10', '2026-11-11', '2026-11-12'), workedDays: new Set(['2026-11-11']) };
    expect(countedDays(sick('2026-11-10', '2026-11-12'), f, TODAY).map((d) => d.date)).toEqual(['2026-11-10', '2026-11-12']);
    expect(daysLostIn(sick('2026-11-11', '2026-11-11', { partDayMinutes: 180 }), f, TODAY)).toBe(0.5);
  });
});

describe('spells', () => {
  it('counts a spell across a year end once, with its days on both sides', () => {
    // Tuesday 29 December 2026 to Tuesday 5 January 2027: 1 January is a bank holiday.
    const f = figures([sick('2026-12-29', '2027-01-05')], NO_ROTA, { today: '2027-02-01' });
    expect(f).toMatchObject({ spells: 1, days: 5, bradford: 5 });
  });

  it('counts a spell at the window’s start once, with only the days inside the window', () => {
    // The window from 29 November 2025: a spell from Wednesday 26 November to Tuesday 2 December 2025.
    const f = figures([sick('2025-11-26', '2025-12-02')]);
    expect(f).toMatchObject({ spells: 1, days: 2, bradford: 2 }); // Monday 1 and Tuesday 2 December
    // Entirely before the window: nothing.
    expect(figures([sick('2025-11-24', '2025-11-28')])).toMatchObject({ spells: 0, days: 0, bradford: 0, daysLostAllKinds: 0 });
  });

  it('judges each day by its own week, so a spell counts the same way however the window cuts it', () => {
    // A session on Thursday 27 November 2025 (outside the window): that week counts only its rota days,
    // and Monday 1 and Tuesday 2 December, in a week with no rota, count as weekdays.
    const f = figures([sick('2025-11-26', '2025-12-02')], facts('2025-11-27'));
    expect(f).toMatchObject({ spells: 1, days: 2 });
  });

  it('counts weekdays only in weeks with no session at all, as SSP qualifying days do', () => {
    // Wednesday 4 to Wednesday 18 November: a session on Thursday 12th; the weeks either side had none.
    const counted = countedDays(sick('2026-11-04', '2026-11-18'), facts('2026-11-12'), TODAY);
    expect(counted.map((d) => [d.date, d.fromRota])).toEqual([
      ['2026-11-04', false], ['2026-11-05', false], ['2026-11-06', false],
      ['2026-11-12', true],
      ['2026-11-16', false], ['2026-11-17', false], ['2026-11-18', false],
    ]);
  });
});

describe('the Bradford factor', () => {
  it('is spells squared times days, over sickness only', () => {
    expect(bradfordFactor(3, 6)).toBe(54);
    const f = figures([sick('2026-02-02', '2026-02-03'), sick('2026-06-08', '2026-06-09'), sick('2026-11-02', '2026-11-03'), other('2026-09-07', '2026-09-09')]);
    expect(f).toMatchObject({ spells: 3, days: 6, bradford: 54, daysLostAllKinds: 9, reachedPoint: 51 });
    expect(f.reviewPoints).toEqual([51, 201, 401, 601]);
  });

  it('shows disability-related sickness apart, in the score unless the adjustment leaves it out', () => {
    const spells = [disability('2026-03-02'), disability('2026-05-05'), disability('2026-07-06'), disability('2026-09-07'), sick('2026-10-05')];
    expect(figures(spells)).toMatchObject({ spells: 5, days: 5, bradford: 125, disabilitySpells: 4, disabilityDays: 4, reachedPoint: 51 });
    expect(figures(spells, NO_ROTA, { leaveOut: true })).toMatchObject({ spells: 1, days: 1, bradford: 1, disabilitySpells: 4, disabilityDays: 4, reachedPoint: null, daysLostAllKinds: 5 });
  });

  it('reaches the highest review point at or below the score, with the office’s or the person’s own points', () => {
    expect(reachedReviewPoint(DEFAULT_REVIEW_POINTS, 50)).toBeNull();
    expect(reachedReviewPoint(DEFAULT_REVIEW_POINTS, 51)).toBe(51);
    expect(reachedReviewPoint(DEFAULT_REVIEW_POINTS, 200.5)).toBe(51);
    expect(reachedReviewPoint(DEFAULT_REVIEW_POINTS, 201)).toBe(201);
    expect(reachedReviewPoint(DEFAULT_REVIEW_POINTS, 5000)).toBe(601);
    const f = figures([sick('2026-02-02', '2026-02-03'), sick('2026-06-08', '2026-06-09'), sick('2026-11-02', '2026-11-03')], NO_ROTA, { points: [101, 301] });
    expect(f).toMatchObject({ bradford: 54, reachedPoint: null, reviewPoints: [101, 301] });
  });
});

describe('the absence rate', () => {
  it('is days lost of every kind over the rota’s days plus the days off the rota did not hold', () => {
    // Ten rota days in the window; one spell on two rota days; another of three weekdays with no rota at all.
    const rota = ['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09', '2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16'];
    const f = figures([sick('2026-10-12', '2026-10-13'), other('2026-11-09', '2026-11-11')], facts(...rota, '2025-10-01', '2026-12-01'));
    expect(f).toMatchObject({ daysLostAllKinds: 5, daysScheduled: 13 });
    expect(f.absenceRate).toBeCloseTo(5 / 13, 10);
  });

  it('is null with no rota in the 52 weeks to compare with, rather than 100%', () => {
    expect(figures([]).absenceRate).toBeNull();
    expect(figures([sick('2026-11-21', '2026-11-22')]).absenceRate).toBeNull(); // a weekend with no rota
    expect(figures([sick('2026-11-09', '2026-11-11')])).toMatchObject({ daysLostAllKinds: 3, absenceRate: null });
    expect(figures([sick('2026-11-09', '2026-11-11')], facts('2026-11-02')).absenceRate).toBeCloseTo(3 / 4, 10);
  });
});

describe('wellbeing check-ins', () => {
  it('are offered for the point reached, once per point per 52 weeks, and not for a lower point after a higher one', () => {
    expect(checkinToOffer(null, [], TODAY)).toBeNull();
    expect(checkinToOffer(51, [], TODAY)).toBe(51);
    expect(checkinToOffer(51, [{ reviewPoint: 51, reachedOn: '2025-11-29' }], TODAY)).toBeNull(); // 363 days ago
    expect(checkinToOffer(51, [{ reviewPoint: 51, reachedOn: '2025-11-28' }], TODAY)).toBe(51); // 364 days ago
    expect(checkinToOffer(201, [{ reviewPoint: 51, reachedOn: '2026-10-01' }], TODAY)).toBe(201);
    expect(checkinToOffer(51, [{ reviewPoint: 201, reachedOn: '2026-10-01' }], TODAY)).toBeNull();
  });
});

describe('fit notes', () => {
  it('are needed for sickness from day 8, unless one is recorded', () => {
    expect(fitNoteDueFrom('2026-11-16')).toBe('2026-11-23');
    expect(fitNoteNeeded({ ...sick('2026-11-16', '2026-11-22'), certification: 'self' }, TODAY)).toBe(false); // 7 days
    expect(fitNoteNeeded({ ...sick('2026-11-16', '2026-11-23'), certification: 'self' }, TODAY)).toBe(true); // day 8
    expect(fitNoteNeeded({ ...sick('2026-11-16', '2026-11-23'), certification: 'fit-note' }, TODAY)).toBe(false);
    expect(fitNoteNeeded({ ...other('2026-11-16', '2026-11-23'), certification: 'self' }, TODAY)).toBe(false);
    // Still off: counted to today.
    expect(fitNoteNeeded({ ...sick('2026-11-21', ''), certification: 'self' }, TODAY)).toBe(false); // day 7 today
    expect(fitNoteNeeded({ ...sick('2026-11-20', ''), certification: 'self' }, TODAY)).toBe(true); // day 8 today
    // Recorded ahead (a ten-day spell from Wednesday 25 November): not chased until day 8 has come.
    expect(fitNoteNeeded({ ...sick('2026-11-25', '2026-12-04'), certification: 'self' }, TODAY)).toBe(false);
    expect(fitNoteNeeded({ ...sick('2026-11-25', '2026-12-04'), certification: 'self' }, '2026-12-02')).toBe(true);
    expect(fitNoteNeeded({ ...sick('2026-12-01', '2026-12-14'), certification: 'self' }, TODAY)).toBe(false);
  });
});

describe('the return-to-work conversation', () => {
  it('is chased once the last day off has passed or they are back, until it is held', () => {
    expect(returnToWorkToChase({ lastDay: '', returnedOn: '', rtwHeldOn: '', isSickness: true, partDayMinutes: null }, TODAY)).toBe(false);
    expect(returnToWorkToChase({ lastDay: TODAY, returnedOn: '', rtwHeldOn: '', isSickness: true, partDayMinutes: null }, TODAY)).toBe(false);
    expect(returnToWorkToChase({ lastDay: '2026-11-26', returnedOn: '', rtwHeldOn: '', isSickness: true, partDayMinutes: null }, TODAY)).toBe(true);
    expect(returnToWorkToChase({ lastDay: '2026-11-26', returnedOn: TODAY, rtwHeldOn: '', isSickness: true, partDayMinutes: null }, TODAY)).toBe(true);
    expect(returnToWorkToChase({ lastDay: '2026-11-26', returnedOn: TODAY, rtwHeldOn: TODAY, isSickness: true, partDayMinutes: null }, TODAY)).toBe(false);
    // Unpaid or compassionate leave is not chased.
    expect(returnToWorkToChase({ lastDay: '2026-11-26', returnedOn: TODAY, rtwHeldOn: '', isSickness: false, partDayMinutes: null }, TODAY)).toBe(false);
    // Nor going home unwell part-way through a day.
    expect(returnToWorkToChase({ lastDay: '2026-11-26', returnedOn: '', rtwHeldOn: '', isSickness: true, partDayMinutes: 210 }, TODAY)).toBe(false);
  });
});

describe('kinds in words', () => {
  it('reads a kind inside a sentence, and a disability-related one as sickness', () => {
    expect(absenceKindWords({ name: 'Sickness', isDisabilityRelated: false })).toBe('sickness');
    expect(absenceKindWords({ name: 'Dependants (time off for dependants)', isDisabilityRelated: false })).toBe('dependants');
    expect(absenceKindWords({ name: 'Unpaid leave', isDisabilityRelated: false })).toBe('unpaid leave');
    expect(absenceKindWords({ name: 'NHS appointment', isDisabilityRelated: false })).toBe('NHS appointment');
    expect(absenceKindWords({ name: 'Disability-related', isDisabilityRelated: true })).toBe('sickness');
  });
});
