// The demo office: 300 made-up members to search, filter, sort and export to Excel.
import ExcelJS from 'exceljs';
import { expect, test } from './host';
import { createOffice, openDemoOffice, openSettingsPage } from './steps';

test('explore the demo office, filter it and export what is shown', async ({ page, host }) => {
  await openDemoOffice(page, host.url);
  await expect(page.getByText('Demo office: made-up people')).toBeVisible();
  await expect(page.getByTestId('member-count')).toContainText('300 people');

  await page.getByLabel('Locality').selectOption('Worthing');
  await page.getByLabel('Status').selectOption('active');
  const count = page.getByTestId('member-count');
  // Only the rows in view are drawn; once both filters apply, every one is an active member in Worthing
  // (the export below checks them all). The count and the rows change together.
  const rows = page.getByRole('table', { name: 'Members' }).locator('tbody tr.member-row');
  await expect.poll(async () => {
    const texts = await rows.allInnerTexts();
    return texts.length > 0 && texts.every((t) => /Worthing/.test(t) && /\bactive\b/i.test(t));
  }).toBe(true);
  await expect(count).toContainText(/of 300 people match/);
  const shown = Number((await count.textContent())!.match(/^(\d+) of/)![1]);
  expect(shown).toBeGreaterThan(0);
  const drawn = await rows.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThanOrEqual(shown);
  for (const text of await rows.allInnerTexts()) expect(text).toMatch(/Worthing/);

  // Sort by member number, highest first.
  await page.getByRole('button', { name: /^Number/ }).click();
  await page.getByRole('button', { name: /^Number/ }).click();
  await expect(page.getByRole('columnheader', { name: /Number/ })).toHaveAttribute('aria-sort', 'descending');
  // The header changes at once; the rows follow when the backend answers.
  const numbersShown = async () => (await rows.locator('td:first-child').allInnerTexts()).map((n) => Number(n.slice(1)));
  await expect.poll(async () => { const n = await numbersShown(); return n.length > 1 && n.every((v, i) => i === 0 || n[i - 1]! > v); }).toBe(true);
  const numbers = await numbersShown();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const file = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Members')!;
  expect(sheet.getRow(1).getCell(1).value).toBe('Member number');
  expect(sheet.rowCount).toBe(shown + 1);
  expect(sheet.getRow(2).getCell(1).value).toBe(`M${String(numbers[0]).padStart(5, '0')}`);
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(String);
  const column = (name: string) => header.indexOf(name);
  for (let r = 2; r <= sheet.rowCount; r++) {
    expect(sheet.getRow(r).getCell(column('Locality')).value).toBe('Worthing');
    expect(sheet.getRow(r).getCell(column('Status')).value).toBe('Active');
  }
  expect(sheet.getRow(2).getCell(column('Joined')).value).toBeInstanceOf(Date);

  // With the filters cleared, all 300 can be scrolled to: the last member number is reachable.
  await page.getByLabel('Locality').selectOption('');
  await page.getByLabel('Status').selectOption('');
  await page.getByRole('button', { name: /^Number/ }).click();
  await expect(page.getByRole('columnheader', { name: /Number/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('table', { name: 'Members' })).not.toContainText('M01300');
  await page.getByRole('region', { name: 'Members list, scrollable' }).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByRole('table', { name: 'Members' })).toContainText('M01300');
});

test('leaving the demo offers the first-run choices again, and a real office can then be made', async ({ page, host }) => {
  await openDemoOffice(page, host.url);
  await openSettingsPage(page, 'Your organisation');
  await expect(page.getByTestId('database-path')).toContainText('demo-office.db');
  await page.getByRole('button', { name: 'Leave the demo and set up my office' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Peer Office' })).toBeVisible();
  await createOffice(page, host.url, 'Hillside Peer Support');
  await expect(page.getByText('Nobody is on the register yet')).toBeVisible();
  await openSettingsPage(page, 'Your organisation');
  await expect(page.getByTestId('database-path')).toContainText('office.db');
  await expect(page.getByTestId('database-path')).not.toContainText('demo-office.db');
});
