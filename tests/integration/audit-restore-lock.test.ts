// A lock asked for while a restore from Settings is running: the idle lock from the page (the office:lock
// channel), or the desktop app's own when Windows locks or the PC sleeps (main calls the same channel).
// The restore reads the open office's audit log at its end, to copy the entries made since the backup,
// so a lock that closed the office part-way would leave them only in the file kept aside. The backend runs
// one call at a time: such a lock waits for the restore to finish, finds the office already locked by it,
// and nothing is lost. Closing the app is the one lock that does not wait (the database must be closed
// before the process ends): a restore that still finishes then names the file kept aside, as from the
// unlock screen. The fake clock starts at Friday 27 November 2026, 10:00 UTC.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { AuditEntry } from '../../shared/contract/audit';
import type { BackupStep } from '../../shared/contract/backup';
import { memberInput } from '../helpers/members';
import { expectOk, MINUTE, PASSPHRASE, useOffices } from '../helpers/office';

const { newOffice, backendAt } = useOffices();

type Entry = AuditEntry & { id: number };
const entries = (backend: Backend): Entry[] =>
  backend.session.context().sqlite.prepare('SELECT id, at, action, area, channel, record_type AS recordType, record_id AS recordId, summary, by FROM audit_log ORDER BY id').all() as Entry[];

/** An office backed up at 10:30, then changed at 10:40 and 10:50 (two members added); the log as it then stood. */
async function changedAfterBackup() {
  const office = await newOffice();
  const { backend, clock } = office;
  clock.advance(30 * MINUTE); // 10:30
  const file = expectOk(await backend.invoke('backup:make', {})).written[0]!.path;
  clock.advance(10 * MINUTE); // 10:40
  expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Yolanda', lastName: 'Quince', email: 'yq@example.org' })));
  clock.advance(10 * MINUTE); // 10:50
  expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Zebedee', lastName: 'Quaintance', email: 'zq@example.org' })));
  const before = entries(backend);
  const atBackup = before.filter((e) => e.at < '2026-11-27T10:30:00.000Z');
  return { ...office, file, before, since: before.slice(atBackup.length) };
}

/** Waits, as the page's progress bar does (backup:progress is answered at once, outside the queue), until the restore reaches `step`. */
async function untilRestoreIsAt(backend: Backend, step: BackupStep): Promise<void> {
  // Reading the backup derives its key from the passphrase first, which takes a while on purpose.
  for (const until = Date.now() + 30_000; Date.now() < until;) {
    const progress = expectOk(await backend.invoke('backup:progress', {}));
    if (progress?.job === 'restore' && progress.step === step) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error(`the restore never reached the ${step} step`);
}

describe('a lock asked for while a restore from Settings runs', () => {
  it('waits for the restore, which carries every later entry across, and the office ends locked', async () => {
    const office = await changedAfterBackup();
    const { backend, clock } = office;
    const locks: string[] = [];
    backend.session.onLock(() => locks.push(backend.session.state()));
    clock.advance(10 * MINUTE); // 11:00
    const finished: string[] = [];

    const restoring = backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE }).then((r) => (finished.push('restore'), r));
    await untilRestoreIsAt(backend, 'checking');
    // The idle lock from the page and Windows locking (main's powerMonitor), both through the one channel.
    const locking = [backend.invoke('office:lock', {}), backend.invoke('office:lock', {})].map((p) => p.then((r) => (finished.push('lock'), r)));
    expect(backend.session.state()).toBe('unlocked'); // not yet: the restore is still reading the open office

    const restored = expectOk(await restoring);
    for (const lock of locking) expectOk(await lock);
    expect(finished).toEqual(['restore', 'lock', 'lock']);
    expect(backend.session.state()).toBe('locked');
    // Locked once, by the restore, with the office open until then; the later locks found it locked already.
    expect(locks).toEqual(['unlocked']);
    expect(restored.status.state).toBe('locked');
    expect(restored.auditLog).toEqual({ carried: office.since.length, laterEntriesIn: null, inLog: true });

    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const log = entries(backend);
    // Every entry of the log before the restore, as it was (its numbers too), then the restore's and the unlock.
    expect(log.slice(0, office.before.length)).toEqual(office.before);
    expect(log.slice(office.before.length).map((e) => [e.at.slice(11, 16), e.action])).toEqual([['11:00', 'restore'], ['11:00', 'unlock']]);
    expect(office.since.map((e) => e.action)).toEqual(['export', 'create', 'create']);
  });
});

describe('closing the app while a restore from Settings runs', () => {
  it('closes the office at once; the restore still finishing names the file kept aside, which holds every later entry', async () => {
    const office = await changedAfterBackup();
    const { backend, clock } = office;
    clock.advance(10 * MINUTE); // 11:00
    const restoring = backend.invoke('backup:restore', { file: office.file, passphrase: PASSPHRASE });
    await untilRestoreIsAt(backend, 'checking');
    backend.close(); // what the app does when its last window closes: never queued, the process is ending
    expect(backend.session.state()).toBe('locked');

    const restored = expectOk(await restoring);
    const aside = restored.keptAside[0]!;
    expect(restored.auditLog).toEqual({ carried: 0, laterEntriesIn: aside, inLog: true });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const log = entries(backend);
    expect(log.slice(0, office.before.length - office.since.length)).toEqual(office.before.slice(0, office.before.length - office.since.length));
    expect(log.slice(office.before.length - office.since.length).map((e) => [e.at.slice(11, 16), e.action, e.summary])).toEqual([
      ['11:00', 'restore', `restored from the backup made on 27/11/2026 at 10:30; audit log entries made after the backup are not in this log: they are in the database it replaced, kept aside as ${basename(aside)}`],
      ['11:00', 'unlock', 'with the passphrase'],
    ]);

    // Nothing lost: the file named holds them all.
    const kept = backendAt({ dir: office.dir, dbPath: aside, clock });
    expectOk(await kept.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(entries(kept).slice(0, office.before.length)).toEqual(office.before);
  });
});
