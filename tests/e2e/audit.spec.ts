// The audit log as the office manager uses it: add a member, change them, export the register, lock and
// mistype the passphrase, then open the log from the Settings index, see every one of those, filter it, and export
// it to Excel, read back here: everything is there, and nothing about the person.
import ExcelJS from 'exceljs';
import { expectAccessible } from './axe';
import { expect, test } from './host';
import { addMember, createOffice, openSettingsPage, unlockWithPassphrase } from './steps';

test('see who changed what in the audit log, filter it and export it to Excel', async ({ page, host }, testInfo) => {
  await createOffice(page, host.url);
  await addMember(page, { first: 'Ysolde', last: 'Pettifork', postcode: 'BN11 3QQ', email: 'ysolde.pettifork@example.org' });
  await page.getByRole('textbox', { name: 'Phone', exact: true }).first().fill('07700 900417');
  await page.getByRole('textbox', { name: 'Town' }).fill('Lancing');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.getByRole('link', { name: 'Members', exact: true }).click();
  const members = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  await members;

  await page.getByRole('button', { name: 'Lock' }).click();
  await unlockWithPassphrase(page, 'not the right passphrase');
  await expect(page.getByRole('alert')).toContainText('That passphrase does not match');
  await unlockWithPassphrase(page);
  await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();

  // The Settings index leads to the log; newest first, in words.
  await openSettingsPage(page, 'Audit log');
  await expect(page.getByRole('heading', { name: 'Audit log', level: 2 })).toBeVisible();
  const table = page.getByTestId('audit-table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(7);
  // What was done, area, record and what changed, row by row.
  const cells = () => rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1, 5).map((td) => td.textContent)));
  expect(await cells()).toEqual([
    ['Unlocked', 'Office', 'Office', 'With the passphrase'],
    ['Failed unlock', 'Office', 'Office', 'The passphrase did not match'],
    ['Locked', 'Office', 'Office', 'Locked'],
    ['Exported', 'Members', 'Member', 'Excel workbook, 1 row'],
    ['Changed', 'Members', 'Member M01001', 'Changed town and phone'],
    ['Added', 'Members', 'Member M01001', 'Added 1 member record and 1 role'],
    ['Added', 'Office', 'Office', 'Office database created'],
  ]);
  // The member is named by the membership number the office knows, and links to their page.
  await expect(table.getByRole('link', { name: 'Member M01001' }).first()).toHaveAttribute('href', '#/members/1');
  await expect(table).not.toContainText('Pettifork');
  await expectAccessible(page, 'audit log');
  // Nothing on the page changes an entry.
  await expect(page.getByRole('button', { name: /edit|delete|remove/i })).toHaveCount(0);

  // Filtered to changes to members, then to one record.
  await page.getByLabel('What was done').selectOption({ label: 'Changed' });
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('audit-count')).toHaveText('Showing 1 to 1 of 1 entry that matches');
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(rows).toHaveCount(7);
  await page.getByLabel('Kind of record').selectOption('member');
  await page.getByRole('textbox', { name: /^Record/ }).fill('M01001');
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(rows).toHaveCount(2);

  // Exported as shown, and read back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Excel (.xlsx)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const path = testInfo.outputPath('audit-log.xlsx');
  await download.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: 'Saved audit-log-' })).toContainText('2 entries');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Audit log')!;
  expect(sheet.getCell('A1').value).toBe('Audit log');
  expect(sheet.getCell('A3').value).toBe('Showing kind of record: member, record: M01001: 2 entries, newest first');
  expect((sheet.getRow(6).values as ExcelJS.CellValue[]).slice(1, 7)).toEqual(['When (UK time)', 'What was done', 'Area', 'Record', 'What changed', 'By']);
  expect([7, 8].map((r) => [sheet.getCell(r, 2).value, sheet.getCell(r, 4).value, sheet.getCell(r, 5).value])).toEqual([
    ['Changed', 'Member M01001', 'Changed town and phone'],
    ['Added', 'Member M01001', 'Added 1 member record and 1 role'],
  ]);
  expect(sheet.getCell(7, 1).value).toBeInstanceOf(Date);
  const everything: string[] = [];
  sheet.eachRow((row) => everything.push(JSON.stringify(row.values)));
  for (const value of ['Pettifork', 'Ysolde', '07700 900417', 'Lancing', 'BN11 3QQ', 'example.org']) expect(everything.join('\n')).not.toContain(value);

  // The export itself is in the log now.
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(rows.first().locator('td').nth(4)).toHaveText('Excel workbook, 2 entries, filtered');
});
