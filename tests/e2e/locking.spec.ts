// Locking and keys, as the office manager meets them: Peer Office left alone locks itself after the
// office's idle time and keeps no one's details on the screen; a changed passphrase opens it and the old
// one no longer does; a new recovery key is shown once and confirmed.
import { expect, test } from './host';
import { expectAccessible } from './axe';
import { addMember, createOffice, openSettingsPage, PASSPHRASE, unlockWithPassphrase } from './steps';

const NEW_PASSPHRASE = 'harbour thimble meadow';

async function openPassphraseAndLocking(page: import('@playwright/test').Page) {
  await openSettingsPage(page, 'Passphrase and locking');
  await expect(page.getByRole('heading', { name: 'Passphrase and locking', level: 2 })).toBeVisible();
}

test('left alone for the auto-lock time, Peer Office locks and no one’s details stay in the page', async ({ page, host }) => {
  // The page's clock is Playwright's, so a minute of idleness passes in an instant (timers and Date alike).
  await page.clock.install();
  await createOffice(page, host.url);
  await addMember(page, { first: 'Ottoline', last: 'Quaintance', postcode: 'BN11 1AA' });

  await openPassphraseAndLocking(page);
  const autoLock = page.getByRole('form', { name: 'Auto-lock' });
  await expect(autoLock.getByLabel(/^Lock after/)).toHaveValue('10');
  await autoLock.getByLabel(/^Lock after/).fill('0');
  await autoLock.getByRole('button', { name: 'Save the auto-lock time' }).click();
  await expect(autoLock.getByRole('alert')).toContainText('Enter a whole number of minutes from 1 to 120');
  await autoLock.getByLabel(/^Lock after/).fill('1');
  await autoLock.getByRole('button', { name: 'Save the auto-lock time' }).click();
  await expect(autoLock.getByRole('status')).toHaveText('Saved: Peer Office locks after 1 minute without use.');
  await expectAccessible(page, 'Settings, passphrase and locking');

  // A member's name on screen, then nobody touches anything.
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Ottoline Quaintance' })).toBeVisible();
  // From here the page's time moves only when the test moves it: otherwise real seconds passing between the
  // steps (many, on a loaded machine) would count towards the idle minute. Paused a little ahead of the page's
  // time (a pause cannot go back), then one move of the mouse starts the idle minute at that paused moment.
  // A paused clock also holds back the screen's redraw after a lock, so the lock is seen as the page's call for it.
  let lockCalls = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/invoke') && request.postData()?.includes('"office:lock"')) lockCalls++;
  });
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 10_000));
  await page.mouse.move(3, 3);
  await page.clock.fastForward('00:50');
  await expect(page.getByRole('link', { name: 'Ottoline Quaintance' })).toBeVisible();
  expect(lockCalls, 'not locked after 50 seconds').toBe(0);
  await page.clock.fastForward('00:15');
  await expect.poll(() => lockCalls, { message: 'locked after 65 seconds' }).toBe(1);
  // Time runs again, for the lock to reach the screen.
  await page.clock.resume();

  await expect(page.getByRole('heading', { name: 'Unlock Peer Office' })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain('Quaintance');
  expect(html).not.toContain('Ottoline');
  expect(html).not.toContain('Riverside Peer Support');

  // Unlocking brings everything back, with the office's auto-lock time kept.
  await unlockWithPassphrase(page);
  await expect(page.getByRole('link', { name: 'Ottoline Quaintance' })).toBeVisible();
  await openPassphraseAndLocking(page);
  await expect(page.getByRole('form', { name: 'Auto-lock' }).getByLabel(/^Lock after/)).toHaveValue('1');
});

test('after changing the passphrase, the new one unlocks and the old one is refused', async ({ page, host }) => {
  await createOffice(page, host.url);
  await openPassphraseAndLocking(page);
  const change = page.getByRole('form', { name: 'Change the passphrase' });
  await change.getByLabel(/^Current passphrase/).fill('not the passphrase');
  await change.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await change.getByLabel(/^Type the new passphrase again/).fill(NEW_PASSPHRASE);
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(change.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('That is not the current passphrase');
  // What was typed stays, so only the wrong field needs typing again.
  await expect(change.getByLabel('New passphrase', { exact: true })).toHaveValue(NEW_PASSPHRASE);

  await change.getByLabel(/^Current passphrase/).fill(PASSPHRASE);
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(change.getByRole('status').filter({ hasText: 'Passphrase changed' })).toBeVisible();
  // The newest backup opens with the new passphrase.
  await expect(change.getByRole('status').filter({ hasText: 'A new backup was made' })).toContainText('it opens with the new passphrase.');

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Peer Office' })).toBeVisible();
  await unlockWithPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('That passphrase does not match');
  await unlockWithPassphrase(page, NEW_PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  // Back on the Settings page it was locked from.
  await expect(page.getByRole('heading', { name: 'Passphrase and locking', level: 2 })).toBeVisible();
});

test('a new recovery key is shown once, confirmed by typing it back, and then opens the office', async ({ page, host }) => {
  const oldKey = await createOffice(page, host.url);
  await openPassphraseAndLocking(page);
  const ask = page.getByRole('form', { name: 'Make a new recovery key' });
  await ask.getByLabel(/^Your passphrase/).fill(PASSPHRASE);
  await ask.getByRole('button', { name: 'Make a new recovery key' }).click();
  const newKey = (await page.getByTestId('new-recovery-key').textContent())!.trim();
  expect(newKey).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  expect(newKey).not.toBe(oldKey);
  await expectAccessible(page, 'Settings, new recovery key');

  const confirm = page.getByRole('form', { name: 'Confirm the new recovery key' });
  await confirm.getByLabel('Type the last five characters of the new key').fill(newKey.slice(-5));
  await confirm.getByLabel(/I have printed or written down the new recovery key/).check();
  await confirm.getByRole('button', { name: 'Use the new recovery key' }).click();
  const inUse = page.getByRole('status').filter({ hasText: 'New recovery key in use' });
  await expect(inUse).toBeVisible();
  // The database has a key of its own now: what that means for the backups made before, in plain words.
  await expect(inUse).toContainText('Backups made before now still open with the old recovery key');
  await expect(inUse).toContainText('delete those older backups from the backup folders');
  await expect(page.getByTestId('new-recovery-key')).toHaveCount(0);

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('button', { name: /Use the recovery key/ }).click();
  await page.getByLabel(/^Recovery key/).fill(oldKey);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That recovery key does not match');
  await page.getByLabel(/^Recovery key/).fill(newKey.toLowerCase());
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});
