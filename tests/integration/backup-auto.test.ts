// Backups made without being asked: on the first unlock of each London day and before every database
// update; an extra folder (a USB stick) as well as the default one; rotation that only ever removes
// Peer Office's own older backups.
import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackupName, planRotation } from '../../shared/domain/backup-rotation';
import { REGISTER } from '../helpers/members';
import { backupNames, backupsFolder, dumpOf, officeCodeOf } from '../helpers/backup';
import { migrationsWithExtra, REBUILD_PEOPLE, shippedMigrationCount } from '../helpers/migrations';
import { expectOk, FakeClock, HOUR, PASSPHRASE, useOffices } from '../helpers/office';

const { newOffice, backendAt, tempDir } = useOffices();

async function lockAndUnlockAt(office: Awaited<ReturnType<typeof newOffice>>, iso: string) {
  office.clock.ms = Date.parse(iso);
  expectOk(await office.backend.invoke('office:lock', {}));
  expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
}

describe('the daily backup', () => {
  it('is made on the first unlock of each London day, and only then', async () => {
    const office = await newOffice();
    const code = officeCodeOf(office.backend);
    const folder = backupsFolder(office.dir);
    expect(backupNames(folder)).toEqual([]); // creating an office is not an unlock

    await lockAndUnlockAt(office, '2026-11-27T10:00:00Z');
    expect(backupNames(folder)).toEqual([`peer-office-${code}-2026-11-27-100000-daily.pobackup`]);
    await lockAndUnlockAt(office, '2026-11-27T23:59:00Z'); // still the 27th in London (GMT)
    expect(backupNames(folder)).toHaveLength(1);
    await lockAndUnlockAt(office, '2026-11-28T00:01:00Z');
    expect(backupNames(folder)).toEqual([`peer-office-${code}-2026-11-27-100000-daily.pobackup`, `peer-office-${code}-2026-11-28-000100-daily.pobackup`]);

    const overview = expectOk(await office.backend.invoke('backup:list', {}));
    expect(overview.lastAutomatic).toMatchObject({ reason: 'daily', ok: true, at: '2026-11-28T00:01:00.000Z', warnings: [] });
    expect(overview.backups.map((b) => [b.date, b.time, b.reason, b.check])).toEqual([['2026-11-28', '00:01', 'daily', 'verified'], ['2026-11-27', '10:00', 'daily', 'verified']]);

    // "Back up now" in the same second: the new backup sorts newest, and the day's automatic backup stays beside it.
    const now = expectOk(await office.backend.invoke('backup:make', {}));
    expect(now.written[0]!.fileName).toBe(`peer-office-${code}-2026-11-28-000100-manual-2.pobackup`);
    expect(now.removed).toBe(0);
    expect(backupNames(folder)).toEqual([
      `peer-office-${code}-2026-11-27-100000-daily.pobackup`, `peer-office-${code}-2026-11-28-000100-daily.pobackup`, `peer-office-${code}-2026-11-28-000100-manual-2.pobackup`,
    ]);
  });

  it('and every other backup made today stay when "Back up now" is used again; once the day is over, only its newest does', async () => {
    const office = await newOffice();
    const code = officeCodeOf(office.backend);
    const folder = backupsFolder(office.dir);
    await lockAndUnlockAt(office, '2026-11-27T09:00:00Z');
    office.clock.ms = Date.parse('2026-11-27T11:30:00Z');
    expectOk(await office.backend.invoke('backup:make', {}));
    office.clock.ms = Date.parse('2026-11-27T15:45:00Z');
    expect(expectOk(await office.backend.invoke('backup:make', {})).removed).toBe(0);
    const the27th = [`peer-office-${code}-2026-11-27-090000-daily.pobackup`, `peer-office-${code}-2026-11-27-113000-manual.pobackup`, `peer-office-${code}-2026-11-27-154500-manual.pobackup`];
    expect(backupNames(folder)).toEqual(the27th);

    // The next day's first backup thins the 27th to its newest.
    await lockAndUnlockAt(office, '2026-11-28T09:00:00Z');
    expect(backupNames(folder)).toEqual([the27th[2], `peer-office-${code}-2026-11-28-090000-daily.pobackup`]);
  });

  it('follows the London date in summer time, not the UTC one', async () => {
    const office = await newOffice({ clock: new FakeClock(Date.parse('2026-06-30T12:00:00Z')) });
    await lockAndUnlockAt(office, '2026-06-30T22:30:00Z'); // 23:30 on the 30th in London
    await lockAndUnlockAt(office, '2026-06-30T23:30:00Z'); // 00:30 on 1 July in London, still 30 June in UTC
    const code = officeCodeOf(office.backend);
    expect(backupNames(backupsFolder(office.dir))).toEqual([
      `peer-office-${code}-2026-06-30-233000-daily.pobackup`, `peer-office-${code}-2026-07-01-003000-daily.pobackup`,
    ]);
  });

  it('is not made for the demo office, whose backups have a folder of their own anyway', async () => {
    const dir = tempDir();
    const backend = backendAt({ dir, dbPath: join(dir, 'demo-office.db') });
    expectOk(await backend.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
    expectOk(await backend.invoke('office:lock', {}));
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(readdirSync(dir).filter((f) => f.includes('backups'))).toEqual([]);
    const made = expectOk(await backend.invoke('backup:make', {}));
    expect(made.written[0]!.path).toBe(join(dir, 'demo-office-backups', `peer-office-${officeCodeOf(backend)}-2026-11-27-100000-manual.pobackup`));
  });

  it('never stops the unlock when it cannot be made, and says why', async () => {
    const office = await newOffice();
    office.backend.close();
    writeFileSync(backupsFolder(office.dir), 'a file where the backups folder should be');
    const backend = backendAt({ dir: office.dir, clock: office.clock });
    expect(expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    const overview = expectOk(await backend.invoke('backup:list', {}));
    expect(overview.lastAutomatic).toMatchObject({ ok: false, reason: 'daily', message: expect.stringMatching(/could not make the backup folder/) });
    const now = await backend.invoke('backup:make', {});
    expect(now.ok || now.error.message).toMatch(/could not make the backup folder .*Nothing was backed up/);
  });
});

describe('the backup before a database update', () => {
  it('is made first, and holds the database as it was before the update', async () => {
    const office = await newOffice();
    for (const m of REGISTER) expectOk(await office.backend.invoke('members:create', m));
    const before = dumpOf(office.backend);
    office.backend.close();
    const migrationsDir = migrationsWithExtra(office.dir, '0099_people_gift_aid', REBUILD_PEOPLE);
    const backend = backendAt({ dir: office.dir, migrationsDir, clock: office.clock });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    // The update's backup counts as today's: no second, daily one.
    const names = backupNames(backupsFolder(office.dir));
    expect(names).toEqual([`peer-office-${officeCodeOf(backend)}-2026-11-27-100000-before-migration.pobackup`]);

    const file = join(backupsFolder(office.dir), names[0]!);
    const preview = expectOk(await backend.invoke('backup:preview', { file, passphrase: PASSPHRASE }));
    expect(preview).toMatchObject({ reason: 'before-migration', migrations: shippedMigrationCount(), compatibility: 'older' });
    expect(expectOk(await backend.invoke('backup:list', {})).lastAutomatic).toMatchObject({ reason: 'before-migration', ok: true });

    // Restored with the shipped migrations only, it is the office exactly as it was.
    const elsewhere = tempDir();
    const restorer = backendAt({ dir: elsewhere });
    expectOk(await restorer.invoke('backup:restore', { file, passphrase: PASSPHRASE }));
    expectOk(await restorer.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(dumpOf(restorer)).toEqual(before);
  });

  it('stops the update, changing nothing, when the backup cannot be made', async () => {
    const office = await newOffice();
    for (const m of REGISTER) expectOk(await office.backend.invoke('members:create', m));
    const before = dumpOf(office.backend);
    office.backend.close();
    writeFileSync(backupsFolder(office.dir), 'a file where the backups folder should be');
    const migrationsDir = migrationsWithExtra(office.dir, '0099_people_gift_aid', REBUILD_PEOPLE);
    const r = await backendAt({ dir: office.dir, migrationsDir }).invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(r.ok || r.error).toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/backs it up first, but the backup could not be made, so nothing was changed/) });

    const shipped = backendAt({ dir: office.dir });
    expectOk(await shipped.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(dumpOf(shipped)).toEqual(before);
  });
});

describe('the extra backup folder', () => {
  it('must exist when chosen, gets a copy of every backup, and only warns when it is missing', async () => {
    const office = await newOffice();
    const usb = join(tempDir(), 'USB stick');
    const missing = await office.backend.invoke('backup:saveSettings', { extraFolder: usb });
    expect(missing.ok || missing.error).toMatchObject({ code: 'VALIDATION', fields: { extraFolder: expect.stringMatching(/cannot be found/) } });
    const relative = await office.backend.invoke('backup:saveSettings', { extraFolder: 'USB stick' });
    expect(relative.ok || relative.error).toMatchObject({ code: 'VALIDATION', fields: { extraFolder: expect.stringMatching(/full path/) } });

    mkdirSync(usb);
    const saved = expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: usb }));
    expect(saved).toMatchObject({ defaultFolder: backupsFolder(office.dir), extraFolder: usb, extraFolderWarning: null });
    const made = expectOk(await office.backend.invoke('backup:make', {}));
    expect(made.written.map((w) => [w.folder, w.check])).toEqual([['default', 'verified'], ['extra', 'verified']]);
    expect(backupNames(usb)).toEqual(backupNames(backupsFolder(office.dir)));

    rmSync(usb, { recursive: true });
    office.clock.advance(24 * HOUR); // a day later: the rotation keeps one backup a day
    const unplugged = expectOk(await office.backend.invoke('backup:make', {}));
    expect(unplugged.written.map((w) => w.folder)).toEqual(['default']);
    expect(unplugged.warnings).toEqual([expect.stringMatching(/USB stick cannot be found, so this backup is only in/)]);
    const overview = expectOk(await office.backend.invoke('backup:list', {}));
    expect(overview.folders.map((f) => [f.kind, f.available])).toEqual([['default', true], ['extra', false]]);
    expect(overview.backups).toHaveLength(2);

    expect(expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: null })).extraFolder).toBeNull();
  });
});

describe('rotation', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly backups, and never touches files that are not ours', async () => {
    const office = await newOffice();
    const folder = backupsFolder(office.dir);
    mkdirSync(folder);
    // A backup every day for the 400 days before today, and some files that only look alike.
    const day = Date.parse('2026-11-26T12:00:00Z');
    const old = Array.from({ length: 400 }, (_, i) => `peer-office-${new Date(day - i * 86_400_000).toISOString().slice(0, 10)}-120000-daily.pobackup`);
    const strangers = ['notes.txt', 'peer-office-2020-01-01-120000-daily.pobackup.bak', 'office.db', 'peer-office-2026-11-01-120000-daily.pobackup.failed-check'];
    for (const name of [...old, ...strangers]) writeFileSync(join(folder, name), 'x');

    const made = expectOk(await office.backend.invoke('backup:make', {}));
    const kept = readdirSync(folder);
    expect(kept).toEqual(expect.arrayContaining(strangers));
    // Today's and the six days before; the newest of each of the four Monday weeks; the newest of each of twelve months.
    // The 400 were named before office codes, and have no header to ask: in the office's own default folder they are its own.
    const dates = backupNames(folder).map((n) => parseBackupName(n)!.date);
    expect(dates).toEqual([
      '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31',
      '2026-09-30', '2026-10-31', '2026-11-08', '2026-11-15',
      '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27',
    ]);
    expect(made.removed).toBe(old.length + 1 - dates.length);
    expect(planRotation(readdirSync(folder), { officeCode: officeCodeOf(office.backend), claimsUnmarked: () => true }, '2026-11-27').remove).toEqual([]);
  });

  it('clears working files a crash left behind, once they are an hour old', async () => {
    const office = await newOffice();
    const folder = backupsFolder(office.dir);
    mkdirSync(folder);
    const stale = join(folder, '.peer-office-snapshot-0123456789ab.tmp');
    const fresh = join(folder, '.peer-office-writing-ba9876543210.tmp');
    const lookalike = join(folder, '.peer-office-snapshot-notours.tmp');
    for (const f of [stale, fresh, lookalike]) writeFileSync(f, 'left behind');
    const twoHoursAgo = new Date(office.clock.ms - 2 * HOUR);
    for (const f of [stale, lookalike]) utimesSync(f, twoHoursAgo, twoHoursAgo);
    utimesSync(fresh, new Date(office.clock.ms), new Date(office.clock.ms));
    expectOk(await office.backend.invoke('backup:make', {}));
    expect(readdirSync(folder).filter((f) => f.startsWith('.')).sort()).toEqual(['.peer-office-snapshot-notours.tmp', '.peer-office-writing-ba9876543210.tmp']);
  });
});
