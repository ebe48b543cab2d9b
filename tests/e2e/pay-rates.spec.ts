// Settings, Pay and rates: the office manager adds next April's Statutory Sick Pay as a dated row,
// typing pounds, whole days, weeks and a percentage, leaving "no lower earnings limit" empty, and sees it
// listed with the earlier rows kept. A mistake is named beside its field; nothing typed is lost.
import { expectAccessible } from './axe';
import { expect, test } from './host';
import { createOffice, openSettingsPage } from './steps';

test('a new Statutory Sick Pay rate is added in Settings as a dated row, and past rows stay', async ({ page, host }) => {
  await createOffice(page, host.url);
  await openSettingsPage(page, 'Pay and rates');
  const table = page.getByRole('table', { name: 'Statutory Sick Pay' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(2)).toHaveText(/06\/04\/2026\s*£123\.25\s*0 days\s*None\s*80%\s*1 day\s*8 weeks/);

  const form = page.getByRole('form', { name: 'Add new statutory sick pay' });
  await form.getByLabel(/^From/).fill('06/04/2027');
  await form.getByLabel(/^Weekly rate/).fill('126.40');
  await form.getByLabel(/^Waiting days/).fill('0');
  await form.getByLabel(/^Share of earnings/).fill('80.125');
  await form.getByLabel(/^Shortest spell/).fill('1');
  await form.getByLabel(/^Linking period/).fill('8');
  await form.getByRole('button', { name: 'Add these figures' }).click();
  // The mistake is named in the summary and beside its field, in percent; the rest is kept.
  const message = 'Enter the share of earnings to at most two decimal places, like 80';
  await expect(form.getByRole('alert')).toContainText(message);
  await expect(form.getByLabel(/^Share of earnings/)).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel(/^Share of earnings/)).toHaveAccessibleDescription(new RegExp(message));
  await expect(form.getByLabel(/^Weekly rate/)).toHaveValue('126.40');
  await expect(table).not.toContainText('06/04/2027');

  await form.getByLabel(/^Share of earnings/).fill('80');
  await form.getByRole('button', { name: 'Add these figures' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the figures from 06/04/2027.' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toHaveText(/06\/04\/2025\s*£118\.75\s*3 days\s*£125\.00\s*None\s*4 days\s*8 weeks/);
  await expect(table.getByRole('row').nth(2)).toHaveText(/06\/04\/2026\s*£123\.25/);
  await expect(table.getByRole('row').nth(3)).toHaveText(/06\/04\/2027\s*£126\.40\s*0 days\s*None\s*80%\s*1 day\s*8 weeks/);
  await expectAccessible(page, 'Settings, Pay and rates, with a new SSP row');
});
