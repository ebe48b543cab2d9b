// Statutory Sick Pay days in the payroll calculation and its files, against a real encrypted office:
// sickness absences over rota sessions (any status), part days and non-sickness kinds left out, the
// weekday rule for weeks with no rota, a spell across the period end split between periods, the fit
// note warning from day 8, the workbook read back with exceljs, Sage's file without SSP lines (and the
// checklist's note), BrightPay's line, approved snapshots and the weekly statement. Absences are written
// straight into their table (the absence screens are another piece of work); everything else goes
// through the backend's channels. The fake clock reads Friday 27 November 2026.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { qualifyingDays } from '../../electron/backend/payroll/ssp-days';
import { SSP_NOTE } from '../../electron/backend/payroll/statement-workbook';
import { readSheet } from '../../electron/backend/transfer/spreadsheet';
import type { SummaryLine } from '../../shared/contract/payroll-model';
import { at, book, defaults, elementId, worker } from '../helpers/rota';
import { record, typeId } from '../helpers/absence';
import { expectOk, HOUR, useOffices } from '../helpers/office';
import { readWorkbook } from '../helpers/spreadsheets';

const { newOffice } = useOffices();
const BY = 'Morwenna Testworth';
const SSP = 'Statutory Sick Pay (qualifying days)';
const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

interface AbsenceRow {
  type: 'Sickness' | 'Disability-related' | 'Dependants (time off for dependants)' | 'Unpaid leave';
  firstDay: string;
  lastDay?: string; // '' (still off) unless given
  partDayMinutes?: number;
  certification?: 'self' | 'fit-note';
  returnedOn?: string;
}

/** An absence row as the absence service would store it, written with SQL. */
function absence(backend: Backend, staffId: number, a: AbsenceRow): void {
  const { sqlite } = backend.session.context();
  const type = sqlite.prepare('SELECT id FROM absence_types WHERE name = ?').get(a.type) as { id: number } | undefined;
  if (!type) throw new Error(`no absence type called ${a.type}`);
  sqlite.prepare(`INSERT INTO absences (staff_id, type_id, first_day, last_day, part_day_minutes, certification, returned_on, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(staffId, type.id, a.firstDay, a.lastDay ?? '', a.partDayMinutes ?? null, a.certification ?? 'self', a.returnedOn ?? '',
    '2026-11-27T10:00:00.000Z', '2026-11-27T10:00:00.000Z');
}

async function setCodes(backend: Backend): Promise<void> {
  const codes: Record<string, [string, string]> = { 'Wellbeing group': ['11', 'WG'], [SSP]: ['', 'SSPD'] };
  for (const [name, [sageCode, brightpayCode]] of Object.entries(codes)) {
    expectOk(await backend.invoke('payElements:save', { id: await elementId(backend, name), name, sageCode, brightpayCode }));
  }
}

/**
 * Alba (2) works and is off sick on rota days; Bryn (10) has no rota in the weeks he is off; Cora (11)
 * has no session in October at all and is off across the end of it. Absences come from `withAbsences`.
 */
async function sickOffice(backend: Backend) {
  await setCodes(backend);
  const { officeId, groupId } = await defaults(backend);
  const alba = await worker(backend, 'Alba', { staff: { worksNumber: '2', niNumber: 'JZ987654A', holidayScheme: 'fixed' } });
  const bryn = await worker(backend, 'Bryn', { staff: { worksNumber: '10', holidayScheme: 'fixed' }, rates: [{ from: '2026-01-05', pence: 1350 }] });
  const cora = await worker(backend, 'Cora', { staff: { worksNumber: '11', holidayScheme: 'fixed' } });
  const session = (staffId: number, date: string, status: 'worked' | 'cancelled', hours = 3) => book(backend, {
    staffId, date, placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(9 + hours), status,
    ...(status === 'cancelled' ? { cancelledAt: `${date}T07:30` } : {}),
  });
  await session(alba.id, '2026-10-05', 'worked', 5);
  await session(alba.id, '2026-10-06', 'cancelled');
  await session(alba.id, '2026-10-08', 'cancelled');
  await session(alba.id, '2026-10-12', 'worked', 2); // she went home after two hours: a part day
  await session(alba.id, '2026-10-13', 'cancelled');
  await session(alba.id, '2026-10-14', 'cancelled');
  await session(bryn.id, '2026-10-05', 'worked');
  await session(cora.id, '2026-11-02', 'cancelled');
  await session(cora.id, '2026-11-05', 'cancelled');
  const withAbsences = () => {
    // Tuesday to Friday: only the Tuesday and Thursday were rota days (the week had a rota).
    absence(backend, alba.id, { type: 'Sickness', firstDay: '2026-10-06', lastDay: '2026-10-09' });
    absence(backend, alba.id, { type: 'Sickness', firstDay: '2026-10-12', lastDay: '2026-10-12', partDayMinutes: 240 }); // a part day: no SSP day
    absence(backend, alba.id, { type: 'Dependants (time off for dependants)', firstDay: '2026-10-13', lastDay: '2026-10-13' }); // not sickness
    absence(backend, alba.id, { type: 'Disability-related', firstDay: '2026-10-14', lastDay: '2026-10-14' }); // sickness, kept apart for the Bradford factor
    // Thursday to Tuesday over the clock change (Sunday 25 October), no rota either week: the weekdays.
    absence(backend, bryn.id, { type: 'Sickness', firstDay: '2026-10-22', lastDay: '2026-10-27' });
    // Thursday 29 October to Tuesday 3 November: October's week had no rota (weekdays count); November's
    // had sessions on the 2nd and 5th, so only the 2nd counts.
    absence(backend, cora.id, { type: 'Sickness', firstDay: '2026-10-29', lastDay: '2026-11-03' });
  };
  return { alba, bryn, cora, withAbsences };
}

const sspOf = (lines: readonly SummaryLine[]) => lines.filter((l) => l.unit === 'ssp-days')
  .map((l) => ({ worksNumber: l.worksNumber, name: l.name, element: l.elementName, quantity: l.quantity, hundredths: l.hundredths, rate: l.ratePence, amount: l.amountPence, dates: l.sickDates }));

const model = async (backend: Backend, key: string) => expectOk(await backend.invoke('payroll:model', { key }));

describe('SSP qualifying days in the payroll calculation', () => {
  it('counts whole days of sickness kinds on rota days, weekdays in weeks with no rota, and splits a spell at the period end', async () => {
    const { backend } = await newOffice();
    const { withAbsences } = await sickOffice(backend);
    const before = await model(backend, '2026-10');
    expect(sspOf(before.lines)).toEqual([]);
    withAbsences();

    const october = await model(backend, '2026-10');
    expect(sspOf(october.lines)).toEqual([
      { worksNumber: '2', name: 'Alba Testworth', element: SSP, quantity: 3, hundredths: 300, rate: null, amount: 0, dates: ['2026-10-06', '2026-10-08', '2026-10-14'] },
      { worksNumber: '10', name: 'Bryn Testworth', element: SSP, quantity: 4, hundredths: 400, rate: null, amount: 0, dates: ['2026-10-22', '2026-10-23', '2026-10-26', '2026-10-27'] },
      { worksNumber: '11', name: 'Cora Testworth', element: SSP, quantity: 2, hundredths: 200, rate: null, amount: 0, dates: ['2026-10-29', '2026-10-30'] },
    ]);
    // Each person's SSP line comes after their pay, and the pay itself is untouched.
    expect(october.lines.map((l) => [l.worksNumber, l.unit])).toEqual([['2', 'hours'], ['2', 'ssp-days'], ['10', 'hours'], ['10', 'ssp-days'], ['11', 'ssp-days']]);
    expect(october.lines.filter((l) => l.unit !== 'ssp-days')).toEqual(before.lines);
    expect(october.sspRates).toEqual([expect.objectContaining({ from: '2026-04-06', weeklyRatePence: 12325, earningsShareBasisPoints: 8000 })]);

    const november = await model(backend, '2026-11');
    expect(sspOf(november.lines)).toEqual([
      { worksNumber: '11', name: 'Cora Testworth', element: SSP, quantity: 1, hundredths: 100, rate: null, amount: 0, dates: ['2026-11-02'] },
    ]);
    // Days are SSP days, not pay: the period's total is the same.
    const detail = expectOk(await backend.invoke('payroll:period', { key: '2026-10' }));
    expect(detail.totalPence).toBe(before.lines.reduce((sum, l) => sum + l.amountPence, 0));
  });

  it('never counts a day off sick with a session marked worked as an SSP day, and asks which record is wrong', async () => {
    const { backend } = await newOffice();
    const { alba } = await sickOffice(backend);
    const before = await model(backend, '2026-10');
    // Recorded off sick Monday 5 to Tuesday 6 October, but Monday's 5-hour session is marked worked.
    absence(backend, alba.id, { type: 'Sickness', firstDay: '2026-10-05', lastDay: '2026-10-06' });
    const october = await model(backend, '2026-10');
    expect(sspOf(october.lines).map((l) => [l.name, l.dates])).toEqual([['Alba Testworth', ['2026-10-06']]]);
    expect(october.lines.filter((l) => l.unit !== 'ssp-days')).toEqual(before.lines);
    const warnings = expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).checklist.filter((c) => c.kind === 'sick-but-worked');
    expect(warnings).toEqual([expect.objectContaining({
      blocking: false, date: '2026-10-05', staffId: alba.id,
      message: expect.stringMatching(/^Alba Testworth is recorded as off sick on 05\/10\/2026, but their session at .+ that day is marked worked: it is paid as work, not as an SSP day\./),
    })]);
    expect(warnings[0]!.sessionId).toBeGreaterThan(0);
  });

  it('counts only rota days for bank staff: a sick week with nothing booked has no SSP day', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const bank = await worker(backend, 'Bea', { staff: { worksNumber: '30', contractType: 'bank', weeklyMinutes: null } });
    await book(backend, { staffId: bank.id, date: '2026-10-07', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(12), status: 'cancelled', cancelledAt: '2026-10-07T07:30' });
    absence(backend, bank.id, { type: 'Sickness', firstDay: '2026-10-05', lastDay: '2026-10-16' }); // two weeks; a session only in the first
    expect(sspOf((await model(backend, '2026-10')).lines).map((l) => l.dates)).toEqual([['2026-10-07']]);
    expect(qualifyingDays(['2026-10-12', '2026-10-13'], new Set(), { bank: true })).toEqual([]);
    expect(qualifyingDays(['2026-10-12', '2026-10-13'], new Set())).toEqual(['2026-10-12', '2026-10-13']);
  });

  it('judges a day with no session by the week: weekdays only when that week has no rota, never a weekend or bank holiday', () => {
    const christmas = ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29'];
    expect(qualifyingDays(christmas, new Set())).toEqual(['2026-12-24', '2026-12-29']);
    // A session on Boxing Day (a Saturday) makes it a qualifying day, and the rest of that week is not.
    expect(qualifyingDays(christmas, new Set(['2026-12-26']))).toEqual(['2026-12-26', '2026-12-29']);
    expect(qualifyingDays(['2026-10-06', '2026-10-06', '2026-10-07'], new Set(['2026-10-06']))).toEqual(['2026-10-06']);
  });

  it('warns, without blocking, of sickness past day 7 in the period with no fit note, and counts a spell with a return date up to the day before', async () => {
    const { backend } = await newOffice();
    const dara = await worker(backend, 'Dara', { staff: { worksNumber: '20' } });
    const eli = await worker(backend, 'Eli', { staff: { worksNumber: '21' } });
    const fay = await worker(backend, 'Fay', { staff: { worksNumber: '22' } });
    const gus = await worker(backend, 'Gus', { staff: { worksNumber: '23' } });
    const hal = await worker(backend, 'Hal', { staff: { worksNumber: '24' } });
    absence(backend, dara.id, { type: 'Sickness', firstDay: '2026-10-12' }); // still off: day 8 is 19 October
    absence(backend, eli.id, { type: 'Sickness', firstDay: '2026-10-01', lastDay: '2026-10-20', certification: 'fit-note' });
    absence(backend, fay.id, { type: 'Sickness', firstDay: '2026-10-26', lastDay: '2026-11-06' }); // day 8 falls in November
    absence(backend, gus.id, { type: 'Disability-related', firstDay: '2026-09-25', lastDay: '2026-10-03' }); // day 8, 2 October, in October
    absence(backend, hal.id, { type: 'Sickness', firstDay: '2026-10-01', returnedOn: '2026-10-05' }); // back on the Monday: four days
    absence(backend, hal.id, { type: 'Unpaid leave', firstDay: '2026-10-06', lastDay: '2026-10-30' }); // not sickness: no fit note, no SSP

    const fitNotes = async (key: string) => expectOk(await backend.invoke('payroll:period', { key })).checklist.filter((c) => c.kind === 'fit-note-needed');
    expect(await fitNotes('2026-10')).toEqual([
      { kind: 'fit-note-needed', blocking: false, date: '2026-10-02', staffId: gus.id, personId: gus.personId,
        message: 'Gus Testworth was off sick from 25/09/2026 to 03/10/2026 with no fit note recorded: one is needed from day 8 (02/10/2026). Ask them for it, then record it with their absence.' },
      { kind: 'fit-note-needed', blocking: false, date: '2026-10-19', staffId: dara.id, personId: dara.personId,
        message: 'Dara Testworth has been off sick since 12/10/2026 with no fit note recorded: one is needed from day 8 (19/10/2026). Ask them for it, then record it with their absence.' },
    ]);
    expect((await fitNotes('2026-11')).map((c) => [c.staffId, c.message])).toEqual([
      [dara.id, 'Dara Testworth has been off sick since 12/10/2026 with no fit note recorded: one is needed from day 8 (19/10/2026). Ask them for it, then record it with their absence.'],
      [fay.id, 'Fay Testworth was off sick from 26/10/2026 to 06/11/2026 with no fit note recorded: one is needed from day 8 (02/11/2026). Ask them for it, then record it with their absence.'],
    ]);
    // Hal's spell ended the day before he came back: Thursday 1 and Friday 2 October.
    const hals = sspOf((await model(backend, '2026-10')).lines).find((l) => l.worksNumber === '24');
    expect(hals?.dates).toEqual(['2026-10-01', '2026-10-02']);
    // Dara is still off: November counts to today, Friday 27 November, and no further.
    expect(sspOf((await model(backend, '2026-11')).lines).find((l) => l.worksNumber === '20')?.dates?.at(-1)).toBe('2026-11-27');
    // A warning only: the period can be approved.
    expect(expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY })).status).toBe('approved');
  });
});

/** Rows of a sheet as plain values, 1-based columns dropped to a list. */
const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: { number: number; values: ExcelJS.CellValue[] }[] = [];
  sheet.eachRow((row, number) => rows.push({ number, values: Array.from({ length: 8 }, (_, i) => row.getCell(i + 1).value) }));
  return rows;
};
const resultOf = (value: ExcelJS.CellValue) => (value && typeof value === 'object' && 'result' in value ? value.result : value);

describe('SSP days in the payroll files', () => {
  it('show in the workbook as days with no rate or amount, outside the totals, with the weekly rate for information', async () => {
    const { backend } = await newOffice();
    const { withAbsences } = await sickOffice(backend);
    const totalBefore = expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).totalPence;
    withAbsences();
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    const file = expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'xlsx', by: BY }));
    expect(file.rows).toBe(5);
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Summary')!;
    const rows = rowsOf(sheet);

    const ssp = rows.filter((r) => r.values[4] === 'SSP qualifying days');
    expect(ssp.map((r) => r.values)).toEqual([
      ['2', 'Alba Testworth', 'JZ987654A', SSP, 'SSP qualifying days', 3, null, null],
      ['10', 'Bryn Testworth', null, SSP, 'SSP qualifying days', 4, null, null],
      ['11', 'Cora Testworth', null, SSP, 'SSP qualifying days', 2, null, null],
    ]);
    expect(sheet.getCell(ssp[0]!.number, 6).numFmt).toBe('0');

    // The totals are what they were before anyone was off sick: 7 hours of Alba's and 3 of Bryn's.
    const hours = rows.find((r) => r.values[3] === 'Total paid hours')!;
    const pay = rows.find((r) => r.values[3] === 'Total pay')!;
    expect(resultOf(hours.values[5])).toBe(10);
    expect(resultOf(pay.values[7])).toBe(totalBefore / 100);
    expect(totalBefore).toBe(13150);
    // What Excel computes from the cells agrees with the cached result: the SSP rows' amounts are empty.
    const firstRow = rows.find((r) => r.values[0] === 'Works number')!.number + 1;
    const amounts = rows.filter((r) => r.number >= firstRow && r.number < hours.number).map((r) => resultOf(r.values[7]));
    expect(amounts).toEqual([91, null, 40.5, null, null]);
    expect(pay.values[7]).toMatchObject({ formula: `SUM(H${firstRow}:H${hours.number - 2})` });

    const notes = rows.filter((r) => r.number > pay.number && typeof r.values[1] === 'string').map((r) => r.values[1]);
    expect(notes.slice(0, 6)).toEqual([
      'Statutory Sick Pay',
      'SSP rows are days off sick that payroll pays Statutory Sick Pay for: no amount here, and not in the totals.',
      'Weekly rate from 06/04/2026: the lower of £123.25 or 80% of average weekly earnings. For information: payroll works out SSP.',
      'Alba Testworth (works number 2): 3 days, 06/10/2026, 08/10/2026, 14/10/2026',
      'Bryn Testworth (works number 10): 4 days, 22/10/2026, 23/10/2026, 26/10/2026, 27/10/2026',
      'Cora Testworth (works number 11): 2 days, 29/10/2026, 30/10/2026',
    ]);
    expect(notes).toContain('Sign-off');
  });

  it('stay out of the Sage file, which the checklist says, day by day, to enter in Sage, only to offices that export for Sage', async () => {
    const { backend } = await newOffice();
    const { withAbsences } = await sickOffice(backend);
    withAbsences();
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    const sageNotes = async () => expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).checklist.filter((c) => c.kind === 'ssp-days-for-sage');
    const lines = [
      [false, '2026-10-06', "SSP days are not in the Sage file. Enter these SSP days in Sage's sickness screen: 3 days for Alba Testworth (06/10/2026, 08/10/2026 and 14/10/2026)."],
      [false, '2026-10-22', "SSP days are not in the Sage file. Enter these SSP days in Sage's sickness screen: 4 days for Bryn Testworth (22/10/2026, 23/10/2026, 26/10/2026 and 27/10/2026)."],
      [false, '2026-10-29', "SSP days are not in the Sage file. Enter these SSP days in Sage's sickness screen: 2 days for Cora Testworth (29/10/2026 and 30/10/2026)."],
    ] as const;
    // Before the office's first export nobody knows its payroll software: the note says "if".
    expect((await sageNotes()).map((c) => [c.blocking, c.date, c.message])).toEqual(lines.map(([b, d, m]) => [b, d, `If you export for Sage 50: ${m}`]));
    // The SSP element has no Sage payment number, and needs none: its lines are not in the file.
    const file = expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'sage', by: BY }));
    expect(file.rows).toBe(2);
    expect(text(file.contentBase64)).toBe('2,11,7.00,13.00\r\n10,11,3.00,13.50\r\n');
    expect((await sageNotes()).map((c) => c.message)).toEqual(lines.map(([, , m]) => `For Sage 50: ${m}`));
    // An office whose latest export is the workbook (or BrightPay) does not use Sage: no notes.
    expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'xlsx', by: BY }));
    expect(await sageNotes()).toEqual([]);
    expect(expectOk(await backend.invoke('payroll:period', { key: '2026-11' })).checklist.filter((c) => c.kind === 'ssp-days-for-sage')).toEqual([]);
  });

  it('refuse a Sage file with only SSP days in it, saying where the days go', async () => {
    const { backend } = await newOffice();
    await setCodes(backend);
    const cora = await worker(backend, 'Cora', { staff: { worksNumber: '11' } });
    absence(backend, cora.id, { type: 'Sickness', firstDay: '2026-10-05', lastDay: '2026-10-06' });
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    const refused = await backend.invoke('payroll:export', { key: '2026-10', format: 'sage', by: BY });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!refused.ok && refused.error.message).toBe("No file was written: Sage 50 would refuse it.\n- There is nothing to send to Sage: the period has SSP days but no payments. Enter the SSP days in Sage's sickness screen (the checklist lists them).");
    expect(expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).status).toBe('approved');
  });

  it('go to BrightPay as a line of days in the Hours column with the element code, no rate and no amount', async () => {
    const { backend } = await newOffice();
    const { withAbsences } = await sickOffice(backend);
    withAbsences();
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    const file = expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'brightpay', by: BY }));
    expect(file.rows).toBe(5);
    const rows = await readSheet(file.fileName, Buffer.from(file.contentBase64, 'base64'));
    const period = '01/10/2026 to 31/10/2026';
    expect(rows.slice(1)).toEqual([
      ['2', 'JZ987654A', 'Alba Testworth', 'Wellbeing group', 'WG', '7.00', '13.00', '91.00', `Wellbeing group, ${period}`, 'No'],
      ['2', 'JZ987654A', 'Alba Testworth', SSP, 'SSPD', '3.00', '', '', `SSP qualifying days, ${period}`, 'No'],
      ['10', '', 'Bryn Testworth', 'Wellbeing group', 'WG', '3.00', '13.50', '40.50', `Wellbeing group, ${period}`, 'No'],
      ['10', '', 'Bryn Testworth', SSP, 'SSPD', '4.00', '', '', `SSP qualifying days, ${period}`, 'No'],
      ['11', '', 'Cora Testworth', SSP, 'SSPD', '2.00', '', '', `SSP qualifying days, ${period}`, 'No'],
    ]);
  });
});

describe('SSP days in approved periods', () => {
  it('are kept in the approved snapshot, and a snapshot from before SSP lines still reads and exports', async () => {
    const { backend } = await newOffice();
    const { alba, withAbsences } = await sickOffice(backend);
    // Approved before any absence was recorded: the snapshot has no SSP lines, as periods approved
    // before this change do not.
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    const stored = () => backend.session.context().sqlite.prepare(`SELECT approved_lines AS json FROM pay_periods WHERE key = '2026-10'`).get() as { json: string };
    const old = stored().json;
    expect(old).not.toContain('ssp-days');
    withAbsences();
    const approvedOld = await model(backend, '2026-10');
    expect(sspOf(approvedOld.lines)).toEqual([]);
    const checklist = expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).checklist;
    expect(checklist.filter((c) => c.kind === 'ssp-days-for-sage')).toEqual([]);
    const workbook = await readWorkbook(expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'xlsx', by: BY })).contentBase64);
    expect(rowsOf(workbook.getWorksheet('Summary')!).some((r) => r.values.includes('Statutory Sick Pay'))).toBe(false);
    // Exported for Sage last, so the office is told what to enter in Sage.
    expect(text(expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'sage', by: BY })).contentBase64)).toBe('2,11,7.00,13.00\r\n10,11,3.00,13.50\r\n');

    // Reopened and approved again, the snapshot takes the SSP days, with their dates.
    expectOk(await backend.invoke('payroll:reopen', { key: '2026-10', by: BY, reason: 'Sickness recorded late' }));
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    const snapshot = JSON.parse(stored().json) as SummaryLine[];
    expect(sspOf(snapshot).map((l) => [l.name, l.quantity, l.dates])).toEqual([
      ['Alba Testworth', 3, ['2026-10-06', '2026-10-08', '2026-10-14']],
      ['Bryn Testworth', 4, ['2026-10-22', '2026-10-23', '2026-10-26', '2026-10-27']],
      ['Cora Testworth', 2, ['2026-10-29', '2026-10-30']],
    ]);
    // Sickness recorded after approval does not change what was approved, nor the days to enter in Sage.
    absence(backend, alba.id, { type: 'Sickness', firstDay: '2026-10-13', lastDay: '2026-10-13' });
    expect(sspOf((await model(backend, '2026-10')).lines).find((l) => l.name === 'Alba Testworth')?.quantity).toBe(3);
    const sage = expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).checklist.filter((c) => c.kind === 'ssp-days-for-sage');
    expect(sage[0]?.message).toContain('3 days for Alba Testworth (06/10/2026, 08/10/2026 and 14/10/2026)');
  });
});

describe('sickness recorded after a period was approved', () => {
  it('is flagged on the absence and on the period checklist until the period is reopened and approved again', async () => {
    const { backend, clock } = await newOffice();
    const { alba } = await sickOffice(backend);
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    clock.advance(HOUR);
    const sickness = await typeId(backend, 'Sickness');
    const { absence: late } = await record(backend, alba.id, sickness, '2026-10-06', { lastDay: '2026-10-08' });
    expect(late.approvedPayNote).toBe('Its SSP days are not the ones approved for the pay period 01/10/2026 to 31/10/2026, so payroll has not been sent them. To include them, reopen the period on the Payroll page and approve it again.');
    // A part day is never an SSP day, and a period still in draft takes the days as it is worked out.
    const { absence: part } = await record(backend, alba.id, sickness, '2026-10-12', { partDayMinutes: 240 });
    expect(part.approvedPayNote).toBe('');
    const { absence: november } = await record(backend, alba.id, sickness, '2026-11-02');
    expect(november.approvedPayNote).toBe('');

    const flagged = async () => expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).checklist.filter((c) => c.kind === 'sickness-since-approval');
    expect(await flagged()).toEqual([{
      kind: 'sickness-since-approval', blocking: false, staffId: alba.id, date: '2026-10-06',
      message: 'Sickness recorded or changed since this period was approved: Alba Testworth now has 2 SSP days in it, and 0 SSP days were approved. Reopen the period and approve it again to send payroll the right days.',
    }]);
    // Approval still stands, and its file still leaves the days out, until it is reopened.
    expect(sspOf((await model(backend, '2026-10')).lines)).toEqual([]);
    clock.advance(HOUR);
    expectOk(await backend.invoke('payroll:reopen', { key: '2026-10', by: BY, reason: 'Sickness recorded late' }));
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    expect(await flagged()).toEqual([]);
    expect(sspOf((await model(backend, '2026-10')).lines).map((l) => l.dates)).toEqual([['2026-10-06', '2026-10-08']]);
    const person = expectOk(await backend.invoke('absence:person', { staffId: alba.id }));
    expect(person.absences.map((a) => a.approvedPayNote)).toEqual(['', '', '']);
    // Changing an absence whose days are in the approved pay (a fit note, the conversation) needs no reopening.
    clock.advance(HOUR);
    expectOk(await backend.invoke('absence:returnToWork', { id: late.id, heldOn: '2026-10-09', by: BY }));
    const { absence: withNote } = await record(backend, alba.id, sickness, '2026-10-06', { id: late.id, lastDay: '2026-10-08', certification: 'fit-note', fitNoteFrom: '2026-10-06', fitNoteTo: '2026-10-08' });
    expect(withNote.approvedPayNote).toBe('');
    expect(await flagged()).toEqual([]);

    // Deleting it afterwards changes the approved days again, and the checklist says so.
    clock.advance(HOUR);
    expectOk(await backend.invoke('absence:delete', { id: late.id }));
    expect((await flagged()).map((c) => c.message)).toEqual(['Sickness recorded or changed since this period was approved: Alba Testworth now has 0 SSP days in it, and 2 SSP days were approved. Reopen the period and approve it again to send payroll the right days.']);
  });
});

describe('the weekly statement for a benefits adviser', () => {
  it('shows the SSP days of each week, with a note that the SSP itself is not in the gross pay', async () => {
    const { backend } = await newOffice();
    const { alba, bryn, withAbsences } = await sickOffice(backend);
    const plain = expectOk(await backend.invoke('payroll:statementFile', { staffId: alba.id, from: '2026-10-05', to: '2026-10-18' }));
    const plainCells = (await readWorkbook(plain.contentBase64)).getWorksheet('Weekly hours')!.getSheetValues().flat();
    expect(plainCells).not.toContain('SSP qualifying days');
    withAbsences();

    const statement = expectOk(await backend.invoke('payroll:statement', { staffId: alba.id, from: '2026-10-05', to: '2026-10-25' }));
    expect(statement.weeks.map((w) => [w.weekStart, w.sessions, w.minutes, w.sspDays])).toEqual([
      ['2026-10-05', 1, 300, 2], ['2026-10-12', 1, 120, 1], ['2026-10-19', 0, 0, 0],
    ]);
    const brynWeeks = expectOk(await backend.invoke('payroll:statement', { staffId: bryn.id, from: '2026-10-19', to: '2026-11-01' })).weeks;
    expect(brynWeeks.map((w) => w.sspDays)).toEqual([2, 2]);

    const file = expectOk(await backend.invoke('payroll:statementFile', { staffId: alba.id, from: '2026-10-05', to: '2026-10-25' }));
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Weekly hours')!;
    const header = rowsOf(sheet).find((r) => r.values[0] === 'Week beginning')!;
    expect(sheet.getCell(header.number, 8).value).toBe('SSP qualifying days');
    expect([1, 2, 3].map((i) => sheet.getCell(header.number + i, 8).value)).toEqual([2, 1, 0]);
    expect(resultOf(sheet.getCell(header.number + 4, 8).value)).toBe(3);
    expect(sheet.getSheetValues().flat()).toContain(SSP_NOTE);
  });
});
