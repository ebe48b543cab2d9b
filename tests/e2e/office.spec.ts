// The office manager's first day: create the database, keep the recovery key, add a member, find them,
// lock and unlock both ways, and find them again after a restart.
import { expect, startHost, test } from './host';
import { addMember, createOffice, PASSPHRASE, unlockWithPassphrase } from './steps';

test('create, add, find, lock, unlock with passphrase and recovery key, restart', async ({ page, host, dataDir }) => {
  const recoveryKey = await createOffice(page, host.url);
  await expect(page.getByText('Riverside Peer Support')).toBeVisible();

  // A save that fails keeps everything typed.
  await page.getByRole('link', { name: 'Add a member' }).click();
  await page.getByLabel(/^First name/).fill('Zebedee');
  await page.getByLabel(/^Last name/).fill('Quaintance');
  await page.getByLabel(/^Postcode/).fill('bn11 1aa');
  await page.getByLabel(/^Phone/).first().fill('07700 900123');
  await page.getByRole('textbox', { name: 'Email' }).fill('zebedee.example.org');
  await page.getByRole('button', { name: 'Add this member' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Enter an email address in the right format');
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('zebedee.example.org');
  await expect(page.getByLabel(/^First name/)).toHaveValue('Zebedee');
  await expect(page.getByLabel(/^Postcode/)).toHaveValue('bn11 1aa');
  // The summary links to the field that needs putting right.
  await summary.getByRole('link', { name: /Email/ }).click();
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeFocused();

  await page.getByRole('textbox', { name: 'Email' }).fill('zebedee@example.org');
  await page.getByRole('button', { name: 'Add this member' }).click();
  await expect(page.getByRole('heading', { name: 'Zebedee Quaintance' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(page.getByLabel(/^Postcode/)).toHaveValue('BN11 1AA'); // stored the standard way

  // Find them by postcode, typed without the space.
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByLabel('Search').fill('bn111');
  await expect(page.getByRole('table', { name: 'Members' }).getByRole('link', { name: 'Zebedee Quaintance' })).toBeVisible();
  await expect(page.getByTestId('member-count')).toContainText('1 person');

  // Lock with Ctrl+L; nothing about anyone is on the unlock screen.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Unlock Peer Office' })).toBeVisible();
  await expect(page.getByText('Riverside Peer Support')).toHaveCount(0);

  // A wrong passphrase is a plain message.
  await unlockWithPassphrase(page, 'not the right passphrase');
  await expect(page.getByRole('alert')).toContainText('That passphrase does not match');
  await unlockWithPassphrase(page);
  await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();

  // Lock from the header button, then unlock with the recovery key, typed in lower case.
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: /Use the recovery key/ }).click();
  await page.getByLabel(/^Recovery key/).fill(recoveryKey.toLowerCase());
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();

  // Restart the backend process over the same folder: locked, and the member is still there.
  await host.stop();
  const again = await startHost(dataDir);
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { name: 'Unlock Peer Office' })).toBeVisible();
    await unlockWithPassphrase(page, PASSPHRASE);
    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await page.getByLabel('Search').fill('Quaintance');
    await page.getByRole('table', { name: 'Members' }).getByRole('link', { name: 'Zebedee Quaintance' }).click();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('zebedee@example.org');
  } finally {
    await again.stop();
  }
});

test('a member added by mistake can be deleted; one who leaves is kept as left', async ({ page, host }) => {
  await createOffice(page, host.url);
  await addMember(page, { first: 'Ottoline', last: 'Fairweather', postcode: 'PO19 1AB' });
  await expect(page.getByRole('heading', { name: 'Ottoline Fairweather' })).toBeVisible();

  // Editing and saving says so, and shows the values as stored.
  await page.getByLabel(/^Pronouns/).fill('she/her');
  await page.getByLabel(/^Phone/).first().fill('(01632) 960123');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: "Ottoline Fairweather's record is saved" })).toBeVisible();
  await expect(page.getByLabel(/^Phone/).first()).toHaveValue('01632 960123');
  await expect(page.getByLabel(/^Pronouns/)).toHaveValue('she/her');

  // Leaving with unsaved changes asks first.
  await page.getByLabel(/^Town/).fill('Chichester');
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page.getByLabel(/^Town/)).toHaveValue('Chichester');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'record is saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as left' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark as left' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('left');

  await page.getByRole('button', { name: 'Delete (made by mistake)' }).click();
  await page.getByRole('button', { name: 'Delete the record' }).click();
  await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();
  await expect(page.getByText('Nobody is on the register yet')).toBeVisible();
});
