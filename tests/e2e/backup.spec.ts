// Backups as the office manager uses them: back up now, see it listed, restore it after a preview of what
// it holds, and find the office as it was; and a damaged database answered with the way back.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatUkDate, londonToday } from '../../shared/domain/dates';
import { addDays } from '../../shared/domain/pay/calendar';
import { expectAccessible } from './axe';
import { expect, test } from './host';
import { addMember, createOffice, openSettingsPage, PASSPHRASE, unlockWithPassphrase } from './steps';

/**
 * The days a backup made from now on is dated, as the screens write them, for a pattern: today in London, or
 * tomorrow should midnight pass before it is made. Read just before the backup is made.
 */
function backupDayFromNow(): string {
  const today = londonToday(new Date());
  return `(?:${formatUkDate(today)}|${formatUkDate(addDays(today, 1))})`;
}

async function openBackups(page: Page) {
  await openSettingsPage(page, 'Backups');
  const section = page.getByRole('region', { name: 'Backups' });
  await expect(section).toBeVisible();
  return section;
}

async function backUpNow(page: Page) {
  const backups = await openBackups(page);
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByTestId('backup-made')).toContainText('Backed up and checked');
  return backups;
}

async function expectMembers(page: Page, present: string[], absent: string[]) {
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  for (const name of present) await expect(page.getByRole('link', { name })).toBeVisible();
  for (const name of absent) await expect(page.getByRole('link', { name })).toHaveCount(0);
}

test('back up now, restore that backup after seeing what it holds, and find the office as it was', async ({ page, host }) => {
  await createOffice(page, host.url);
  await addMember(page, { first: 'Ottilie', last: 'Brackenbury' });

  const madeOn = backupDayFromNow();
  const backups = await backUpNow(page);
  const row = backups.getByTestId('backup-list').getByRole('row').nth(1);
  await expect(row).toContainText(new RegExp(`${madeOn} at`));
  await expect(row).toContainText('On demand');
  await expect(row).toContainText(/\d+ KB|\d+\.\d MB/);
  await expect(row).toContainText('Default folder');
  await expect(row).toContainText('Checked');
  await expectAccessible(page, 'Settings, Backups, with the backups listed');

  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await addMember(page, { first: 'Peregrine', last: 'Wolstenholme' });
  await (await openBackups(page)).getByRole('button', { name: 'Restore from a backup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  // The backup just made is offered first; a wrong passphrase is refused in words, and nothing happens.
  await expect(dialog.getByRole('radio', { name: new RegExp(`^${madeOn} at .*on demand`) })).toBeChecked();
  await dialog.getByLabel(/^Passphrase/).fill('not the passphrase');
  await dialog.getByRole('button', { name: 'Check this backup' }).click();
  await expect(dialog.getByRole('alert')).toContainText('That passphrase does not open this backup');
  await dialog.getByLabel(/^Passphrase/).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Check this backup' }).click();

  const preview = dialog.getByTestId('backup-preview');
  await expect(preview).toContainText(new RegExp(`Made on ${madeOn} at`));
  await expect(preview).toContainText('(on demand) by Peer Office');
  const people = preview.getByTestId('backup-counts').getByRole('row', { name: /People \(members, staff and volunteers\)/ });
  await expect(people).toContainText('1');
  await expect(people.getByRole('cell').nth(1)).toHaveText('1');
  await expectAccessible(page, 'the restore dialog showing what a backup holds');

  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  // Restored: locked, with where the database it replaced was kept.
  await expect(page.getByRole('heading', { name: 'Unlock Peer Office' })).toBeVisible();
  const notice = page.getByTestId('restored-notice');
  await expect(notice).toContainText('The backup has been restored');
  await expect(notice).toContainText(join(host.dataDir, 'office.db.before-restore-'));
  // Restored from Settings: the audit log keeps what was recorded since the backup.
  await expect(notice.getByTestId('restored-audit-log')).toContainText('made since the backup, copied from the database it replaced');
  await expectAccessible(page, 'the unlock screen after a restore');

  await unlockWithPassphrase(page);
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  await expectMembers(page, ['Ottilie Brackenbury'], ['Peregrine Wolstenholme']);
});

test('a damaged database is refused at unlock with the way back: restoring from a backup while locked', async ({ page, host }) => {
  await createOffice(page, host.url);
  await addMember(page, { first: 'Ottilie', last: 'Brackenbury' });
  await backUpNow(page);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Peer Office' })).toBeVisible();

  // One changed byte in the middle of the second page: the schema (page 1) still reads, the data does not.
  const file = join(host.dataDir, 'office.db');
  const fd = openSync(file, 'r+');
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, 4096 + 2048);
  writeSync(fd, Buffer.from([byte[0]! ^ 0x01]), 0, 1, 4096 + 2048);
  closeSync(fd);

  await unlockWithPassphrase(page);
  await expect(page.getByRole('alert')).toContainText('is damaged');
  await expect(page.getByRole('alert')).toContainText('nothing has been deleted');
  const offer = page.getByTestId('restore-offer');
  await offer.getByRole('button', { name: 'Restore from a backup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  await dialog.getByLabel(/^Passphrase/).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Check this backup' }).click();
  await expect(dialog.getByTestId('backup-counts')).toBeVisible();
  await expectAccessible(page, 'restoring from the unlock screen of a damaged office');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByTestId('restored-notice')).toContainText('kept aside, not deleted');
  // Restored while locked: the audit log's later entries are not copied, and the file that holds them is named.
  await expect(page.getByTestId('restored-audit-log')).toContainText(/entries made after .* are not in it\. They are kept in the database set aside, office\.db\.before-restore-/);
  // The restored database is not the damaged one: the damage is no longer said, nor the way back offered.
  await expect(page.getByText(/is damaged/)).toHaveCount(0);
  await expect(page.getByTestId('restore-offer')).toHaveCount(0);
  await expectAccessible(page, 'the unlock screen after a restore');

  await unlockWithPassphrase(page);
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  await expectMembers(page, ['Ottilie Brackenbury'], []);
});
