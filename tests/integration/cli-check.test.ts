// `peer-office check` only looks: it opens the database read-only, so the database file, its audit log and
// the audit entries waiting in the pending file are exactly as they were; a database that needs an update
// is reported with its own exit code, never updated.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addPending, pendingFilePath, readPending } from '../../electron/backend/audit/pending';
import { openReadOnly } from '../../electron/backend/db/open';
import { attemptsFilePath, FREE_ATTEMPTS } from '../../electron/backend/office/attempts';
import { readEnvelope, unwrapKey } from '../../electron/backend/office/keyring';
import { sha256Of } from '../helpers/backup';
import { runCli, withPassphrase } from '../helpers/cli';
import { expectOk, PASSPHRASE, useOffices } from '../helpers/office';

const { newOffice, backendAt } = useOffices();

/** Wrong attempts noted beside the database, each at the real time now (the CLI's clock). */
const noteFailures = (dbPath: string, n: number) =>
  writeFileSync(attemptsFilePath(dbPath), JSON.stringify({ format: 'peer-office-attempts', failures: Array.from({ length: n }, () => new Date().toISOString()) }));
const failuresNoted = (dbPath: string): number =>
  existsSync(attemptsFilePath(dbPath)) ? (JSON.parse(readFileSync(attemptsFilePath(dbPath), 'utf8')) as { failures: string[] }).failures.length : 0;

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
  addPending(office.dbPath, { kind: 'unlock-failed', channel: 'office:unlock', at: '2026-11-27T10:05:00.000Z', secret: 'passphrase', refused: 'WRONG_SECRET' });
  return office;
}

describe('peer-office check', { timeout: 120_000 }, () => {
  it('changes nothing: the database file, its audit log and the pending audit entries stay as they were', async () => {
    const office = await closedOfficeWithPending();
    const before = { files: readdirSync(office.dir).sort(), db: sha256Of(office.dbPath), pending: readFileSync(pendingFilePath(office.dbPath), 'utf8'), audit: await auditCount(office.dbPath) };
    expect(before.audit).toBeGreaterThan(0);

    const run = await runCli(['check', '--db', office.dbPath], withPassphrase);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, pendingUpdates: 0, isDemo: false });

    expect(await auditCount(office.dbPath)).toBe(before.audit);
    expect(readFileSync(pendingFilePath(office.dbPath), 'utf8')).toBe(before.pending);
    expect(sha256Of(office.dbPath)).toBe(before.db);
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
    const before = { db: sha256Of(office.dbPath), applied: await applied() };

    const run = await runCli(['check', '--db', office.dbPath], withPassphrase);
    expect(run.code).toBe(5);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, pendingUpdates: 1 });
    expect(run.stderr).toMatch(/sound, but this version of Peer Office has a database update it has not had yet/);
    expect(run.stderr).toMatch(/Nothing has been changed/);
    expect(await applied()).toBe(before.applied);
    expect(sha256Of(office.dbPath)).toBe(before.db);
    expect(readdirSync(office.dir).filter((f) => f.includes('backup'))).toEqual([]);
  });

  // Read-only for the database, but not a way round the limit on guessing: a wrong secret counts with the
  // app's unlocks and is noted for the audit log, in the two small files beside the database.
  it('counts a wrong passphrase and notes it for the audit log, and refuses even the right one while attempts must wait', async () => {
    const office = await newOffice();
    office.backend.close();
    const dbBefore = sha256Of(office.dbPath);

    const wrong = await runCli(['check', '--db', office.dbPath], { PEER_OFFICE_PASSPHRASE: 'kettle orchard lanterns' });
    expect([wrong.code, wrong.stdout]).toEqual([3, '']);
    expect(failuresNoted(office.dbPath)).toBe(1);
    expect(readPending(office.dbPath).events).toEqual([{ kind: 'unlock-failed', channel: 'office:unlock', at: expect.any(String), secret: 'passphrase', refused: 'WRONG_SECRET' }]);

    noteFailures(office.dbPath, FREE_ATTEMPTS + 1);
    const waiting = await runCli(['check', '--db', office.dbPath], withPassphrase);
    expect([waiting.code, waiting.stdout]).toEqual([3, '']);
    expect(waiting.stderr).toMatch(/Too many attempts that did not match\. Wait \d+ seconds/);
    expect(readPending(office.dbPath).events.map((e) => e.kind === 'unlock-failed' && e.refused)).toEqual(['WRONG_SECRET', 'TOO_MANY_ATTEMPTS']);

    // Once allowed, the right passphrase clears the count, as an unlock does; the notes wait for the app.
    noteFailures(office.dbPath, 1);
    expect((await runCli(['check', '--db', office.dbPath], withPassphrase)).code).toBe(0);
    expect(existsSync(attemptsFilePath(office.dbPath))).toBe(false);
    expect(sha256Of(office.dbPath)).toBe(dbBefore);

    const app = backendAt({ dir: office.dir });
    expectOk(await app.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const logged = app.session.context().sqlite.prepare(`SELECT summary FROM audit_log WHERE action = 'unlock-failed' ORDER BY id`).all();
    expect(logged).toEqual([{ summary: 'the passphrase did not match' }, { summary: 'refused unchecked after too many attempts (passphrase)' }]);
  });
});
