// The rota: a ward added in Settings, sessions booked for two peer supporters, the warnings the backend
// gives (one person alone on a ward, still planned after the day), marking sessions worked with counts,
// the refusal of counts away from a ward, the payroll checklist's link, and deleting a session.
import type { Page } from '@playwright/test';
import { formatUkDate, londonToday } from '../../shared/domain/dates';
import { addDays } from '../../shared/domain/pay/calendar';
import { expectAccessible } from './axe';
import { expect, test } from './host';
import { addMember, createOffice, openSettingsPage } from './steps';

const WARD = 'Oaklands Ward, Meadowfield Hospital';
const ALONE = /has only .* booked: ward visits need at least 2 peer supporters/;

async function makeStaff(page: Page, first: string, last: string, worksNumber: string) {
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await addMember(page, { first, last });
  await page.getByRole('button', { name: `Make ${first} ${last} a member of staff` }).click();
  const staffForm = page.getByRole('form', { name: 'Staff record' });
  await staffForm.getByLabel(/^Works number/).fill(worksNumber);
  await staffForm.getByLabel(/^Start date/).fill('01/01/2025');
  await staffForm.getByRole('button', { name: 'Make them staff' }).click();
  await expect(page.getByRole('button', { name: 'Save the staff record' })).toBeVisible();
  const rates = page.getByRole('form', { name: 'Add a pay rate' });
  await rates.getByLabel(/^New rate from/).fill('01/01/2025');
  await rates.getByLabel(/^Pounds an hour/).fill('13.50');
  await rates.getByRole('button', { name: 'Add the rate' }).click();
  await expect(page.getByRole('table', { name: 'Pay rates' })).toContainText('£13.50');
}

async function bookWardSession(page: Page, person: string, day: string) {
  await page.getByRole('link', { name: 'Book a session', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Book a session' });
  await form.getByLabel(/^Person/).selectOption({ label: person });
  await form.getByLabel('Date', { exact: true }).fill(formatUkDate(day));
  await form.getByLabel(/^Place/).selectOption({ label: WARD });
  await form.getByLabel(/^Activity/).selectOption({ label: 'Ward one-to-one and groups' });
  await form.getByLabel(/^Starts/).fill('1000');
  await form.getByLabel(/^Ends/).fill('12.30');
  await expect(form.getByTestId('session-length')).toHaveText('2:30 worked');
  await form.getByRole('button', { name: 'Book the session' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('rota-flash')).toContainText('Session booked');
  await expect(page.getByTestId('rota-flash')).toContainText(person);
}

const sessionRow = (page: Page, person: string) => page.getByTestId(/^session-\d+$/).filter({ hasText: person });
/** The line of warnings under a session's row. */
const warningsUnder = (page: Page, person: string) => page.getByTestId(/^session-\d+-warnings$/).filter({ hasText: person });

test('book ward sessions, see the warnings, mark them worked with counts, and delete one', async ({ page, host }) => {
  test.slow(); // two staff records, a place and five saves through real screens: about a minute on a busy machine
  const yesterday = addDays(londonToday(new Date()), -1);
  await createOffice(page, host.url);
  await makeStaff(page, 'Araminta', 'Blackwood', 'W0042');
  await makeStaff(page, 'Bartholomew', 'Cresswell', 'W0043');

  // A ward in Settings, Lists and places; the same name again is refused beside the field.
  await openSettingsPage(page, 'Lists and places');
  const addPlace = page.getByRole('form', { name: 'Add a place' });
  await addPlace.getByLabel(/^Name/).fill('Oaklands Ward');
  await addPlace.getByLabel(/^Site/).fill('Meadowfield Hospital');
  await addPlace.getByLabel(/^Kind of place/).selectOption({ label: 'Hospital ward' });
  await addPlace.getByRole('button', { name: 'Add the place' }).click();
  await expect(page.getByRole('table', { name: 'Places' })).toContainText('Meadowfield Hospital');
  await addPlace.getByLabel(/^Name/).fill('oaklands ward');
  await addPlace.getByLabel(/^Site/).fill('Meadowfield Hospital');
  await addPlace.getByRole('button', { name: 'Add the place' }).click();
  await expect(addPlace.getByRole('alert')).toContainText(`Name: ${WARD} is already on the list`);

  // One peer supporter alone on the ward: booked, with the warning at once.
  await page.getByRole('link', { name: 'Rota', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Rota', level: 1 })).toBeVisible();
  await bookWardSession(page, 'Araminta Blackwood', yesterday);
  await expect(page.getByTestId('saved-warnings')).toContainText(ALONE);
  await expect(page.getByTestId('rota-warnings')).toContainText(ALONE);
  await expect(warningsUnder(page, 'Araminta Blackwood')).toContainText(ALONE);
  await expect(sessionRow(page, 'Araminta Blackwood')).toContainText('2 warnings');
  await expect(sessionRow(page, 'Araminta Blackwood')).toContainText('Planned');
  await expectAccessible(page, 'rota week with warnings');

  // A second peer supporter at the same time: the ward warning goes.
  await bookWardSession(page, 'Bartholomew Cresswell', yesterday);
  await expect(page.getByTestId('rota-warnings')).toContainText('still planned');
  await expect(page.getByTestId('rota-warnings')).not.toContainText(ALONE);

  // Worked, with counts (never names).
  await sessionRow(page, 'Araminta Blackwood').getByRole('link', { name: /Araminta Blackwood: open the session/ }).click();
  const edit = page.getByRole('dialog', { name: 'Change the session' });
  await edit.getByLabel('Worked', { exact: true }).check();
  await expect(edit.getByText('Counts only: never write who they were.')).toBeVisible();
  await edit.getByLabel(/^One-to-one/).fill('3');
  await edit.getByLabel(/^In groups/).fill('5');
  await expectAccessible(page, 'session form');
  await edit.getByRole('button', { name: 'Save the session' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('rota-flash')).toContainText('Session saved');
  await expect(sessionRow(page, 'Araminta Blackwood')).toContainText('Worked');

  // Counts away from a ward are refused, and what was typed stays.
  await sessionRow(page, 'Araminta Blackwood').getByRole('link', { name: /open the session/ }).click();
  await edit.getByLabel(/^Place/).selectOption({ label: 'Office' });
  await edit.getByRole('button', { name: 'Save the session' }).click();
  await expect(edit.getByRole('alert')).toContainText('Counts of people supported are kept for ward sessions only');
  await expect(edit.getByLabel(/^One-to-one/)).toHaveValue('3');
  await expect(edit.getByLabel(/^Place/).locator('option:checked')).toHaveText('Office');
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(sessionRow(page, 'Araminta Blackwood')).toContainText(WARD);

  // The month-end step: every past planned session marked worked, after saying how many.
  await page.getByRole('button', { name: 'Mark 1 session worked…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Mark 1 session worked?' });
  await expect(confirm).toContainText('Bartholomew Cresswell');
  await confirm.getByRole('button', { name: 'Mark 1 session worked' }).click();
  await expect(page.getByTestId('rota-flash')).toContainText('1 session marked worked');
  await expect(sessionRow(page, 'Bartholomew Cresswell')).toContainText('Worked');
  await expect(page.getByTestId('rota-warnings')).toBeHidden();

  // The payroll checklist's link opens the rota on that day with the session's form.
  const rowId = (await sessionRow(page, 'Bartholomew Cresswell').getAttribute('data-testid'))!.replace('session-', '');
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/rota?date=${yesterday}&session=${rowId}`);
  const linked = page.getByRole('dialog', { name: 'Change the session' });
  await expect(linked.getByLabel(/^Person/)).toHaveValue(/\d+/);
  await expect(linked.getByLabel(/^Person/).locator('option:checked')).toHaveText('Bartholomew Cresswell');

  // Deleting asks first.
  await linked.getByRole('button', { name: 'Delete this session' }).click();
  await linked.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(linked).toBeHidden();
  await expect(page.getByTestId('rota-flash')).toContainText('Session deleted');
  await expect(sessionRow(page, 'Bartholomew Cresswell')).toHaveCount(0);
  await expect(page.getByTestId('rota-warnings')).toContainText(ALONE);
});

test('the session form explains its errors and the month view lists sessions by week', async ({ page, host }) => {
  await createOffice(page, host.url);
  await makeStaff(page, 'Cordelia', 'Dunstable', 'W0044');
  await page.getByRole('link', { name: 'Rota', exact: true }).click();
  await page.getByRole('link', { name: 'Book a session', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Book a session' });
  await form.getByLabel(/^Starts/).fill('half nine');
  await form.getByRole('button', { name: 'Book the session' }).click();
  const summary = form.getByRole('alert');
  await expect(summary).toContainText('Person: Choose who the session is for');
  await expect(summary).toContainText('Starts: Enter the start as a 24-hour time, like 09:30');
  await summary.getByRole('link', { name: /^Starts:/ }).click();
  await expect(form.getByLabel(/^Starts/)).toBeFocused();
  await expect(form.getByLabel(/^Starts/)).toHaveValue('half nine');

  await form.getByLabel(/^Person/).selectOption({ label: 'Cordelia Dunstable' });
  await form.getByLabel(/^Place/).selectOption({ label: 'Office' });
  await form.getByLabel(/^Activity/).selectOption({ label: 'Admin' });
  // A fixed date away from the clock changes, so the night is eight hours whenever the test runs.
  await form.getByLabel('Date', { exact: true }).fill('19/11/2026');
  await form.getByLabel(/^Starts/).fill('22:00');
  await form.getByLabel(/^Ends/).fill('06:00');
  await expect(form.getByTestId('session-length')).toContainText('8:00 worked, ending the next morning');
  await form.getByRole('button', { name: 'Book the session' }).click();
  await expect(form).toBeHidden();
  await expect(sessionRow(page, 'Cordelia Dunstable')).toContainText('22:00 to 06:00 next day');

  // A past session still planned offers "Cancelled": the form opens with it chosen and asks when notice came.
  await sessionRow(page, 'Cordelia Dunstable').getByRole('button', { name: /^Cancelled: Cordelia Dunstable/ }).click();
  const cancel = page.getByRole('dialog', { name: 'Change the session' });
  await expect(cancel.getByLabel('Cancelled', { exact: true })).toBeChecked();
  await cancel.getByRole('button', { name: 'Save the session' }).click();
  await expect(cancel.getByRole('alert')).toContainText('When notice was given: Enter when notice of cancelling was given');
  await cancel.getByLabel(/^Date of notice/).fill('19/11/2026');
  await cancel.getByLabel(/^Time of notice/).fill('8.15');
  await cancel.getByRole('button', { name: 'Save the session' }).click();
  await expect(cancel).toBeHidden();
  await expect(sessionRow(page, 'Cordelia Dunstable')).toContainText('Cancelled');

  await page.getByText('Month', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Month' })).toBeChecked();
  await expect(page.getByTestId('rota-range')).toHaveText('November 2026');
  await expect(sessionRow(page, 'Cordelia Dunstable')).toContainText('Admin');
  await expectAccessible(page, 'rota month');
});
