// One person's weekly hours and earnings, week by week, for their benefits adviser (or the Jobcentre):
// what they worked and earned each Monday-to-Sunday week, the 4-week averages, and for people on
// permitted work which weeks went over a limit, and for weeks off sick the SSP qualifying days. Written
// from the model; nothing is recomputed here.
import type ExcelJS from 'exceljs';
import type { StatementWeek, WeeklyStatement } from '../../../shared/contract/payroll-model';
import { formatUkDate } from '../../../shared/domain/dates';
import { minutesToHundredths } from '../../../shared/domain/pay/rounding';
import { londonDateTime, overLimitWords, STATEMENT_NOTE } from '../../../shared/domain/pay/period-words';
import {
  addTitleRows, applyPrintLayout, excelDate, FORMAT, newWorkbook, styleTotalsRow, sumCell, writeHeader, writeRow, type Column,
} from './sheet-layout';

const BASE_COLUMNS: Column[] = [
  { header: 'Week beginning', width: 12, numFmt: FORMAT.date },
  { header: 'Week ending', width: 12, numFmt: FORMAT.date },
  { header: 'Sessions', width: 10, numFmt: FORMAT.count },
  { header: 'Hours', width: 10, numFmt: FORMAT.hours },
  { header: 'Gross pay', width: 12, numFmt: FORMAT.pounds },
  { header: '4-week average hours', width: 12, numFmt: FORMAT.hours },
  { header: '4-week average pay', width: 12, numFmt: FORMAT.pounds },
];
// Only people on permitted work have limits; for anyone else the column would always be empty.
const OVER_COLUMN: Column = { header: 'Over the limit?', width: 34 };
// Only when some week has SSP days: most statements have none.
const SSP_COLUMN: Column = { header: 'SSP qualifying days', width: 14, numFmt: FORMAT.count };
/** Said beside SSP days: an adviser asks what SSP was paid, and the app holds the days, not the pay. */
export const SSP_NOTE = 'SSP qualifying days are days off sick that payroll pays Statutory Sick Pay for. '
  + 'SSP is not in the gross pay above: payroll works it out, and the amounts are on the payslips.';

export { STATEMENT_NOTE };

export async function statementWorkbook(s: WeeklyStatement): Promise<Buffer> {
  const workbook = newWorkbook(s.generatedAt);
  const sheet = workbook.addWorksheet('Weekly hours');
  const onPermittedWork = s.permittedWork !== '';
  const withSsp = s.weeks.some((w) => (w.sspDays ?? 0) > 0);
  const columns = [...BASE_COLUMNS, ...(withSsp ? [SSP_COLUMN] : []), ...(onPermittedWork ? [OVER_COLUMN] : [])];

  const heading = `Weekly hours and earnings: ${s.name} (${s.worksNumber || 'no works number'})`;
  const titles = [
    s.officeName,
    heading,
    `Weeks from ${formatUkDate(s.from)} to ${formatUkDate(s.to)}`,
    ...(onPermittedWork ? [s.permittedWork] : []),
    `Generated on ${londonDateTime(s.generatedAt)}`,
  ];
  const headerRow = addTitleRows(sheet, titles);
  writeHeader(sheet, headerRow, columns);
  // Three lines of heading ("4-week / average / hours"): LibreOffice does not grow the row for wrapped text.
  sheet.getRow(headerRow).height = 45;
  const first = headerRow + 1;
  s.weeks.forEach((week, i) => writeRow(sheet, first + i, columns, weekValues(week, onPermittedWork, withSsp)));
  const last = first + s.weeks.length - 1;

  // Cached totals are the sums of the cells as written (hours rounded per week), which is what SUM gives.
  const sessions = s.weeks.reduce((sum, w) => sum + w.sessions, 0);
  const hundredths = s.weeks.reduce((sum, w) => sum + minutesToHundredths(w.minutes), 0);
  const pence = s.weeks.reduce((sum, w) => sum + w.pence, 0);
  const totalsRow = last + 1;
  const sspDays = s.weeks.reduce((sum, w) => sum + (w.sspDays ?? 0), 0);
  writeRow(sheet, totalsRow, columns, ['Total', null, sumCell('C', first, last, sessions), sumCell('D', first, last, hundredths / 100),
    sumCell('E', first, last, pence / 100), null, null, ...(withSsp ? [sumCell('H', first, last, sspDays)] : [])]);
  styleTotalsRow(sheet.getRow(totalsRow), columns.length);

  const notes = [STATEMENT_NOTE, ...(withSsp ? [SSP_NOTE] : []), ...(onPermittedWork ? [`Weeks over a permitted-work limit: ${s.weeksOverLimit}`] : [])];
  notes.forEach((text, i) => { sheet.getCell(totalsRow + 2 + i, 1).value = text; });

  applyPrintLayout(sheet, { orientation: 'portrait', headerRow, officeName: s.officeName, title: heading, generatedAt: s.generatedAt });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function weekValues(w: StatementWeek, onPermittedWork: boolean, withSsp: boolean): ExcelJS.CellValue[] {
  const values: ExcelJS.CellValue[] = [
    excelDate(w.weekStart), excelDate(w.weekEnd), w.sessions, minutesToHundredths(w.minutes) / 100, w.pence / 100,
    w.averageMinutes === null ? null : minutesToHundredths(w.averageMinutes) / 100,
    w.averagePence === null ? null : w.averagePence / 100,
  ];
  // 0 is written, not left empty: the week was looked at and had no SSP days.
  if (withSsp) values.push(w.sspDays ?? 0);
  if (onPermittedWork) values.push(overLimitWords(w));
  return values;
}

