// The print pages on paper: the demo office's probation schedule, its month of supervisions and its
// support-session calendar, each saved to an A4 PDF the way Chromium's Save as PDF makes it, then read
// back with pdftotext: the office's name, the title and the printed-on date on every page, "Page N of M"
// on every page, and the names and dates each page exists for.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_OFFICE_NAME } from '../../shared/domain/members';
import { formatUkDate, londonToday } from '../../shared/domain/dates';
import { expect, test } from './host';
import { openDemoOffice } from './steps';

/** The PDF's text, page by page (pdftotext ends each page with a form feed). */
function pagesOf(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim() !== '');
}

async function savePdf(page: Page, path: string, file: string): Promise<string[]> {
  await page.goto(`${page.url().split('#')[0]}#${path}`);
  await expect(page.getByTestId('print-page')).toBeVisible();
  // On its own: no app frame around the paper.
  await expect(page.getByRole('button', { name: 'Lock' })).toHaveCount(0);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  return pagesOf(file);
}

function expectEveryPageHeaded(pages: string[], title: string) {
  const printedOn = `Printed on ${formatUkDate(londonToday(new Date()))}`;
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain(DEMO_OFFICE_NAME);
    expect(text, `page ${i + 1}`).toContain(title);
    expect(text, `page ${i + 1}`).toContain(printedOn);
    expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
  });
}

type Invoke = (channel: string, input: unknown) => Promise<{ ok: boolean; value: unknown }>;

test('print a probation schedule, the month and the support calendar to A4 PDFs', async ({ page, host, dataDir }) => {
  await openDemoOffice(page, host.url);

  // Someone in probation in the demo office, and this year, read from the real backend as the pages will.
  const thisYear = Number(londonToday(new Date()).slice(0, 4));
  const { person, year } = await page.evaluate(async (thisYear) => {
    const invoke = (window as unknown as { peerOffice: { invoke: Invoke } }).peerOffice.invoke;
    const staff = (await invoke('staff:list', {})).value as { staffId: number; isCurrent: boolean }[];
    let best: { staffId: number; name: string; dates: string[] } | null = null;
    for (const s of staff.filter((x) => x.isCurrent)) {
      const p = (await invoke('supervision:person', { staffId: s.staffId })).value as {
        staff: { name: string }; probation: { state: string }; supervisions: { plannedOn: string }[];
      };
      if (p.probation.state !== 'in-probation') continue;
      if (!best || p.supervisions.length > best.dates.length) best = { staffId: s.staffId, name: p.staff.name, dates: p.supervisions.map((r) => r.plannedOn) };
    }
    const support = (await invoke('support:year', { year: thisYear })).value as { year: number; sessions: { date: string }[] };
    return { person: best!, year: { year: support.year, dates: support.sessions.map((s) => s.date) } };
  }, thisYear);
  expect(person.dates.length).toBeGreaterThan(3);

  // The preview in the app shows the same page, with Print and Save as PDF once it is ready.
  await page.goto(`${host.url.split('#')[0]}#/preview/probation/${person.staffId}`);
  await expect(page.getByRole('heading', { name: `Probation and supervision: ${person.name}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print…' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeEnabled();

  const schedule = await savePdf(page, `/print/probation/${person.staffId}`, join(dataDir, 'probation.pdf'));
  expectEveryPageHeaded(schedule, `Probation and supervision: ${person.name}`);
  const scheduleText = schedule.join('\n');
  for (const date of person.dates) expect(scheduleText).toContain(formatUkDate(date));
  expect(scheduleText).toMatch(/Supervisee: /);

  const month = londonToday(new Date()).slice(0, 7);
  const monthPages = await savePdf(page, `/print/supervisions?month=${month}`, join(dataDir, 'month.pdf'));
  expectEveryPageHeaded(monthPages, 'Supervisions: ');
  expect(monthPages.join('\n')).toMatch(/\d+ meetings? from 01\//);

  const calendar = await savePdf(page, `/print/support?year=${year.year}`, join(dataDir, 'support.pdf'));
  expectEveryPageHeaded(calendar, `Support sessions ${year.year}`);
  // The calendar, then a register for each session on a page of its own.
  expect(calendar.length).toBeGreaterThan(year.dates.length);
  year.dates.forEach((date, i) => {
    expect(calendar.join('\n')).toMatch(new RegExp(`Register: session ${i + 1} of ${year.dates.length}, \\w{3} ${formatUkDate(date)}`));
  });
  expect(calendar[0]).toContain('Not attended any this year');
});
