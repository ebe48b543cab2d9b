// A damaged office database (a changed byte, a file cut short, a lost -wal) is refused at unlock with a
// clear DAMAGED message and the way back (a backup); never opened with wrong or missing records, and no
// file is ever deleted or changed by the attempt. Real encrypted offices, damaged on disk.
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { inUseMarkerPath } from '../../electron/backend/db/in-use';
import { filesIn, flipByte, sha256Of } from '../helpers/backup';
import { memberInput } from '../helpers/members';
import { closedRegisterOffice, expectOk, memberFirstNames, PASSPHRASE, useOffices } from '../helpers/office';

const offices = useOffices();
const { newOffice, backendAt, tempDir } = offices;

const OFFICE_FILES = ['office.db', 'office.db.keys.json'];

/** Every file that was there is still there, byte for byte (SQLite may add an empty -shm of its own). */
function expectUntouched(before: Record<string, string>, dir: string, except: string[] = []): void {
  const after = filesIn(dir);
  for (const [name, sha] of Object.entries(before)) if (!except.includes(name)) expect({ name, sha: after[name] }).toEqual({ name, sha });
}

/** The register in an office that was then closed cleanly, with a backup of it; and where its people's pages are. */
const closedOffice = () => closedRegisterOffice(offices, async (backend) => {
  const backup = expectOk(await backend.invoke('backup:make', {})).written[0]!.path;
  const { sqlite } = backend.session.context();
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  const pageCount = sqlite.pragma('page_count', { simple: true }) as number;
  // Pages as SQLite numbers them (from 1); page 1 is the schema, which the key check alone already reads.
  const peoplePages = (sqlite.prepare(`SELECT pageno FROM dbstat WHERE name = 'people'`).all() as { pageno: number }[]).map((p) => p.pageno);
  return { backup, pageSize, pageCount, peoplePages };
});

type Closed = Awaited<ReturnType<typeof closedOffice>>;

/** A copy of the closed office's files in a new folder, as another PC (or a later day) would find them. */
function copyOf(office: Closed, files = OFFICE_FILES): { dir: string; dbPath: string } {
  const dir = tempDir();
  for (const f of files) copyFileSync(join(office.dir, f), join(dir, f));
  return { dir, dbPath: join(dir, 'office.db') };
}

async function expectDamagedAtUnlock(dir: string, message: RegExp): Promise<Backend> {
  const backend = backendAt({ dir });
  const r = await backend.invoke('office:unlock', { passphrase: PASSPHRASE });
  expect(r.ok || r.error).toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(message) });
  if (!r.ok) expect(r.error.message).toMatch(/backup/);
  // Never left open behind the refusal: no screen can show what the file holds.
  expect(expectOk(await backend.invoke('office:status', {})).state).toBe('locked');
  expect((await backend.invoke('members:search', {})).ok).toBe(false);
  return backend;
}

describe('a damaged office database', () => {
  it('with one changed byte in a page of the register, is refused at unlock, left as it was, and restored from its backup', async () => {
    const office = await closedOffice();
    const page = office.peoplePages[Math.floor(office.peoplePages.length / 2)]!;
    const { dir, dbPath } = copyOf(office);
    flipByte(dbPath, (page - 1) * office.pageSize + Math.floor(office.pageSize / 2));
    const before = filesIn(dir);

    const backend = await expectDamagedAtUnlock(dir, /Part of the database file .*office\.db is damaged.*nothing has been deleted/);
    expectUntouched(before, dir);
    // Nothing added either: the empty -wal and -shm the check's own look made are taken away again.
    expect(Object.keys(filesIn(dir))).toEqual(Object.keys(before));

    // The way back works while locked: the backups are listed, and the restore keeps the damaged file aside.
    copyFileSync(office.backup, join(dir, 'from-the-usb-stick.pobackup'));
    const restored = expectOk(await backend.invoke('backup:restore', { file: join(dir, 'from-the-usb-stick.pobackup'), passphrase: PASSPHRASE }));
    expect(sha256Of(restored.keptAside[0]!)).toBe(before['office.db']);
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(backend)).toEqual(office.names);
  });

  it('is refused wherever the changed byte is: the first data page, the middle, the last page', async () => {
    const office = await closedOffice();
    for (const page of [2, Math.ceil(office.pageCount / 2), office.pageCount]) {
      const { dir, dbPath } = copyOf(office);
      flipByte(dbPath, (page - 1) * office.pageSize + 100);
      const before = filesIn(dir);
      await expectDamagedAtUnlock(dir, /damaged/);
      expectUntouched(before, dir);
    }
  });

  it('cut short (by a page, to half, mid-page, to nothing) is refused and never started afresh', async () => {
    const office = await closedOffice();
    const size = office.pageCount * office.pageSize;
    for (const length of [size - office.pageSize, Math.floor(office.pageCount / 2) * office.pageSize, size - 1000, 0]) {
      const { dir, dbPath } = copyOf(office);
      truncateSync(dbPath, length);
      const before = filesIn(dir);
      await expectDamagedAtUnlock(dir, /database file .*office\.db is damaged/);
      expectUntouched(before, dir);
      expect(statSync(dbPath).size).toBe(length);
    }
  });

  it('with a changed byte and a -wal left by a crash, is refused without folding the WAL into it', async () => {
    const office = await newOffice();
    expectOk(await office.backend.invoke('members:create', memberInput({ firstName: 'Ambrose' })));
    const { sqlite } = office.backend.session.context();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('wal_autocheckpoint = 0');
    expectOk(await office.backend.invoke('members:create', memberInput({ firstName: 'Walter' })));
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
    // A page the WAL holds no newer copy of (adding a member never touches the dated rates), so it is read from the file.
    const page = (sqlite.prepare(`SELECT max(pageno) AS p FROM dbstat WHERE name = 'dated_settings'`).get() as { p: number }).p;
    // What a crash leaves: the database, its WAL and its in-use marker.
    const dir = tempDir();
    for (const f of [...OFFICE_FILES, 'office.db-wal', 'office.db.in-use']) copyFileSync(join(office.dir, f), join(dir, f));
    flipByte(join(dir, 'office.db'), (page - 1) * pageSize + 200);
    const before = filesIn(dir);
    await expectDamagedAtUnlock(dir, /damaged/);
    expectUntouched(before, dir);
  });
});

describe('a lost -wal', () => {
  /** An office with changes that are only in its WAL, copied as a crash leaves it: WAL and marker included. */
  async function crashedWithChangesInTheWal() {
    const office = await newOffice();
    expectOk(await office.backend.invoke('members:create', memberInput({ firstName: 'Ambrose' })));
    const { sqlite } = office.backend.session.context();
    // Everything so far in the database file itself; what follows stays in the WAL, as between checkpoints.
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('wal_autocheckpoint = 0');
    for (const firstName of ['Walter', 'Winifred']) expectOk(await office.backend.invoke('members:create', memberInput({ firstName })));
    const dir = tempDir();
    for (const f of [...OFFICE_FILES, 'office.db-wal', 'office.db.in-use']) copyFileSync(join(office.dir, f), join(dir, f));
    return { dir, dbPath: join(dir, 'office.db'), backend: office.backend };
  }

  it('after a crash, with the WAL still there, opens with every committed change: no false alarm', async () => {
    const { dir } = await crashedWithChangesInTheWal();
    const backend = backendAt({ dir });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(backend)).toEqual(['Ambrose', 'Walter', 'Winifred']);
  });

  it('is reported, once, naming the file and when the lost changes began; put back, nothing is lost', async () => {
    const { dir, dbPath } = await crashedWithChangesInTheWal();
    const savedWal = readFileSync(`${dbPath}-wal`);
    rmSync(`${dbPath}-wal`);
    const before = filesIn(dir);

    const backend = await expectDamagedAtUnlock(dir, /office\.db-wal is missing.*changes saved since 27\/11\/2026 at 10:00.*Nothing has been changed or deleted/);
    expectUntouched(before, dir, ['office.db.in-use']);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);

    // The person finds the file and puts it back: every change is there.
    writeFileSync(`${dbPath}-wal`, savedWal);
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(backend)).toEqual(['Ambrose', 'Walter', 'Winifred']);
  });

  it('once reported, unlocking again opens the records as they were before the lost changes, and it is not reported again', async () => {
    const { dir, dbPath } = await crashedWithChangesInTheWal();
    rmSync(`${dbPath}-wal`);
    const backend = await expectDamagedAtUnlock(dir, /office\.db-wal is missing/);
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(backend)).toEqual(['Ambrose']);
    expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Cressida' })));
    expectOk(await backend.invoke('office:lock', {}));
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(backend)).toEqual(['Ambrose', 'Cressida']);
  });

  it('is no loss after a clean close: the database file alone holds everything, and opens without a word', async () => {
    const office = await newOffice();
    expectOk(await office.backend.invoke('members:create', memberInput({ firstName: 'Ambrose' })));
    office.backend.session.context().sqlite.pragma('wal_autocheckpoint = 0');
    expectOk(await office.backend.invoke('members:create', memberInput({ firstName: 'Walter' })));
    expectOk(await office.backend.invoke('office:lock', {}));
    expect(readdirSync(office.dir).filter((f) => f.startsWith('office.db')).sort()).toEqual(['office.db', 'office.db.keys.json']);
    const dir = tempDir();
    for (const f of OFFICE_FILES) copyFileSync(join(office.dir, f), join(dir, f));
    const backend = backendAt({ dir });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(backend)).toEqual(['Ambrose', 'Walter']);
  });

  it('is no false alarm when the office closes in the middle of a call: the unfinished change is rolled back first', async () => {
    const office = await newOffice();
    expectOk(await office.backend.invoke('members:create', memberInput({ firstName: 'Ambrose' })));
    const { sqlite } = office.backend.session.context();
    sqlite.exec('BEGIN IMMEDIATE'); // a call still inside its transaction as the app quits
    sqlite.prepare(`UPDATE office_settings SET value = 'half-done' WHERE key = 'officeName'`).run();
    office.backend.close();
    expect(existsSync(inUseMarkerPath(office.dbPath))).toBe(false);
    expect(existsSync(`${office.dbPath}-wal`)).toBe(false);
    const backend = backendAt({ dir: office.dir });
    expect(expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect(await memberFirstNames(backend)).toEqual(['Ambrose']);
    expect(expectOk(await backend.invoke('office:settings', {})).officeName).not.toBe('half-done');
  });

  it('is not reported for a backup restored over a crashed office: the old marker goes aside with its database', async () => {
    const { dir, dbPath, backend: original } = await crashedWithChangesInTheWal();
    const file = expectOk(await original.invoke('backup:make', {})).written[0]!.path;
    const backend = backendAt({ dir });
    const restored = expectOk(await backend.invoke('backup:restore', { file, passphrase: PASSPHRASE }));
    expect(restored.keptAside).toContain(inUseMarkerPath(`${dbPath}.before-restore-2026-11-27-100000`));
    expect(existsSync(inUseMarkerPath(dbPath))).toBe(false);
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(backend)).toEqual(['Ambrose', 'Walter', 'Winifred']);
  });

  it('is not reported for a backup restored where only a marker was left (its database deleted by hand)', async () => {
    const { dir, dbPath, backend: original } = await crashedWithChangesInTheWal();
    const file = expectOk(await original.invoke('backup:make', {})).written[0]!.path;
    for (const f of ['office.db', 'office.db-wal', 'office.db.keys.json']) rmSync(join(dir, f));
    const backend = backendAt({ dir });
    expect(expectOk(await backend.invoke('backup:restore', { file, passphrase: PASSPHRASE })).keptAside).toEqual([]);
    expect(existsSync(inUseMarkerPath(dbPath))).toBe(false);
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(backend)).toEqual(['Ambrose', 'Walter', 'Winifred']);
  });
});
