// Steps the end-to-end tests share, written as a person would do them.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const PASSPHRASE = 'kettle orchard lantern';

/** Creates a new office database through the first-run screens and returns the recovery key shown. */
export async function createOffice(page: Page, url: string, officeName = 'Riverside Peer Support'): Promise<string> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Create a new office database' }).click();
  await page.getByLabel(/^Name of your organisation/).fill(officeName);
  await page.getByLabel(/^Passphrase/).fill(PASSPHRASE);
  await page.getByLabel(/^Type the passphrase again/).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create the database' }).click();
  const key = (await page.getByTestId('recovery-key').textContent())!.trim();
  expect(key).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  await page.getByLabel('Type the last five characters of the key').fill(key.slice(-5));
  await page.getByLabel(/I have printed or written down the recovery key/).check();
  await page.getByRole('button', { name: 'Continue to Peer Office' }).click();
  await expect(page.getByRole('heading', { name: 'This week', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();
  return key;
}

/** Opens the demo office from the first-run screen and waits for its 300 made-up members. */
export async function openDemoOffice(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Explore a demo office' }).click();
  await page.getByLabel(/^Passphrase/).fill(PASSPHRASE);
  await page.getByLabel(/^Type the passphrase again/).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open the demo office' }).click();
  // The home screen comes first; the register is one link away. Making two years of a made-up office
  // takes seconds (more on a busy machine): the wait is for that work, not a target (npm run bench times it).
  await expect(page.getByRole('heading', { name: 'This week', level: 1 })).toBeVisible({ timeout: 45_000 });
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page.getByTestId('member-count')).toContainText('300 people');
}

export async function unlockWithPassphrase(page: Page, passphrase = PASSPHRASE) {
  await page.getByLabel(/^Passphrase/).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/**
 * Opens one Settings page as a person would: Settings in the main navigation, then the page's name in the
 * Settings index, which then marks it as the page in view.
 */
export async function openSettingsPage(page: Page, name: string) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  // A link's name is its label, then the hint under it on a wide window.
  const link = page.getByRole('navigation', { name: 'Settings pages' }).getByRole('link', { name: new RegExp(`^${name}`) });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
}

export async function addMember(page: Page, m: { first: string; last: string; postcode?: string; email?: string }) {
  await page.getByRole('link', { name: 'Add a member' }).click();
  await page.getByLabel(/^First name/).fill(m.first);
  await page.getByLabel(/^Last name/).fill(m.last);
  if (m.postcode) await page.getByLabel(/^Postcode/).fill(m.postcode);
  if (m.email) await page.getByRole('textbox', { name: 'Email' }).fill(m.email);
  await page.getByRole('button', { name: 'Add this member' }).click();
  // Saved once the new record's own page shows; moving on before that would race the save.
  await expect(page.getByRole('heading', { name: `${m.first} ${m.last}`, level: 1 })).toBeVisible();
}
