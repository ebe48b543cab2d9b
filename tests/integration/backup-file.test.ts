// The backup file itself: never plaintext, opens with the passphrase or the recovery key alone, and a
// flipped byte, a cut-short file or a doctored header is found before anything is trusted.
import { copyFileSync, readFileSync, rmSync, truncateSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../electron/backend/backup/snapshot';
import { openReadOnly } from '../../electron/backend/db/open';
import { memberInput, REGISTER } from '../helpers/members';
import { backupNames, backupsFolder, databaseOffset, flipByte } from '../helpers/backup';
import { shippedMigrationCount } from '../helpers/migrations';
import { expectOk, PASSPHRASE, useOffices } from '../helpers/office';

const { newOffice, tempDir } = useOffices();

const SECRETS = ['Quaintance', 'Zebedee', 'Ormerod-Strand', 'xylo.quaintance@example.org', 'BN11 1AA', '07700 900417', 'Lantern Row'];
const SQLITE_MARKERS = ['SQLite format 3', 'CREATE TABLE', 'office_settings', 'people', 'person_roles'];

function readableIn(file: string): string[] {
  const bytes = readFileSync(file);
  return [...SECRETS, ...SQLITE_MARKERS].filter((s) => bytes.includes(Buffer.from(s, 'utf8')) || bytes.includes(Buffer.from(s, 'utf16le')));
}

async function officeWithBackup() {
  const office = await newOffice();
  expectOk(await office.backend.invoke('members:create', memberInput({ email: 'xylo.quaintance@example.org', phone: '07700 900417' })));
  for (const m of REGISTER.slice(1)) expectOk(await office.backend.invoke('members:create', m));
  const made = expectOk(await office.backend.invoke('backup:make', {}));
  expect(made.written).toHaveLength(1);
  return { ...office, file: made.written[0]!.path, made };
}

describe('a backup file', () => {
  it('is written to the folder beside the database, checked, and holds nothing readable', async () => {
    const { dir, file, made } = await officeWithBackup();
    expect(backupNames(backupsFolder(dir))).toEqual([made.written[0]!.fileName]);
    // Named by when and by the office database's code: never by the office's name (Quaintance Peer Support).
    expect(made.written[0]!.fileName).toMatch(/^peer-office-[0-9a-f]{8}-2026-11-27-100000-manual\.pobackup$/);
    expect(made.written[0]).toMatchObject({ folder: 'default', date: '2026-11-27', time: '10:00', reason: 'manual', check: 'verified' });
    expect(made.warnings).toEqual([]);
    expect(readableIn(file)).toEqual([]);
  });

  it('carries a database that does not open without the key', async () => {
    const { dir, file } = await officeWithBackup();
    const bytes = readFileSync(file);
    const part = join(dir, 'part.db');
    writeFileSync(part, bytes.subarray(databaseOffset(file)));
    const plain = new Database(part, { readonly: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    plain.close();
  });

  it('is made from a VACUUM INTO snapshot that sqlite3mc encrypts with the office’s own cipher and key', async () => {
    const office = await newOffice();
    for (const m of REGISTER) expectOk(await office.backend.invoke('members:create', m));
    const source = office.backend.session.backupSource()!;
    const snapshot = join(office.dir, 'snapshot.db');
    takeSnapshot(source.sqlite, snapshot);
    const bytes = readFileSync(snapshot);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('Quaintance'))).toBe(false);
    const plain = new Database(snapshot, { readonly: true });
    expect(() => plain.prepare('SELECT count(*) FROM people').get()).toThrow(/not a database/);
    plain.close();
    const keyed = openReadOnly(snapshot, source.dataKey);
    expect(keyed.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: REGISTER.length });
    keyed.close();
  });

  it('previews with the passphrase, and with the recovery key when the key file is gone', async () => {
    const { backend, dbPath, file, recoveryKey } = await officeWithBackup();
    const preview = expectOk(await backend.invoke('backup:preview', { file, passphrase: PASSPHRASE }));
    expect(preview).toMatchObject({
      path: file, createdAt: '2026-11-27T10:00:00.000Z', reason: 'manual', appVersion: '0.1.0', migrations: shippedMigrationCount(),
      compatibility: 'same', isDemo: false,
    });
    expect(preview.tables).toMatchObject({ people: 4, person_roles: 5, office_settings: 3, __drizzle_migrations: shippedMigrationCount() });
    expect(preview.sizeBytes).toBe(readFileSync(file).length);

    backend.close();
    rmSync(`${dbPath}.keys.json`);
    rmSync(dbPath);
    const byRecoveryKey = expectOk(await backend.invoke('backup:preview', { file, recoveryKey: recoveryKey.toLowerCase() }));
    expect(byRecoveryKey.tables).toEqual(preview.tables);
  });

  it('refuses a wrong passphrase or recovery key, naming the field', async () => {
    const { backend, file } = await officeWithBackup();
    const wrong = await backend.invoke('backup:preview', { file, passphrase: `${PASSPHRASE}!` });
    expect(wrong.ok || wrong.error.code).toBe('WRONG_SECRET');
    if (!wrong.ok) expect(wrong.error.fields).toHaveProperty('passphrase');
    const wrongKey = await backend.invoke('backup:preview', { file, recoveryKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' });
    expect(wrongKey.ok || wrongKey.error.code).toBe('WRONG_SECRET');
    if (!wrongKey.ok) expect(wrongKey.error.fields).toHaveProperty('recoveryKey');
  });

  describe('when damaged', () => {
    async function damaged(harm: (copy: string) => void) {
      const office = await officeWithBackup();
      const copy = join(tempDir(), 'copy.pobackup');
      copyFileSync(office.file, copy);
      harm(copy);
      const r = await office.backend.invoke('backup:preview', { file: copy, passphrase: PASSPHRASE });
      expect(r.ok).toBe(false);
      return r.ok ? null : r.error;
    }

    it('finds one flipped byte in the database', async () => {
      const error = await damaged((copy) => flipByte(copy, databaseOffset(copy) + 5000));
      expect(error).toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/bytes have changed/) });
    });

    it('finds a file cut short, and one with bytes added', async () => {
      expect(await damaged((copy) => truncateSync(copy, readFileSync(copy).length - 4096))).toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/shorter/) });
      expect(await damaged((copy) => appendFileSync(copy, Buffer.alloc(10)))).toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/extra bytes/) });
      expect(await damaged((copy) => truncateSync(copy, 20))).toMatchObject({ code: 'DAMAGED' });
    });

    it('finds a doctored header: a changed date, or a changed byte in the sealed part', async () => {
      const dated = await damaged((copy) => {
        const bytes = readFileSync(copy);
        const at = bytes.indexOf('2026-11-27T10:00:00.000Z');
        bytes.write('2025', at);
        writeFileSync(copy, bytes);
      });
      expect(dated).toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/header has been changed/) });
      const sealed = await damaged((copy) => flipByte(copy, databaseOffset(copy) - 3));
      expect(sealed).toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/header has been changed/) });
    });

    it('says a file that is not a backup is not one, and a missing file is missing', async () => {
      const office = await officeWithBackup();
      const notOurs = await office.backend.invoke('backup:preview', { file: office.dbPath, passphrase: PASSPHRASE });
      expect(notOurs.ok || notOurs.error).toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/not a Peer Office backup/), fields: { file: expect.any(String) } });
      const missing = await office.backend.invoke('backup:preview', { file: join(office.dir, 'nothing-here.pobackup'), passphrase: PASSPHRASE });
      expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
    });
  });
});
