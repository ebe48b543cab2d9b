// `npm run screenshots`: opens a demo office in the browser host and saves the main screens as PNGs in
// resources/screenshots/ (the README shows one). Every person in them is made up by the demo generator.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import ExcelJS from 'exceljs';
import { startBrowserHost } from '../../electron/browser-host/server';

const OUT = resolve(fileURLToPath(new URL('../../resources/screenshots', import.meta.url)));
const dataDir = mkdtempSync(join(tmpdir(), 'peer-office-shots-'));
const host = await startBrowserHost({ dataDir, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env['PEER_OFFICE_CHROMIUM'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Welcome to Peer Office' }).waitFor();
  await page.screenshot({ path: join(OUT, 'welcome.png') });
  await page.getByRole('button', { name: 'Explore a demo office' }).click();
  await page.getByLabel(/^Passphrase/).fill('kettle orchard lantern');
  await page.getByLabel(/^Type the passphrase again/).fill('kettle orchard lantern');
  await page.getByRole('button', { name: 'Open the demo office' }).click();
  // Home: what is due this week.
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page.screenshot({ path: join(OUT, 'home.png'), fullPage: true });
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByTestId('member-count').waitFor();
  await page.screenshot({ path: join(OUT, 'members.png') });
  await page.getByRole('table', { name: 'Members' }).getByRole('link').nth(4).click();
  await page.getByRole('button', { name: 'Save changes' }).waitFor();
  await page.screenshot({ path: join(OUT, 'member-record.png') });

  // The same person made staff, with a pay rate: the staff part of their record.
  await page.getByRole('button', { name: /a member of staff$/ }).click();
  const staffForm = page.getByRole('form', { name: 'Staff record' });
  await staffForm.getByLabel(/^Works number/).fill('W0042');
  await staffForm.getByRole('button', { name: 'Make them staff' }).click();
  const rates = page.getByRole('form', { name: 'Add a pay rate' });
  await rates.getByLabel(/^Pounds an hour/).fill('12.71');
  await rates.getByRole('button', { name: 'Add the rate' }).click();
  await page.getByRole('table', { name: 'Pay rates' }).waitFor();
  await page.getByRole('heading', { name: 'Staff record' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'staff-record.png'), fullPage: true });
  // The demo's staff, with what is coming up.
  await page.getByRole('link', { name: 'Staff', exact: true }).click();
  await page.getByRole('table', { name: 'Staff' }).waitFor();
  await page.screenshot({ path: join(OUT, 'staff.png') });

  // This week's rota (the demo books a ward visit with one supporter, so a warning shows), then payroll:
  // the list of months and last month, approved and ready to export.
  await page.getByRole('link', { name: 'Rota', exact: true }).click();
  await page.getByRole('heading', { name: 'Rota', level: 1 }).waitFor();
  await page.getByRole('table').first().waitFor();
  await page.screenshot({ path: join(OUT, 'rota.png') });
  // Supervision: what is overdue and due, and the month; then the year's support sessions.
  await page.getByRole('link', { name: 'Supervision', exact: true }).click();
  await page.getByRole('heading', { name: 'Supervision', level: 1 }).waitFor();
  await page.getByRole('table').first().waitFor();
  await page.screenshot({ path: join(OUT, 'supervision.png'), fullPage: true });
  await page.getByRole('link', { name: 'Support sessions', exact: true }).click();
  await page.getByRole('heading', { name: 'Support sessions', level: 1 }).waitFor();
  await page.getByText(/Not attended any/).first().waitFor();
  await page.screenshot({ path: join(OUT, 'support-sessions.png'), fullPage: true });
  await page.getByRole('link', { name: 'Payroll', exact: true }).click();
  await page.getByRole('table', { name: 'Pay periods' }).waitFor();
  await page.screenshot({ path: join(OUT, 'payroll.png') });
  await page.getByRole('table', { name: 'Pay periods' }).getByRole('link').nth(1).click();
  await page.getByRole('heading', { name: /^Pay period:/ }).waitFor();
  await page.getByRole('button', { name: /Export for payroll/ }).waitFor();
  await page.screenshot({ path: join(OUT, 'pay-period.png'), fullPage: true });

  // The import preview, with one row to put right and one person already on the register.
  const sheetPath = join(dataDir, 'members.xlsx');
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Members');
  ws.addRows([
    ['First name', 'Surname', 'Postcode', 'Email', 'Date joined', 'Status'],
    ['Araminta', 'Blackwood', 'BN11 3QT', 'araminta@example.org', '03/02/2019', 'active'],
    ['Bartholomew', 'Cresswell', 'NOT A POSTCODE', '', '31/02/2021', 'lapsed'],
    ['Cordelia', 'Dunstable', 'PO21 2XY', 'cordelia@example.org', '01/09/2015', 'active'],
  ]);
  await workbook.xlsx.writeFile(sheetPath);
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Import a list' }).click();
  await page.locator('input[type=file]').setInputFiles(sheetPath);
  await page.getByTestId('import-summary').waitFor();
  await page.screenshot({ path: join(OUT, 'import-preview.png'), fullPage: true });
  await page.getByRole('link', { name: '← Back to members' }).click();

  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('heading', { name: 'Unlock Peer Office' }).waitFor();
  await page.screenshot({ path: join(OUT, 'unlock.png') });
  process.stdout.write(`screenshots saved in ${OUT}\n`);
} finally {
  await browser.close();
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
