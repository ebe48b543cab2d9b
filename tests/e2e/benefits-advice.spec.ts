// Benefits advice end to end in the real renderer over a real encrypted demo office: a referral made
// from a stored prompt (a change in hours or pay), which closes the prompt; the weekly hours and earnings
// statement attached with consent and downloaded; the referral closed with its outcome in a line; and
// the person's record showing it. axe finds nothing serious on the page, the dialog or the record.
import { expectAccessible } from './axe';
import { expect, test } from './host';
import { openDemoOffice } from './steps';

test('refer someone from a prompt, attach their statement, close the referral and see it on their record', async ({ page, host }) => {
  await openDemoOffice(page, host.url);
  await page.getByRole('link', { name: 'Benefits advice', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Benefits advice', level: 1 })).toBeVisible();
  const prompts = page.getByRole('list', { name: /^Things that should lead to a referral/ });
  await expect(prompts.getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, 'Benefits advice page');

  // A stored prompt is one that can be dismissed: refer its person instead.
  const stored = prompts.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Dismiss the prompt for/ }) }).first();
  const dismissLabel = (await stored.getByRole('button', { name: /^Dismiss the prompt for/ }).getAttribute('aria-label'))!;
  const name = dismissLabel.replace('Dismiss the prompt for ', '');
  const message = (await stored.getByText(/benefits advice/).first().textContent())!;
  await stored.getByRole('link', { name: `Refer ${name} for benefits advice` }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Make a referral for benefits advice' })).toBeVisible();
  await expect(dialog).toContainText(`For ${name}`);
  await expect(dialog.getByLabel('Reason')).toHaveValue('change-in-hours');
  await dialog.getByLabel('Advice service', { exact: true }).selectOption('Citizens Advice');
  await dialog.getByRole('checkbox', { name: /They consent to share/ }).check();
  await dialog.getByRole('button', { name: 'Save the referral' }).click();
  await expect(dialog.getByRole('status')).toContainText(`The referral of ${name} to Citizens Advice is saved. The prompt it answers is closed.`);
  await expect(page).toHaveURL(/#\/benefits-advice\?referral=\d+$/);

  // With consent recorded, the statement for the last twelve weeks is attached and can be downloaded.
  await dialog.getByRole('button', { name: 'Attach the weekly hours and earnings statement' }).click();
  const attached = dialog.getByRole('list', { name: 'Attached statements' });
  await expect(attached.getByRole('listitem')).toHaveCount(1);
  await expect(attached).toContainText('Hours and earnings from');
  const [download] = await Promise.all([page.waitForEvent('download'), attached.getByRole('button', { name: /^Download the statement from/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await expectAccessible(page, 'Referral dialog with a statement attached');

  // Closing it needs the outcome in a line: asked for, then saved.
  await dialog.getByRole('button', { name: 'Change the details' }).click();
  await dialog.getByLabel('Where it is up to').selectOption('closed');
  await dialog.getByRole('button', { name: 'Save the changes' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Outcome: Enter the outcome in a line before closing it');
  await dialog.getByRole('textbox', { name: /^Outcome/ }).fill('Hours change reported; no effect on their benefit');
  await dialog.getByRole('button', { name: 'Save the changes' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'The changes are saved.' })).toBeVisible();
  await expect(dialog.getByTestId('referral-status')).toHaveText('Closed');

  // Their record lists it, closed, with the outcome.
  await dialog.getByRole('link', { name: `${name}’s record` }).click();
  const panel = page.getByRole('region', { name: 'Benefits advice' });
  await expect(panel.getByRole('table', { name: 'Referrals for benefits advice' })).toContainText('Hours change reported; no effect on their benefit');
  await expect(panel.getByRole('row').filter({ hasText: 'Hours change reported' })).toContainText('Closed');
  await expect(panel.getByRole('heading', { name: 'Benefits advice' })).toBeFocused();
  await expectAccessible(page, 'Member record with the Benefits advice panel');

  // Back on the page, the prompt is answered and the closed referral is no longer open.
  await page.getByRole('link', { name: 'Benefits advice', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Open referrals/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Things that should lead to a referral/ })).not.toContainText(message);
  await expect(page.getByRole('table', { name: /^Open referrals/ })).not.toContainText('Hours change reported');
});
