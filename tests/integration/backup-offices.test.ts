// Two offices on one PC (the real one and the demo, say) sharing a backup folder, a USB stick especially:
// each office's backups carry its code, and each office lists and rotates only its own. Backups named
// before codes existed are asked their sealed header. Restoring another office's backup stays possible,
// but the preview says so and the restore needs it confirmed.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName } from '../../shared/domain/backup-rotation';
import { REGISTER } from '../helpers/members';
import { backupsFolder, dumpOf, officeCodeOf, unmarkedName } from '../helpers/backup';
import { expectOk, HOUR, PASSPHRASE, useOffices, type TestOffice } from '../helpers/office';

const { newOffice, tempDir } = useOffices();

const DAY = 24 * HOUR;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The backup files of the office with `code` in a folder, by name. */
const filesOf = (folder: string, code: string) => readdirSync(folder).filter((n) => parseBackupName(n)?.officeCode === code).sort();

/** Two offices, each with the same USB stick as its extra folder. */
async function twoOfficesOneStick() {
  const real = await newOffice();
  const demo = await newOffice({ officeName: 'Demo office' });
  const usb = join(tempDir(), 'USB stick');
  mkdirSync(usb);
  for (const office of [real, demo]) expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: usb }));
  return { real, demo, usb, realCode: officeCodeOf(real.backend), demoCode: officeCodeOf(demo.backend) };
}

async function listOf(office: TestOffice) {
  return expectOk(await office.backend.invoke('backup:list', {})).backups;
}

describe('two offices sharing one extra folder', () => {
  it('each office’s rotation after many days leaves the other’s backups untouched, and each lists only its own', async () => {
    const { real, demo, usb, realCode, demoCode } = await twoOfficesOneStick();
    // What follows needs the two codes different. Each comes from its office's random data key (8 hex digits),
    // so once in 2^32 runs they match and this fails by chance: odds too small to design the test around.
    expect(realCode).not.toBe(demoCode);
    // 400 days of daily backups from each office already on the stick (the rotation reads names only).
    const yesterday = Date.parse('2026-11-26T12:00:00Z');
    for (let i = 0; i < 400; i++) {
      writeFileSync(join(usb, backupFileName(realCode, isoDate(yesterday - i * DAY), '120000', 'daily')), 'x');
      writeFileSync(join(usb, backupFileName(demoCode, isoDate(yesterday - i * DAY), '080000', 'daily')), 'x');
    }

    const demoBefore = filesOf(usb, demoCode);
    const madeByReal = expectOk(await real.backend.invoke('backup:make', {}));
    expect(filesOf(usb, demoCode)).toEqual(demoBefore);
    // Today's, six days, four Monday weeks, twelve months: as if the stick were the real office's alone.
    expect(filesOf(usb, realCode)).toHaveLength(20);
    expect(madeByReal.removed).toBe(401 - 20);

    // The demo backs up in the same second: its own name, no "-2" (the real office's is not its own).
    const realAfter = filesOf(usb, realCode);
    const madeByDemo = expectOk(await demo.backend.invoke('backup:make', {}));
    expect(madeByDemo.written.map((w) => w.fileName)).toEqual([
      `peer-office-${demoCode}-2026-11-27-100000-manual.pobackup`, `peer-office-${demoCode}-2026-11-27-100000-manual.pobackup`,
    ]);
    expect(filesOf(usb, realCode)).toEqual(realAfter);
    expect(filesOf(usb, demoCode)).toHaveLength(20);

    // Day after day, one office's backups never move the other's.
    for (let day = 1; day <= 3; day++) {
      for (const [office, other] of [[real, demoCode], [demo, realCode]] as const) {
        office.clock.advance(DAY);
        const theirs = filesOf(usb, other);
        expectOk(await office.backend.invoke('backup:make', {}));
        expect(filesOf(usb, other)).toEqual(theirs);
      }
    }

    for (const [office, code, other] of [[real, realCode, demoCode], [demo, demoCode, realCode]] as const) {
      const listed = await listOf(office);
      expect(listed.every((b) => b.fileName.startsWith(`peer-office-${code}-`))).toBe(true);
      expect(listed.filter((b) => b.folder === 'extra').map((b) => b.fileName).sort()).toEqual(filesOf(usb, code));
      expect(listed.filter((b) => b.folder === 'default').map((b) => b.fileName).sort()).toEqual(filesOf(backupsFolder(office.dir), code));
      expect(listed.some((b) => b.fileName.includes(other))).toBe(false);
    }
  });
});

describe('backups named before office codes', () => {
  /**
   * Real backups of both offices copied under the old names for 10–19 November (the rotation would keep
   * the 14th to the 19th and remove the 10th to the 13th), and files of the old name that are not
   * backups at all (1–5 October: counted as this office's, the rotation would remove the 1st to the 4th).
   */
  async function withOldNames() {
    const real = await newOffice();
    const demo = await newOffice({ officeName: 'Demo office' });
    for (const m of REGISTER) expectOk(await demo.backend.invoke('members:create', m));
    const realFile = expectOk(await real.backend.invoke('backup:make', {})).written[0]!.path;
    const demoFile = expectOk(await demo.backend.invoke('backup:make', {})).written[0]!.path;
    const realCode = officeCodeOf(real.backend);
    const demoCode = officeCodeOf(demo.backend);
    const usb = join(tempDir(), 'USB stick');
    mkdirSync(usb);
    const old = (code: string, date: string, time: string) => unmarkedName(backupFileName(code, date, time, 'daily'));
    const days = ['10', '11', '12', '13', '14', '15', '16', '17', '18', '19'].map((d) => `2026-11-${d}`);
    const realOld = days.map((d) => old(realCode, d, '120000'));
    const demoOld = days.map((d) => old(demoCode, d, '080000'));
    const junk = ['01', '02', '03', '04', '05'].map((d) => old(realCode, `2026-10-${d}`, '120000'));
    for (const folder of [backupsFolder(real.dir), usb]) {
      for (const name of realOld) copyFileSync(realFile, join(folder, name));
      for (const name of demoOld) copyFileSync(demoFile, join(folder, name));
      for (const name of junk) writeFileSync(join(folder, name), 'not a backup: no header to ask');
    }
    expectOk(await real.backend.invoke('backup:saveSettings', { extraFolder: usb }));
    return { real, usb, realOld, demoOld, junk, today: basename(realFile), realFile };
  }

  it('are this office’s when their sealed header opens with its key, wherever they are: listed and rotated as before', async () => {
    const { real, usb, realOld, demoOld, junk, today } = await withOldNames();
    const listed = await listOf(real);
    const names = (folder: 'default' | 'extra') => listed.filter((b) => b.folder === folder).map((b) => b.fileName).sort();
    // Only what its header proves to be its own, in its own default folder as on the shared stick: never another
    // office's, nor an old name with no header that can be read.
    expect(names('default')).toEqual([today, ...realOld].sort());
    expect(names('extra')).toEqual([...realOld].sort());

    expectOk(await real.backend.invoke('backup:make', {}));
    for (const folder of [backupsFolder(real.dir), usb]) {
      const files = readdirSync(folder);
      for (const name of realOld.slice(0, 4)) expect(files, folder).not.toContain(name);
      // Another office's, and those whose header cannot say they are this office's, are never removed.
      expect(files, folder).toEqual(expect.arrayContaining([...realOld.slice(4), ...demoOld, ...junk]));
    }
  });

  it('are left alone while their header cannot be read, even in the office’s own default folder, and rotated once it reads again', async () => {
    const { real, realOld, realFile } = await withOldNames();
    const folder = backupsFolder(real.dir);
    // On Windows an antivirus scan can hold a file so that it cannot be read for a moment: here the 10th's header is
    // cut short, which reads the same to the rotation. A genuine backup of this office, so it is the same file after.
    const held = join(folder, realOld[0]!);
    writeFileSync(held, readFileSync(realFile).subarray(0, 12));
    expectOk(await real.backend.invoke('backup:make', {}));
    expect(readdirSync(folder)).toContain(realOld[0]);
    for (const name of realOld.slice(1, 4)) expect(readdirSync(folder)).not.toContain(name);
    expect((await listOf(real)).map((b) => b.fileName)).not.toContain(realOld[0]);

    // Readable again: its header opens with this office's key, so it is listed and the next rotation removes it.
    copyFileSync(realFile, held);
    expect((await listOf(real)).filter((b) => b.folder === 'default').map((b) => b.fileName)).toContain(realOld[0]);
    real.clock.advance(HOUR);
    expectOk(await real.backend.invoke('backup:make', {}));
    expect(readdirSync(folder)).not.toContain(realOld[0]);
  });

  it('while the office is locked, every backup in its default folder is listed, for a restore from the unlock screen', async () => {
    const { real, realOld, demoOld, junk, today } = await withOldNames();
    expectOk(await real.backend.invoke('office:lock', {}));
    const listed = await listOf(real);
    // Its key is not known while locked, so whose each is cannot be told: the preview says what each holds.
    expect(listed.map((b) => b.fileName).sort()).toEqual([today, ...realOld, ...demoOld, ...junk].sort());
    expect(listed.every((b) => b.folder === 'default')).toBe(true);
  });
});

describe('the extra folder', () => {
  it('is refused when it is this office’s own default folder, however it is written, and nothing is saved', async () => {
    const { real, usb } = await twoOfficesOneStick();
    const own = backupsFolder(real.dir);
    mkdirSync(own, { recursive: true });
    const link = join(tempDir(), 'shortcut to the backups');
    symlinkSync(own, link);
    const before = expectOk(await real.backend.invoke('backup:settings', {}));
    expect(before.extraFolder).toBe(usb);
    for (const path of [own, `${own}/`, `${real.dir}/./office-backups`, `${tempDir()}/../${basename(real.dir)}/office-backups`, link]) {
      const refused = await real.backend.invoke('backup:saveSettings', { extraFolder: path });
      expect(refused.ok || refused.error, path).toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(/this office’s default backup folder: every backup already goes there/),
        fields: { extraFolder: expect.stringMatching(/Choose another folder, like a USB stick/) },
      });
      expect(expectOk(await real.backend.invoke('backup:settings', {}))).toEqual(before);
    }
  });

  it('may be another office’s default folder: each still lists and rotates only its own there', async () => {
    const real = await newOffice();
    const demo = await newOffice({ officeName: 'Demo office' });
    const demoDefault = backupsFolder(demo.dir);
    expectOk(await demo.backend.invoke('backup:make', {}));
    expect(expectOk(await real.backend.invoke('backup:saveSettings', { extraFolder: demoDefault })).extraFolder).toBe(demoDefault);
    const demoCode = officeCodeOf(demo.backend);
    const demoFiles = filesOf(demoDefault, demoCode);
    for (let day = 0; day < 9; day++) {
      expectOk(await real.backend.invoke('backup:make', {}));
      real.clock.advance(DAY);
    }
    expect(filesOf(demoDefault, demoCode)).toEqual(demoFiles);
    expect(filesOf(demoDefault, officeCodeOf(real.backend))).toHaveLength(7);
    expect((await listOf(demo)).map((b) => b.fileName)).toEqual(demoFiles);
    expect((await listOf(real)).filter((b) => b.folder === 'extra')).toHaveLength(7);
  });
});

describe('restoring another office’s backup', () => {
  it('is said plainly in the preview, by code, and needs confirming before anything is replaced', async () => {
    const real = await newOffice();
    const demo = await newOffice({ officeName: 'Demo office' });
    for (const m of REGISTER) expectOk(await demo.backend.invoke('members:create', m));
    const demoFile = expectOk(await demo.backend.invoke('backup:make', {})).written[0]!.path;
    const realFile = expectOk(await real.backend.invoke('backup:make', {})).written[0]!.path;
    const realCode = officeCodeOf(real.backend);
    const demoCode = officeCodeOf(demo.backend);

    expect(expectOk(await real.backend.invoke('backup:preview', { file: realFile, passphrase: PASSPHRASE })))
      .toMatchObject({ officeCode: realCode, office: 'same', openOfficeCode: realCode });
    expect(expectOk(await real.backend.invoke('backup:preview', { file: demoFile, passphrase: PASSPHRASE })))
      .toMatchObject({ officeCode: demoCode, office: 'different', openOfficeCode: realCode, tables: { people: REGISTER.length } });

    const files = readdirSync(real.dir).sort();
    const rows = dumpOf(real.backend);
    const refused = await real.backend.invoke('backup:restore', { file: demoFile, passphrase: PASSPHRASE });
    expect(refused.ok || refused.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(new RegExp(`different office database \\(code ${demoCode}\\) from the one open now \\(code ${realCode}\\).*Nothing has been changed`)),
      fields: { replaceDifferentOffice: expect.stringMatching(/Confirm that you mean/) },
    });
    expect(expectOk(await real.backend.invoke('office:status', {})).state).toBe('unlocked');
    expect(readdirSync(real.dir).sort()).toEqual(files);
    expect(dumpOf(real.backend)).toEqual(rows);

    const restored = expectOk(await real.backend.invoke('backup:restore', { file: demoFile, passphrase: PASSPHRASE, replaceDifferentOffice: true }));
    expect(restored.keptAside[0]).toMatch(/office\.db\.before-restore-/);
    expectOk(await real.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    // The database here is now the demo's: its code, its people.
    expect(officeCodeOf(real.backend)).toBe(demoCode);
    expect(expectOk(await real.backend.invoke('members:search', { query: '' })).total).toBe(REGISTER.length);
  });

  it('cannot be told while the office is locked: the preview says so, and the restore goes ahead as before', async () => {
    const real = await newOffice();
    const demo = await newOffice({ officeName: 'Demo office' });
    const demoFile = expectOk(await demo.backend.invoke('backup:make', {})).written[0]!.path;
    expectOk(await real.backend.invoke('office:lock', {}));
    expect(expectOk(await real.backend.invoke('backup:preview', { file: demoFile, passphrase: PASSPHRASE })))
      .toMatchObject({ officeCode: officeCodeOf(demo.backend), office: 'unknown', openOfficeCode: null });
    expectOk(await real.backend.invoke('backup:restore', { file: demoFile, passphrase: PASSPHRASE }));
  });
});
