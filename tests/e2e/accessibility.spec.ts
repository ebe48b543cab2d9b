// axe-core on every screen: no serious or critical problem anywhere.
import type { Locator } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './host';
import { openDemoOffice, openSettingsPage, PASSPHRASE } from './steps';


test('every screen passes axe-core', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Peer Office' })).toBeVisible();
  await expectAccessible(page, 'welcome');

  await page.getByRole('button', { name: 'Explore a demo office' }).click();
  await expectAccessible(page, 'demo form');
  await page.getByRole('button', { name: 'Back' }).click();

  await page.getByRole('button', { name: 'Create a new office database' }).click();
  await page.getByRole('button', { name: 'Create the database' }).click(); // empty: shows every error
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'create form with errors');
  await page.getByLabel(/^Name of your organisation/).fill('Riverside Peer Support');
  await page.getByLabel(/^Passphrase/).fill(PASSPHRASE);
  await page.getByLabel(/^Type the passphrase again/).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create the database' }).click();
  await expect(page.getByTestId('recovery-key')).toBeVisible();
  await expectAccessible(page, 'recovery key');
  const key = (await page.getByTestId('recovery-key').textContent())!.trim();
  await page.getByLabel('Type the last five characters of the key').fill(key.slice(-5));
  await page.getByLabel(/I have printed or written down/).check();
  await page.getByRole('button', { name: 'Continue to Peer Office' }).click();

  await expect(page.getByRole('heading', { name: 'This week', level: 1 })).toBeVisible();
  await expectAccessible(page, 'home (nothing due)');
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();
  await expectAccessible(page, 'members (empty)');

  await page.getByRole('link', { name: 'Add a member' }).click();
  await page.getByRole('button', { name: 'Add this member' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'member form with errors');

  // Every Settings page, reached through the Settings index, each once it has loaded.
  const settingsPages: [string, () => Locator][] = [
    ['Your organisation', () => page.getByTestId('database-path')],
    ['Passphrase and locking', () => page.getByRole('form', { name: 'Auto-lock' })],
    ['Backups', () => page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Back up now' })],
    ['Audit log', () => page.getByTestId('audit-table')],
    ['Lists and places', () => page.getByRole('table', { name: 'Places' })],
    ['Pay and rates', () => page.getByRole('table', { name: 'Pay elements' })],
    ['Supervision', () => page.getByRole('form', { name: 'Supervision' })],
    ['Absence', () => page.getByRole('table', { name: 'Kinds of absence' })],
  ];
  for (const [name, loaded] of settingsPages) {
    await openSettingsPage(page, name);
    await expect(loaded()).toBeVisible();
    await expectAccessible(page, `settings: ${name.toLowerCase()}`);
  }

  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Import a list' }).click();
  await expectAccessible(page, 'import');

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Peer Office' })).toBeVisible();
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'unlock with error');
});

test('the demo office, its list and a record pass axe-core', async ({ page, host }) => {
  await openDemoOffice(page, host.url);
  await expect(page.getByTestId('member-count')).toContainText('300 people');
  await expectAccessible(page, 'members (demo)');
  await page.getByRole('table', { name: 'Members' }).getByRole('link').first().click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
  await expectAccessible(page, 'member record');
});
