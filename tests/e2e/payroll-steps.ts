// Steps the payroll end-to-end test takes through real screens: staff with a date of birth (so the
// minimum wage can be checked), sessions booked on the rota, and reading what the app wrote out.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { formatUkDate, londonToday } from '../../shared/domain/dates';
import { addDays } from '../../shared/domain/pay/calendar';
import { expect } from './host';

/** Last month, whatever day the test runs: every day of it has passed, so its sessions can be worked. */
export function lastMonth(now = new Date()): { key: string; start: string; end: string; name: string; day: (n: number) => string } {
  const end = addDays(`${londonToday(now).slice(0, 7)}-01`, -1);
  const key = end.slice(0, 7);
  const name = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-15T12:00:00Z`));
  return { key, start: `${key}-01`, end, name, day: (n) => `${key}-${String(n).padStart(2, '0')}` };
}

/** A new member of staff through the register and the staff form; they start on 01/01/2025 unless told. */
/** Makes a member of staff: on a bank contract, or part-time when `weeklyHours` is given. */
export async function makeStaff(page: Page, p: { first: string; last: string; born: string; worksNumber: string; rate: string; start?: string; weeklyHours?: string }) {
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Add a member' }).click();
  await page.getByLabel(/^First name/).fill(p.first);
  await page.getByLabel(/^Last name/).fill(p.last);
  await page.getByLabel(/^Date of birth/).fill(p.born);
  await page.getByRole('button', { name: 'Add this member' }).click();
  await expect(page.getByRole('heading', { name: `${p.first} ${p.last}`, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: `Make ${p.first} ${p.last} a member of staff` }).click();
  const staffForm = page.getByRole('form', { name: 'Staff record' });
  await staffForm.getByLabel(/^Works number/).fill(p.worksNumber);
  const start = p.start ?? '01/01/2025';
  await staffForm.getByLabel(/^Start date/).fill(start);
  if (p.weeklyHours) {
    await staffForm.getByLabel(/^Contract/).selectOption({ label: 'Part-time (contracted hours)' });
    await staffForm.getByLabel(/^Hours a week/).fill(p.weeklyHours);
  }
  await staffForm.getByRole('button', { name: 'Make them staff' }).click();
  await expect(page.getByRole('button', { name: 'Save the staff record' })).toBeVisible();
  await addRate(page, start, p.rate);
}

export async function addRate(page: Page, from: string, pounds: string) {
  const rates = page.getByRole('form', { name: 'Add a pay rate' });
  await rates.getByLabel(/^New rate from/).fill(from);
  await rates.getByLabel(/^Pounds an hour/).fill(pounds);
  await rates.getByRole('button', { name: 'Add the rate' }).click();
  await expect(page.getByRole('table', { name: 'Pay rates' })).toContainText(`£${pounds}`);
}

export interface Booking { person: string; day: string; start: string; end: string; breakMinutes: string; worked: boolean }

/** Books a session at the office through the rota's form, as worked or left planned. */
export async function book(page: Page, b: Booking) {
  await page.getByRole('link', { name: 'Book a session', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Book a session' });
  await form.getByLabel(/^Person/).selectOption({ label: b.person });
  await form.getByLabel('Date', { exact: true }).fill(formatUkDate(b.day));
  await form.getByLabel(/^Place/).selectOption({ label: 'Office' });
  await form.getByLabel(/^Activity/).selectOption({ label: 'Admin' });
  await form.getByLabel(/^Starts/).fill(b.start);
  await form.getByLabel(/^Ends/).fill(b.end);
  await form.getByLabel(/^Unpaid break/).fill(b.breakMinutes);
  if (b.worked) await form.getByLabel('Worked', { exact: true }).check();
  await form.getByRole('button', { name: 'Book the session' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('rota-flash')).toContainText('Session booked');
}

/** Goes to a screen by its address inside the app, keeping the host's token. */
export const openHash = (page: Page, hash: string) => page.evaluate((h) => { window.location.hash = h; }, hash);

/** The workbook's cells as plain values: a formula cell gives its cached result, as Excel shows on opening. */
export async function readWorkbook(path: string): Promise<Map<string, (string | number | null)[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = new Map<string, (string | number | null)[][]>();
  workbook.eachSheet((sheet) => {
    const rows: (string | number | null)[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: (string | number | null)[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const v = row.getCell(c).value;
        if (v === null || v === undefined) cells.push(null);
        else if (typeof v === 'number' || typeof v === 'string') cells.push(v);
        else if (v instanceof Date) cells.push(v.toISOString().slice(0, 10));
        else if (typeof v === 'object' && 'result' in v) cells.push(typeof v.result === 'number' || typeof v.result === 'string' ? v.result : null);
        else cells.push(String(v));
      }
      rows.push(cells);
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

/** The text of a PDF and its number of pages, from poppler's tools. */
export function readPdf(path: string): { text: string; pages: number } {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN) };
}

/** Renders a PDF's pages to PNG (60 dpi) beside it, to look at. */
export function pdfToPng(path: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', path, path.replace(/\.pdf$/, '')]);
}
