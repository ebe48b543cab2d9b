// A member of the register becomes staff: contract, pay rates by date, a DBS check, and what the
// office should look at (a rate under the minimum wage, a DBS renewal coming up).
import { formatUkDate, londonToday } from '../../shared/domain/dates';
import { addDays } from '../../shared/domain/pay/calendar';
import { expectAccessible } from './axe';
import { expect, test } from './host';
import { createOffice, openSettingsPage } from './steps';

/** A date `days` from today in England (as the app counts days, whatever the machine's time zone), typed the UK way. */
const ukDateIn = (days: number) => formatUkDate(addDays(londonToday(new Date()), days));

test('make a member staff, add pay rates and a DBS check, and see what needs looking at', async ({ page, host }) => {
  await createOffice(page, host.url);
  await page.getByRole('link', { name: 'Add a member' }).click();
  await page.getByLabel(/^First name/).fill('Araminta');
  await page.getByLabel(/^Last name/).fill('Blackwood');
  await page.getByLabel(/^Date of birth/).fill('05/04/1990');
  await page.getByRole('button', { name: 'Add this member' }).click();
  await expect(page.getByRole('heading', { name: 'Araminta Blackwood', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Make Araminta Blackwood a member of staff' }).click();
  const staffForm = page.getByRole('form', { name: 'Staff record' });
  await staffForm.getByLabel(/^Works number/).fill('W0042');
  await staffForm.getByLabel(/^National Insurance number/).fill('ab123456c');
  await staffForm.getByLabel(/^Contract/).selectOption('part-time');
  await staffForm.getByRole('button', { name: 'Make them staff' }).click();
  // Part-time needs its hours: the form says so and keeps what was typed.
  await expect(staffForm.getByRole('alert')).toContainText('Enter their contracted hours a week');
  await expect(staffForm.getByLabel(/^Works number/)).toHaveValue('W0042');
  await staffForm.getByLabel(/^Hours a week/).fill('16');
  await staffForm.getByRole('button', { name: 'Make them staff' }).click();
  await expect(page.getByRole('button', { name: 'Save the staff record' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Staff record' }).getByLabel(/^National Insurance number/)).toHaveValue('AB 12 34 56 C');

  // A rate under the minimum wage for an adult is flagged.
  const rates = page.getByRole('form', { name: 'Add a pay rate' });
  await rates.getByLabel(/^New rate from/).fill('01/04/2026');
  await rates.getByLabel(/^Pounds an hour/).fill('10.50');
  await rates.getByRole('button', { name: 'Add the rate' }).click();
  await expect(page.getByRole('table', { name: 'Pay rates' })).toContainText('£10.50');
  await expect(page.getByText('To look at')).toBeVisible();
  await expect(page.getByRole('alert').or(page.locator('.mantine-Alert-root')).filter({ hasText: /minimum wage/i }).first()).toBeVisible();

  // A DBS check due for renewal soon shows on the staff list's reminders.
  const dbs = page.getByRole('form', { name: 'Record a DBS check' });
  await dbs.getByLabel(/^Certificate number/).fill('001234567890');
  await dbs.getByLabel(/^Issued on/).fill('01/12/2023');
  await dbs.getByLabel(/^Renewal due/).fill(ukDateIn(20));
  await dbs.getByRole('button', { name: 'Record the DBS check' }).click();
  await expect(page.getByRole('table', { name: 'DBS checks' })).toContainText('001234567890');
  await expectAccessible(page, 'member record with staff section');

  await page.getByRole('link', { name: 'Staff', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Staff' })).toContainText('W0042');
  await expect(page.getByRole('table', { name: 'Staff' })).toContainText('£10.50');
  await expect(page.getByTestId('staff-reminders')).toContainText('Araminta Blackwood');
  await expectAccessible(page, 'staff list');
});

test('a new minimum wage is added in Settings as a dated row, and past rows stay', async ({ page, host }) => {
  await createOffice(page, host.url);
  await openSettingsPage(page, 'Pay and rates');
  const table = page.getByRole('table', { name: 'Minimum wage' });
  await expect(table).toContainText('01/04/2026');
  await expect(table).toContainText('£12.71');
  const form = page.getByRole('form', { name: 'Add new minimum wage' });
  // The new row starts from the newest row's rates; its date is left to type.
  await expect(form).toContainText('The figures below are copied from the row from 01/04/2026.');
  await expect(form.getByLabel(/^18 to 20/)).toHaveValue('10.85');
  await expect(form.getByLabel(/^From/)).toHaveValue('');
  await form.getByLabel(/^From/).fill('01/04/2027');
  await form.getByLabel(/^21 and over/).fill('13.2');
  await form.getByLabel(/^18 to 20/).fill('');
  await form.getByRole('button', { name: 'Add these figures' }).click();
  // Every rate is needed: a missing one is named.
  await expect(form.getByRole('alert')).toContainText('18 to 20');
  await form.getByLabel(/^18 to 20/).fill('11.25');
  await form.getByLabel(/^Under 18/).fill('8.25');
  await form.getByLabel(/^Apprentice/).fill('8.25');
  await form.getByRole('button', { name: 'Add these figures' }).click();
  await expect(table).toContainText('01/04/2027');
  await expect(table).toContainText('£13.20');
  await expect(table).toContainText('£12.71');
  await expectAccessible(page, 'Settings, Pay and rates, with dated figures');
});
