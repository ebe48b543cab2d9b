// `peer-office check` only looks: it opens the database read-only, so the database file, its audit log and
// the audit entries waiting in the pending file are exactly as they were; a database that needs an update
// is reported with its own exit code, never updated.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addPending, pendingFilePath } from '../../electron/backend/audit/pending';
import { openReadOnly } from '../../electron/backend/db/open';
import { readEnvelope, unwrapKey } from '../../electron/backend/office/keyring';
import { runCli } from '../helpers/cli';
import { PASSPHRASE, useOffices } from '../helpers/office';

const { newOffice } = useOffices();
const withPassphrase = { PEER_OFFICE_PASSPHRASE: PASSPHRASE };

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Reads the database without writing to it, as check itself does, for what the test compares. */
async function readOnly<T>(dbPath: string, read: (sqlite: ReturnType<typeof openReadOnly>) => T): Promise<T> {
  const key = (await unwrapKey(readEnvelope(dbPath)!.wraps.passphrase, PASSPHRASE, 'passphrase'))!;
  const sqlite = openReadOnly(dbPath, key);
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
    key.fill(0);
  }
}
const auditCount = (dbPath: string) => readOnly(dbPath, (s) => (s.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n);

/** An office closed as the app leaves it, with a failed unlock waiting in the pending file for the next unlock. */
async function closedOfficeWithPending() {
  const office = await newOffice();
  office.backend.close();
  addPending(office.dbPath, { kind: 'unlock-failed', at: '2026-11-27T10:05:00.000Z', secret: 'passphrase', refused: 'WRONG_SECRET' });
  return office;
}

describe('peer-office check', { timeout: 120_000 }, () => {
  it('changes nothing: the database file, its audit log and the pending audit entries stay as they were', async () => {
    const office = await closedOfficeWithPending();
    const before = { files: readdirSync(office.dir).sort(), db: hashOf(office.dbPath), pending: readFileSync(pendingFilePath(office.dbPath), 'utf8'), audit: await auditCount(office.dbPath) };
    expect(before.audit).toBeGreaterThan(0);

    const run = await runCli(['check', '--db', office.dbPath], withPassphrase);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, pendingUpdates: 0, isDemo: false });

    expect(await auditCount(office.dbPath)).toBe(before.audit);
    expect(readFileSync(pendingFilePath(office.dbPath), 'utf8')).toBe(before.pending);
    expect(hashOf(office.dbPath)).toBe(before.db);
    // No in-use marker or backup folder left behind. A read-only SQLite connection may leave its shared-memory
    // index and an empty WAL (it cannot remove them as it closes): neither holds a record.
    const sqliteOwn = (f: string) => f.endsWith('-shm') || f.endsWith('-wal');
    expect(readdirSync(office.dir).filter((f) => !sqliteOwn(f)).sort()).toEqual(before.files.filter((f) => !sqliteOwn(f)));
    if (existsSync(`${office.dbPath}-wal`)) expect(statSync(`${office.dbPath}-wal`).size).toBe(0);
  });

  it('says so, with exit code 5, when the database needs an update, and does not update it', async () => {
    const office = await newOffice();
    // As if made by the version before the newest: its newest update not yet applied.
    office.backend.session.context().sqlite.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)').run();
    office.backend.close();
    const applied = () => readOnly(office.dbPath, (s) => (s.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n);
    const before = { db: hashOf(office.dbPath), applied: await applied() };

    const run = await runCli(['check', '--db', office.dbPath], withPassphrase);
    expect(run.code).toBe(5);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, pendingUpdates: 1 });
    expect(run.stderr).toMatch(/sound, but this version of Peer Office has a database update it has not had yet/);
    expect(run.stderr).toMatch(/Nothing has been changed/);
    expect(await applied()).toBe(before.applied);
    expect(hashOf(office.dbPath)).toBe(before.db);
    expect(readdirSync(office.dir).filter((f) => f.includes('backup'))).toEqual([]);
  });
});
