// Importing the office's existing list: a file with one bad row imports nothing; fixed, it imports all.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expectAccessible } from './axe';
import { expect, test } from './host';
import { addMember, createOffice } from './steps';

const HEADER = ['First name', 'Surname', 'Postcode', 'Email', 'Phone', 'Date joined', 'Status'];
const ROWS = [
  ['Araminta', 'Blackwood', 'BN11 3QT', 'araminta@example.org', '07700 900101', '03/02/2019', 'active'],
  ['Bartholomew', 'Cresswell', 'RH12 1AB', '', '01632 960202', '14/07/2021', 'lapsed'],
  ['Cordelia', 'Dunstable', 'PO21 2XY', 'cordelia@example.org', '', '01/09/2015', 'active'],
  ['Ottoline', 'Fairweather', 'PO19 1AB', '', '', '12/05/2020', 'active'],
];

async function workbook(path: string, rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Members');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
}

test('one bad row imports nothing; the fixed file imports everyone, leaving out who is already there', async ({ page, host, dataDir }) => {
  await createOffice(page, host.url);
  await addMember(page, { first: 'Ottoline', last: 'Fairweather', postcode: 'PO19 1AB' });
  await page.getByRole('link', { name: 'Members', exact: true }).click();

  const bad = join(dataDir, 'members-bad.xlsx');
  await workbook(bad, [...ROWS.slice(0, 2), ['Cordelia', 'Dunstable', 'NOT A POSTCODE', 'cordelia@example.org', '', '31/02/2015', 'active'], ROWS[3]!]);
  await page.getByRole('link', { name: 'Import a list' }).click();
  await page.locator('input[type=file]').setInputFiles(bad);
  await expect(page.getByTestId('import-summary')).toHaveText('4 rows: 2 ready to import, 1 with problems, 1 already on the register.');
  await expect(page.getByLabel(/^Last name/)).toHaveValue('1'); // "Surname" was matched to last name
  const badRow = page.getByRole('row').filter({ hasText: 'NOT A POSTCODE' });
  await expect(badRow).toContainText('Enter a UK postcode, like BN11 1AA');
  await expect(badRow).toContainText('"31/02/2015" is not a date');
  await expect(page.getByRole('row').filter({ hasText: 'Fairweather' })).toContainText('Already on the register');
  await expectAccessible(page, 'import preview with problems');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('1 row has a problem, so nothing was imported');
  await page.getByRole('link', { name: '← Back to members' }).click();
  await expect(page.getByTestId('member-count')).toContainText('1 person');

  const fixed = join(dataDir, 'members-fixed.xlsx');
  await workbook(fixed, ROWS);
  await page.getByRole('link', { name: 'Import a list' }).click();
  await page.locator('input[type=file]').setInputFiles(fixed);
  await expect(page.getByTestId('import-summary')).toHaveText('4 rows: 3 ready to import, 0 with problems, 1 already on the register.');
  await page.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished' })).toContainText('Imported 3 people, and left out 1 already on the register');
  await expect(page.getByTestId('import-summary')).toHaveCount(0); // the finished file is cleared away
  await page.getByRole('link', { name: 'See the members list' }).click();
  await expect(page.getByTestId('member-count')).toContainText('4 people · 3 active, 1 lapsed, 0 left');
  // The phone number kept its leading zero.
  await page.getByLabel('Search').fill('Cresswell');
  await expect(page.getByRole('table', { name: 'Members' })).toContainText('01632 960202');
});

test('a CSV saved from Excel imports the same way', async ({ page, host, dataDir }) => {
  await createOffice(page, host.url);
  const csv = join(dataDir, 'members.csv');
  const quote = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  writeFileSync(csv, `\uFEFF${[HEADER, ...ROWS].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`);
  await page.getByRole('link', { name: 'Import a list' }).click();
  await page.locator('input[type=file]').setInputFiles(csv);
  await expect(page.getByTestId('import-summary')).toHaveText('4 rows: 4 ready to import, 0 with problems, 0 already on the register.');
  await page.getByRole('button', { name: 'Import 4 people' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished' })).toContainText('Imported 4 people');
});
