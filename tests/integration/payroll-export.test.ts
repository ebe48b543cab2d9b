// Files that leave for payroll and for a benefits adviser, against a real encrypted office: the Sage 50
// timesheet line by line, Sage's refusals (nothing marked exported), BrightPay's CSV read back with its
// header, and the weekly hours statement with its workbook. The fake clock reads 27 November 2026.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { BRIGHTPAY_HEADER } from '../../electron/backend/payroll/brightpay-csv';
import { readSheet } from '../../electron/backend/transfer/spreadsheet';
import { at, book, defaults, elementId, expectRefused, periodRows, worker } from '../helpers/rota';
import { expectOk, useOffices } from '../helpers/office';
import { readWorkbook } from '../helpers/spreadsheets';
import { staffInput } from '../helpers/staff';

const { newOffice } = useOffices();
const BY = 'Morwenna Testworth';
const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

/** Codes for the elements this office pays, leaving out the ones named in `without`. */
async function setSageCodes(backend: Backend, without: string[] = []): Promise<void> {
  const codes: Record<string, [string, string]> = { 'Wellbeing group': ['11', 'WG'], 'Training delivery': ['12', 'TD'], Mileage: ['20', 'MILES'], 'Rolled-up holiday pay': ['30', 'RUHP'] };
  for (const [name, [sageCode, brightpayCode]] of Object.entries(codes)) {
    expectOk(await backend.invoke('payElements:save', { id: await elementId(backend, name), name, sageCode: without.includes(name) ? '' : sageCode, brightpayCode }));
  }
}

/** Alba (works number 2, irregular hours) and Bryn (rolled-up holiday) with October approved. */
async function smallOffice(backend: Backend, brynWorks = '10') {
  const { officeId, groupId } = await defaults(backend);
  const training = await elementId(backend, 'Training delivery');
  const alba = await worker(backend, 'Alba', { staff: { worksNumber: '2', niNumber: 'JZ987654A' } });
  const bryn = await worker(backend, 'Bryn', { staff: { worksNumber: brynWorks, rolledUpHoliday: true }, rates: [{ from: '2026-01-05', pence: 1350 }] });
  await book(backend, { staffId: alba.id, date: '2026-10-05', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(14), milesTenths: 123 });
  await book(backend, { staffId: alba.id, date: '2026-10-06', placeId: officeId, elementId: training, startMinutes: at(9), endMinutes: at(9, 50) });
  await book(backend, { staffId: bryn.id, date: '2026-10-05', placeId: officeId, elementId: groupId });
  expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
  return { alba, bryn };
}

describe('the Sage 50 timesheet', () => {
  it('is one line per worker and payment, no header, holiday accrued left out', async () => {
    const { backend } = await newOffice();
    await setSageCodes(backend);
    await smallOffice(backend);
    const file = expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'sage', by: BY }));
    expect(file).toMatchObject({ fileName: 'payroll-2026-10-sage.csv', rows: 5 });
    expect(text(file.contentBase64)).toBe([
      '2,11,5.00,13.00', // 5 hours of group work
      '2,12,0.83,13.00', // 50 minutes of training
      '2,20,12.30,0.45', // 12.3 miles at 45p
      '10,11,3.00,13.50',
      '10,30,1.00,4.89', // rolled-up holiday: 12.07% of £40.50
    ].map((line) => `${line}\r\n`).join(''));
    const period = expectOk(await backend.invoke('payroll:period', { key: '2026-10' }));
    expect(period.status).toBe('exported');
    expect(period.events.map((e) => [e.action, e.detail])).toEqual([['approved', ''], ['exported', 'sage']]);
  });

  it('is refused, naming every problem and marking nothing, when an element has no code or a works number is not a number', async () => {
    const { backend } = await newOffice();
    await setSageCodes(backend, ['Training delivery']);
    const { bryn } = await smallOffice(backend, 'PS010');
    const before = periodRows(backend);
    const refused = await backend.invoke('payroll:export', { key: '2026-10', format: 'sage', by: BY });
    expect(expectRefused(refused, 'VALIDATION')).toBe([
      'No file was written: Sage 50 would refuse it.',
      "- Pay element 'Training delivery' has no Sage payment number: set it in Settings, Pay and rates (pay elements). It is used for works number 2.",
      "- Works number 'PS010' (Bryn Testworth) cannot go to Sage: Sage employee references are whole numbers of up to 7 digits. Make it match the employee reference in Sage.",
    ].join('\n'));
    expect(periodRows(backend)).toEqual(before);
    expect(expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).status).toBe('approved');

    await setSageCodes(backend);
    expectOk(await backend.invoke('staff:save', staffInput(bryn.personId, { worksNumber: '10', rolledUpHoliday: true })));
    expect(text(expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'sage', by: BY })).contentBase64).split('\r\n')).toHaveLength(6);
  });
});

describe('any export', () => {
  it('is refused while an approved period has a blocking problem, such as a minimum wage raised since', async () => {
    const { backend } = await newOffice();
    await smallOffice(backend);
    const raised = { age21AndOverPence: 1350, age18To20Pence: 1100, under18Pence: 800, apprenticePence: 800 };
    expectOk(await backend.invoke('settings:addDatedRate', { kind: 'minimum-wage', effectiveFrom: '2026-10-01', values: raised }));
    const before = periodRows(backend);
    const refused = await backend.invoke('payroll:export', { key: '2026-10', format: 'xlsx', by: BY });
    expect(expectRefused(refused, 'VALIDATION')).toBe('The period has 1 problem to fix first:\n- Alba Testworth is paid £13.00 an hour on 05/10/2026, below the minimum wage of £13.50: add a new rate on their staff record.');
    expect(periodRows(backend)).toEqual(before);
  });
});

describe('approved figures', () => {
  it('stay as approved when a holiday scheme or a dated figure changes later, and are taken afresh after reopening', async () => {
    const { backend } = await newOffice();
    await setSageCodes(backend);
    const { alba } = await smallOffice(backend);
    const sage = async () => text(expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'sage', by: BY })).contentBase64);
    const approved = await sage();
    const amounts = async () => expectOk(await backend.invoke('payroll:model', { key: '2026-10' })).lines.map((l) => [l.elementName, l.amountPence]);
    const approvedAmounts = await amounts();
    // Alba moves to rolled-up holiday pay, and mileage is given a new (made-up) figure back-dated into October.
    expectOk(await backend.invoke('staff:save', staffInput(alba.personId, { worksNumber: '2', niNumber: 'JZ987654A', rolledUpHoliday: true })));
    expectOk(await backend.invoke('settings:addDatedRate', { kind: 'mileage', effectiveFrom: '2026-10-01', values: { firstBandPencePerMile: 55, laterPencePerMile: 30, firstBandMiles: 10000 } }));
    expect(await sage()).toBe(approved);
    expect(await amounts()).toEqual(approvedAmounts);

    // A code put right after approval still reaches the file: only the figures are kept.
    expectOk(await backend.invoke('payElements:save', { id: await elementId(backend, 'Mileage'), name: 'Mileage', sageCode: '21', brightpayCode: 'MILES' }));
    expect(await sage()).toBe(approved.replace('2,20,12.30,0.45', '2,21,12.30,0.45'));

    expectOk(await backend.invoke('payroll:reopen', { key: '2026-10', by: BY, reason: 'Alba chose rolled-up holiday pay' }));
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    const again = await sage();
    expect(again).toContain('2,21,12.30,0.55\r\n');
    expect(again).toContain('2,30,1.00,'); // her rolled-up holiday pay, now approved
  });
});

describe('approved figures, continued', () => {
  it('follow a works number changed since approval, in payroll order, and a period approved before figures were stored still exports', async () => {
    const { backend } = await newOffice();
    await setSageCodes(backend);
    const { alba } = await smallOffice(backend);
    // Alba's works number 2 becomes 12: her lines now come after Bryn's (10).
    expectOk(await backend.invoke('staff:save', staffInput(alba.personId, { worksNumber: '12', niNumber: 'JZ987654A' })));
    const model = expectOk(await backend.invoke('payroll:model', { key: '2026-10' }));
    expect(model.lines.map((l) => l.worksNumber)).toEqual(['10', '10', '12', '12', '12', '12']);

    // A row approved with no stored figures (as before they were kept) is read from its locked sessions.
    backend.session.context().sqlite.prepare(`UPDATE pay_periods SET approved_lines = '' WHERE key = '2026-10'`).run();
    const file = expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'sage', by: BY }));
    expect(text(file.contentBase64).split('\r\n')[0]).toBe('10,11,3.00,13.50');
  });
});

describe('the BrightPay CSV', () => {
  it('reads back with its header, one row per payment, and marks the period exported', async () => {
    const { backend } = await newOffice();
    await setSageCodes(backend);
    await smallOffice(backend);
    const file = expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'brightpay', by: BY }));
    expect(file).toMatchObject({ fileName: 'payroll-2026-10-brightpay.csv' });
    const rows = await readSheet(file.fileName, Buffer.from(file.contentBase64, 'base64'));
    const period = '01/10/2026 to 31/10/2026';
    expect(rows).toEqual([
      BRIGHTPAY_HEADER,
      ['2', 'JZ987654A', 'Alba Testworth', 'Wellbeing group', 'WG', '5.00', '13.00', '65.00', `Wellbeing group, ${period}`, 'Yes'],
      ['2', 'JZ987654A', 'Alba Testworth', 'Training delivery', 'TD', '0.83', '13.00', '10.79', `Training delivery, ${period}`, 'Yes'],
      ['2', 'JZ987654A', 'Alba Testworth', 'Mileage', 'MILES', '12.30', '0.45', '5.54', `Mileage, ${period}`, 'No'],
      ['10', '', 'Bryn Testworth', 'Wellbeing group', 'WG', '3.00', '13.50', '40.50', `Wellbeing group, ${period}`, 'No'],
      ['10', '', 'Bryn Testworth', 'Rolled-up holiday pay', 'RUHP', '1.00', '4.89', '4.89', `Rolled-up holiday pay, ${period}`, 'No'],
    ]);
    const events = expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).events;
    expect(events.at(-1)).toMatchObject({ action: 'exported', by: BY, detail: 'brightpay' });
  });
});

describe('the weekly hours statement', () => {
  it('gives every Monday-to-Sunday week, empty ones as zero, with 4-week averages and the weeks over the limit', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const cora = await worker(backend, 'Cora', { staff: { worksNumber: 'PS 7' }, rates: [{ from: '2026-01-05', pence: 1271 }], benefit: { from: '2026-04-06', kind: 'permitted-work-higher' } });
    const shift = (date: string, hours: number, more = {}) => book(backend, { staffId: cora.id, date, placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(9 + hours), ...more });
    await shift('2026-09-28', 4); // the week before: counted in the first averages only
    for (const date of ['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08']) await shift(date, 4); // 16 hours: over
    await shift('2026-10-13', 3, { status: 'cancelled', cancelledAt: '2026-10-12T08:00' });
    await shift('2026-10-20', 2);
    for (const date of ['2026-10-26', '2026-10-28', '2026-11-01']) await shift(date, 5); // 15 hours, £190.65
    const statement = expectOk(await backend.invoke('payroll:statement', { staffId: cora.id, from: '2026-10-07', to: '2026-11-01' }));
    expect(statement).toMatchObject({
      officeName: 'Quaintance Peer Support', name: 'Cora Testworth', worksNumber: 'PS 7', from: '2026-10-05', to: '2026-11-01',
      permittedWork: 'Permitted work (higher limit)', totalMinutes: 1980, totalPence: 41943, weeksOverLimit: 1, generatedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(statement.weeks.map((w) => [w.weekStart, w.weekEnd, w.sessions, w.minutes, w.pence, w.averageMinutes, w.averagePence, w.overHours, w.overEarnings])).toEqual([
      ['2026-10-05', '2026-10-11', 4, 960, 20336, 300, 6355, true, false],
      ['2026-10-12', '2026-10-18', 0, 0, 0, 300, 6355, false, false],
      ['2026-10-19', '2026-10-25', 1, 120, 2542, 330, 6991, false, false], // £69.905 rounds half up
      ['2026-10-26', '2026-11-01', 3, 900, 19065, 495, 10486, false, false],
    ]);

    const file = expectOk(await backend.invoke('payroll:statementFile', { staffId: cora.id, from: '2026-10-07', to: '2026-11-01' }));
    expect(file).toMatchObject({ fileName: 'weekly-hours-PS7-2026-10-05-to-2026-11-01.xlsx', rows: 4 });
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Weekly hours');
    expect(sheet).toBeDefined();
    const cells = sheet!.getSheetValues().flat().filter((v) => typeof v === 'string');
    expect(cells).toEqual(expect.arrayContaining(['Weekly hours and earnings: Cora Testworth (PS 7)', 'Over the hours limit', 'Weeks over a permitted-work limit: 1']));

    const early = await backend.invoke('payroll:statement', { staffId: cora.id, from: '2026-11-01', to: '2026-10-01' });
    expectRefused(early, 'VALIDATION', 'to');
    expectRefused(await backend.invoke('payroll:statement', { staffId: 999, from: '2026-10-01', to: '2026-11-01' }), 'NOT_FOUND');
  });
});
