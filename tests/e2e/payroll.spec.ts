// The key test: record a month of sessions on the rota, see the pay period's checklist and fix
// what it finds, approve, export (Sage refused with its problems listed; the workbook saved and read
// back), then try to change an exported session. The sign-off sheets are printed to PDF and read back.
import { readFileSync } from 'node:fs';
import { formatUkDate, londonToday } from '../../shared/domain/dates';
import { addDays, mondayOf } from '../../shared/domain/pay/calendar';
import { expectAccessible } from './axe';
import { expect, test } from './host';
import { addRate, book, lastMonth, makeStaff, openHash, pdfToPng, readPdf, readWorkbook } from './payroll-steps';
import { createOffice, unlockWithPassphrase } from './steps';

const ARAMINTA = 'Araminta Blackwood';
const BARTHOLOMEW = 'Bartholomew Cresswell';
const ME = 'Rowan Ashdown';

test('record a month of sessions, see and fix the checklist, approve, export, and try to edit an exported session', async ({ page, host }, testInfo) => {
  test.slow(); // two staff records, seven bookings and a whole pay run through real screens
  const month = lastMonth();
  await createOffice(page, host.url);
  await makeStaff(page, { first: 'Araminta', last: 'Blackwood', born: '05/04/1990', worksNumber: '1001', rate: '13.50' });
  // £10.50 is under the minimum wage for a 41-year-old: the checklist must stop approval for it.
  await makeStaff(page, { first: 'Bartholomew', last: 'Cresswell', born: '12/08/1985', worksNumber: '1002', rate: '10.50' });

  // A month of sessions: Araminta weekly, 3.5 hours each; Bartholomew 4 hours after a 30-minute break, the last still planned.
  await page.getByRole('link', { name: 'Rota', exact: true }).click();
  for (const day of [3, 10, 17, 24]) await book(page, { person: ARAMINTA, day: month.day(day), start: '10:00', end: '13:30', breakMinutes: '0', worked: true });
  for (const day of [5, 12, 19]) await book(page, { person: BARTHOLOMEW, day: month.day(day), start: '09:30', end: '14:00', breakMinutes: '30', worked: day !== 19 });

  await page.getByRole('link', { name: 'Payroll', exact: true }).click();
  const periods = page.getByRole('table', { name: 'Pay periods' });
  const row = periods.getByRole('row').filter({ has: page.getByRole('link', { name: month.name, exact: true }) });
  await expect(row).toContainText(`${formatUkDate(month.start)} to ${formatUkDate(month.end)}`);
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('6 (1 planned)');
  await expect(row).toContainText('22.00'); // 4 x 3.5 + 2 x 4 hours worked
  await expectAccessible(page, 'payroll periods');

  // The checklist: two problems, blocking first; approval is refused while they remain.
  await row.getByRole('link', { name: month.name }).click();
  await expect(page.getByRole('heading', { name: `Pay period: ${month.name}`, level: 1 })).toBeVisible();
  await expect(page.getByTestId('checklist-count')).toHaveText('2 problems to fix before the period can be approved.');
  await expectAccessible(page, 'pay period with problems');
  await page.getByLabel(/^Your name/).fill(ME);
  await page.getByRole('button', { name: 'Approve this period' }).click();
  await expect(page.getByRole('alert')).toContainText('has 2 problems to fix before it can be approved');

  // Fix the still-planned session where it lives: the link opens it on the rota.
  await page.getByRole('link', { name: new RegExp(`${BARTHOLOMEW}'s session on ${formatUkDate(month.day(19))} at Office is still planned`) }).click();
  const session = page.getByRole('dialog', { name: 'Change the session' });
  await session.getByLabel('Worked', { exact: true }).check();
  await session.getByRole('button', { name: 'Save the session' }).click();
  await expect(session).toBeHidden();

  // Fix the low rate on his staff record: the link opens his record.
  await openHash(page, `#/payroll/${month.key}`);
  await expect(page.getByTestId('checklist-count')).toHaveText('1 problem to fix before the period can be approved.');
  await page.getByRole('link', { name: new RegExp(`${BARTHOLOMEW} is paid £10.50 an hour`) }).click();
  await expect(page.getByRole('heading', { name: BARTHOLOMEW, level: 1 })).toBeVisible();
  await addRate(page, formatUkDate(month.start), '12.80');

  await page.getByRole('link', { name: 'Payroll', exact: true }).click();
  await page.getByRole('link', { name: month.name, exact: true }).click();
  await expect(page.getByTestId('checklist-clear')).toBeVisible();
  await expect(page.getByTestId('total-hours')).toHaveText('26.00');
  await expect(page.getByTestId('total-pay')).toHaveText('£342.60'); // 14 x £13.50 + 12 x £12.80

  // The name typed before is offered again, after the rota and the staff record: it is asked for once.
  await expect(page.getByLabel(/^Your name/)).toHaveValue(ME);
  await page.getByRole('button', { name: 'Approve this period' }).click();
  await expect(page.getByRole('heading', { name: 'Export for payroll', level: 2 })).toBeVisible();
  await expect(page.getByTestId('period-status')).toHaveText('Approved');
  await expect(page.getByRole('table', { name: 'History' })).toContainText(`Approved${ME}`);

  // Sage needs a payment number for each element: nothing is written, and each problem is listed.
  const exportForm = page.getByRole('form', { name: 'Export for payroll' });
  await exportForm.getByLabel('Sage 50 timesheet (.csv)').check();
  await expect(exportForm.getByLabel(/^Your name/)).toHaveValue(ME);
  await expect(page.getByTestId('exported-before')).toHaveCount(0);
  await exportForm.getByRole('button', { name: 'Export for payroll' }).click();
  await expect(exportForm.getByRole('alert')).toContainText('No file was written: Sage 50 would refuse it.');
  await expect(exportForm.getByTestId('problem-list').getByRole('listitem').first()).toContainText("Pay element 'Admin' has no Sage payment number");

  // The workbook: saved as a download, opened and checked.
  await exportForm.getByLabel('Excel workbook (.xlsx)').check();
  const [download] = await Promise.all([page.waitForEvent('download'), exportForm.getByRole('button', { name: 'Export for payroll' }).click()]);
  expect(download.suggestedFilename()).toBe(`payroll-${month.key}.xlsx`);
  const workbookPath = testInfo.outputPath('payroll.xlsx');
  await download.saveAs(workbookPath);
  await expect(page.getByTestId('export-saved')).toContainText(`Saved payroll-${month.key}.xlsx`);
  await expect(page.getByTestId('period-status')).toHaveText('Exported to payroll');
  await expect(page.getByRole('table', { name: 'History' })).toContainText('Excel workbook (.xlsx)');
  // Exporting again is allowed, but says first what went when, so nobody is paid twice.
  await expect(page.getByTestId('exported-before')).toContainText(`by ${ME} as Excel workbook (.xlsx). Exporting again makes another copy of the same figures: make sure payroll does not pay anyone twice.`);
  await expectAccessible(page, 'exported pay period');

  const sheets = await readWorkbook(workbookPath);
  expect([...sheets.keys()]).toEqual(['Summary', 'Sessions']);
  const summary = sheets.get('Summary')!;
  const hoursOf = (works: string) => summary.filter((r) => r[0] === works && r[4] === 'Hours').map((r) => r[5]);
  expect(hoursOf('1001')).toEqual([14]);
  expect(hoursOf('1002')).toEqual([12]);
  expect(summary.find((r) => r[3] === 'Total paid hours')?.[5]).toBe(26);
  expect(summary.find((r) => r[3] === 'Total pay')?.[7]).toBe(342.6);
  expect(sheets.get('Sessions')!.filter((r) => r[0] === '1001' || r[0] === '1002')).toHaveLength(7);

  // An exported session cannot change: it opens read-only, and booking into the period is refused.
  await openHash(page, `#/rota?date=${month.day(3)}`);
  await page.getByTestId(/^session-\d+$/).filter({ hasText: ARAMINTA }).getByRole('link', { name: /open the session/ }).click();
  const locked = page.getByRole('dialog', { name: 'A locked session' });
  await expect(locked).toContainText('Locked: its pay period has been approved');
  await expect(locked.getByRole('button', { name: 'Save the session' })).toHaveCount(0);
  await locked.getByRole('button', { name: 'Close' }).first().click();
  await page.getByRole('link', { name: 'Book a session', exact: true }).click();
  const late = page.getByRole('dialog', { name: 'Book a session' });
  await late.getByLabel(/^Person/).selectOption({ label: ARAMINTA });
  await late.getByLabel('Date', { exact: true }).fill(formatUkDate(month.day(4)));
  await late.getByLabel(/^Place/).selectOption({ label: 'Office' });
  await late.getByLabel(/^Activity/).selectOption({ label: 'Admin' });
  await late.getByLabel(/^Starts/).fill('10:00');
  await late.getByLabel(/^Ends/).fill('11:00');
  await late.getByRole('button', { name: 'Book the session' }).click();
  await expect(late.getByRole('alert')).toContainText(`You cannot book a session on ${formatUkDate(month.day(4))}`);
  await expect(late.getByRole('alert')).toContainText('has been exported to payroll');
  await late.getByRole('button', { name: 'Cancel' }).click();

  // The timesheet sign-off sheets, printed to A4: one page for each of the two people who worked.
  await openHash(page, `#/payroll/${month.key}/sign-off`);
  await expect(page.getByTestId('signoff-sheet')).toHaveCount(2);
  await expectAccessible(page, 'sign-off sheets');
  const pdfPath = testInfo.outputPath('sign-off.pdf');
  await page.pdf({ path: pdfPath, format: 'A4' });
  const pdf = readPdf(pdfPath);
  expect(pdf.pages).toBe(2);
  for (const name of [ARAMINTA, BARTHOLOMEW]) expect(pdf.text).toContain(name);
  expect(pdf.text).toContain(`Pay period ${formatUkDate(month.start)} to ${formatUkDate(month.end)}`);
  expect(pdf.text).toContain('Sheet 2 of 2');
  expect(pdf.text).toContain("Worker's signature");
  expect(pdf.text).not.toContain('Lock'); // the app's frame is not printed
  pdfToPng(pdfPath);
  expect(readFileSync(pdfPath.replace(/\.pdf$/, '-1.png')).length).toBeGreaterThan(1000);

  // Reopening, with a reason, makes the sessions editable again, and the history says who and why.
  await openHash(page, `#/payroll/${month.key}`);
  await page.getByRole('button', { name: 'Reopen this period' }).click();
  const reopen = page.getByRole('form', { name: 'Reopen this period' });
  await reopen.getByLabel(/^Why is it being reopened/).fill('A session on the 4th was missed');
  await expect(reopen.getByLabel(/^Your name/)).toHaveValue(ME);
  await reopen.getByRole('button', { name: 'Reopen the period' }).click();
  await expect(page.getByTestId('period-status')).toHaveText('Draft');
  await expect(page.getByRole('table', { name: 'History' })).toContainText('A session on the 4th was missed');
  await openHash(page, `#/rota?date=${month.day(3)}`);
  await page.getByTestId(/^session-\d+$/).filter({ hasText: ARAMINTA }).getByRole('link', { name: /open the session/ }).click();
  const change = page.getByRole('dialog', { name: 'Change the session' });
  await expect(change.getByRole('button', { name: 'Save the session' })).toBeVisible();

  // Locking forgets the name: the next person at the PC types their own.
  await change.getByRole('button', { name: 'Cancel' }).click();
  await expect(change).toBeHidden();
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlockWithPassphrase(page);
  await page.getByRole('link', { name: 'Payroll', exact: true }).click();
  await page.getByRole('link', { name: month.name, exact: true }).click();
  await expect(page.getByLabel(/^Your name/)).toHaveValue('');
});

test('the weekly hours statement for a benefits adviser, from the staff record', async ({ page, host }, testInfo) => {
  const month = lastMonth();
  await createOffice(page, host.url);
  await makeStaff(page, { first: 'Cordelia', last: 'Dunstable', born: '14/02/1979', worksNumber: '1003', rate: '13.00' });
  await page.getByRole('link', { name: 'Rota', exact: true }).click();
  for (const day of [6, 13]) await book(page, { person: 'Cordelia Dunstable', day: month.day(day), start: '09:00', end: '12:00', breakMinutes: '0', worked: true });

  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Cordelia Dunstable' }).click();
  // Read just before the statement opens: it counts its weeks from the day it opens, today or, should midnight pass, tomorrow.
  const today = londonToday(new Date());
  await page.getByRole('link', { name: 'Weekly hours statement' }).click();
  await expect(page.getByRole('heading', { name: 'Weekly hours and earnings statement', level: 1 })).toBeVisible();
  // It opens on the last thirteen complete weeks, Monday to Sunday, and says which sessions it counts.
  const weeksBefore = (day: string) => `Weeks from ${formatUkDate(addDays(mondayOf(day), -91))} to ${formatUkDate(addDays(mondayOf(day), -1))}`;
  await expect(page.getByTestId('statement')).toContainText(new RegExp(`${weeksBefore(today)}|${weeksBefore(addDays(today, 1))}`));
  await expect(page.getByTestId('statement')).toContainText('Only sessions marked worked on the rota are counted: planned sessions are not.');
  const form = page.getByRole('form', { name: 'Choose the person and dates' });
  await expect(form.getByLabel(/^Staff member/).locator('option:checked')).toHaveText('Cordelia Dunstable (1003)');
  await form.getByLabel(/^From/).fill('31/02/2026');
  await form.getByRole('button', { name: 'Show the statement' }).click();
  await expect(form.getByRole('alert')).toContainText('From:');
  await form.getByLabel(/^From/).fill(formatUkDate(month.start));
  await form.getByLabel(/^To/).fill(formatUkDate(month.end));
  await form.getByRole('button', { name: 'Show the statement' }).click();
  const table = page.getByRole('table', { name: 'Weekly hours and earnings' });
  await expect(table).toBeVisible();
  await expect(page.getByTestId('statement-total-hours')).toHaveText('6.00');
  await expect(page.getByTestId('statement-total-pay')).toHaveText('£78.00');
  await expect(page.getByTestId('statement')).toContainText('Gross pay before tax and National Insurance.');
  await expectAccessible(page, 'weekly statement');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^weekly-hours-1003-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const path = testInfo.outputPath('statement.xlsx');
  await download.saveAs(path);
  const rows = (await readWorkbook(path)).get('Weekly hours')!;
  expect(rows.find((r) => r[0] === 'Total')?.slice(2, 5)).toEqual([2, 6, 78]);
});
