// Backups made without being asked: on the first unlock of each London day, before every database
// update and straight after a passphrase or recovery-key change; an extra folder (a USB stick) as well as
// the default one; rotation that only ever removes Peer Office's own older backups.
import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackupName, planRotation } from '../../shared/domain/backup-rotation';
import { REGISTER } from '../helpers/members';
import { backupNames, backupsFolder, dumpOf, headerOnly, officeCodeOf } from '../helpers/backup';
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

describe('the backup straight after a passphrase or recovery-key change', () => {
  it('is named and listed as made after a key change, not as one made on demand, and is thinned like any other once its day is over', async () => {
    const office = await newOffice();
    const code = officeCodeOf(office.backend);
    const folder = backupsFolder(office.dir);
    const NEW_PASSPHRASE = 'harbour thimble meadow';
    const changed = expectOk(await office.backend.invoke('security:changePassphrase', { currentPassphrase: PASSPHRASE, passphrase: NEW_PASSPHRASE, confirmPassphrase: NEW_PASSPHRASE }));
    expect(changed.backup).toMatchObject({ ok: true });
    const afterPassphrase = `peer-office-${code}-2026-11-27-100000-key-change.pobackup`;
    expect(backupNames(folder)).toEqual([afterPassphrase]);

    office.clock.advance(HOUR);
    const { recoveryKey } = expectOk(await office.backend.invoke('security:newRecoveryKey', { passphrase: NEW_PASSPHRASE }));
    expect(expectOk(await office.backend.invoke('security:confirmRecoveryKey', { recoveryKey })).backup).toMatchObject({ ok: true });
    // The office keeps its code through a new data key, so both are its own; both of today's are kept.
    const afterRecoveryKey = `peer-office-${code}-2026-11-27-110000-key-change.pobackup`;
    const listed = expectOk(await office.backend.invoke('backup:list', {})).backups;
    expect(listed.map((b) => [b.fileName, b.reason, b.check])).toEqual([[afterRecoveryKey, 'key-change', 'verified'], [afterPassphrase, 'key-change', 'verified']]);
    const preview = expectOk(await office.backend.invoke('backup:preview', { file: join(folder, afterRecoveryKey), recoveryKey }));
    expect(preview).toMatchObject({ reason: 'key-change', office: 'same' });

    // Not kept like a backup before an update: the next day's first backup thins the 27th to its newest.
    office.clock.ms = Date.parse('2026-11-28T09:00:00Z');
    expectOk(await office.backend.invoke('office:lock', {}));
    expectOk(await office.backend.invoke('office:unlock', { passphrase: NEW_PASSPHRASE }));
    expect(backupNames(folder)).toEqual([afterRecoveryKey, `peer-office-${code}-2026-11-28-090000-daily.pobackup`]);
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
    // The header of one of this office's backups (the backup itself removed again): what a rotation reads of a
    // backup named before office codes to know it is this office's.
    const first = expectOk(await office.backend.invoke('backup:make', {})).written[0]!.path;
    const header = headerOnly(first);
    rmSync(first);
    // A backup every day for the 400 days before today, named before office codes, and some files that only look alike.
    const day = Date.parse('2026-11-26T12:00:00Z');
    const old = Array.from({ length: 400 }, (_, i) => `peer-office-${new Date(day - i * 86_400_000).toISOString().slice(0, 10)}-120000-daily.pobackup`);
    const strangers = ['notes.txt', 'peer-office-2020-01-01-120000-daily.pobackup.bak', 'office.db', 'peer-office-2026-11-01-120000-daily.pobackup.failed-check'];
    for (const name of old) writeFileSync(join(folder, name), header);
    for (const name of strangers) writeFileSync(join(folder, name), 'x');
    // Old names whose header cannot be read (cut short, empty, not a backup; or, on Windows, a sound backup held open
    // by an antivirus scan just then): not known to be this office's, so never counted or removed, even in its own
    // default folder. Each would go if it were counted: an earlier backup of a day that has a later one, or too old.
    const unreadable = ['2026-11-20-110000', '2026-06-15-110000', '2025-01-10-110000'].map((stamp) => `peer-office-${stamp}-daily.pobackup`);
    writeFileSync(join(folder, unreadable[0]!), header.subarray(0, 20));
    writeFileSync(join(folder, unreadable[1]!), '');
    writeFileSync(join(folder, unreadable[2]!), 'x');

    const made = expectOk(await office.backend.invoke('backup:make', {}));
    const kept = readdirSync(folder);
    expect(kept).toEqual(expect.arrayContaining([...strangers, ...unreadable]));
    // Today's and the six days before; the newest of each of the four Monday weeks; the newest of each of twelve months.
    // The 400 were named before office codes: their headers open with this office's key, so they are its own.
    const dates = backupNames(folder).filter((n) => !unreadable.includes(n)).map((n) => parseBackupName(n)!.date);
    expect(dates).toEqual([
      '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31',
      '2026-09-30', '2026-10-31', '2026-11-08', '2026-11-15',
      '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27',
    ]);
    expect(made.removed).toBe(old.length + 1 - dates.length);
    const ownNow = { officeCode: officeCodeOf(office.backend), claimsUnmarked: (name: string) => !unreadable.includes(name) };
    expect(planRotation(readdirSync(folder), ownNow, '2026-11-27').remove).toEqual([]);
    // Nor are they listed as this office's backups: nothing says they are.
    const listed = expectOk(await office.backend.invoke('backup:list', {})).backups.map((b) => b.fileName);
    expect(listed).toHaveLength(dates.length);
    for (const name of unreadable) expect(listed).not.toContain(name);
  });

  it('leaves a backup it cannot remove just now for the next time, and the new backup still counts as made', async () => {
    const office = await newOffice();
    const code = officeCodeOf(office.backend);
    const folder = backupsFolder(office.dir);
    mkdirSync(folder);
    // Two earlier days with two backups each: the rotation keeps the newest of each and removes the earlier one. The
    // 26th's earlier one cannot be removed just now (a folder under its name stands in for a file that Windows will
    // not let go of while an antivirus scan holds it); the 25th's can.
    const named = (stamp: string) => `peer-office-${code}-${stamp}-daily.pobackup`;
    const [stuck, removable] = [named('2026-11-26-090000'), named('2026-11-25-090000')];
    for (const stamp of ['2026-11-26-120000', '2026-11-25-120000']) writeFileSync(join(folder, named(stamp)), 'x');
    mkdirSync(join(folder, stuck, 'held open'), { recursive: true });
    writeFileSync(join(folder, removable), 'x');

    const made = expectOk(await office.backend.invoke('backup:make', {}));
    expect(made.written.map((w) => w.check)).toEqual(['verified']);
    expect(made.removed).toBe(1);
    expect(readdirSync(folder)).toContain(stuck);
    expect(readdirSync(folder)).not.toContain(removable);

    // Once it can be removed, the next rotation removes it.
    rmSync(join(folder, stuck), { recursive: true });
    writeFileSync(join(folder, stuck), 'x');
    office.clock.advance(HOUR);
    expect(expectOk(await office.backend.invoke('backup:make', {})).removed).toBe(1);
    expect(readdirSync(folder)).not.toContain(stuck);
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
