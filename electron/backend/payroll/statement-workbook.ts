// One person's weekly hours and earnings, week by week, for their benefits adviser (or the Jobcentre):
// what they worked and earned each Monday-to-Sunday week, the 4-week averages, and for people on
// permitted work which weeks went over a limit. Written from the model; nothing is recomputed here.
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

export { STATEMENT_NOTE };

export async function statementWorkbook(s: WeeklyStatement): Promise<Buffer> {
  const workbook = newWorkbook(s.generatedAt);
  const sheet = workbook.addWorksheet('Weekly hours');
  const onPermittedWork = s.permittedWork !== '';
  const columns = onPermittedWork ? [...BASE_COLUMNS, OVER_COLUMN] : BASE_COLUMNS;

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
  const first = headerRow + 1;
  s.weeks.forEach((week, i) => writeRow(sheet, first + i, columns, weekValues(week, onPermittedWork)));
  const last = first + s.weeks.length - 1;

  // Cached totals are the sums of the cells as written (hours rounded per week), which is what SUM gives.
  const sessions = s.weeks.reduce((sum, w) => sum + w.sessions, 0);
  const hundredths = s.weeks.reduce((sum, w) => sum + minutesToHundredths(w.minutes), 0);
  const pence = s.weeks.reduce((sum, w) => sum + w.pence, 0);
  const totalsRow = last + 1;
  writeRow(sheet, totalsRow, columns, ['Total', null, sumCell('C', first, last, sessions), sumCell('D', first, last, hundredths / 100),
    sumCell('E', first, last, pence / 100)]);
  styleTotalsRow(sheet.getRow(totalsRow), columns.length);

  sheet.getCell(totalsRow + 2, 1).value = STATEMENT_NOTE;
  if (onPermittedWork) sheet.getCell(totalsRow + 3, 1).value = `Weeks over a permitted-work limit: ${s.weeksOverLimit}`;

  applyPrintLayout(sheet, { orientation: 'portrait', headerRow, officeName: s.officeName, title: heading, generatedAt: s.generatedAt });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function weekValues(w: StatementWeek, onPermittedWork: boolean): ExcelJS.CellValue[] {
  const values: ExcelJS.CellValue[] = [
    excelDate(w.weekStart), excelDate(w.weekEnd), w.sessions, minutesToHundredths(w.minutes) / 100, w.pence / 100,
    w.averageMinutes === null ? null : minutesToHundredths(w.averageMinutes) / 100,
    w.averagePence === null ? null : w.averagePence / 100,
  ];
  if (onPermittedWork) values.push(overLimitWords(w));
  return values;
}

