// What the payroll workbooks share: UK cell formats, calendar dates as Excel dates, title rows above a
// table, a bold header, totals as real formulas with their cached results, and an A4 print setup with
// a repeating header row and page numbers. Pure: no database, no clock (the time comes in the model).
import ExcelJS from 'exceljs';
import { londonDateTime } from '../../../shared/domain/pay/period-words';

export const FORMAT = {
  pounds: '"£"#,##0.00',
  hours: '0.00',
  miles: '0.0',
  count: '0',
  date: 'dd/mm/yyyy',
} as const;

export interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

/** 'YYYY-MM-DD' -> a Date at UTC midnight, which Excel shows as that calendar day whatever the PC's zone. */
/** A workbook stamped from the model's time, not the clock: the same model makes the same file. */
export function newWorkbook(generatedAt: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peer Office';
  workbook.lastModifiedBy = 'Peer Office';
  workbook.created = new Date(generatedAt);
  workbook.modified = workbook.created;
  return workbook;
}

export function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Writes each line in its own row from row 1 (the first bold and larger), leaves a blank row and
 * returns the number of the header row that follows. Titles sit in column A and spill across the empty
 * cells to their right, so no merged cells are needed (merges are what most often upset Excel).
 */
export function addTitleRows(sheet: ExcelJS.Worksheet, lines: readonly string[]): number {
  lines.forEach((text, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  return lines.length + 2;
}

/**
 * Numbers and dates sit at the right of their cells and text at the left, so text just after a figure
 * would touch it ("4.50Office"): such a column is indented a step, its heading too.
 */
const followsFigure = (columns: readonly Column[], i: number): boolean => i > 0 && columns[i - 1]!.numFmt !== undefined && columns[i]!.numFmt === undefined;

/** The header row: bold, shaded, wrapped; column widths set from the same list. */
export function writeHeader(sheet: ExcelJS.Worksheet, rowNumber: number, columns: readonly Column[]): void {
  const row = sheet.getRow(rowNumber);
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
    const cell = row.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    // A heading sits over its column's values: at the right for numbers and dates.
    cell.alignment = {
      vertical: 'bottom', wrapText: true,
      ...(column.numFmt ? { horizontal: 'right' as const } : {}),
      ...(followsFigure(columns, i) ? { horizontal: 'left' as const, indent: 1 } : {}),
    };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF5' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

/** One table row: values in column order, each cell given its column's number format. */
export function writeRow(sheet: ExcelJS.Worksheet, rowNumber: number, columns: readonly Column[], values: readonly ExcelJS.CellValue[]): ExcelJS.Row {
  const row = sheet.getRow(rowNumber);
  values.forEach((value, i) => {
    if (value === null || value === undefined || value === '') return; // an empty cell, not an empty string
    const cell = row.getCell(i + 1);
    cell.value = value;
    const numFmt = columns[i]?.numFmt;
    if (numFmt) cell.numFmt = numFmt;
    if (followsFigure(columns, i)) cell.alignment = { horizontal: 'left', indent: 1 }; // an indent needs a side to count from
  });
  return row;
}

/**
 * A SUM over a column of the table with the value Excel will compute as its cached result. With no
 * rows there is nothing to add up: a plain 0, because SUM(H7:H6) would silently become SUM(H6:H7).
 */
export function sumCell(column: string, firstRow: number, lastRow: number, result: number): ExcelJS.CellValue {
  if (lastRow < firstRow) return 0;
  return { formula: `SUM(${column}${firstRow}:${column}${lastRow})`, result };
}

/** Bold with a rule above: how a totals row reads on paper. */
export function styleTotalsRow(row: ExcelJS.Row, columnCount: number): void {
  for (let c = 1; c <= columnCount; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
  }
}

/** Excel reads '&' as the start of a header code, and refuses a header or footer over 255 characters. */
const headerText = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text).replace(/&/g, '&&');

export interface PrintLayout {
  orientation: 'portrait' | 'landscape';
  headerRow: number;
  officeName: string;
  title: string;
  generatedAt: string;
}

/**
 * Made for A4 paper: one page wide and as many long as needed, the table header repeated on every page,
 * the office and the title at the top and page numbers at the foot. The view freezes at the header row.
 */
export function applyPrintLayout(sheet: ExcelJS.Worksheet, layout: PrintLayout): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: layout.headerRow, topLeftCell: `A${layout.headerRow + 1}` }];
  Object.assign(sheet.pageSetup, {
    paperSize: 9, // A4
    orientation: layout.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // 0: as many pages long as the table needs
    printTitlesRow: `${layout.headerRow}:${layout.headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  } satisfies Partial<ExcelJS.PageSetup>);
  Object.assign(sheet.headerFooter, {
    oddHeader: `&L${headerText(layout.officeName, 90)}&R${headerText(layout.title, 90)}`,
    oddFooter: `&LGenerated ${londonDateTime(layout.generatedAt)}&RPage &P of &N`,
  } satisfies Partial<ExcelJS.HeaderFooter>);
}
