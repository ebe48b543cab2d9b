// Probation plans: supervisions counted from the start (month ends clamp), moved off weekends and bank
// holidays to the working day before, a mid-point and a final review, and extension growing the plan.
import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../shared/domain/pay/uk-defaults';
import { extendPlan, probationPlan } from '../../shared/domain/probation';
import { defaultProbationEnd } from '../../shared/domain/staff';

// No notice here, so the final review falls on the last working day; the notice is tested on its own below.
const MONTHLY = { intervalMonths: 1, bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS, noticeDays: 0 };
const asRows = (plan: { kind: string; due: string }[]) => plan.map((i) => `${i.due} ${i.kind}`);

describe('probationPlan', () => {
  it('plans monthly supervisions on working days, with a mid-point and a final review', () => {
    const plan = probationPlan('2026-12-01', defaultProbationEnd('2026-12-01'), MONTHLY);
    expect(asRows(plan)).toEqual([
      '2026-12-31 supervision', // 1 January 2027 is a bank holiday
      '2027-02-01 supervision',
      '2027-03-02 mid-point-review', // day 91 of 182; the 1 March supervision is held as part of it
      '2027-04-01 supervision',
      '2027-04-30 supervision', // 1 May 2027 is a Saturday
      '2027-06-01 final-review',
    ]);
  });

  it('counts each month from the start, so month ends do not drift', () => {
    const plan = probationPlan('2027-01-31', defaultProbationEnd('2027-01-31'), MONTHLY);
    expect(asRows(plan)).toEqual([
      '2027-02-26 supervision', // 28 February 2027 is a Sunday
      '2027-03-31 supervision',
      '2027-04-30 mid-point-review', // the mid-point (1 May, a Saturday) and the 30 April supervision are one meeting
      '2027-05-28 supervision', // 31 May 2027 is the spring bank holiday
      '2027-06-30 supervision',
      '2027-07-30 final-review', // 31 July 2027 is a Saturday
    ]);
    expect(plan.every((i) => !['Sat', 'Sun'].includes(new Date(`${i.due}T12:00:00Z`).toUTCString().slice(0, 3)))).toBe(true);
  });

  it('follows a longer interval, and plans nothing for an empty probation', () => {
    expect(asRows(probationPlan('2026-09-01', '2027-03-01', { ...MONTHLY, intervalMonths: 2 }))).toEqual([
      '2026-10-30 supervision', // 1 November 2026 is a Sunday
      '2026-11-30 mid-point-review', // day 90 of 181
      '2026-12-31 supervision', // 1 January 2027 is a bank holiday
      '2027-03-01 final-review',
    ]);
    expect(probationPlan('2026-09-01', '2026-09-01', MONTHLY)).toEqual([]);
  });

  it("holds the final review by the day the decision is due, the end less the notice, on a working day", () => {
    const week = { ...MONTHLY, noticeDays: 7 };
    // Ends Tuesday 1 June 2027: the decision is due Tuesday 25 May.
    expect(asRows(probationPlan('2026-12-01', '2027-06-01', week)).at(-1)).toBe('2027-05-25 final-review');
    // Ends Tuesday 7 September 2027 less 7 is Tuesday 31 August; 30 August is the summer bank holiday, not touched.
    expect(asRows(probationPlan('2027-03-07', '2027-09-07', week)).at(-1)).toBe('2027-08-31 final-review');
    // Ends Wednesday 5 January 2028 less 8 days is Tuesday 28 December 2027, a bank holiday like the 27th: the Friday before.
    expect(asRows(probationPlan('2027-07-05', '2028-01-05', { ...MONTHLY, noticeDays: 8 })).at(-1)).toBe('2027-12-24 final-review');
  });
});

describe('extendPlan', () => {
  it('keeps what was planned, adds supervisions to the new end and moves the final review there', () => {
    const start = '2026-12-01';
    const plan = probationPlan(start, '2027-06-01', MONTHLY);
    const longer = extendPlan(plan, start, '2027-06-01', '2027-09-01', MONTHLY);
    expect(asRows(longer)).toEqual([
      '2026-12-31 supervision',
      '2027-02-01 supervision',
      '2027-03-02 mid-point-review',
      '2027-04-01 supervision',
      '2027-04-30 supervision',
      '2027-06-01 supervision', // where the old final review stood
      '2027-07-01 supervision',
      '2027-07-30 supervision', // 1 August 2027 is a Sunday
      '2027-09-01 final-review',
    ]);
    // The earlier plan is kept exactly: nothing already planned moves.
    expect(longer.slice(0, 5)).toEqual(plan.slice(0, 5));
    expect(extendPlan(plan, start, '2027-06-01', '2027-05-01', MONTHLY)).toEqual(plan);
  });
});
