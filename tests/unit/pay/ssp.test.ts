// SSP days for the export: waiting days, qualifying days and linked spells, before and after 6 April 2026.
import { describe, expect, it } from 'vitest';
import { classifySickDays, sspDaysInPeriod, sspWeeklyRate } from '../../../shared/domain/pay/ssp';
import { UK_SSP_RULES } from '../../../shared/domain/pay/uk-defaults';
import { addDays, isoWeekday } from '../../../shared/domain/pay/calendar';

const weekdays = (date: string) => isoWeekday(date) <= 5;
const run = (from: string, days: number) => Array.from({ length: days }, (_, i) => addDays(from, i));
const kinds = (sick: string[], qualifying = weekdays) => classifySickDays(sick, qualifying, UK_SSP_RULES).map((d) => `${d.date} ${d.kind}`);

describe('sspWeeklyRate', () => {
  const [before, after] = UK_SSP_RULES;
  it('until 5 April 2026: the flat rate above the £125 threshold, nothing below', () => {
    expect(sspWeeklyRate(before!, 20_000)).toEqual({ eligible: true, weeklyPence: 11_875 });
    expect(sspWeeklyRate(before!, 12_499)).toEqual({ eligible: false, weeklyPence: 0 });
  });
  it('from 6 April 2026: the lower of £123.25 and 80% of average weekly earnings', () => {
    expect(sspWeeklyRate(after!, 50_000)).toEqual({ eligible: true, weeklyPence: 12_325 });
    expect(sspWeeklyRate(after!, 10_000)).toEqual({ eligible: true, weeklyPence: 8_000 });
  });
});

describe('classifySickDays under the old rules', () => {
  it('needs four days in a row, then waits three qualifying days', () => {
    expect(kinds(run('2025-11-04', 2))).toEqual(['2025-11-04 too-short', '2025-11-05 too-short']);
    expect(kinds(run('2025-11-03', 5))).toEqual([
      '2025-11-03 waiting', '2025-11-04 waiting', '2025-11-05 waiting', '2025-11-06 payable', '2025-11-07 payable',
    ]);
  });

  it('counts weekends towards the four days but waits only on qualifying days', () => {
    expect(kinds(run('2025-11-07', 4))).toEqual(['2025-11-07 waiting', '2025-11-08 not-qualifying', '2025-11-09 not-qualifying', '2025-11-10 waiting']);
  });

  it('links periods no more than 8 weeks apart, so the waiting days are served once', () => {
    const first = run('2025-11-03', 4);
    const linked = run('2025-12-01', 4);
    const later = run('2026-03-02', 4); // more than 8 weeks after 4 December
    const out = kinds([...first, ...linked, ...later]);
    expect(out.slice(4)).toEqual([
      '2025-12-01 payable', '2025-12-02 payable', '2025-12-03 payable', '2025-12-04 payable',
      '2026-03-02 waiting', '2026-03-03 waiting', '2026-03-04 waiting', '2026-03-05 payable',
    ]);
  });
});

describe('classifySickDays from 6 April 2026', () => {
  it('pays a single qualifying day', () => {
    expect(kinds(['2026-11-27'])).toEqual(['2026-11-27 payable']);
    expect(kinds(['2026-11-28'])).toEqual(['2026-11-28 not-qualifying']);
  });

  it('judges each day of a spell across the change by the rules that day', () => {
    expect(kinds(run('2026-04-02', 6))).toEqual([
      '2026-04-02 waiting', '2026-04-03 waiting', '2026-04-04 not-qualifying', '2026-04-05 not-qualifying', '2026-04-06 payable', '2026-04-07 payable',
    ]);
  });

  it('uses the rota for bank staff, and says when no rules are set', () => {
    const rota = new Set(['2026-11-24', '2026-11-26']);
    expect(kinds(run('2026-11-24', 3), (d) => rota.has(d))).toEqual(['2026-11-24 payable', '2026-11-25 not-qualifying', '2026-11-26 payable']);
    expect(kinds(['2024-01-10'])).toEqual(['2024-01-10 no-rules']);
  });

  it('ignores repeated days', () => expect(kinds(['2026-11-27', '2026-11-27'])).toEqual(['2026-11-27 payable']));
});

describe('sspDaysInPeriod', () => {
  it('lists the payable and waiting days in the period', () => {
    const days = classifySickDays(run('2025-10-29', 6), weekdays, UK_SSP_RULES);
    expect(sspDaysInPeriod(days, '2025-11-01', '2025-11-30')).toEqual({ payable: ['2025-11-03'], waiting: [] });
    expect(sspDaysInPeriod(days, '2025-10-01', '2025-10-31')).toEqual({ payable: [], waiting: ['2025-10-29', '2025-10-30', '2025-10-31'] });
  });
});
