// The office's life in the audit log: unlocks and locks, failed unlocks (noted beside the locked
// database, written with their own times at the next unlock, even after a restart), and backups (one
// that finishes after the office was locked is still reported as made).
// Restores, and the entries made since the backup: audit-restore.test.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { MAX_PENDING, pendingFilePath } from '../../electron/backend/audit/pending';
import { runAudited } from '../../electron/backend/audit/record';
import { silentLogger, type BackendEnv } from '../../electron/backend/context';
import type { MadeBackup } from '../../shared/contract/backup';
import type { AuditEntry } from '../../shared/contract/audit';
import { expectOk, MIGRATIONS_DIR, MINUTE, PASSPHRASE, useOffices } from '../helpers/office';

const { newOffice, backendAt, tempDir } = useOffices();

const entries = (backend: Backend): AuditEntry[] =>
  backend.session.context().sqlite.prepare('SELECT at, action, area, channel, record_type AS recordType, summary, by FROM audit_log ORDER BY id').all() as AuditEntry[];
const brief = (list: AuditEntry[]) => list.map((e) => [e.at.slice(11, 16), e.action, e.summary]);

describe('unlocking and locking', () => {
  it('records each lock and unlock, and failed unlocks with their own times, even across a restart', async () => {
    const office = await newOffice();
    const { backend, clock } = office;
    clock.advance(5 * MINUTE);
    expectOk(await backend.invoke('office:lock', {}));
    clock.advance(5 * MINUTE); // 10:10
    expect((await backend.invoke('office:unlock', { passphrase: 'not the passphrase' })).ok).toBe(false);
    clock.advance(MINUTE); // 10:11
    expect((await backend.invoke('office:unlock', { recoveryKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' })).ok).toBe(false);
    // Noted beside the database, which is locked: times and kinds only.
    const pending = readFileSync(pendingFilePath(office.dbPath), 'utf8');
    expect(pending).not.toContain('not the passphrase');
    expect(JSON.parse(pending).events).toHaveLength(2);

    // The app is closed and opened again: the attempts are still written.
    backend.close();
    const again = backendAt({ dir: office.dir, clock });
    clock.advance(MINUTE); // 10:12
    expectOk(await again.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expectOk(await again.invoke('office:unlock', { passphrase: PASSPHRASE })); // already open: nothing happens, nothing recorded
    expect(brief(entries(again))).toEqual([
      ['10:00', 'create', 'office database created'],
      ['10:05', 'lock', 'locked'],
      ['10:10', 'unlock-failed', 'the passphrase did not match'],
      ['10:11', 'unlock-failed', 'the recovery key did not match'],
      ['10:12', 'unlock', 'with the passphrase'],
    ]);
    expect(existsSync(pendingFilePath(office.dbPath))).toBe(false);
  });

  it('lists at most a hundred failed attempts one by one and counts the rest', async () => {
    const office = await newOffice();
    office.backend.close();
    const backend = backendAt({ dir: office.dir, clock: office.clock });
    // Ten are checked; after them the guessing limit refuses each attempt unchecked, which is logged too.
    for (let i = 0; i < MAX_PENDING + 5; i++) expect((await backend.invoke('office:unlock', { passphrase: `wrong guess ${i}` })).ok).toBe(false);
    office.clock.advance(10 * MINUTE);
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const failed = entries(backend).filter((e) => e.action === 'unlock-failed');
    expect(failed).toHaveLength(MAX_PENDING + 1);
    expect(failed.map((e) => e.summary).slice(9, 11)).toEqual(['the passphrase did not match', 'refused unchecked after too many attempts (passphrase)']);
    expect(failed.at(-1)!.summary).toBe('and 5 more failed attempts before this time, not listed one by one');
  }, 60_000);

  it('writes nothing from a hand-edited note but well-formed events', async () => {
    const office = await newOffice();
    office.backend.close();
    writeFileSync(pendingFilePath(office.dbPath), JSON.stringify({
      format: 'peer-office-audit-pending',
      events: [
        { kind: 'unlock-failed', at: '2026-11-27T09:00:00.000Z', secret: 'passphrase', refused: 'WRONG_SECRET' },
        { kind: 'unlock-failed', at: 'Zebedee Quaintance', secret: 'passphrase', refused: 'WRONG_SECRET' },
        { kind: 'delete-everything', at: '2026-11-27T09:00:00.000Z' },
      ],
    }));
    const backend = backendAt({ dir: office.dir, clock: office.clock });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(brief(entries(backend)).slice(1)).toEqual([['09:00', 'unlock-failed', 'the passphrase did not match'], ['10:00', 'unlock', 'with the passphrase']]);
  });

  it('records leaving the demo, but a refused leave of a real office records nothing', async () => {
    const office = await newOffice();
    expect((await office.backend.invoke('office:leaveDemo', {})).ok).toBe(false);
    expect(entries(office.backend).map((e) => e.action)).toEqual(['create']);

    const demo = backendAt({ dir: tempDir() });
    expectOk(await demo.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
    const path = demo.session.databasePath()!;
    expectOk(await demo.invoke('office:leaveDemo', {}));
    const reopened = backendAt({ dir: tempDir(), dbPath: path });
    expectOk(await reopened.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(brief(entries(reopened)).map(([, action, summary]) => [action, summary])).toEqual([
      ['create', 'demo office created with made-up people'], ['lock', 'left the demo office'], ['unlock', 'with the passphrase'],
    ]);
  }, 60_000);
});

describe('changing the passphrase', () => {
  it('records the change, and a wrong current passphrase as a failed unlock at once', async () => {
    const { backend } = await newOffice();
    const refused = await backend.invoke('security:changePassphrase', { currentPassphrase: 'not the passphrase', passphrase: 'harbour thimble meadow', confirmPassphrase: 'harbour thimble meadow' });
    expect(refused.ok || refused.error.code).toBe('WRONG_SECRET');
    expectOk(await backend.invoke('security:changePassphrase', { currentPassphrase: PASSPHRASE, passphrase: 'harbour thimble meadow', confirmPassphrase: 'harbour thimble meadow' }));
    expect(entries(backend).slice(1).map((e) => [e.action, e.area, e.channel, e.summary])).toEqual([
      ['unlock-failed', 'office', 'security:changePassphrase', 'the current passphrase did not match'],
      ['change', 'office', 'security:changePassphrase', 'passphrase changed'],
    ]);
    expect(JSON.stringify(entries(backend))).not.toMatch(/harbour|thimble|kettle/);
  });

  it('records a new passphrase or recovery key before the backup made after it, so that backup holds the entry', async () => {
    const office = await newOffice();
    const { backend, clock } = office;
    const newest = async () => expectOk(await backend.invoke('backup:list', {})).backups[0]!.path;
    /** The summaries of the audit log held in a backup, read by restoring it somewhere else. */
    const loggedIn = async (file: string, secret: { passphrase: string } | { recoveryKey: string }) => {
      const elsewhere = backendAt({ dir: tempDir() });
      expectOk(await elsewhere.invoke('backup:restore', { file, ...secret }));
      expectOk(await elsewhere.invoke('office:unlock', secret));
      return entries(elsewhere).map((e) => e.summary);
    };

    const NEW = 'harbour thimble meadow';
    expect(expectOk(await backend.invoke('security:changePassphrase', { currentPassphrase: PASSPHRASE, passphrase: NEW, confirmPassphrase: NEW })).backup?.ok).toBe(true);
    expect(await loggedIn(await newest(), { passphrase: NEW })).toContain('passphrase changed');

    clock.advance(24 * 60 * MINUTE); // another day, so the rotation keeps both backups apart
    const { recoveryKey } = expectOk(await backend.invoke('security:newRecoveryKey', { passphrase: NEW }));
    expect(expectOk(await backend.invoke('security:confirmRecoveryKey', { recoveryKey })).backup?.ok).toBe(true);
    expect(await loggedIn(await newest(), { recoveryKey })).toContain('new recovery key confirmed and the database given a new key: the old recovery key no longer opens it');
    // Once only, in the office's own log, in the order things happened.
    expect(entries(backend).slice(1).map((e) => e.summary)).toEqual([
      'passphrase changed', 'new recovery key made, not yet in use (the old one still works)',
      'new recovery key confirmed and the database given a new key: the old recovery key no longer opens it',
    ]);
  });
});

describe('backups', () => {
  it('records a backup after it is made, so the backup itself does not hold its entry', async () => {
    const office = await newOffice();
    const { backend, clock } = office;
    clock.advance(30 * MINUTE); // 10:30
    expectOk(await backend.invoke('backup:make', {}));
    expect(brief(entries(backend))).toEqual([['10:00', 'create', 'office database created'], ['10:30', 'export', 'backup made: 1 copy checked']]);
    // Restores: audit-restore.test.ts.
  });

  it('reports a backup that finished after the office was locked (the app quitting) as made, with a warning instead of an entry', async () => {
    const office = await newOffice();
    const { backend, clock } = office;
    const warnings: string[] = [];
    const env: BackendEnv = { dataDir: office.dir, migrationsDir: MIGRATIONS_DIR, now: clock.now, logger: { ...silentLogger, warn: (m) => void warnings.push(m) } };
    // The backup itself is real; the office is locked between its end and its entry, as backend.close() does when the app quits.
    const made = (await runAudited('backup:make', {}, backend.session, env, async () => {
      const outcome = await backend.session.backups.make();
      backend.session.lock();
      return outcome;
    })) as MadeBackup;
    expect(made.written.map((w) => w.check)).toEqual(['verified']);
    expect(warnings).toEqual(['backup:make finished after Peer Office was locked, so it is not in the audit log']);

    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(entries(backend).map((e) => e.action)).toEqual(['create', 'unlock']);
  });
});
