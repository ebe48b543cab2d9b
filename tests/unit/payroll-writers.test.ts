// The payroll writers turn one PayrollModel into the files that leave the office. Each file is written
// and then read back the way its reader would (exceljs for the workbooks, a CSV parser for the CSVs).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PayrollModel, SessionLine, SummaryLine, WeeklyStatement } from '../../shared/contract/payroll-model';
import { divideRounded, minutesToHundredths, payPence } from '../../shared/domain/pay/rounding';
import { brightpayCsv, csvField } from '../../electron/backend/payroll/brightpay-csv';
import { sageCsv } from '../../electron/backend/payroll/sage-csv';
import { STATEMENT_NOTE, statementWorkbook } from '../../electron/backend/payroll/statement-workbook';
import { payrollWorkbook } from '../../electron/backend/payroll/workbook';

const POUNDS = '"£"#,##0.00';

function line(over: Partial<SummaryLine> & Pick<SummaryLine, 'elementName' | 'unit' | 'hundredths' | 'ratePence'>): SummaryLine {
  const amountPence = over.unit === 'holiday-accrued' || over.ratePence === null ? 0 : divideRounded(over.hundredths * over.ratePence, 100);
  return {
    staffId: 1, worksNumber: '3135', niNumber: 'QQ123456C', name: 'Alex Example', elementId: 1, quantity: 0,
    amountPence, sageCode: '', brightpayCode: '', accruesHoliday: false, ...over,
  };
}

function session(over: Partial<SessionLine> & Pick<SessionLine, 'date' | 'start' | 'end' | 'workedMinutes' | 'ratePence'>): SessionLine {
  return {
    sessionId: 1, staffId: 1, worksNumber: '3135', name: 'Alex Example', breakMinutes: 0, placeName: 'Example Ward', elementName: 'Basic hours',
    amountPence: payPence(over.workedMinutes, over.ratePence ?? 0), milesTenths: 0, ...over,
  };
}

const SAM = { staffId: 2, worksNumber: '4001', niNumber: '', name: 'Sam Sample, Jr' };
// Three 20-minute group sessions: 60 minutes rounded once make 1.00 hour, never 3 x 0.33.
const samMinutes = [20, 20, 20];

const model: PayrollModel = {
  officeName: 'Example Peer Support & Co',
  period: { key: '2026-11', start: '2026-11-01', end: '2026-11-30', payDate: '2026-12-04', status: 'approved' },
  generatedAt: '2026-12-01T10:30:00.000Z',
  lines: [
    line({ elementName: 'Basic hours', unit: 'hours', quantity: 349, hundredths: 582, ratePence: 1271, sageCode: '11', brightpayCode: 'BASIC', accruesHoliday: true }),
    line({ elementId: 5, elementName: 'Mileage', unit: 'miles', quantity: 123, hundredths: 1230, ratePence: 45, sageCode: '30', brightpayCode: 'MILES' }),
    line({ elementId: 9, elementName: 'Holiday hours accrued (12.07%)', unit: 'holiday-accrued', quantity: 42, hundredths: 70, ratePence: null }),
    line({ ...SAM, elementId: 2, elementName: 'Group work hours', unit: 'hours', quantity: 60, hundredths: minutesToHundredths(samMinutes.reduce((a, b) => a + b)), ratePence: 1300, sageCode: '12', brightpayCode: 'GROUP', accruesHoliday: true }),
    line({ ...SAM, elementId: 7, elementName: 'Rolled-up holiday pay', unit: 'amount', hundredths: 100, ratePence: 157, sageCode: '14' }),
  ],
  sessions: [
    session({ date: '2026-11-03', start: '09:00', end: '15:04', breakMinutes: 15, workedMinutes: 349, ratePence: 1271, placeName: 'Riverside Ward', milesTenths: 123 }),
    ...['2026-11-05', '2026-11-12', '2026-11-19'].map((date, i) => session({
      ...SAM, sessionId: 2 + i, date, start: '10:00', end: '10:20', workedMinutes: samMinutes[i]!, ratePence: 1300, placeName: 'Group room', elementName: 'Group work hours',
    })),
  ],
};

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number, columns: number) =>
  Array.from({ length: columns }, (_, i) => sheet.getCell(row, i + 1).value);

const numberIn = (value: ExcelJS.CellValue): number => {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'formula' in value && typeof value.result === 'number') return value.result;
  return 0; // empty and text cells count as nothing, as in SUM
};

/** What Excel computes for the few formula shapes the writers use, from the cells as written. */
function excelComputes(sheet: ExcelJS.Worksheet, formula: string): number {
  const cells = (col: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(`${col}${from + i}`));
  let m = /^ROUND\(([A-Z]+\d+)\*([A-Z]+\d+),2\)$/.exec(formula);
  // Excel rounds the decimal it shows (15 digits), not the binary float: 12.3 x 0.45 is 5.535, so 5.54.
  if (m) return Math.round(Number((numberIn(sheet.getCell(m[1]!).value) * numberIn(sheet.getCell(m[2]!).value) * 100).toPrecision(12))) / 100;
  m = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
  if (m) return cells(m[1]!, Number(m[2]), Number(m[4])).reduce((sum, c) => sum + numberIn(c.value), 0);
  m = /^SUMIF\(([A-Z]+)(\d+):[A-Z]+(\d+),"([^"]*)",([A-Z]+)\d+:[A-Z]+\d+\)$/.exec(formula);
  if (m) {
    const [, test, from, to, word, sumCol] = m as unknown as [string, string, string, string, string, string];
    return cells(test, Number(from), Number(to)).reduce((sum, c) =>
      sum + (String(c.value).toLowerCase() === word.toLowerCase() ? numberIn(sheet.getCell(`${sumCol}${c.row}`).value) : 0), 0);
  }
  throw new Error(`no evaluator for ${formula}`);
}

/** Every formula: no leading '=', not shared, and a cached result equal to what Excel would compute. */
function expectFormulasAgree(sheet: ExcelJS.Worksheet): number {
  let count = 0;
  sheet.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value;
    if (!v || typeof v !== 'object' || !('formula' in v || 'sharedFormula' in v)) return;
    expect('sharedFormula' in v).toBe(false);
    const formula = 'formula' in v ? String(v.formula) : '';
    expect(formula.startsWith('=')).toBe(false);
    expect(typeof v.result).toBe('number');
    expect(v.result as number).toBeCloseTo(excelComputes(sheet, formula), 9);
    count++;
  }));
  return count;
}

function expectPrintSetup(sheet: ExcelJS.Worksheet, orientation: string, headerRow: number) {
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` });
  expect(sheet.headerFooter.oddFooter).toContain('&P of &N');
  expect(sheet.headerFooter.oddHeader).toContain('Example Peer Support && Co'); // '&' doubled, or Excel reads a code
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
}

describe('payrollWorkbook', () => {
  it('writes a Summary with one row per line, live formulas and correct cached results', async () => {
    const workbook = await load(await payrollWorkbook(model));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Sessions']);
    expect(workbook.creator).toBe('Peer Office');
    expect([workbook.created.toISOString(), workbook.modified.toISOString()]).toEqual([model.generatedAt, model.generatedAt]);
    const sheet = workbook.getWorksheet('Summary')!;
    expect(rowValues(sheet, 1, 1)).toEqual(['Example Peer Support & Co']);
    expect(sheet.getCell('A2').value).toBe('Payroll for November 2026 (01/11/2026 to 30/11/2026), paid 04/12/2026');
    expect(sheet.getCell('A3').value).toBe('Status: approved');
    expect(sheet.getCell('A4').value).toBe('Generated on 01/12/2026 at 10:30');
    expect(rowValues(sheet, 6, 8)).toEqual(['Works number', 'Name', 'NI number', 'Pay element', 'Unit', 'Hours or quantity', 'Rate', 'Amount']);
    expect(sheet.getCell('A6').font?.bold).toBe(true);

    expect(rowValues(sheet, 7, 8)).toEqual(['3135', 'Alex Example', 'QQ123456C', 'Basic hours', 'Hours', 5.82, 12.71, { formula: 'ROUND(F7*G7,2)', result: 73.97 }]);
    expect(rowValues(sheet, 8, 8)).toEqual(['3135', 'Alex Example', 'QQ123456C', 'Mileage', 'Miles', 12.3, 0.45, { formula: 'ROUND(F8*G8,2)', result: 5.54 }]);
    expect(rowValues(sheet, 9, 8)).toEqual(['3135', 'Alex Example', 'QQ123456C', 'Holiday hours accrued (12.07%)', 'Holiday hours accrued', 0.7, null, null]);
    expect(rowValues(sheet, 10, 8)).toEqual(['4001', 'Sam Sample, Jr', null, 'Group work hours', 'Hours', 1, 13, { formula: 'ROUND(F10*G10,2)', result: 13 }]);
    expect(rowValues(sheet, 11, 8)).toEqual(['4001', 'Sam Sample, Jr', null, 'Rolled-up holiday pay', 'Payment', 1, 1.57, { formula: 'ROUND(F11*G11,2)', result: 1.57 }]);
    expect([sheet.getCell('F7').numFmt, sheet.getCell('G7').numFmt, sheet.getCell('H7').numFmt]).toEqual(['0.00', POUNDS, POUNDS]);

    expect(rowValues(sheet, 13, 6).slice(3)).toEqual(['Total paid hours', 'Hours', { formula: 'SUMIF(E7:E11,"Hours",F7:F11)', result: 6.82 }]);
    expect(rowValues(sheet, 14, 8).slice(3)).toEqual(['Total pay', null, null, null, { formula: 'SUM(H7:H11)', result: 94.08 }]);
    expect(sheet.getCell('H14').numFmt).toBe(POUNDS);
    expect(expectFormulasAgree(sheet)).toBe(6);
  });

  it('freezes and filters at the header, prints on A4 landscape and ends with a sign-off block', async () => {
    const sheet = (await load(await payrollWorkbook(model))).getWorksheet('Summary')!;
    expect(sheet.autoFilter).toBe('A6:H11');
    expectPrintSetup(sheet, 'landscape', 6);
    const labels = ['Prepared by', 'Checked and approved by', 'Date', 'Signature'];
    expect(sheet.getCell('B16').value).toBe('Sign-off');
    labels.forEach((label, i) => {
      const row = 17 + i;
      expect(sheet.getCell(`B${row}`).value).toBe(label);
      expect(sheet.getCell(`C${row}`).value).toBeNull();
      expect(sheet.getCell(`C${row}`).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' } });
      expect(sheet.getCell(`D${row}`).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    });
    expect(Object.keys(sheet.model.merges ?? {})).toHaveLength(0);
  });

  it('writes a Sessions sheet of one row per shift, with real dates and sums of the cells as shown', async () => {
    const sheet = (await load(await payrollWorkbook(model))).getWorksheet('Sessions')!;
    expect(sheet.getCell('A2').value).toBe('Sessions worked for November 2026 (01/11/2026 to 30/11/2026), paid 04/12/2026');
    expect(rowValues(sheet, 6, 12)).toEqual(['Works number', 'Name', 'Date', 'Start', 'End', 'Break (minutes)', 'Hours', 'Place', 'Pay element', 'Rate', 'Amount', 'Miles']);
    expect(rowValues(sheet, 7, 12)).toEqual(['3135', 'Alex Example', new Date(Date.UTC(2026, 10, 3)), '09:00', '15:04', 15, 5.82, 'Riverside Ward', 'Basic hours', 12.71, 73.93, 12.3]);
    expect([sheet.getCell('C7').numFmt, sheet.getCell('G7').numFmt, sheet.getCell('J7').numFmt, sheet.getCell('K7').numFmt, sheet.getCell('L7').numFmt])
      .toEqual(['dd/mm/yyyy', '0.00', POUNDS, POUNDS, '0.0']);
    for (const row of [8, 9, 10]) expect(sheet.getCell(`G${row}`).value).toBe(0.33);
    // Per-session rounding shows 0.99 for Sam here; the Summary (what is paid) rounds once and says 1.00.
    expect(sheet.getCell('G12').value).toEqual({ formula: 'SUM(G7:G10)', result: 6.81 });
    expect(sheet.getCell('K12').value).toEqual({ formula: 'SUM(K7:K10)', result: 86.92 });
    expect(sheet.getCell('L12').value).toEqual({ formula: 'SUM(L7:L10)', result: 12.3 });
    expect(expectFormulasAgree(sheet)).toBe(3);
    expect(sheet.autoFilter).toBe('A6:L10');
    expectPrintSetup(sheet, 'landscape', 6);
  });

  it('gives the Sessions sheet room for whole places and pay elements, and keeps text off the figure before it', async () => {
    const longPlace = 'Tidewater Community Hub, Worthing';
    const longElement = 'Ward one-to-one and groups';
    const wide = { ...model, sessions: [session({ date: '2026-11-03', start: '09:00', end: '12:00', workedMinutes: 180, ratePence: 1300, placeName: longPlace, elementName: longElement })] };
    const sheet = (await load(await payrollWorkbook(wide))).getWorksheet('Sessions')!;
    // A column's width counts characters of the default font: the longest demo names must show whole.
    expect(sheet.getColumn('H').width).toBeGreaterThanOrEqual(longPlace.length);
    expect(sheet.getColumn('I').width).toBeGreaterThanOrEqual(longElement.length);
    expect(sheet.getColumn('C').width).toBeGreaterThanOrEqual('27/11/2026'.length + 2);
    // Start follows the date and Place follows the hours (both right-aligned): they are indented, headings too.
    for (const cell of ['D6', 'D7', 'H6', 'H7']) expect(sheet.getCell(cell).alignment).toMatchObject({ horizontal: 'left', indent: 1 });
    for (const cell of ['E7', 'I7']) expect(sheet.getCell(cell).alignment?.indent).toBeUndefined();
    expect(sheet.getCell('G6').alignment).toMatchObject({ horizontal: 'right' });
  });

  it('still opens with no lines at all: totals are plain zeros rather than a backwards range', async () => {
    const workbook = await load(await payrollWorkbook({ ...model, lines: [], sessions: [] }));
    const summary = workbook.getWorksheet('Summary')!;
    expect([summary.getCell('F8').value, summary.getCell('H9').value]).toEqual([0, 0]);
    expect(expectFormulasAgree(summary) + expectFormulasAgree(workbook.getWorksheet('Sessions')!)).toBe(0);
  });
});

/** RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes). */
function parseCsvLine(text: string): string[] {
  const fields: string[] = [];
  const pattern = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
  for (const m of text.matchAll(pattern)) {
    fields.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]!);
    if (m[3] === '') break;
  }
  return fields;
}

describe('sageCsv', () => {
  it('writes one headerless CRLF line per payment, skipping holiday accrued', () => {
    const result = sageCsv(model);
    expect(result).toEqual({ ok: true, text: '3135,11,5.82,12.71\r\n3135,30,12.30,0.45\r\n4001,12,1.00,13.00\r\n4001,14,1.00,1.57\r\n' });
  });

  it('refuses the whole file, in plain words, when an element is unmapped or a works number is not a number', () => {
    const bad: PayrollModel = {
      ...model,
      lines: model.lines.map((l) => (l.elementName === 'Group work hours' ? { ...l, sageCode: '' } : l.worksNumber === '3135' ? { ...l, worksNumber: 'AB 12' } : l)),
    };
    const result = sageCsv(bad);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('text');
    if (result.ok) return;
    expect(result.problems).toEqual([
      "Pay element 'Group work hours' has no Sage payment number: set it in Settings, Pay and rates (pay elements). It is used for works number 4001.",
      "Works number 'AB 12' (Alex Example) cannot go to Sage: Sage employee references are whole numbers of up to 7 digits. Make it match the employee reference in Sage.",
    ]);
  });

  it('refuses missing rates, zero hours and an unreadable payment number', () => {
    const result = sageCsv({ ...model, lines: [
      line({ elementName: 'Basic hours', unit: 'hours', hundredths: 0, ratePence: 1271, sageCode: '11' }),
      line({ elementName: 'Training', unit: 'hours', hundredths: 150, ratePence: null, sageCode: '1000' }),
    ] });
    expect(result.ok ? [] : result.problems).toEqual([
      "Pay element 'Training' has Sage payment number '1000', which Sage cannot take: payment numbers are whole numbers from 1 to 999. Correct it in Settings, Pay and rates (pay elements). It is used for works number 3135.",
      'Works number 3135 (Alex Example), Basic hours: 0 hours cannot go to Sage, which takes more than 0 and less than 1000 on one line.',
      'Works number 3135 (Alex Example), Training: there is no rate for this line. Add the pay rate for the dates worked, then export again.',
    ]);
  });
});

describe('brightpayCsv', () => {
  it('writes a header and one quoted, CRLF line per payment', () => {
    const result = brightpayCsv(model);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.text.endsWith('\r\n')).toBe(true);
    expect(result.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = result.text.split('\r\n').slice(0, -1);
    expect(lines).toEqual([
      'Works Number,NI Number,Name,Payment,Code,Hours,Rate,Amount,Description,Accrues Annual Leave',
      '3135,QQ123456C,Alex Example,Basic hours,BASIC,5.82,12.71,73.97,"Basic hours, 01/11/2026 to 30/11/2026",Yes',
      '3135,QQ123456C,Alex Example,Mileage,MILES,12.30,0.45,5.54,"Mileage, 01/11/2026 to 30/11/2026",No',
      '4001,,"Sam Sample, Jr",Group work hours,GROUP,1.00,13.00,13.00,"Group work hours, 01/11/2026 to 30/11/2026",Yes',
      '4001,,"Sam Sample, Jr",Rolled-up holiday pay,,1.00,1.57,1.57,"Rolled-up holiday pay, 01/11/2026 to 30/11/2026",No',
    ]);
    expect(parseCsvLine(lines[3]!).slice(0, 3)).toEqual(['4001', '', 'Sam Sample, Jr']);
  });

  it('guards text fields against formula injection but leaves numbers alone', () => {
    const name = '=HYPERLINK("http://example.invalid","Click")';
    const result = brightpayCsv({ ...model, lines: [line({ name, elementName: '+Extra', unit: 'hours', hundredths: 100, ratePence: 1300 })] });
    if (!result.ok) throw new Error(result.problems.join('; '));
    const fields = parseCsvLine(result.text.split('\r\n')[1]!);
    expect(fields.slice(2, 8)).toEqual([`'${name}`, "'+Extra", '', '1.00', '13.00', '13.00']);
    expect(['-1', '@SUM(A1)', '\tx', '\rx', 'plain', 'say "hi"'].map(csvField)).toEqual(["'-1", "'@SUM(A1)", "'\tx", "\"'\rx\"", 'plain', '"say ""hi"""']);
  });

  it('refuses a line that has neither a works number nor an NI number, but not an unmapped code', () => {
    const result = brightpayCsv({ ...model, lines: model.lines.map((l) => (l.staffId === 2 ? { ...l, worksNumber: '', brightpayCode: '' } : l)) });
    expect(result).toEqual({ ok: false, problems: ['Sam Sample, Jr has neither a works number nor a National Insurance number, so BrightPay cannot match them: add one to their staff record.'] });
    expect(brightpayCsv({ ...model, lines: model.lines.map((l) => ({ ...l, brightpayCode: '' })) }).ok).toBe(true);
  });
});

const statement: WeeklyStatement = {
  officeName: 'Example Peer Support & Co', name: 'Alex Example', worksNumber: '3135', from: '2026-10-05', to: '2026-11-01',
  permittedWork: 'Permitted work (higher limit)',
  weeks: [
    { weekStart: '2026-10-05', weekEnd: '2026-10-11', sessions: 2, minutes: 600, pence: 12710, averageMinutes: null, averagePence: null, overHours: false, overEarnings: false },
    { weekStart: '2026-10-12', weekEnd: '2026-10-18', sessions: 0, minutes: 0, pence: 0, averageMinutes: null, averagePence: null, overHours: false, overEarnings: false },
    { weekStart: '2026-10-19', weekEnd: '2026-10-25', sessions: 3, minutes: 60, pence: 1300, averageMinutes: null, averagePence: null, overHours: false, overEarnings: false },
    { weekStart: '2026-10-26', weekEnd: '2026-11-01', sessions: 5, minutes: 960, pence: 20336, averageMinutes: 405, averagePence: 8587, overHours: true, overEarnings: true },
  ],
  totalMinutes: 1620, totalPence: 34346, weeksOverLimit: 1, generatedAt: '2026-11-02T09:00:00.000Z',
};

describe('statementWorkbook', () => {
  it('lists each week with dates, hours, pay, averages and which limit was broken', async () => {
    const workbook = await load(await statementWorkbook(statement));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Weekly hours']);
    const sheet = workbook.getWorksheet('Weekly hours')!;
    expect(rowValues(sheet, 1, 1).concat(rowValues(sheet, 2, 1), rowValues(sheet, 3, 1), rowValues(sheet, 4, 1), rowValues(sheet, 5, 1))).toEqual([
      'Example Peer Support & Co', 'Weekly hours and earnings: Alex Example (3135)', 'Weeks from 05/10/2026 to 01/11/2026',
      'Permitted work (higher limit)', 'Generated on 02/11/2026 at 09:00',
    ]);
    expect(rowValues(sheet, 7, 8)).toEqual(['Week beginning', 'Week ending', 'Sessions', 'Hours', 'Gross pay', '4-week average hours', '4-week average pay', 'Over the limit?']);
    expect(rowValues(sheet, 8, 8)).toEqual([new Date(Date.UTC(2026, 9, 5)), new Date(Date.UTC(2026, 9, 11)), 2, 10, 127.1, null, null, null]);
    expect(rowValues(sheet, 11, 8)).toEqual([new Date(Date.UTC(2026, 9, 26)), new Date(Date.UTC(2026, 10, 1)), 5, 16, 203.36, 6.75, 85.87, 'Over the hours and earnings limits']);
    expect(['A8', 'B8', 'D8', 'E8', 'F11', 'G11'].map((a) => sheet.getCell(a).numFmt)).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy', '0.00', POUNDS, '0.00', POUNDS]);
    expect(rowValues(sheet, 12, 5)).toEqual(['Total', null, { formula: 'SUM(C8:C11)', result: 10 }, { formula: 'SUM(D8:D11)', result: 27 }, { formula: 'SUM(E8:E11)', result: 343.46 }]);
    expect(expectFormulasAgree(sheet)).toBe(3);
    expect(sheet.getCell('A14').value).toBe(STATEMENT_NOTE);
    expect(sheet.getCell('A15').value).toBe('Weeks over a permitted-work limit: 1');
    expectPrintSetup(sheet, 'portrait', 7);
  });

  it('leaves out the limit column and line for someone not on permitted work', async () => {
    const sheet = (await load(await statementWorkbook({ ...statement, permittedWork: '' }))).getWorksheet('Weekly hours')!;
    expect(sheet.getCell('A4').value).toBe('Generated on 02/11/2026 at 09:00');
    expect(rowValues(sheet, 6, 8)).toEqual(['Week beginning', 'Week ending', 'Sessions', 'Hours', 'Gross pay', '4-week average hours', '4-week average pay', null]);
    expect(sheet.getCell('H10').value).toBeNull();
    expect(sheet.getCell('A14').value).toBeNull();
  });
});
