// A new peer supporter's probation, end to end in the real renderer over a real encrypted office: the
// contract starts and the plan appears on their record; a supervisor is named; one meeting is held with
// an agreed action and the next is missed; probation is extended and the plan grows; and the schedule
// is printed to an A4 PDF and read back with pdftotext. Dates are worked out from today, since the
// browser host runs on the real clock.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dayHeading, formatUkDate, londonToday } from '../../shared/domain/dates';
import { addDays } from '../../shared/domain/pay/calendar';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../shared/domain/pay/uk-defaults';
import { decisionDueOn, probationPlan } from '../../shared/domain/probation';
import { addMonthsClamped, defaultProbationEnd } from '../../shared/domain/staff';
import { expect, test } from './host';
import { makeStaff, pdfToPng } from './payroll-steps';
import { createOffice } from './steps';

const SUPERVISOR = 'Perpetua Lindqvist';
const STARTER = 'Barnaby Oxenford';
const bankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS;

test("a new peer supporter's probation: plan, held and missed meetings, an extension, and the schedule on A4", async ({ page, host }, testInfo) => {
  const today = londonToday(new Date());
  // Started 75 days ago: the first two monthly supervisions have passed, the mid-point review is ahead.
  const start = addDays(today, -75);
  const end = defaultProbationEnd(start);
  // A new office's notice in probation is 7 days (DEFAULT_SUPERVISION_SETTINGS).
  const noticeDays = 7;
  const plan = probationPlan(start, end, { intervalMonths: 1, bankHolidays, noticeDays });
  const [first, second] = plan;
  expect(first!.due < today && second!.due < today && plan[2]!.due > today).toBe(true);

  await createOffice(page, host.url);
  await makeStaff(page, { first: 'Perpetua', last: 'Lindqvist', born: '12/03/1980', worksNumber: '201', rate: '13.50' });
  await makeStaff(page, { first: 'Barnaby', last: 'Oxenford', born: '04/09/1992', worksNumber: '202', rate: '12.75', start: formatUkDate(start) });

  // The contract has started: the plan is on the record, every date a working day, nobody named yet.
  const panel = page.getByRole('region', { name: 'Probation and supervision' });
  const meetings = panel.getByRole('table', { name: 'Supervisions and reviews' });
  await expect(meetings.getByRole('row')).toHaveCount(plan.length + 1);
  for (const item of plan) await expect(meetings).toContainText(formatUkDate(item.due));
  await expect(meetings).toContainText('Mid-point review');
  await expect(meetings).toContainText('Final review');
  await expect(panel).toContainText(`Nobody is named to supervise ${STARTER}`);

  await panel.getByLabel('Supervisor', { exact: true }).selectOption({ label: SUPERVISOR });
  await panel.getByRole('button', { name: 'Save supervisor and how often' }).click();
  await expect(meetings.getByRole('row').filter({ hasText: SUPERVISOR })).toHaveCount(plan.length);
  await expect(panel).not.toContainText(`Nobody is named to supervise ${STARTER}`);

  // The first supervision was held, with one agreed action.
  const dialog = page.getByRole('dialog');
  await meetings.getByRole('row').nth(1).getByRole('button').click();
  await dialog.getByRole('button', { name: 'Record as held' }).click();
  const hold = dialog.getByRole('form', { name: 'Record as held' });
  await hold.getByLabel(/^Date held/).fill(formatUkDate(first!.due));
  await hold.getByRole('button', { name: 'Add an action' }).click();
  await hold.getByRole('textbox', { name: 'Action 1' }).fill('Book the lone-working refresher');
  await hold.getByRole('button', { name: 'Record as held' }).click();
  await expect(dialog).toContainText(`Held on ${formatUkDate(first!.due)}`);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(meetings.getByRole('row').nth(1)).toContainText(`Held on ${formatUkDate(first!.due)}`);
  await expect(meetings.getByRole('row').nth(1)).toContainText('Book the lone-working refresher');
  await expect(panel.getByRole('heading', { name: 'Open actions' })).toBeVisible();

  // The second was missed.
  await meetings.getByRole('row').nth(2).getByRole('button').click();
  await dialog.getByRole('button', { name: 'Mark as missed' }).click();
  await expect(dialog.getByRole('button', { name: 'Put back to planned' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(meetings.getByRole('row').nth(2)).toContainText('Missed');

  // The home screen asks for the missed one to be made up, and its line leads back to the record to do it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: `${STARTER}'s supervision on ${dayHeading(second!.due)} was missed: book another with ${SUPERVISOR}.` }).click();
  await expect(meetings.getByRole('row').nth(2)).toContainText('Missed');

  // Probation is extended by two months: the final review moves and the plan grows.
  const newEnd = addMonthsClamped(end, 2);
  await panel.getByRole('button', { name: 'Extend probation' }).click();
  const extend = page.getByRole('form', { name: 'Extend probation' });
  await extend.getByLabel(/^New end of probation/).fill(formatUkDate(newEnd));
  await extend.getByLabel(/^Reason/).fill('More time to settle into ward visits after the missed supervision');
  await extend.getByLabel(/^Your name/).fill('Office manager');
  await extend.getByRole('button', { name: 'Extend probation' }).click();
  await expect(panel).toContainText(`Extended on ${formatUkDate(today)} from ${formatUkDate(end)} to ${formatUkDate(newEnd)}, by Office manager`);
  // The new final review: the working day on or before the new end less the notice, so notice can still be given.
  const newFinal = decisionDueOn(newEnd, noticeDays, bankHolidays);
  await expect(meetings.getByRole('row').filter({ hasText: 'Final review' }).filter({ hasText: formatUkDate(newFinal) })).toHaveCount(1);
  await expect(meetings.getByRole('row').filter({ hasText: 'Final review' }).filter({ hasText: 'Cancelled' })).toHaveCount(1);
  const rowsAfter = await meetings.getByRole('row').count();
  expect(rowsAfter).toBeGreaterThan(plan.length + 1);

  // The schedule, previewed in the app, then printed to A4 on its own.
  await panel.getByRole('link', { name: 'Print probation schedule' }).click();
  await expect(page.getByRole('heading', { name: `Probation and supervision: ${STARTER}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeEnabled();
  const staffId = /#\/preview\/probation\/(\d+)/.exec(page.url())![1];
  await page.goto(`${page.url().split('#')[0]}#/print/probation/${staffId}`);
  await expect(page.getByTestId('print-page')).toBeVisible();
  const pdfPath = testInfo.outputPath('probation.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });

  const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1]);
  const pages = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
  expect(pages).toHaveLength(pageCount);
  const text = pages.join('\n');
  pages.forEach((p, i) => {
    expect(p).toContain('Riverside Peer Support');
    expect(p).toContain(`Printed on ${formatUkDate(today)}`);
    expect(p).toContain(`Page ${i + 1} of ${pageCount}`);
  });
  for (const name of [STARTER, SUPERVISOR]) expect(text).toContain(name);
  for (const date of [start, first!.due, second!.due, newEnd, newFinal]) expect(text).toContain(formatUkDate(date));
  expect(text).toContain('Missed');
  expect(text).toContain('Book the lone-working refresher');
  expect(text).not.toContain('Lock'); // the app's frame is not printed
  pdfToPng(pdfPath);
  expect(readFileSync(pdfPath.replace(/\.pdf$/, '-1.png')).length).toBeGreaterThan(1000);
});
