// `peer-office restore` run in this process (its own backend, as the command builds it), against an office
// another process opens while the restore is under way. The restore checks that nobody holds the database
// before it starts, and again once confirmed; but it then checks the whole backup through again, which can
// take a minute, and the office manager may unlock the office in the app meanwhile. So the backend checks
// once more just before it moves the database aside. Here the app (a real process, tests/helpers/hold-office.ts)
// opens the office at the very moment the restore reaches that step: its progress says 'restoring'. The
// restore is otherwise the real one, wrapped only to see its progress (and, for the attempts, its key tries).
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupStep } from '../../shared/contract/backup';
import { readPending } from '../../electron/backend/audit/pending';
import type { ProgressTracker } from '../../electron/backend/backup/progress';
import { restoreBackup } from '../../electron/backend/backup/restore';
import { heldOpenElsewhere } from '../../electron/backend/db/in-use';
import { attemptsFilePath, FREE_ATTEMPTS } from '../../electron/backend/office/attempts';
import { unwrapKey } from '../../electron/backend/office/keyring';
import { restore } from '../../electron/cli/restore';
import { useHeldOffices, type HeldOffice } from '../helpers/held-office';
import { closedRegisterOffice, expectOk, memberFirstNames, PASSPHRASE, useOffices } from '../helpers/office';

vi.mock('../../electron/backend/backup/restore', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/backend/backup/restore')>();
  return { ...real, restoreBackup: vi.fn(real.restoreBackup) };
});
vi.mock('../../electron/backend/office/keyring', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/backend/office/keyring')>();
  return { ...real, unwrapKey: vi.fn(real.unwrapKey) };
});

const offices = useOffices();
const { holdOffice } = useHeldOffices();
const { restoreBackup: realRestoreBackup } = await vi.importActual<typeof import('../../electron/backend/backup/restore')>('../../electron/backend/backup/restore');

beforeEach(() => {
  vi.stubEnv('PEER_OFFICE_PASSPHRASE', PASSPHRASE);
  vi.stubEnv('PEER_OFFICE_RECOVERY_KEY', '');
  // The command's words for people and its JSON: not wanted in the test's output.
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** The restore's progress, with `then` run the moment it reaches `step`. */
function onStep(progress: ProgressTracker, step: BackupStep, then: () => void): ProgressTracker {
  return new Proxy(progress, {
    get(target, prop) {
      if (prop === 'step') {
        return (s: BackupStep, totalBytes?: number) => {
          target.step(s, totalBytes);
          if (s === step) then();
        };
      }
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Waits, holding this process still, until another process holds the office open (its marker and -wal are
 * there): the restore's step must not return, and the restore carry on, before the app has the office.
 */
function waitUntilHeldSync(dbPath: string): void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + 60_000;
  while (!heldOpenElsewhere(dbPath)) {
    if (Date.now() > until) throw new Error('the office holder did not open the office within a minute');
    Atomics.wait(sleeper, 0, 0, 25);
  }
}

describe('peer-office restore while Peer Office is opened part-way through', { timeout: 240_000 }, () => {
  it('refuses just before the move when the office was unlocked during the check, changing nothing', async () => {
    const office = await closedRegisterOffice(offices, async (backend) => ({
      file: expectOk(await backend.invoke('backup:make', {})).written[0]!.path,
    }));
    let app: Promise<HeldOffice> | null = null;
    vi.mocked(restoreBackup).mockImplementationOnce((file, secret, options) => realRestoreBackup(file, secret, {
      ...options,
      progress: onStep(options.progress, 'restoring', () => {
        app = holdOffice(office.dbPath);
        waitUntilHeldSync(office.dbPath);
      }),
    }));

    const refused = restore({ file: office.file, db: office.dbPath, yes: true, replaceDifferentOffice: false });
    await expect(refused).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/^Peer Office has .*office\.db open \(process \d+ on this computer\)\. Close Peer Office, then run the restore again\. Nothing has been changed\.$/) });
    expect(app).not.toBeNull();
    const held = await app!;
    await expect(refused).rejects.toMatchObject({ message: expect.stringContaining(`(process ${held.pid} on this computer)`) });

    // Nothing moved: no database kept aside, no checked copy left behind; the app carries on in its own file.
    expect(readdirSync(dirname(office.dbPath)).filter((f) => f.includes('before-restore') || f.includes('.restoring'))).toEqual([]);
    await held.add('Walter');
    await held.crash();
    const reopened = offices.backendAt({ dir: office.dir });
    expectOk(await reopened.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(reopened)).toEqual([...office.names, 'Walter'].sort());
  });

  it('while wrong attempts must wait, refuses before trying the secret on anything, and notes it for the audit log', async () => {
    const office = await closedRegisterOffice(offices, async (backend) => ({
      file: expectOk(await backend.invoke('backup:make', {})).written[0]!.path,
    }));
    writeFileSync(attemptsFilePath(office.dbPath), JSON.stringify({
      format: 'peer-office-attempts', failures: Array.from({ length: FREE_ATTEMPTS + 1 }, () => new Date().toISOString()),
    }));
    vi.mocked(unwrapKey).mockClear();

    await expect(restore({ file: office.file, db: office.dbPath, yes: true, replaceDifferentOffice: false }))
      .rejects.toMatchObject({ exitCode: 3, message: expect.stringMatching(/Too many attempts that did not match/) });
    // Neither the database's key file (whose office is there) nor the backup was tried.
    expect(vi.mocked(unwrapKey)).not.toHaveBeenCalled();
    expect(readPending(office.dbPath).events).toEqual([
      { kind: 'unlock-failed', channel: 'backup:preview', at: expect.any(String), secret: 'passphrase', refused: 'TOO_MANY_ATTEMPTS' },
    ]);
    expect(existsSync(office.dbPath)).toBe(true);
    expect(readdirSync(dirname(office.dbPath)).filter((f) => f.startsWith(`${basename(office.dbPath)}.before-restore`))).toEqual([]);
  });
});
