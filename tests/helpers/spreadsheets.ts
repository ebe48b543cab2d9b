// Builds import files in memory, as a person's own spreadsheet would arrive: .xlsx through exceljs, .csv as text.
import ExcelJS from 'exceljs';
import type { ImportFileInput } from '../../shared/contract/transfer';

export type Cell = string | number | Date | null;

export async function xlsxFile(rows: Cell[][], fileName = 'members.xlsx'): Promise<ImportFileInput> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName, contentBase64: buffer.toString('base64') };
}

export function csvFile(text: string, fileName = 'members.csv'): ImportFileInput {
  return { fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}

export async function readWorkbook(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}
