// Restoring: exactly the rows of the backup's day come back, with the passphrase or the recovery key;
// the database as it was is kept aside, never deleted; a backup from a newer version changes nothing.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFilePath } from '../../electron/backend/office/keyring';
import { memberInput, REGISTER } from '../helpers/members';
import { backupNames, backupsFolder, dumpOf, firstVersionBackup, officeCodeOf } from '../helpers/backup';
import { newestShippedMigration, shippedMigrationCount } from '../helpers/migrations';
import { backedUpBeforeItsStick, expectOk, MIGRATIONS_DIR, PASSPHRASE, useOffices } from '../helpers/office';
import { createBackend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';

const offices = useOffices();
const { newOffice, backendAt, tempDir } = offices;

/** An office with the register, backed up, then changed: one member added, one deleted. */
async function changedSinceBackup() {
  const office = await newOffice();
  for (const m of REGISTER) expectOk(await office.backend.invoke('members:create', m));
  const atBackup = dumpOf(office.backend);
  const file = expectOk(await office.backend.invoke('backup:make', {})).written[0]!.path;
  expectOk(await office.backend.invoke('members:create', memberInput({ firstName: 'Yolanda', lastName: 'Quince' })));
  expectOk(await office.backend.invoke('members:delete', { id: 2 }));
  const afterChanges = dumpOf(office.backend);
  expect(afterChanges).not.toEqual(atBackup);
  return { ...office, file, atBackup, afterChanges };
}

describe('a wrong secret for a backup', () => {
  it('counts as a failed unlock: limited like unlocking, and noted for the audit log', async () => {
    const office = await newOffice();
    const file = expectOk(await office.backend.invoke('backup:make', {})).written[0]!.path;
    for (let i = 0; i < 10; i++) {
      const wrong = await office.backend.invoke('backup:preview', { file, passphrase: `not the passphrase ${i}` });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    }
    // Guessing through the backup has used up the free attempts: the right one must wait too, as must unlocking.
    expect(await office.backend.invoke('backup:preview', { file, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(await office.backend.invoke('backup:restore', { file, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    // The office is open, so each is in the log at once, the refusals unchecked too (audit-secrets.test.ts).
    const failed = office.backend.session.context().sqlite.prepare(`SELECT channel, summary FROM audit_log WHERE action = 'unlock-failed'`).all() as { channel: string; summary: string }[];
    expect(failed.map((e) => e.channel)).toEqual([...Array<string>(11).fill('backup:preview'), 'backup:restore']);
    expect(failed.filter((e) => /too many attempts/.test(e.summary))).toHaveLength(2);
  });
});

describe('restoring a backup', () => {
  it('gives back exactly the rows of the backup, with the passphrase, and keeps the old database aside', async () => {
    const office = await changedSinceBackup();
    const restored = expectOk(await office.backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE }));
    expect(restored.status).toEqual({ state: 'locked', officeName: null, isDemo: false });
    expect(restored.createdAt).toBe('2026-11-27T10:00:00.000Z');
    expect(restored.restoredTo).toEqual({ databasePath: office.dbPath, demoLeftAsItWas: false });
    expect(restored.keptAside).toEqual([
      `${office.dbPath}.before-restore-2026-11-27-100000`, keyFilePath(`${office.dbPath}.before-restore-2026-11-27-100000`),
    ]);
    expect(restored.keptAside.every((f) => existsSync(f))).toBe(true);
    expect(existsSync(`${office.dbPath}.restoring`)).toBe(false);

    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(dumpOf(office.backend)).toEqual(office.atBackup);

    // The database as it was before the restore opens under its kept-aside name, with everything in it.
    const aside = backendAt({ dir: office.dir, dbPath: restored.keptAside[0]! });
    expectOk(await aside.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(dumpOf(aside)).toEqual(office.afterChanges);
  });

  it('works with the recovery key on a PC with no database and no key file', async () => {
    const office = await changedSinceBackup();
    const elsewhere = join(tempDir(), 'copied.pobackup');
    office.backend.close();
    copyFileSync(office.file, elsewhere);

    const newPc = tempDir();
    const backend = backendAt({ dir: newPc });
    expect(expectOk(await backend.invoke('office:status', {})).state).toBe('none');
    const restored = expectOk(await backend.invoke('backup:restore', { file: elsewhere, recoveryKey: office.recoveryKey }));
    expect(restored.keptAside).toEqual([]);
    expect(restored.status.state).toBe('locked');
    expect(existsSync(keyFilePath(join(newPc, 'office.db')))).toBe(true);

    expectOk(await backend.invoke('office:unlock', { recoveryKey: office.recoveryKey }));
    expect(dumpOf(backend)).toEqual(office.atBackup);
  });

  it('moves a leftover WAL aside with its database, so it is never replayed into the restored one', async () => {
    const office = await changedSinceBackup();
    office.backend.session.context().sqlite.pragma('wal_autocheckpoint = 0');
    expectOk(await office.backend.invoke('members:create', memberInput({ firstName: 'Walter', lastName: 'Quickfall' })));
    // What a crash leaves on disk: the database with its WAL beside it, holding the last member.
    const crashed = tempDir();
    for (const f of ['office.db', 'office.db-wal', 'office.db.keys.json']) copyFileSync(join(office.dir, f), join(crashed, f));
    const backend = backendAt({ dir: crashed });
    const restored = expectOk(await backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE }));
    const aside = join(crashed, 'office.db.before-restore-2026-11-27-100000');
    expect(restored.keptAside).toEqual([aside, `${aside}-wal`, keyFilePath(aside)]);
    expect(existsSync(join(crashed, 'office.db-wal'))).toBe(false);

    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(dumpOf(backend)).toEqual(office.atBackup);
    const old = backendAt({ dir: crashed, dbPath: aside });
    expectOk(await old.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await old.invoke('members:search', { query: 'Quickfall' })).total).toBe(1);
  });

  it('while the demo is open, restores to the office’s usual place and never over the demo file', async () => {
    const office = await changedSinceBackup();
    const dir = tempDir();
    const backend = createBackend({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: office.clock.now, logger: silentLogger });
    try {
      expectOk(await backend.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
      const demoBytes = readFileSync(join(dir, 'demo-office.db'));
      // Said before (the preview) and after: the backup goes to the office's usual place, the demo left as it was.
      const where = { databasePath: join(dir, 'office.db'), demoLeftAsItWas: true };
      expect(expectOk(await backend.invoke('backup:preview', { file: office.file, passphrase: PASSPHRASE })).restoresTo).toEqual(where);
      const restored = expectOk(await backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE }));
      expect(restored.restoredTo).toEqual(where);
      expect(restored.keptAside).toEqual([]);
      expect(readFileSync(join(dir, 'demo-office.db')).equals(demoBytes)).toBe(true);
      expect(expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }))).toMatchObject({ officeName: 'Quaintance Peer Support', isDemo: false });
      expect(backend.session.databasePath()).toBe(join(dir, 'office.db'));
      expect(dumpOf(backend)).toEqual(office.atBackup);
    } finally {
      backend.close();
    }
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const office = await changedSinceBackup();
    const before = readdirSync(office.dir).sort();
    const r = await office.backend.invoke('backup:restore', { file: office.file, passphrase: 'not the passphrase at all' });
    expect(r.ok || r.error.code).toBe('WRONG_SECRET');
    // Only the note of a failed attempt for the limit on guessing is new (the open office's audit log says so
    // at once: audit-secrets.test.ts): no database file moved or changed.
    expect(readdirSync(office.dir).sort()).toEqual([...before, 'office.db.attempts.json'].sort());
    expect(expectOk(await office.backend.invoke('office:status', {})).state).toBe('unlocked');
    expect(dumpOf(office.backend)).toEqual(office.afterChanges);
  });

  it('refuses a backup from a newer version of Peer Office, leaving everything as it was', async () => {
    const future = await newOffice();
    future.backend.session.context().sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('from-the-future', newestShippedMigration() + 86_400_000);
    const file = expectOk(await future.backend.invoke('backup:make', {})).written[0]!.path;
    const preview = expectOk(await future.backend.invoke('backup:preview', { file, passphrase: PASSPHRASE }));
    expect(preview).toMatchObject({ compatibility: 'newer', migrations: shippedMigrationCount() + 1 });

    const office = await changedSinceBackup();
    office.backend.session.context().sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const files = readdirSync(office.dir).sort();
    const bytes = readFileSync(office.dbPath);
    const r = await office.backend.invoke('backup:restore', { file, passphrase: PASSPHRASE });
    expect(r.ok || r.error).toMatchObject({ code: 'TOO_NEW', message: expect.stringMatching(/newer version.*Nothing has been changed/) });
    expect(readdirSync(office.dir).sort()).toEqual(files);
    expect(readFileSync(office.dbPath).equals(bytes)).toBe(true);
    expect(expectOk(await office.backend.invoke('office:status', {})).state).toBe('unlocked');
    expect(dumpOf(office.backend)).toEqual(office.afterChanges);
  });

  it('restores a backup from an older version, which is updated (and backed up first) when next unlocked', async () => {
    const file = await firstVersionBackup({ tempDir, backendAt });

    const office = await newOffice();
    const preview = expectOk(await office.backend.invoke('backup:preview', { file, passphrase: PASSPHRASE }));
    expect(preview).toMatchObject({ compatibility: 'older', migrations: 1, office: 'different' });
    // Another office's backup over the open one: confirmed, as the preview asks (backup-offices.test.ts).
    expectOk(await office.backend.invoke('backup:restore', { file, passphrase: PASSPHRASE, replaceDifferentOffice: true }));
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await office.backend.invoke('office:settings', {})).officeName).toBe('Old office');
    const { sqlite } = office.backend.session.context();
    expect((sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(shippedMigrationCount());
    expect(backupNames(backupsFolder(office.dir)).filter((n) => n.includes('before-migration'))).toHaveLength(1);
  });

  it('refuses a file that is not a backup without touching the office', async () => {
    const office = await changedSinceBackup();
    rmSync(office.file);
    const r = await office.backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE });
    expect(r.ok || r.error.code).toBe('NOT_FOUND');
    const notOurs = await office.backend.invoke('backup:restore', { file: keyFilePath(office.dbPath), passphrase: PASSPHRASE });
    expect(notOurs.ok || notOurs.error.code).toBe('DAMAGED');
    expect(dumpOf(office.backend)).toEqual(office.afterChanges);
  });
});

describe('the name the replaced database is kept aside under', () => {
  it('is one no file that goes with a database already has: a stray marker of an earlier one is neither replaced nor taken for this one’s', async () => {
    const office = await changedSinceBackup();
    expectOk(await office.backend.invoke('office:lock', {})); // the one file then holds everything
    const moved = tempDir();
    for (const f of ['office.db', 'office.db.keys.json']) copyFileSync(join(office.dir, f), join(moved, f));
    // Left by hand beside where the first aside name would go: an in-use marker there would say that file's WAL must be there too.
    const base = join(moved, 'office.db.before-restore-2026-11-27-100000');
    writeFileSync(`${base}.in-use`, 'an earlier marker');
    const backend = backendAt({ dir: moved });
    const restored = expectOk(await backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE }));
    expect(restored.keptAside).toEqual([`${base}-2`, keyFilePath(`${base}-2`)]);
    expect(readFileSync(`${base}.in-use`, 'utf8')).toBe('an earlier marker');
    const old = backendAt({ dir: moved, dbPath: `${base}-2` });
    // It opens (no marker of another's claims a WAL lost) and holds the member added after the backup.
    expectOk(await old.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await old.invoke('members:search', { query: 'Quince' })).total).toBe(1);
  });
});

describe('which office database a restore replaces, on Windows', () => {
  it('takes the open file, named in other letter cases, for the one replaced: another office’s backup still needs confirming', async () => {
    const other = await newOffice({ officeName: 'Another office' });
    const otherFile = expectOk(await other.backend.invoke('backup:make', {})).written[0]!.path;
    // Through any link in the temporary folder's path, so that only the letter case differs below.
    const dir = realpathSync(tempDir());
    const backend = createBackend({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: other.clock.now, logger: silentLogger });
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      expectOk(await backend.invoke('office:create', { officeName: 'Quaintance Peer Support', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
      const code = officeCodeOf(backend);
      // The settings file names the open database in other letters (a path typed or chosen by hand): one file on Windows.
      writeFileSync(join(dir, 'peer-office.json'), JSON.stringify({ databasePath: join(dir, 'Office.DB') }));
      const filesBefore = readdirSync(dir).sort();
      Object.defineProperty(process, 'platform', { value: 'win32' });

      const preview = expectOk(await backend.invoke('backup:preview', { file: otherFile, passphrase: PASSPHRASE }));
      expect(preview).toMatchObject({ office: 'different', openOfficeCode: code });
      const refused = await backend.invoke('backup:restore', { file: otherFile, passphrase: PASSPHRASE });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { replaceDifferentOffice: expect.any(String) } } });
      expect(readdirSync(dir).sort()).toEqual(filesBefore);
      expect(expectOk(await backend.invoke('office:status', {})).state).toBe('unlocked');
    } finally {
      Object.defineProperty(process, 'platform', platform);
      backend.close();
    }
  });
});

describe('the extra backup folder through a restore from Settings', () => {
  /** The restore's own entry in the restored log (read once unlocked). */
  const restoreSummary = (office: { backend: ReturnType<typeof backendAt> }): string =>
    (office.backend.session.context().sqlite.prepare(`SELECT summary FROM audit_log WHERE action = 'restore' ORDER BY id DESC LIMIT 1`).get() as { summary: string }).summary;

  it('stays as set after a restore of this office’s backup made before the folder was chosen: the next backup still goes to both folders', async () => {
    const { office, file, usb } = await backedUpBeforeItsStick(offices);

    const restored = expectOk(await office.backend.invoke('backup:restore', { file, passphrase: PASSPHRASE }));
    expect(restored.extraBackupFolder).toBe(usb);
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await office.backend.invoke('backup:settings', {})).extraFolder).toBe(usb);
    // Said in the log, without the path: a folder's name is for the Settings page.
    expect(restoreSummary(office)).toMatch(/; the extra backup folder was kept$/);
    expect(restoreSummary(office)).not.toContain(usb);
    const next = expectOk(await office.backend.invoke('backup:make', {}));
    expect(next.written.map((w) => [w.folder, w.check])).toEqual([['default', 'verified'], ['extra', 'verified']]);
    expect(backupNames(usb)).toEqual([next.written[1]!.fileName]);
  });

  it('stays cleared after a restore of this office’s backup made while it was set', async () => {
    const office = await newOffice();
    const usb = join(tempDir(), 'USB stick');
    mkdirSync(usb);
    expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: usb }));
    const file = expectOk(await office.backend.invoke('backup:make', {})).written[0]!.path;
    expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: null }));

    const restored = expectOk(await office.backend.invoke('backup:restore', { file, passphrase: PASSPHRASE }));
    expect(restored.extraBackupFolder).toBeNull();
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await office.backend.invoke('backup:settings', {})).extraFolder).toBeNull();
    expect(restoreSummary(office)).toMatch(/; backups still go to the default folder only, as before the restore$/);
    expect(expectOk(await office.backend.invoke('backup:make', {})).written.map((w) => w.folder)).toEqual(['default']);
  });

  it('is the other office’s own after a restore of another office’s backup', async () => {
    const other = await newOffice({ officeName: 'Another office' });
    const otherStick = join(tempDir(), 'Their stick');
    mkdirSync(otherStick);
    expectOk(await other.backend.invoke('backup:saveSettings', { extraFolder: otherStick }));
    const otherFile = expectOk(await other.backend.invoke('backup:make', {})).written[0]!.path;
    const plain = await newOffice({ officeName: 'No stick office' });
    const plainFile = expectOk(await plain.backend.invoke('backup:make', {})).written[0]!.path;

    const office = await newOffice();
    const usb = join(tempDir(), 'USB stick');
    mkdirSync(usb);
    expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: usb }));
    const restored = expectOk(await office.backend.invoke('backup:restore', { file: otherFile, passphrase: PASSPHRASE, replaceDifferentOffice: true }));
    expect(restored.extraBackupFolder).toBeNull();
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await office.backend.invoke('backup:settings', {})).extraFolder).toBe(otherStick);
    expect(restoreSummary(office)).not.toMatch(/extra backup folder|default folder only/);

    // One with none keeps none: this office's folder is not carried into it.
    expectOk(await office.backend.invoke('backup:restore', { file: plainFile, passphrase: PASSPHRASE, replaceDifferentOffice: true }));
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await office.backend.invoke('backup:settings', {})).extraFolder).toBeNull();
  });
});
