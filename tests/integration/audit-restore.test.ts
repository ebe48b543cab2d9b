// A restore and the audit log. Restoring puts the backup's log in place, so what was recorded after the
// backup would be out of sight in the database kept aside: restored from Settings (the open office), those
// entries (told by their numbers, never by the clock) are copied into the restored log whole, then the
// restore's entry; restored from the unlock screen (the current file may be damaged, its key unknown), or
// over a log that no longer carries on from the backup's, the restore's entry and the screen say which
// kept-aside file holds them. The fake clock starts at Friday 27 November 2026, 10:00 UTC.
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { pendingFilePath } from '../../electron/backend/audit/pending';
import type { AuditEntry } from '../../shared/contract/audit';
import { memberInput } from '../helpers/members';
import { firstVersionBackup } from '../helpers/backup';
import { expectOk, HOUR, MINUTE, PASSPHRASE, useOffices, type TestOffice } from '../helpers/office';
import { existsSync, readdirSync } from 'node:fs';

const { newOffice, backendAt, tempDir } = useOffices();

const entries = (backend: Backend): (AuditEntry & { id: number })[] =>
  backend.session.context().sqlite.prepare('SELECT id, at, action, channel, record_type AS recordType, record_id AS recordId, summary, by FROM audit_log ORDER BY id').all() as (AuditEntry & { id: number })[];
const brief = (list: AuditEntry[]) => list.map((e) => [e.at.slice(11, 16), e.action, e.summary]);

/**
 * The office backed up at 10:30, then: two members added at 11:00, locked at 11:05, a wrong passphrase at
 * 11:10, unlocked with the recovery key at 11:15. Returns the backup and the log as it stood before the restore.
 */
async function changedAfterBackup(): Promise<TestOffice & { file: string; before: AuditEntry[] }> {
  const office = await newOffice();
  const { backend, clock } = office;
  expectOk(await backend.invoke('members:create', memberInput()));
  clock.advance(30 * MINUTE); // 10:30
  const file = expectOk(await backend.invoke('backup:make', {})).written[0]!.path;
  clock.advance(30 * MINUTE); // 11:00
  expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Yolanda', lastName: 'Quince', email: 'yq@example.org' })));
  expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Zebedee', lastName: 'Quaintance', email: 'zq@example.org' })));
  clock.advance(5 * MINUTE); // 11:05
  expectOk(await backend.invoke('office:lock', {}));
  clock.advance(5 * MINUTE); // 11:10
  expect((await backend.invoke('office:unlock', { passphrase: 'not the passphrase' })).ok).toBe(false);
  clock.advance(5 * MINUTE); // 11:15
  expectOk(await backend.invoke('office:unlock', { recoveryKey: office.recoveryKey }));
  return { ...office, file, before: entries(backend) };
}

const SINCE_THE_BACKUP = [
  ['10:30', 'export', 'backup made: 1 copy checked'],
  ['11:00', 'create', 'added 1 member record and 1 role'],
  ['11:00', 'create', 'added 1 member record and 1 role'],
  ['11:05', 'lock', 'locked'],
  ['11:10', 'unlock-failed', 'the passphrase did not match'],
  ['11:15', 'unlock', 'with the recovery key'],
];
const AT_THE_BACKUP = [['10:00', 'create', 'office database created'], ['10:00', 'create', 'added 1 member record and 1 role']];

describe('restoring from Settings, with the office open', () => {
  it('keeps the entries made since the backup: copied in order with their own times, then the restore’s entry; the log still refuses changes', async () => {
    const office = await changedAfterBackup();
    const { backend, clock } = office;
    expect(brief(office.before)).toEqual([...AT_THE_BACKUP, ...SINCE_THE_BACKUP]);

    clock.advance(15 * MINUTE); // 11:30
    const restored = expectOk(await backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE }));
    const aside = restored.keptAside[0]!;
    expect(restored.auditLog).toEqual({ carried: 6, laterEntriesIn: null, inLog: true });
    clock.advance(MINUTE); // 11:31
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));

    const log = entries(backend);
    expect(brief(log)).toEqual([
      ...AT_THE_BACKUP,
      ...SINCE_THE_BACKUP,
      ['11:30', 'restore', `restored from the backup made on 27/11/2026 at 10:30; the 6 audit log entries made after the backup were copied here from the database it replaced, kept aside as ${basename(aside)}`],
      ['11:31', 'unlock', 'with the passphrase'],
    ]);
    // Copied whole, their numbers too: what was done, to which record, by whom; the two logs are one up to the restore.
    expect(log.slice(0, 8)).toEqual(office.before);
    expect(log.map((e) => e.id)).toEqual([...log.map((e) => e.id)].sort((a, b) => a - b));
    expect(existsSync(pendingFilePath(office.dbPath))).toBe(false);

    // Still append-only: the restored database's guards came with it.
    const { sqlite } = backend.session.context();
    expect(() => sqlite.prepare(`UPDATE audit_log SET summary = 'nothing happened' WHERE action = 'unlock-failed'`).run()).toThrow(/audit log cannot be changed/);
    expect(() => sqlite.prepare(`DELETE FROM audit_log WHERE action = 'restore'`).run()).toThrow(/audit log cannot be changed/);
    expect(brief(entries(backend))).toEqual(brief(log));

    // Restoring the same backup again copies what is newer than it once more, never an entry twice.
    clock.advance(MINUTE); // 11:32
    expect(expectOk(await backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE })).auditLog.carried).toBe(8);
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const again = brief(entries(backend));
    expect(again.slice(0, 10)).toEqual(brief(log));
    expect(again.slice(10).map(([time, action]) => [time, action])).toEqual([['11:32', 'restore'], ['11:32', 'unlock']]);
  });

  it('copies nothing from a different office: that office’s entries are about its own records, and stay in the file kept aside', async () => {
    const other = await newOffice();
    const otherFile = expectOk(await other.backend.invoke('backup:make', {})).written[0]!.path;
    const office = await changedAfterBackup();
    const restored = expectOk(await office.backend.invoke('backup:restore', { file: otherFile, passphrase: PASSPHRASE, replaceDifferentOffice: true }));
    expect(restored.auditLog).toEqual({ carried: 0, laterEntriesIn: restored.keptAside[0], inLog: true });
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const log = entries(office.backend);
    expect(log.map((e) => e.action)).toEqual(['create', 'restore', 'unlock']);
    expect(log[1]!.summary).toBe(`restored from the backup made on 27/11/2026 at 10:00; audit log entries made after the backup are not in this log: they are in the database it replaced, kept aside as ${basename(restored.keptAside[0]!)}`);
  });
});

describe('telling the entries made after the backup by their numbers, not their times', () => {
  it('carries every later entry, in order, when the PC’s clock was put back after the backup', async () => {
    const office = await newOffice();
    const { backend, clock } = office;
    expectOk(await backend.invoke('members:create', memberInput()));
    clock.advance(30 * MINUTE); // 10:30
    const file = expectOk(await backend.invoke('backup:make', {})).written[0]!.path;
    const atBackup = entries(backend).length - 1; // all but the backup's own entry, written once it was made
    clock.advance(-2 * HOUR); // 08:30: someone put the clock back
    expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Yolanda', lastName: 'Quince', email: 'yq@example.org' })));
    clock.advance(5 * MINUTE); // 08:35
    expectOk(await backend.invoke('office:lock', {}));
    clock.advance(5 * MINUTE); // 08:40
    expect((await backend.invoke('office:unlock', { passphrase: 'not the passphrase' })).ok).toBe(false);
    clock.advance(5 * MINUTE); // 08:45
    expectOk(await backend.invoke('office:unlock', { recoveryKey: office.recoveryKey }));
    const before = entries(backend);
    // Every one of them but the backup's own entry is earlier by the clock than the newest in the backup.
    expect(brief(before.slice(atBackup))).toEqual([
      ['10:30', 'export', 'backup made: 1 copy checked'],
      ['08:30', 'create', 'added 1 member record and 1 role'],
      ['08:35', 'lock', 'locked'],
      ['08:40', 'unlock-failed', 'the passphrase did not match'],
      ['08:45', 'unlock', 'with the recovery key'],
    ]);

    clock.advance(5 * MINUTE); // 08:50
    const restored = expectOk(await backend.invoke('backup:restore', { file, passphrase: PASSPHRASE }));
    expect(restored.auditLog).toEqual({ carried: 5, laterEntriesIn: null, inLog: true });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const log = entries(backend);
    expect(log.slice(0, before.length)).toEqual(before);
    expect(brief(log.slice(before.length))).toEqual([
      ['08:50', 'restore', `restored from the backup made on 27/11/2026 at 10:30; the 5 audit log entries made after the backup were copied here from the database it replaced, kept aside as ${basename(restored.keptAside[0]!)}`],
      ['08:50', 'unlock', 'with the passphrase'],
    ]);
  });

  it('copies nothing when the current log no longer carries on from the backup’s (restored from an older backup since), and names the file that holds them', async () => {
    const office = await newOffice();
    const { backend, clock } = office;
    expectOk(await backend.invoke('members:create', memberInput()));
    clock.advance(30 * MINUTE); // 10:30
    const older = expectOk(await backend.invoke('backup:make', {})).written[0]!.path;
    clock.advance(10 * MINUTE); // 10:40
    expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Yolanda', lastName: 'Quince', email: 'yq@example.org' })));
    const inNewer = entries(backend);
    clock.advance(10 * MINUTE); // 10:50
    const newer = expectOk(await backend.invoke('backup:make', {})).written[0]!.path;
    // The older backup restored from the unlock screen: its log goes on from there on a line of its own.
    clock.advance(10 * MINUTE); // 11:00
    expectOk(await backend.invoke('office:lock', {}));
    expectOk(await backend.invoke('backup:restore', { file: older, passphrase: PASSPHRASE }));
    clock.advance(5 * MINUTE); // 11:05
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    clock.advance(5 * MINUTE); // 11:10
    expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Zebedee', lastName: 'Quaintance', email: 'zq@example.org' })));
    const before = entries(backend);
    // This log has an entry numbered as the newer backup's newest (the member of 10:40), but another one: the unlock of 11:05.
    const newest = inNewer.at(-1)!;
    expect(brief([newest])).toEqual([['10:40', 'create', 'added 1 member record and 1 role']]);
    expect(brief(before.filter((e) => e.id === newest.id))).toEqual([['11:05', 'unlock', 'with the passphrase']]);

    // By time, the entries after 10:40 would have been taken for the newer backup's later ones: the restore, the unlock and the member of 11:10.
    clock.advance(5 * MINUTE); // 11:15
    const restored = expectOk(await backend.invoke('backup:restore', { file: newer, passphrase: PASSPHRASE }));
    const aside = restored.keptAside[0]!;
    expect(restored.auditLog).toEqual({ carried: 0, laterEntriesIn: aside, inLog: true });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const log = entries(backend);
    expect(log.slice(0, inNewer.length)).toEqual(inNewer);
    expect(brief(log.slice(inNewer.length))).toEqual([
      ['11:15', 'restore', `restored from the backup made on 27/11/2026 at 10:50; the audit log of the database it replaced does not carry on from this backup’s, so audit log entries made after the backup are not in this log: they are in the database it replaced, kept aside as ${basename(aside)}`],
      ['11:15', 'unlock', 'with the passphrase'],
    ]);
    // The file named holds them, every one.
    const kept = backendAt({ dir: office.dir, dbPath: aside, clock });
    expectOk(await kept.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(entries(kept).slice(0, before.length)).toEqual(before);
  });
});

describe('restoring from the unlock screen, with the office locked', () => {
  it('says which file kept aside holds the entries made since the backup, which are all still there', async () => {
    const office = await changedAfterBackup();
    const { backend, clock } = office;
    clock.advance(5 * MINUTE); // 11:20
    expectOk(await backend.invoke('office:lock', {}));
    clock.advance(10 * MINUTE); // 11:30
    const restored = expectOk(await backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE }));
    const aside = restored.keptAside[0]!;
    expect(restored.auditLog).toEqual({ carried: 0, laterEntriesIn: aside, inLog: true });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(brief(entries(backend))).toEqual([
      ...AT_THE_BACKUP,
      ['11:30', 'restore', `restored from the backup made on 27/11/2026 at 10:30; audit log entries made after the backup are not in this log: they are in the database it replaced, kept aside as ${basename(aside)}`],
      ['11:30', 'unlock', 'with the passphrase'],
    ]);
    // The file named holds them, with the lock before the restore.
    const kept = backendAt({ dir: office.dir, dbPath: aside, clock });
    expectOk(await kept.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(brief(entries(kept)).slice(0, 9)).toEqual([...AT_THE_BACKUP, ...SINCE_THE_BACKUP, ['11:20', 'lock', 'locked']]);
  });

  it('writes the restore of a backup from before the audit log at its first unlock, once the update has added the log', async () => {
    const file = await firstVersionBackup({ tempDir, backendAt });

    const office = await newOffice();
    expectOk(await office.backend.invoke('office:lock', {}));
    const restored = expectOk(await office.backend.invoke('backup:restore', { file, passphrase: PASSPHRASE }));
    expect(restored.auditLog).toEqual({ carried: 0, laterEntriesIn: restored.keptAside[0], inLog: false });
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(entries(office.backend).map((e) => [e.action, e.summary])).toEqual([
      ['restore', 'restored from the backup made on 27/11/2026 at 10:00; audit log entries made after the backup are not in this log: they are in the database it replaced, which was kept aside'],
      ['unlock', 'with the passphrase'],
    ]);
  });
});

describe('when the restore’s entry cannot be shown to be in the copy itself', () => {
  afterEach(() => vi.restoreAllMocks());

  /**
   * The checkpoint on the checked copy (`….restoring`) answers as SQLite does when it cannot fold the whole
   * WAL into the file (busy: another program reading it), or fails outright (a disk error); every other
   * connection is left alone. The entries are committed by then, so they may be in the copy's -wal alone.
   */
  function checkpointOfTheCopy(fails: 'busy' | 'throws'): void {
    const pragma = Database.prototype.pragma;
    vi.spyOn(Database.prototype, 'pragma').mockImplementation(function (this: Database.Database, source: string, options?: Database.PragmaOptions) {
      if (this.name.endsWith('.restoring') && source.startsWith('wal_checkpoint')) {
        if (fails === 'busy') return [{ busy: 1, log: 3, checkpointed: 0 }];
        throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
      }
      return pragma.call(this, source, options);
    });
  }

  it.each(['busy', 'throws'] as const)('stops before the office is touched (checkpoint %s), clears the copy away, and works when tried again', async (fails) => {
    const office = await changedAfterBackup();
    const { backend, clock } = office;
    const filesBefore = readdirSync(dirname(office.dbPath)).sort();
    clock.advance(15 * MINUTE); // 11:30

    checkpointOfTheCopy(fails);
    const refused = await backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/was not put in place\. Nothing has been changed/);
    // Neither moved in with a log that may lack its entries, nor left for the next unlock to write twice.
    expect(backend.session.state()).toBe('unlocked');
    expect(entries(backend)).toEqual(office.before);
    expect(readdirSync(dirname(office.dbPath)).sort()).toEqual(filesBefore);
    expect(existsSync(pendingFilePath(office.dbPath))).toBe(false);

    vi.restoreAllMocks();
    const restored = expectOk(await backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE }));
    expect(restored.auditLog).toEqual({ carried: 6, laterEntriesIn: null, inLog: true });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(brief(entries(backend)).map(([time, action]) => [time, action]).slice(-2)).toEqual([['11:30', 'restore'], ['11:30', 'unlock']]);
  });
});
