// Restoring from the unlock screen out of the extra folder (a USB stick): the setting is inside the
// encrypted database, so a plain copy of the folder's path and the office's code is kept in the settings
// file (peer-office.json) and the locked list reads the folder from there.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../shared/domain/backup-rotation';
import { backupsFolder, officeCodeOf } from '../helpers/backup';
import { backedUpBeforeItsStick, expectOk, PASSPHRASE, useOffices } from '../helpers/office';

const offices = useOffices();
const { newOffice, tempDir } = offices;

/** An office with a USB stick as its extra folder and one backup made into both folders, then locked. */
async function lockedWithStick() {
  const office = await newOffice();
  const code = officeCodeOf(office.backend);
  const usb = join(tempDir(), 'USB stick');
  mkdirSync(usb);
  expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: usb }));
  const made = expectOk(await office.backend.invoke('backup:make', {}));
  expect(made.written.map((w) => w.folder)).toEqual(['default', 'extra']);
  // Beside it on the stick: another office's backup (the demo's, say) and the office manager's own file.
  const otherOffices = backupFileName('07b21d0a', '2026-11-26', '120000', 'daily');
  writeFileSync(join(usb, otherOffices), 'another office’s backup');
  writeFileSync(join(usb, 'minutes.docx'), 'not a backup');
  expectOk(await office.backend.invoke('office:lock', {}));
  return { office, code, usb, fileName: made.written[0]!.fileName };
}

describe('the backup list while locked', () => {
  it('lists the extra folder’s backups of this office too, marked as from the extra folder', async () => {
    const { office, code, usb, fileName } = await lockedWithStick();
    const overview = expectOk(await office.backend.invoke('backup:list', {}));
    expect(overview.folders.map((f) => [f.kind, f.path, f.available])).toEqual([['default', backupsFolder(office.dir), true], ['extra', usb, true]]);
    expect(overview.backups.map((b) => [b.folder, b.path])).toEqual([['default', join(backupsFolder(office.dir), fileName)], ['extra', join(usb, fileName)]]);
    expect(fileName).toContain(code);

    // The extra folder's copy previews (and so can be restored) from the unlock screen.
    const preview = expectOk(await office.backend.invoke('backup:preview', { file: join(usb, fileName), passphrase: PASSPHRASE }));
    expect(preview).toMatchObject({ officeCode: code, office: 'unknown' });
  });

  it('keeps only a folder path and the office code in the plain settings file', async () => {
    const { office, code, usb } = await lockedWithStick();
    const config = JSON.parse(readFileSync(join(office.dir, 'peer-office.json'), 'utf8')) as unknown;
    expect(config).toEqual({ extraBackupFolders: { [office.dbPath]: { folder: usb, officeCode: code } } });
  });

  it('says the extra folder is not available when the stick is not plugged in, and still lists the default folder', async () => {
    const { office, usb, fileName } = await lockedWithStick();
    renameSync(usb, `${usb} (unplugged)`);
    const overview = expectOk(await office.backend.invoke('backup:list', {}));
    expect(overview.folders.map((f) => [f.kind, f.available])).toEqual([['default', true], ['extra', false]]);
    expect(overview.backups.map((b) => [b.folder, b.fileName])).toEqual([['default', fileName]]);
  });

  it('lists the default folder only once the extra folder is cleared', async () => {
    const { office } = await lockedWithStick();
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: null }));
    expectOk(await office.backend.invoke('office:lock', {}));
    const overview = expectOk(await office.backend.invoke('backup:list', {}));
    expect(overview.folders.map((f) => f.kind)).toEqual(['default']);
    expect(overview.backups.map((b) => b.folder)).toEqual(['default']);
  });
});

describe('keeping the plain copy in step with the setting', () => {
  const configOf = (dir: string) => join(dir, 'peer-office.json');

  it('is left as it was by a save that rolls back, and still follows the setting as it stands once locked', async () => {
    const { office, code, usb } = await lockedWithStick();
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const kept = readFileSync(configOf(office.dir), 'utf8');
    const other = join(tempDir(), 'Another stick');
    mkdirSync(other);
    // The save's audit entry cannot be written, so the transaction holding the save rolls back whole.
    office.backend.session.context().sqlite.exec(`CREATE TEMP TRIGGER refuse_entries BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is full'); END`);
    expect((await office.backend.invoke('backup:saveSettings', { extraFolder: other })).ok).toBe(false);
    expect((await office.backend.invoke('backup:saveSettings', { extraFolder: null })).ok).toBe(false);
    expect(readFileSync(configOf(office.dir), 'utf8')).toBe(kept);
    expect(expectOk(await office.backend.invoke('backup:settings', {})).extraFolder).toBe(usb);

    expectOk(await office.backend.invoke('office:lock', {}));
    expect(JSON.parse(readFileSync(configOf(office.dir), 'utf8'))).toEqual({ extraBackupFolders: { [office.dbPath]: { folder: usb, officeCode: code } } });
  });

  it('is written as the office locks and at unlock, never by a list', async () => {
    const { office, code, usb } = await lockedWithStick();
    const copy = { extraBackupFolders: { [office.dbPath]: { folder: usb, officeCode: code } } };
    // Lost while locked (or a folder chosen before the copy was kept): put back at unlock.
    rmSync(configOf(office.dir));
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(JSON.parse(readFileSync(configOf(office.dir), 'utf8'))).toEqual(copy);

    // A list reads; it writes nothing.
    rmSync(configOf(office.dir));
    expectOk(await office.backend.invoke('backup:list', {}));
    expect(existsSync(configOf(office.dir))).toBe(false);

    const other = join(tempDir(), 'Another stick');
    mkdirSync(other);
    expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: other }));
    expectOk(await office.backend.invoke('office:lock', {}));
    expect(JSON.parse(readFileSync(configOf(office.dir), 'utf8'))).toEqual({ extraBackupFolders: { [office.dbPath]: { folder: other, officeCode: code } } });
  });
});

describe('restoring from the unlock screen', () => {
  /** An office backed up before it chose a USB stick, then locked: the plain copy names the stick and the office's code. */
  async function backedUpBeforeTheStick() {
    const { office, file, usb } = await backedUpBeforeItsStick(offices);
    expectOk(await office.backend.invoke('office:lock', {}));
    return { office, file, usb };
  }

  it('keeps this office’s extra folder when the backup is its own: the next backup still goes to both folders', async () => {
    const { office, file, usb } = await backedUpBeforeTheStick();
    const restored = expectOk(await office.backend.invoke('backup:restore', { file, passphrase: PASSPHRASE }));
    expect(restored.extraBackupFolder).toBe(usb);

    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await office.backend.invoke('backup:settings', {})).extraFolder).toBe(usb);
    const { summary } = office.backend.session.context().sqlite.prepare(`SELECT summary FROM audit_log WHERE action = 'restore'`).get() as { summary: string };
    expect(summary).toMatch(/^restored from the backup made on 27\/11\/2026 at 10:00; .*; the extra backup folder was kept$/);
    expect(summary).not.toContain(usb);
    const next = expectOk(await office.backend.invoke('backup:make', {}));
    expect(next.written.map((w) => w.folder)).toEqual(['default', 'extra']);
    expect(existsSync(join(usb, next.written[1]!.fileName))).toBe(true);
  });

  it('leaves another office’s backup with its own setting: the plain copy names a different code', async () => {
    const { office } = await backedUpBeforeTheStick();
    const other = await newOffice({ officeName: 'Another office' });
    const otherFile = expectOk(await other.backend.invoke('backup:make', {})).written[0]!.path;

    const restored = expectOk(await office.backend.invoke('backup:restore', { file: otherFile, passphrase: PASSPHRASE }));
    expect(restored.extraBackupFolder).toBeNull();
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await office.backend.invoke('backup:settings', {})).extraFolder).toBeNull();
    expect(expectOk(await office.backend.invoke('backup:make', {})).written.map((w) => w.folder)).toEqual(['default']);
  });
});
