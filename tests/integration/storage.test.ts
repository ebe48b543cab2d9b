// What reaches the disk: nothing readable about anyone, open or locked; and a damaged or wrong file is
// recognised as such rather than opened as an empty office.
import { copyFileSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFilePath } from '../../electron/backend/office/keyring';
import { memberInput } from '../helpers/members';
import { expectOk, PASSPHRASE, useOffices } from '../helpers/office';

const { newOffice, backendAt, tempDir } = useOffices();

// Distinctive enough that finding any of them in the files can only mean a leak.
const SECRETS = ['Quaintance', 'Zebedee', 'xylo.quaintance@example.org', 'BN11 1AA', '07700 900417', 'Lantern Row', 'Marchwood Hospice'];
const SQLITE_MARKERS = ['SQLite format 3', 'CREATE TABLE', 'office_settings'];

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]));
}

function readable(dir: string): string[] {
  const found: string[] = [];
  for (const file of filesIn(dir)) {
    const bytes = readFileSync(file);
    for (const s of [...SECRETS, ...SQLITE_MARKERS]) {
      if (bytes.includes(Buffer.from(s, 'utf8')) || bytes.includes(Buffer.from(s, 'utf16le'))) found.push(`${s} in ${file}`);
    }
  }
  return found;
}

describe('on disk', () => {
  it('holds nothing readable about a member, while open and after locking', async () => {
    const office = await newOffice({ officeName: 'Marchwood Hospice Peers' });
    expectOk(await office.backend.invoke('members:create', memberInput({
      email: 'xylo.quaintance@example.org', phone: '07700 900417', emergencyContactName: 'Zebedee Quaintance Senior',
    })));
    // Push some work through the write-ahead log as well.
    for (let i = 0; i < 20; i++) expectOk(await office.backend.invoke('members:create', memberInput({ firstName: `Zebedee${i}` })));
    const files = filesIn(office.dir).map((f) => f.slice(office.dir.length + 1));
    expect(files).toEqual(expect.arrayContaining(['office.db', 'office.db-wal', 'office.db-shm', 'office.db.keys.json']));
    expect(readable(office.dir)).toEqual([]);

    expectOk(await office.backend.invoke('office:lock', {}));
    expect(readable(office.dir)).toEqual([]);
  });

  it('reports a file damaged at the start as DAMAGED', async () => {
    const office = await newOffice();
    office.backend.close();
    const fd = openSync(office.dbPath, 'r+');
    writeSync(fd, randomBytes(512), 0, 512, 100);
    closeSync(fd);
    const r = await backendAt({ dir: office.dir }).invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(r.ok || r.error.code).toBe('DAMAGED');
  });

  it('reports random bytes with a genuine key file as DAMAGED', async () => {
    const office = await newOffice();
    office.backend.close();
    writeFileSync(office.dbPath, randomBytes(statSync(office.dbPath).size));
    const r = await backendAt({ dir: office.dir }).invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(r.ok || r.error.code).toBe('DAMAGED');
  });

  it('reports damage deep inside the file as DAMAGED when it is read, never as an unexplained error', async () => {
    const dir = tempDir();
    const backend = backendAt({ dir });
    expectOk(await backend.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
    // The register's own pages, as SQLite numbers them (from 1), never the schema on page 1: the demo's
    // rota fills most of the file, so "the second half" would miss the register altogether.
    const { sqlite } = backend.session.context();
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
    const pages = (sqlite.prepare(`SELECT pageno FROM dbstat WHERE name = 'people' AND pageno > 1`).all() as { pageno: number }[]).map((p) => p.pageno);
    expect(pages.length).toBeGreaterThan(10);
    backend.close();
    const dbPath = join(dir, 'office.db');
    const fd = openSync(dbPath, 'r+');
    // A few bytes in each of those pages.
    for (const page of pages) writeSync(fd, randomBytes(16), 0, 16, (page - 1) * pageSize + 2000);
    closeSync(fd);

    const reopened = backendAt({ dir });
    const unlocked = await reopened.invoke('office:unlock', { passphrase: PASSPHRASE });
    const found = unlocked.ok ? await reopened.invoke('members:search', {}) : unlocked;
    expect(found.ok || found.error.code).toBe('DAMAGED');
    if (!found.ok) expect(found.error.message).toMatch(/backup/);
  });

  it('reports an empty (truncated) file as DAMAGED and leaves it alone', async () => {
    const office = await newOffice();
    office.backend.close();
    writeFileSync(office.dbPath, '');
    const r = await backendAt({ dir: office.dir }).invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(r.ok || r.error.code).toBe('DAMAGED');
    expect(statSync(office.dbPath).size).toBe(0);
  });

  it('reports a missing or damaged key file as DAMAGED, naming the file to restore', async () => {
    const office = await newOffice();
    office.backend.close();
    const keys = keyFilePath(office.dbPath);
    copyFileSync(keys, `${keys}.saved`);
    rmSync(keys);
    const missing = await backendAt({ dir: office.dir }).invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(missing.ok || missing.error.code).toBe('DAMAGED');
    if (!missing.ok) expect(missing.error.message).toContain(keys);

    writeFileSync(keys, '{"format":"something else"}');
    const wrongFormat = await backendAt({ dir: office.dir }).invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(wrongFormat.ok || wrongFormat.error.code).toBe('DAMAGED');

    writeFileSync(keys, 'not json at all');
    const garbage = await backendAt({ dir: office.dir }).invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(garbage.ok || garbage.error.code).toBe('DAMAGED');

    copyFileSync(`${keys}.saved`, keys);
    expect(expectOk(await backendAt({ dir: office.dir }).invoke('office:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
  });

  it('will not open another office’s database with this office’s key file', async () => {
    const a = await newOffice();
    const b = await newOffice();
    a.backend.close();
    b.backend.close();
    copyFileSync(b.dbPath, a.dbPath);
    const r = await backendAt({ dir: a.dir }).invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(r.ok || r.error.code).toBe('DAMAGED');
  });
});
