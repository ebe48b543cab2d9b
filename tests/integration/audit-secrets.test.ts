// Wrong secrets in the audit log, wherever they are typed: a backup opened to preview or restore is another
// way to try passphrases, so a wrong one is logged as a failed unlock under the channel that was refused
// (at once while the office is open, from the pending file at the next unlock while it is locked), and so is
// one refused unchecked while wrong attempts must wait. And the unlock's own entries go into the log before
// the day's first backup is made, so that backup holds them.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { pendingFilePath } from '../../electron/backend/audit/pending';
import { checkBackup, keyFromSecret, readBackupFile } from '../../electron/backend/backup/verify';
import { openReadOnly } from '../../electron/backend/db/open';
import { attemptsFilePath, FREE_ATTEMPTS } from '../../electron/backend/office/attempts';
import { backupsFolder } from '../helpers/backup';
import { expectOk, MINUTE, PASSPHRASE, useOffices } from '../helpers/office';

const { newOffice, tempDir } = useOffices();

type Logged = { at: string; action: string; area: string; channel: string; recordType: string; summary: string };
const LOGGED = 'SELECT at, action, area, channel, record_type AS recordType, summary FROM audit_log ORDER BY id';
const entries = (backend: Backend): Logged[] => backend.session.context().sqlite.prepare(LOGGED).all() as Logged[];
const brief = (list: Logged[]) => list.map((e) => [e.at.slice(11, 16), e.action, e.area, e.channel, e.summary]);

/** An office with one backup of it made (a real file to open), unlocked. */
async function officeWithBackup() {
  const office = await newOffice();
  const file = expectOk(await office.backend.invoke('backup:make', {})).written[0]!.path;
  return { ...office, file };
}

/** The audit log as the backup at `file` holds it, read from a checked copy of its database. */
async function auditLogIn(file: string): Promise<Logged[]> {
  const backup = await readBackupFile(file);
  const key = await keyFromSecret(backup.raw.header, { passphrase: PASSPHRASE });
  const dir = tempDir();
  const copy = join(dir, 'from-backup.db');
  await checkBackup(backup, key, { keepDatabaseAt: copy, workDir: dir });
  const sqlite = openReadOnly(copy, key);
  try {
    return sqlite.prepare(LOGGED).all() as Logged[];
  } finally {
    sqlite.close();
    key.fill(0);
  }
}

describe('a wrong secret for a backup', () => {
  it('is logged at once while the office is open, under the preview or restore it was typed for', async () => {
    const { backend, clock, dbPath, file } = await officeWithBackup();
    clock.advance(10 * MINUTE); // 10:10
    expect((await backend.invoke('backup:preview', { file, passphrase: 'not the passphrase' })).ok).toBe(false);
    clock.advance(MINUTE); // 10:11
    expect((await backend.invoke('backup:restore', { file, recoveryKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' })).ok).toBe(false);
    // Not left waiting in the pending file until the next unlock: the log says so now.
    expect(existsSync(pendingFilePath(dbPath))).toBe(false);
    expect(brief(entries(backend)).filter(([, action]) => action === 'unlock-failed')).toEqual([
      ['10:10', 'unlock-failed', 'backup', 'backup:preview', 'the passphrase did not open the backup'],
      ['10:11', 'unlock-failed', 'backup', 'backup:restore', 'the recovery key did not open the backup'],
    ]);
    // A preview that opens is a read: nothing logged.
    const before = entries(backend).length;
    expectOk(await backend.invoke('backup:preview', { file, passphrase: PASSPHRASE }));
    expect(entries(backend)).toHaveLength(before);
  });

  it('is noted beside the locked database, and logged under its own channel at the next unlock', async () => {
    const { backend, clock, file } = await officeWithBackup();
    expectOk(await backend.invoke('office:lock', {}));
    clock.advance(10 * MINUTE); // 10:10, from the unlock screen
    expect((await backend.invoke('backup:preview', { file, passphrase: 'not the passphrase' })).ok).toBe(false);
    clock.advance(MINUTE); // 10:11
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(brief(entries(backend)).slice(-2)).toEqual([
      ['10:10', 'unlock-failed', 'backup', 'backup:preview', 'the passphrase did not open the backup'],
      ['10:11', 'unlock', 'office', 'office:unlock', 'with the passphrase'],
    ]);
  });

  it('refused unchecked while wrong attempts must wait is logged too', async () => {
    const { backend, clock, dbPath, file } = await officeWithBackup();
    // More wrong attempts than are free, just now (as the unlock screen or the CLI would have noted them).
    const failures = Array.from({ length: FREE_ATTEMPTS + 1 }, () => clock.now().toISOString());
    writeFileSync(attemptsFilePath(dbPath), JSON.stringify({ format: 'peer-office-attempts', failures }));
    const refused = await backend.invoke('backup:restore', { file, passphrase: PASSPHRASE });
    expect(refused.ok || refused.error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(brief(entries(backend)).at(-1)).toEqual(['10:00', 'unlock-failed', 'backup', 'backup:restore', 'refused unchecked after too many attempts (passphrase)']);
  });
});

describe('the day’s first backup, made at unlock', () => {
  it('holds the unlock and the failed unlocks before it, already in the log', async () => {
    const { backend, clock, dir } = await newOffice();
    expectOk(await backend.invoke('office:lock', {}));
    clock.advance(5 * MINUTE); // 10:05
    expect((await backend.invoke('office:unlock', { passphrase: 'not the passphrase' })).ok).toBe(false);
    clock.advance(5 * MINUTE); // 10:10: no backup yet today, so this unlock makes one
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const daily = readdirSync(backupsFolder(dir)).filter((f) => f.endsWith('-daily.pobackup'));
    expect(daily).toHaveLength(1);
    const inBackup = brief(await auditLogIn(join(backupsFolder(dir), daily[0]!)));
    expect(inBackup.slice(-2)).toEqual([
      ['10:05', 'unlock-failed', 'office', 'office:unlock', 'the passphrase did not match'],
      ['10:10', 'unlock', 'office', 'office:unlock', 'with the passphrase'],
    ]);
    // The live log has nothing the backup lacks, and the pending file is gone: taken in.
    expect(brief(entries(backend))).toEqual(inBackup);
    expect(readdirSync(dir).some((f) => f.endsWith('.audit-pending.json'))).toBe(false);
  });
});
