// The audit log as an Excel workbook: the filters it was made with at the top, then one row per entry,
// newest first, laid out for A4 like the payroll workbooks, with each record named as the screen names it
// (a membership or works number, looked up as the file is made).
//
// What the file holds, exactly: no value from the records (no names of members or staff, addresses,
// amounts, dates or reasons), but it is still about people: it names their records by membership and
// works number, says what kind of thing was done to them (an absence recorded, a probation extended), and
// keeps the name typed where a screen asks for yours (approving payroll, a probation decision) in "By".
// So it is for the office, a trustee or an auditor, kept as carefully as the records themselves.
import type ExcelJS from 'exceljs';
import { actionWords, AUDIT_ACTION_WORDS, AUDIT_AREA_WORDS, capitalised, type AuditFilters, type ListedAuditEntry } from '../../../shared/contract/audit';
import { formatUkDate } from '../../../shared/domain/dates';
import { londonDateTime } from '../../../shared/domain/pay/period-words';
import { addTitleRows, applyPrintLayout, newWorkbook, writeHeader, type Column } from '../payroll/sheet-layout';

const COLUMNS: Column[] = [
  { header: 'When (UK time)', width: 18, numFmt: 'dd/mm/yyyy hh:mm:ss' },
  { header: 'What was done', width: 14 },
  { header: 'Area', width: 16 },
  { header: 'Record', width: 30 },
  { header: 'What changed', width: 70 },
  { header: 'By', width: 20 },
  { header: 'When (UTC)', width: 26 },
  { header: 'Request', width: 26 },
];

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** An instant as Excel shows a time: the clock in England, carried as if it were UTC (Excel has no zones). */
export function excelLondonTime(isoInstant: string): Date {
  const p: Record<string, number> = {};
  for (const part of LONDON.formatToParts(new Date(isoInstant))) p[part.type] = Number(part.value);
  return new Date(Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!, p['second']!));
}

export function filterWords(f: AuditFilters): string {
  const words = [
    f.from || f.to ? `${f.from ? `from ${formatUkDate(f.from)}` : ''}${f.from && f.to ? ' ' : ''}${f.to ? `to ${formatUkDate(f.to)}` : ''}` : '',
    f.area ? `area: ${AUDIT_AREA_WORDS[f.area]}` : '',
    f.action ? `what was done: ${AUDIT_ACTION_WORDS[f.action]}` : '',
    f.recordType ? `kind of record: ${f.recordType}` : '',
    f.record ? `record: ${f.record}` : '',
  ].filter(Boolean);
  return words.length ? `Showing ${words.join(', ')}` : 'Showing every entry';
}

export async function auditWorkbook(entries: ListedAuditEntry[], context: { officeName: string; filters: AuditFilters; generatedAt: string }): Promise<Buffer> {
  const workbook = newWorkbook(context.generatedAt);
  const sheet = workbook.addWorksheet('Audit log');
  const headerRow = addTitleRows(sheet, [
    'Audit log',
    context.officeName,
    `${filterWords(context.filters)}: ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}, newest first`,
    `Exported ${londonDateTime(context.generatedAt)}`,
  ]);
  writeHeader(sheet, headerRow, COLUMNS);
  COLUMNS.forEach((c, i) => {
    if (c.numFmt) sheet.getColumn(i + 1).numFmt = c.numFmt;
    if (c.header === 'What changed') sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  // addRow appends after the header; one call per row keeps a long log quick to write.
  for (const e of entries) {
    sheet.addRow([
      excelLondonTime(e.at), actionWords(e), AUDIT_AREA_WORDS[e.area] ?? e.area, capitalised(e.record.words), capitalised(e.summary), e.by, e.at, e.channel,
    ] satisfies ExcelJS.CellValue[]);
  }
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: COLUMNS.length } };
  applyPrintLayout(sheet, { orientation: 'landscape', headerRow, officeName: context.officeName, title: 'Audit log', generatedAt: context.generatedAt });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
