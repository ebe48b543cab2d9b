// Reads the first sheet of an .xlsx or a .csv into rows of text, as a person sees them in Excel.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppFailure } from '../../../shared/contract/result';
import { utcDateToIso } from '../../../shared/domain/dates';

const MAX_ROWS = 20_000;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates carry no zone: exceljs gives them as UTC midnight, so read them back in UTC.
    return utcDateToIso(value);
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text; // hyperlink
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue); // formula: its cached value
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export async function readSheet(fileName: string, content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (/\.csv$/i.test(fileName)) {
      // Keep every value as typed: the default would turn 01243 869662 into a number and lose the 0.
      const text = content.toString('utf8').replace(/^\uFEFF/, '');
      sheet = await workbook.csv.read(Readable.from([text]), { map: (v: string) => v, parserOptions: { trim: false } } as never);
    } else {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      sheet = workbook.worksheets.find((ws) => ws.state === 'visible') ?? workbook.worksheets[0];
    }
  } catch {
    throw new AppFailure('VALIDATION', `${fileName} could not be read. Save it again from Excel as .xlsx or .csv and try again.`, { file: 'This file could not be read' });
  }
  if (!sheet || sheet.rowCount === 0) {
    throw new AppFailure('VALIDATION', `${fileName} has no rows. Check you chose the right file.`, { file: 'This file is empty' });
  }
  if (sheet.rowCount > MAX_ROWS) {
    throw new AppFailure('VALIDATION', `${fileName} has more than ${MAX_ROWS.toLocaleString('en-GB')} rows. Split it into smaller files.`, { file: 'Too many rows' });
  }
  const width = sheet.columnCount;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows[rowNumber - 1] = cells;
  });
  return Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
}
