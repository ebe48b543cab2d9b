// Dated settings: the row in force on a day is the latest that starts on or before it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datedTableProblems, inForceOn, requireInForce } from '../../../shared/domain/pay/dated';
import { fromDayNumber } from '../../../shared/domain/pay/calendar';

const table = [
  { from: '2026-04-01', pence: 1271 },
  { from: '2025-04-01', pence: 1221 }, // out of order on purpose: the office may add rows in any order
];

describe('inForceOn', () => {
  it('picks the latest row starting on or before the date', () => {
    expect(inForceOn(table, '2026-03-31')?.pence).toBe(1221);
    expect(inForceOn(table, '2026-04-01')?.pence).toBe(1271);
    expect(inForceOn(table, '2030-01-01')?.pence).toBe(1271);
    expect(inForceOn(table, '2025-04-01')?.pence).toBe(1221);
  });

  it('gives undefined before the first row and for an empty table', () => {
    expect(inForceOn(table, '2025-03-31')).toBeUndefined();
    expect(inForceOn([], '2026-01-01')).toBeUndefined();
  });

  it('lets a later row with the same start win', () => {
    expect(inForceOn([...table, { from: '2026-04-01', pence: 1300 }], '2026-06-01')?.pence).toBe(1300);
  });

  const day = fc.integer({ min: 18_000, max: 22_000 }).map(fromDayNumber);
  it('never picks a row that starts after the date, nor skips a later one that applies', () => {
    fc.assert(fc.property(fc.array(day.map((from) => ({ from })), { maxLength: 8 }), day, (rows, date) => {
      const row = inForceOn(rows, date);
      const eligible = rows.filter((r) => r.from <= date);
      if (eligible.length === 0) expect(row).toBeUndefined();
      else {
        expect(row!.from <= date).toBe(true);
        expect(eligible.every((r) => r.from <= row!.from)).toBe(true);
      }
    }));
  });
});

describe('requireInForce', () => {
  it('returns the row, or words saying what to add', () => {
    expect(requireInForce(table, '2026-05-01', 'minimum wage')).toEqual({ ok: true, row: table[0] });
    const missing = requireInForce(table, '2024-05-01', 'minimum wage');
    expect(missing).toEqual({ ok: false, message: 'No minimum wage is set for 01/05/2024. Add one that starts on or before that date in Settings, Pay and rates.' });
  });
});

describe('datedTableProblems', () => {
  it('finds bad dates and duplicate starts', () => {
    expect(datedTableProblems(table)).toEqual([]);
    expect(datedTableProblems([{ from: '2026-02-30' }, { from: '2026-04-01' }, { from: '2026-04-01' }])).toEqual([
      '"2026-02-30" is not a date. Enter it like 2026-04-01.',
      'Two rows start on 01/04/2026. Keep one.',
    ]);
  });
});
