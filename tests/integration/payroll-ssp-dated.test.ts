// A new Statutory Sick Pay row, added as Settings adds it (settings:addDatedRate), takes effect from its
// date: payroll is given the new weekly rate for sickness after it, both rates for the period it starts
// in, and periods before it keep the rate that applied then. The fake clock reads Wednesday 2 June 2027,
// so April and May 2027 have ended and can be approved.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { DatedValues } from '../../shared/contract/dated-settings';
import { record, typeId } from '../helpers/absence';
import { expectOk, FakeClock, useOffices } from '../helpers/office';
import { worker } from '../helpers/rota';
import { readWorkbook } from '../helpers/spreadsheets';

const { newOffice } = useOffices();
const BY = 'Morwenna Testworth';
const APRIL_2027: DatedValues['ssp'] = { weeklyRatePence: 12640, waitingDays: 0, lowerEarningsLimitPence: null, earningsShareBasisPoints: 8000, minSpellDays: 1, linkingWeeks: 8 };

const model = async (backend: Backend, key: string) => expectOk(await backend.invoke('payroll:model', { key }));

/** The workbook's SSP notes that name a weekly rate. */
async function rateNotes(backend: Backend, key: string): Promise<string[]> {
  expectOk(await backend.invoke('payroll:approve', { key, by: BY }));
  const file = expectOk(await backend.invoke('payroll:export', { key, format: 'xlsx', by: BY }));
  const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Summary')!;
  const notes: string[] = [];
  sheet.eachRow((row: ExcelJS.Row) => {
    const text = row.getCell(2).value;
    if (typeof text === 'string' && text.startsWith('Weekly rate from')) notes.push(text);
  });
  return notes;
}

describe('a Statutory Sick Pay row added in Settings', () => {
  it('gives payroll the new weekly rate for sickness after its date, and leaves earlier periods as they were', async () => {
    const { backend } = await newOffice({ clock: new FakeClock(Date.parse('2027-06-02T10:00:00Z')) });
    const alba = await worker(backend, 'Alba', { staff: { worksNumber: '2', holidayScheme: 'fixed' } });
    const sickness = await typeId(backend, 'Sickness');
    // Off sick Monday 10 and Tuesday 11 May 2027 (a week with no rota: the weekdays are qualifying days),
    // and Tuesday 16 March 2027, before the change.
    await record(backend, alba.id, sickness, '2027-05-10', { lastDay: '2027-05-11' });
    await record(backend, alba.id, sickness, '2027-03-16');
    expect((await model(backend, '2027-05')).sspRates).toEqual([expect.objectContaining({ from: '2026-04-06', weeklyRatePence: 12325 })]);

    const rows = expectOk(await backend.invoke('settings:addDatedRate', { kind: 'ssp', effectiveFrom: '2027-04-06', values: APRIL_2027 }));
    expect(rows.map((r) => r.effectiveFrom)).toEqual(['2025-04-06', '2026-04-06', '2027-04-06']);

    const may = await model(backend, '2027-05');
    expect(may.lines.filter((l) => l.unit === 'ssp-days').map((l) => l.sickDates)).toEqual([['2027-05-10', '2027-05-11']]);
    expect(may.sspRates).toEqual([{ from: '2027-04-06', ...APRIL_2027 }]);
    expect(await rateNotes(backend, '2027-05')).toEqual([
      'Weekly rate from 06/04/2027: the lower of £126.40 or 80% of average weekly earnings. For information: payroll works out SSP.',
    ]);
    // April began under the old rate and changed on the 6th: payroll is given both, each with its date.
    expect((await model(backend, '2027-04')).sspRates?.map((r) => [r.from, r.weeklyRatePence])).toEqual([['2026-04-06', 12325], ['2027-04-06', 12640]]);
    // March's sickness was before the change: its period keeps the rate in force then.
    expect(await rateNotes(backend, '2027-03')).toEqual([
      'Weekly rate from 06/04/2026: the lower of £123.25 or 80% of average weekly earnings. For information: payroll works out SSP.',
    ]);
  });
});
