// The pay period as an Excel workbook for the office and the payroll bureau: a Summary of what is paid
// (one row per worker per pay element, totals as real formulas, a sign-off block) and the Sessions behind
// it (one row per shift). It writes what the model says and never recomputes pay, so it agrees with the
// Sage and BrightPay files made from the same model. SSP rows are days with no amount, kept out of the
// totals, with the SSP weekly rate and the days themselves set out below for payroll.
import type ExcelJS from 'exceljs';
import type { PayrollModel, PeriodStatus, SessionLine, SummaryLine, SummaryUnit } from '../../../shared/contract/payroll-model';
import { formatUkDate } from '../../../shared/domain/dates';
import { londonDateTime, periodName } from '../../../shared/domain/pay/period-words';
import { formatPounds, minutesToHundredths } from '../../../shared/domain/pay/rounding';
import type { SspRules } from '../../../shared/domain/pay/ssp';
import {
  addTitleRows, applyPrintLayout, excelDate, FORMAT, newWorkbook, styleTotalsRow, sumCell, writeHeader, writeRow, type Column,
} from './sheet-layout';

const STATUS_WORDS: Record<PeriodStatus, string> = {
  draft: 'Status: draft, not yet approved',
  approved: 'Status: approved',
  exported: 'Status: exported to payroll',
};

// The Unit column is what the total-hours SUMIF reads, so the words for 'hours' must stay 'Hours'.
const UNIT_WORDS: Record<SummaryUnit, string> = {
  hours: 'Hours',
  miles: 'Miles',
  'holiday-accrued': 'Holiday hours accrued',
  amount: 'Payment',
  'ssp-days': 'SSP qualifying days',
};

const SUMMARY_COLUMNS: Column[] = [
  { header: 'Works number', width: 13 },
  { header: 'Name', width: 26 },
  { header: 'NI number', width: 13 },
  { header: 'Pay element', width: 32 },
  { header: 'Unit', width: 20 },
  { header: 'Hours or quantity', width: 11, numFmt: FORMAT.hours },
  { header: 'Rate', width: 11, numFmt: FORMAT.pounds },
  { header: 'Amount', width: 13, numFmt: FORMAT.pounds },
];

// Wide enough for the longest place ("Tidewater Community Hub, Worthing") and activity to show whole, and
// for a date or a figure not to run into the text beside it; the page setup fits the width to A4 landscape.
const SESSION_COLUMNS: Column[] = [
  { header: 'Works number', width: 9 },
  { header: 'Name', width: 26 },
  { header: 'Date', width: 12, numFmt: FORMAT.date },
  { header: 'Start', width: 7 },
  { header: 'End', width: 7 },
  { header: 'Break (minutes)', width: 10, numFmt: FORMAT.count },
  { header: 'Hours', width: 9, numFmt: FORMAT.hours },
  { header: 'Place', width: 36 },
  { header: 'Pay element', width: 30 },
  { header: 'Rate', width: 10, numFmt: FORMAT.pounds },
  { header: 'Amount', width: 11, numFmt: FORMAT.pounds },
  { header: 'Miles', width: 8, numFmt: FORMAT.miles },
];

const SIGN_OFF_LABELS = ['Prepared by', 'Checked and approved by', 'Date', 'Signature'];

export async function payrollWorkbook(model: PayrollModel): Promise<Buffer> {
  const workbook = newWorkbook(model.generatedAt);
  addSummarySheet(workbook, model);
  addSessionsSheet(workbook, model);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function titleLines(model: PayrollModel, what: string): string[] {
  const { period } = model;
  return [
    model.officeName,
    `${what} for ${periodName(period.key)} (${formatUkDate(period.start)} to ${formatUkDate(period.end)}), paid ${formatUkDate(period.payDate)}`,
    STATUS_WORDS[period.status],
    `Generated on ${londonDateTime(model.generatedAt)}`,
  ];
}

function addSummarySheet(workbook: ExcelJS.Workbook, model: PayrollModel): void {
  const sheet = workbook.addWorksheet('Summary');
  const titles = titleLines(model, 'Payroll');
  const headerRow = addTitleRows(sheet, titles);
  writeHeader(sheet, headerRow, SUMMARY_COLUMNS);
  const first = headerRow + 1;
  model.lines.forEach((line, i) => {
    const row = writeRow(sheet, first + i, SUMMARY_COLUMNS, summaryValues(line, first + i));
    if (line.unit === 'ssp-days') row.getCell(6).numFmt = FORMAT.count; // whole days: 3, not 3.00
  });
  const last = first + model.lines.length - 1;
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(last, headerRow), column: SUMMARY_COLUMNS.length } };

  // Totals sit one blank row below the table, outside the filter, so sorting never moves them.
  const hoursRow = last + 2;
  const paidHundredths = model.lines.filter((l) => l.unit === 'hours').reduce((sum, l) => sum + l.hundredths, 0);
  writeRow(sheet, hoursRow, SUMMARY_COLUMNS, [null, null, null, 'Total paid hours', UNIT_WORDS.hours,
    last < first ? 0 : { formula: `SUMIF(E${first}:E${last},"${UNIT_WORDS.hours}",F${first}:F${last})`, result: paidHundredths / 100 }]);
  const payRow = hoursRow + 1;
  const totalPence = model.lines.reduce((sum, l) => sum + l.amountPence, 0);
  writeRow(sheet, payRow, SUMMARY_COLUMNS, [null, null, null, 'Total pay', null, null, null, sumCell('H', first, last, totalPence / 100)]);
  styleTotalsRow(sheet.getRow(hoursRow), SUMMARY_COLUMNS.length);
  styleTotalsRow(sheet.getRow(payRow), SUMMARY_COLUMNS.length);

  addSignOffBlock(sheet, addSspNotes(sheet, model, payRow + 2));
  applyPrintLayout(sheet, { orientation: 'landscape', headerRow, officeName: model.officeName, title: titles[1]!, generatedAt: model.generatedAt });
}

/** Hours or quantity in F, rate in G, amount in H: the amount is a formula payroll could check by hand. */
function summaryValues(line: SummaryLine, row: number): ExcelJS.CellValue[] {
  const quantity = line.hundredths / 100;
  const rate = line.ratePence === null ? null : line.ratePence / 100;
  // Holiday accrued is a record of hours earned, not a payment: no rate and no amount. SSP days are
  // days, not pay (payroll works out SSP): no rate and no amount, so neither total counts them.
  const noPay = line.unit === 'holiday-accrued' || line.unit === 'ssp-days';
  const amount = noPay || rate === null ? null : { formula: `ROUND(F${row}*G${row},2)`, result: line.amountPence / 100 };
  return [line.worksNumber, line.name, line.niNumber, line.elementName, UNIT_WORDS[line.unit], quantity, noPay ? null : rate, amount];
}

// The notes sit in column B and spill across the empty cells to the right, as the titles do; a list of
// dates is cut into short lines, because text past the last column would not print.
const SSP_DATES_A_LINE = 7;

/** Below the totals when there are SSP days: what the rows mean, the dated weekly rate, and the days. Returns the next free row. */
function addSspNotes(sheet: ExcelJS.Worksheet, model: PayrollModel, startRow: number): number {
  const ssp = model.lines.filter((l) => l.unit === 'ssp-days');
  if (ssp.length === 0) return startRow;
  const lines = [
    'SSP rows are days off sick that payroll pays Statutory Sick Pay for: no amount here, and not in the totals.',
    ...(model.sspRates ?? []).map(sspRateWords),
    ...ssp.flatMap((l) => {
      const dates = (l.sickDates ?? []).map(formatUkDate);
      const who = `${l.name} (${l.worksNumber ? `works number ${l.worksNumber}` : 'no works number'}): ${l.quantity} ${l.quantity === 1 ? 'day' : 'days'}`;
      const chunks = Array.from({ length: Math.ceil(dates.length / SSP_DATES_A_LINE) }, (_, i) => dates.slice(i * SSP_DATES_A_LINE, (i + 1) * SSP_DATES_A_LINE).join(', '));
      return chunks.length === 0 ? [who] : [`${who}, ${chunks[0]}`, ...chunks.slice(1).map((c) => `    ${c}`)];
    }),
  ];
  const heading = sheet.getCell(startRow, 2);
  heading.value = 'Statutory Sick Pay';
  heading.font = { bold: true };
  lines.forEach((text, i) => { sheet.getCell(startRow + 1 + i, 2).value = text; });
  return startRow + lines.length + 2;
}

/** "Weekly rate from 06/04/2026: the lower of £123.25 or 80% of average weekly earnings." */
export function sspRateWords(r: SspRules): string {
  const flat = formatPounds(r.weeklyRatePence);
  const rate = r.earningsShareBasisPoints === null ? flat : `the lower of ${flat} or ${r.earningsShareBasisPoints / 100}% of average weekly earnings`;
  const conditions = [
    ...(r.lowerEarningsLimitPence === null ? [] : [`for average weekly earnings of ${formatPounds(r.lowerEarningsLimitPence)} or more`]),
    ...(r.waitingDays > 0 ? [`the first ${r.waitingDays} qualifying days are waiting days`] : []),
  ];
  return `Weekly rate from ${formatUkDate(r.from)}: ${rate}${conditions.length ? ` (${conditions.join('; ')})` : ''}. For information: payroll works out SSP.`;
}

/** Labels in column B and an empty bordered box across C:D to write in; no merged cells. */
function addSignOffBlock(sheet: ExcelJS.Worksheet, startRow: number): void {
  const heading = sheet.getCell(startRow, 2);
  heading.value = 'Sign-off';
  heading.font = { bold: true };
  SIGN_OFF_LABELS.forEach((label, i) => {
    const row = sheet.getRow(startRow + 1 + i);
    row.height = label === 'Signature' ? 36 : 24;
    const labelCell = row.getCell(2);
    labelCell.value = label;
    labelCell.alignment = { vertical: 'middle' };
    row.getCell(3).border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' } };
    row.getCell(4).border = { top: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  });
}

function addSessionsSheet(workbook: ExcelJS.Workbook, model: PayrollModel): void {
  const sheet = workbook.addWorksheet('Sessions');
  const titles = titleLines(model, 'Sessions worked');
  const headerRow = addTitleRows(sheet, titles);
  writeHeader(sheet, headerRow, SESSION_COLUMNS);
  const first = headerRow + 1;
  model.sessions.forEach((session, i) => writeRow(sheet, first + i, SESSION_COLUMNS, sessionValues(session)));
  const last = first + model.sessions.length - 1;
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(last, headerRow), column: SESSION_COLUMNS.length } };

  // Each cached total is the sum of the cells as written (hours already rounded per session), which is
  // exactly what SUM computes: the Summary, rounded once per total, is what is paid.
  const hundredths = model.sessions.reduce((sum, s) => sum + minutesToHundredths(s.workedMinutes), 0);
  const pence = model.sessions.reduce((sum, s) => sum + s.amountPence, 0);
  const tenths = model.sessions.reduce((sum, s) => sum + s.milesTenths, 0);
  const totalsRow = last + 2;
  writeRow(sheet, totalsRow, SESSION_COLUMNS, [null, 'Total', null, null, null, null, sumCell('G', first, last, hundredths / 100),
    null, null, null, sumCell('K', first, last, pence / 100), sumCell('L', first, last, tenths / 10)]);
  styleTotalsRow(sheet.getRow(totalsRow), SESSION_COLUMNS.length);
  sheet.getCell(totalsRow + 2, 1).value =
    'Hours here are rounded for each session. The Summary rounds each person\'s total once, and the Summary is what is paid.';

  applyPrintLayout(sheet, { orientation: 'landscape', headerRow, officeName: model.officeName, title: titles[1]!, generatedAt: model.generatedAt });
}

function sessionValues(s: SessionLine): ExcelJS.CellValue[] {
  return [
    s.worksNumber, s.name, excelDate(s.date), s.start, s.end, s.breakMinutes, minutesToHundredths(s.workedMinutes) / 100,
    s.placeName, s.elementName, s.ratePence === null ? null : s.ratePence / 100, s.amountPence / 100, s.milesTenths / 10,
  ];
}
