// Absence that supports people, end to end in the real renderer over a real encrypted office: ten days
// off sick, self-certified, asks for a fit note from day 8 until one is recorded; the return-to-work
// conversation is chased until it is held; short spells of sickness raise the Bradford score (S² × D) to
// a review point, and a wellbeing check-in is offered in words (never a warning) on the staff record and
// the home screen until it is recorded as held; the Absence page charts the days. Dates are worked out
// from today, since the browser host runs on the real clock. The person has no rota, so each day off
// counts when it is a weekday that is not a bank holiday: the test counts those days itself.
import type { Locator, Page } from '@playwright/test';
import { DEFAULT_REVIEW_POINTS, SELF_CERTIFIED_DAYS } from '../../shared/contract/absence';
import { formatUkDate, londonToday } from '../../shared/domain/dates';
import { addDays, isoWeekday, workingDayOnOrBefore } from '../../shared/domain/pay/calendar';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../shared/domain/pay/uk-defaults';
import { expectAccessible } from './axe';
import { expect, test } from './host';
import { makeStaff } from './payroll-steps';
import { createOffice } from './steps';

const FIRST = 'Ottoline';
const LAST = 'Marchbanks';
const NAME = `${FIRST} ${LAST}`;
const MANAGER = 'Imelda Frobisher';
const bankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS;
/** Words a review point must never be put in: it is an invitation to talk. */
const HARSH = /warning|trigger|disciplinary/i;

/** Every date from first to last, both included. */
function datesFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** With no rota, the days lost are the weekdays off that are not bank holidays. */
const weekdaysOff = (first: string, last: string): string[] => datesFrom(first, last).filter((d) => isoWeekday(d) <= 5 && !bankHolidays.includes(d));

/**
 * Three one-day spells before `before`, on working days about a fortnight apart, each on a different day
 * of the week (short spells scattered through the weeks, as the Bradford score is meant to notice).
 */
function oneDaySpells(before: string): string[] {
  const days: string[] = [];
  const weekdays = new Set<number>();
  for (let d = addDays(before, -10); days.length < 3; d = addDays(d, -1)) {
    if (weekdaysOff(d, d).length === 0 || weekdays.has(isoWeekday(d))) continue;
    days.push(d);
    weekdays.add(isoWeekday(d));
    d = addDays(d, -14);
  }
  return days;
}

/** The highest review point at or below the score, or null below the first. */
const pointReached = (score: number): number | null => [...DEFAULT_REVIEW_POINTS].reverse().find((p) => p <= score) ?? null;

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
const monthName = (month: string) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));

/** A figure on the person's Absence panel, by its label. */
const figure = (panel: Locator, label: string) => panel.getByTestId('absence-figures').locator('div').filter({ has: panel.page().getByText(label, { exact: true }) }).locator('dd');

async function goHome(page: Page) {
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'This week', level: 1 })).toBeVisible();
}

async function goToAbsencePage(page: Page) {
  await page.getByRole('link', { name: 'Absence', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Absence', level: 1 })).toBeVisible();
  await expect(page.getByTestId('office-figures')).toBeVisible();
}

async function recordOneDaySickness(page: Page, panel: Locator, day: string) {
  await panel.getByRole('button', { name: 'Record an absence' }).click();
  const dialog = page.getByRole('dialog', { name: `Record an absence for ${NAME}` });
  const form = dialog.getByRole('form', { name: 'Record an absence' });
  await form.getByLabel('Kind of absence').selectOption({ label: 'Sickness' });
  await form.getByLabel('First day off').fill(formatUkDate(day));
  await form.getByLabel('Whole days, to a last day').check();
  await form.getByLabel('Last day off').fill(formatUkDate(day));
  await expect(dialog.getByTestId('fit-note-hint')).toBeHidden();
  await form.getByRole('button', { name: 'Record the absence' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status')).toContainText(`Absence recorded for ${NAME}.`);
  await expect(panel.getByRole('table', { name: 'Absences' }).getByRole('button', { name: `Sickness, ${formatUkDate(day)}: open` })).toBeVisible();
}

test('sickness with a fit note, the return-to-work conversation, a review point and its wellbeing check-in, and the charts', async ({ page, host }) => {
  const today = londonToday(new Date());
  // Back at work on a working day a few days ago; ten calendar days off before it, ended the day before.
  const back = workingDayOnOrBefore(addDays(today, -3), bankHolidays);
  const longLast = addDays(back, -1);
  const longFirst = addDays(longLast, -9);
  const fitNoteFrom = addDays(longFirst, SELF_CERTIFIED_DAYS); // day 8
  const shortDays = oneDaySpells(longFirst);
  const longDays = weekdaysOff(longFirst, longLast);
  expect(datesFrom(longFirst, longLast)).toHaveLength(10);
  expect(longDays.length).toBeGreaterThan(0);

  await createOffice(page, host.url);
  // Part-time with no rota yet: the weekdays off count as days lost (a bank worker would lose none).
  await makeStaff(page, { first: FIRST, last: LAST, born: '17/06/1988', worksNumber: '305', rate: '12.80', start: formatUkDate(addDays(today, -365)), weeklyHours: '16' });
  const panel = page.getByRole('region', { name: 'Absence', exact: true });
  await expect(panel.getByText('No absences recorded.')).toBeVisible();
  await expect(figure(panel, 'Sickness')).toHaveText('None');

  // Ten days off sick, self-certified: the form says a fit note is needed from day 8.
  await panel.getByRole('button', { name: 'Record an absence' }).click();
  const addDialog = page.getByRole('dialog', { name: `Record an absence for ${NAME}` });
  const form = addDialog.getByRole('form', { name: 'Record an absence' });
  await form.getByLabel('Kind of absence').selectOption({ label: 'Sickness' });
  await form.getByLabel('First day off').fill(formatUkDate(longFirst));
  await form.getByLabel('Whole days, to a last day').check();
  await form.getByLabel('Last day off').fill(formatUkDate(longLast));
  await form.getByLabel('Reported by').fill(NAME);
  await form.getByLabel('Date reported').fill(formatUkDate(longFirst));
  await form.getByLabel('Time reported').fill('08:15');
  await expect(form.getByRole('radio', { name: 'Self-certified (up to 7 days)' })).toBeChecked();
  await form.getByLabel('The day they came back').fill(formatUkDate(back));
  await form.getByLabel(/^Reason/).fill('Unwell');
  const hint = addDialog.getByTestId('fit-note-hint');
  await expect(hint).toContainText(`a fit note is needed from day 8 (${formatUkDate(fitNoteFrom)})`);
  await expectAccessible(page, 'staff record with the record-an-absence dialog open');
  await form.getByRole('button', { name: 'Record the absence' }).click();
  await expect(addDialog).toBeHidden();
  await expect(panel.getByRole('status')).toContainText(`Absence recorded for ${NAME}.`);

  const longTitle = `Sickness, ${formatUkDate(longFirst)} to ${formatUkDate(longLast)}`;
  const absences = panel.getByRole('table', { name: 'Absences' });
  const longRow = absences.getByRole('row').filter({ has: page.getByRole('button', { name: `${longTitle}: open` }) });
  await expect(longRow).toContainText('Fit note needed (past 7 days)');
  await expect(longRow).toContainText('To hold');
  await expect(longRow.getByRole('cell').nth(2)).toHaveText(String(longDays.length));
  await expect(figure(panel, 'Sickness')).toHaveText(`1 spell, ${plural(longDays.length, 'day')}`);
  await expect(figure(panel, 'Bradford score')).toHaveText(`${longDays.length} (1 × 1 × ${longDays.length})`);
  // One spell of a week or two is far below the first review point: nothing to offer yet.
  expect(pointReached(longDays.length)).toBeNull();
  await expect(figure(panel, 'Review point')).toHaveText(`None reached: the first is ${DEFAULT_REVIEW_POINTS[0]}`);
  await expect(panel.getByTestId('checkin-to-offer')).toHaveCount(0);

  // The home screen asks for the fit note and the conversation.
  await goHome(page);
  const homeAbsence = page.getByRole('region', { name: /^Absence and wellbeing/ });
  await expect(homeAbsence).toContainText(`${NAME} was off sick from ${formatUkDate(longFirst)} to ${formatUkDate(longLast)}: a fit note is needed from day 8 (${formatUkDate(fitNoteFrom)})`);
  await expect(homeAbsence).toContainText(`Hold a return-to-work conversation with ${NAME}`);

  // On the Absence page it is a fit note needed and a conversation to hold; the fit note is recorded from there.
  await goToAbsencePage(page);
  const fitNotes = page.getByRole('region', { name: /^Fit notes needed/ });
  const rtwList = page.getByRole('region', { name: /^Return-to-work conversations to hold/ });
  await expect(fitNotes).toContainText(`${NAME}: Sickness, ${formatUkDate(longFirst)} to ${formatUkDate(longLast)}: past the 7 days people can self-certify.`);
  await expect(rtwList).toContainText(`${NAME}: back on ${formatUkDate(back)}`);
  await fitNotes.getByRole('link', { name: 'Record the fit note' }).click();
  const longDialog = page.getByRole('dialog', { name: `${NAME}: ${longTitle}` });
  await expect(longDialog.getByRole('note').filter({ hasText: 'A fit note is needed' })).toBeVisible();
  const fact = (label: string) => longDialog.getByTestId('absence-facts').locator('div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(fact('Calendar days')).toHaveText('10');
  await expect(fact('Days lost')).toHaveText(plural(longDays.length, 'day'));
  await expect(fact('Reported')).toHaveText(`${NAME}, ${formatUkDate(longFirst)} at 08:15`);
  await longDialog.getByRole('button', { name: 'Change the details' }).click();
  const change = longDialog.getByRole('form', { name: 'Change the absence' });
  await change.getByRole('radio', { name: 'Fit note', exact: true }).check();
  await change.getByLabel('Fit note from').fill(formatUkDate(fitNoteFrom));
  await change.getByLabel('Fit note to').fill(formatUkDate(longLast));
  await expect(longDialog.getByTestId('fit-note-hint')).toBeHidden();
  await change.getByRole('button', { name: 'Save the changes' }).click();
  await expect(longDialog.getByRole('status')).toContainText('Changes saved.');
  await expect(longDialog.getByTestId('absence-facts')).toContainText(`Fit note ${formatUkDate(fitNoteFrom)} to ${formatUkDate(longLast)}`);
  await expect(longDialog.getByRole('note').filter({ hasText: 'A fit note is needed' })).toBeHidden();
  await longDialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(longDialog).toBeHidden();
  await expect(fitNotes).toContainText('None needed.');
  await expect(rtwList).toContainText(`${NAME}: back on ${formatUkDate(back)}`);

  // Back on the staff record the flag has gone; the conversation is held there.
  await rtwList.getByRole('link', { name: NAME }).click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  await expect(longRow).toContainText(`Fit note ${formatUkDate(fitNoteFrom)} to ${formatUkDate(longLast)}`);
  await expect(longRow).not.toContainText('Fit note needed');
  await longRow.getByRole('button', { name: `${longTitle}: open` }).click();
  await longDialog.getByRole('button', { name: 'Hold the return-to-work conversation' }).click();
  const rtw = longDialog.getByRole('form', { name: 'Return-to-work conversation' });
  await rtw.getByLabel('Date of the conversation').fill(formatUkDate(back));
  await rtw.getByLabel('Held by').fill(MANAGER);
  await rtw.getByLabel(/^Support agreed/).fill('Shorter shifts for two weeks, and no ward sessions until then');
  await rtw.getByRole('button', { name: 'Record the conversation' }).click();
  await expect(longDialog.getByRole('status')).toContainText('Return-to-work conversation recorded.');
  await expect(longDialog).toContainText(`Held on ${formatUkDate(back)} by ${MANAGER}.`);
  await expect(longDialog).toContainText('Support agreed: Shorter shifts for two weeks, and no ward sessions until then');
  await longDialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(longDialog).toBeHidden();
  await expect(longRow).toContainText(`Held on ${formatUkDate(back)} by ${MANAGER}`);

  // Neither the home screen nor the Absence page chases it now.
  await goHome(page);
  await expect(page.getByRole('main')).not.toContainText(`Hold a return-to-work conversation with ${NAME}`);
  await expect(page.getByRole('main')).not.toContainText(`${NAME} was off sick`);
  await goToAbsencePage(page);
  await expect(rtwList).toContainText('None to hold.');

  // Short spells of sickness, one day each: after each, the score is S² × D of what was entered, and the
  // check-in is offered once the score reaches the first review point.
  await page.getByRole('table', { name: 'People by Bradford score' }).getByRole('link', { name: NAME }).click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  const counted = [...longDays];
  let spells = 1;
  let offered: { point: number; score: number } | null = null;
  for (const day of shortDays) {
    await recordOneDaySickness(page, panel, day);
    spells += 1;
    counted.push(...weekdaysOff(day, day));
    const score = spells * spells * counted.length;
    const point = pointReached(score);
    if (point !== null && offered === null) offered = { point, score };
    await expect(figure(panel, 'Sickness')).toHaveText(`${plural(spells, 'spell')}, ${plural(counted.length, 'day')}`);
    await expect(figure(panel, 'Bradford score')).toHaveText(`${score} (${spells} × ${spells} × ${counted.length})`);
    await expect(figure(panel, 'Review point')).toHaveText(point === null ? `None reached: the first is ${DEFAULT_REVIEW_POINTS[0]}` : `${point} reached: offer a wellbeing check-in`);
    await expect(panel.getByTestId('checkin-to-offer')).toHaveCount(offered === null ? 0 : 1);
  }
  // Four spells and their days reach a review point (the default points start at 51).
  expect(spells).toBe(4);
  expect(offered).not.toBeNull();
  const { point, score: scoreReached } = offered!;
  const days = counted.length;
  const bradford = spells * spells * days;

  const offer = `Offer ${NAME} a wellbeing check-in: a conversation about how they are and what would help.`;
  await expect(panel.getByTestId('checkin-to-offer')).toContainText(offer);
  const checkin = panel.getByTestId(/^checkin-\d+$/);
  await expect(checkin).toHaveCount(1);
  await expect(checkin).toContainText(`Review point ${point} reached on ${formatUkDate(today)} (score ${scoreReached})`);
  await expect(checkin).toContainText('To offer');
  await expect(panel).not.toContainText(HARSH);

  // The home screen offers it too, in the same kind words.
  await goHome(page);
  await expect(homeAbsence).toContainText(offer);
  await expect(homeAbsence).not.toContainText(HARSH);
  await expectAccessible(page, 'home screen with a wellbeing check-in to offer');

  // Recorded as held on the staff record: the offer goes from the panel and the home screen.
  await homeAbsence.getByRole('link', { name: offer }).click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  await checkin.getByRole('button', { name: 'Record the check-in' }).click();
  const held = checkin.getByRole('form', { name: 'Record the wellbeing check-in' });
  await held.getByRole('radio', { name: 'Held: we talked' }).check();
  await held.getByLabel('Date', { exact: true }).fill(formatUkDate(today));
  await held.getByLabel('Who held or offered it').fill(MANAGER);
  await held.getByLabel(/^Support agreed/).fill('A fortnightly catch-up for the next two months');
  await held.getByRole('button', { name: 'Record the check-in' }).click();
  await expect(panel.getByRole('status')).toContainText('Wellbeing check-in recorded.');
  await expect(checkin).toContainText(`Held on ${formatUkDate(today)} by ${MANAGER}. Support agreed: A fortnightly catch-up for the next two months`);
  await expect(panel.getByTestId('checkin-to-offer')).toHaveCount(0);
  await expect(figure(panel, 'Review point')).toHaveText(`${point} reached: wellbeing check-in held on ${formatUkDate(today)}`);
  await goHome(page);
  await expect(page.getByRole('main')).not.toContainText(offer);

  // The Absence page: everyone by score, the office's figures, and the two charts with their tables.
  await goToAbsencePage(page);
  const main = page.getByRole('main');
  await expect(page.getByRole('region', { name: /^Wellbeing check-ins to offer/ })).toContainText('None to offer.');
  const person = page.getByRole('table', { name: 'People by Bradford score' }).getByRole('row').filter({ hasText: NAME });
  // No rota: days lost count by weekdays, and there is nothing to compare them with, so no rate.
  await expect(person.getByRole('cell')).toHaveText([NAME, String(spells), String(days), String(bradford), `${point} reached: check-in recorded`, 'No rota to compare with']);
  const office = page.getByTestId('office-figures');
  await expect(office.locator('div').filter({ hasText: 'Spells of absence' }).locator('dd')).toHaveText(String(spells));
  await expect(office.locator('div').filter({ hasText: 'Days lost' }).locator('dd')).toHaveText(String(days));

  const byMonth = page.getByRole('region', { name: 'Days lost each month' });
  await expect(byMonth.getByRole('img', { name: /^Bar chart: days lost each month/ })).toBeVisible();
  await expect(byMonth.getByRole('list', { name: 'Key to the kinds of absence' })).toHaveText('Sickness');
  await byMonth.getByRole('button', { name: 'Show as a table' }).click();
  const monthTable = byMonth.getByRole('table', { name: 'Days lost each month, by kind' });
  await expect(monthTable).toBeVisible();
  const perMonth = new Map<string, number>();
  for (const d of counted) perMonth.set(monthName(d.slice(0, 7)), (perMonth.get(monthName(d.slice(0, 7))) ?? 0) + 1);
  for (const [month, n] of perMonth) {
    // Sickness, then all kinds: the only kind recorded.
    await expect(monthTable.getByRole('row', { name: new RegExp(`^${month}\\b`) }).getByRole('cell')).toHaveText([String(n), String(n)]);
  }
  const rows = await monthTable.locator('tbody tr').count();
  expect(rows).toBe(12);
  let monthTotal = 0;
  for (let i = 0; i < rows; i++) monthTotal += Number(await monthTable.locator('tbody tr').nth(i).getByRole('cell').last().textContent());
  expect(monthTotal).toBe(days);

  const byKind = page.getByRole('region', { name: 'Days lost by kind, last 52 weeks' });
  const kindChart = byKind.getByRole('img', { name: /^Bar chart: days lost in the last 52 weeks/ });
  await expect(kindChart).toBeVisible();
  await expect(kindChart).toContainText(`${plural(days, 'day')}, ${plural(spells, 'spell')}`);
  await byKind.getByRole('button', { name: 'Show as a table' }).click();
  const kindTable = byKind.getByRole('table', { name: 'Days lost by kind in the last 52 weeks' });
  await expect(kindTable).toBeVisible();
  await expect(kindTable.locator('tbody tr')).toHaveCount(1);
  await expect(kindTable.getByRole('row', { name: /^Sickness/ }).getByRole('cell')).toHaveText([String(days), String(spells)]);
  await expect(main).not.toContainText(HARSH);
  await expectAccessible(page, 'Absence page with the charts and their tables');
});
