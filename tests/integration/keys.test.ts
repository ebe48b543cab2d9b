// Changing the passphrase and making a new recovery key on a real encrypted office: a new passphrase
// changes only the key file (the database is never re-encrypted), the old secret stops working, the other
// one keeps working, a refusal leaves the key file byte for byte as it was, and the newest backup opens
// with the new secret while older ones keep theirs. A new recovery key also gives the database a new data
// key: tests/integration/keys-rekey.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFilePath } from '../../electron/backend/office/keyring';
import { FREE_ATTEMPTS } from '../../electron/backend/office/attempts';
import { backupNames, backupsFolder } from '../helpers/backup';
import { memberInput } from '../helpers/members';
import { expectOk, HOUR, PASSPHRASE, useOffices } from '../helpers/office';

const NEW_PASSPHRASE = 'harbour thimble meadow';
const { newOffice, backendAt, whatOpens } = useOffices();

type Office = Awaited<ReturnType<typeof newOffice>>;

const changeTo = (office: Office, passphrase: string, currentPassphrase = PASSPHRASE) =>
  office.backend.invoke('security:changePassphrase', { currentPassphrase, passphrase, confirmPassphrase: passphrase });

describe('changing the passphrase', () => {
  it('makes the new passphrase work and the old one stop, keeps the recovery key, and leaves the database file alone', async () => {
    const office = await newOffice();
    expectOk(await office.backend.invoke('members:create', memberInput()));
    const keyFileBefore = readFileSync(keyFilePath(office.dbPath), 'utf8');
    const databaseBefore = readFileSync(office.dbPath);

    expectOk(await changeTo(office, NEW_PASSPHRASE));

    const keyFileAfter = readFileSync(keyFilePath(office.dbPath), 'utf8');
    expect(keyFileAfter).not.toEqual(keyFileBefore);
    expect(keyFileAfter).not.toContain(NEW_PASSPHRASE);
    // Only the passphrase's wrap changed: the recovery key's is exactly as it was.
    expect(JSON.parse(keyFileAfter).wraps.recovery).toEqual(JSON.parse(keyFileBefore).wraps.recovery);
    // Re-wrapping the data key never rewrites the database (the change wrote nothing to it).
    expect(readFileSync(office.dbPath).equals(databaseBefore)).toBe(true);

    expect(await whatOpens(office, {
      old: { passphrase: PASSPHRASE },
      new: { passphrase: NEW_PASSPHRASE },
      recovery: { recoveryKey: office.recoveryKey },
    }, office.backend)).toEqual({ old: 'WRONG_SECRET', new: 'opens', recovery: 'opens' });

    // And the records are all there behind the new passphrase.
    const backend = backendAt({ dir: office.dir, dbPath: office.dbPath, clock: office.clock });
    expectOk(await backend.invoke('office:unlock', { passphrase: NEW_PASSPHRASE }));
    expect(expectOk(await backend.invoke('members:search', {})).total).toBe(1);
  });

  it('refuses a wrong current passphrase, says where, and leaves the key file byte for byte as it was', async () => {
    const office = await newOffice();
    const before = readFileSync(keyFilePath(office.dbPath));
    const refused = await changeTo(office, NEW_PASSPHRASE, 'kettle orchard lanterns');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('WRONG_SECRET');
    expect(refused.error.message).toMatch(/nothing was changed/);
    expect(refused.error.fields).toEqual({ currentPassphrase: 'This does not match the current passphrase' });
    expect(readFileSync(keyFilePath(office.dbPath)).equals(before)).toBe(true);
    expect(backupNames(backupsFolder(office.dir))).toEqual([]);
    // Still unlocked, and the old passphrase still the one.
    expect(expectOk(await office.backend.invoke('office:status', {})).state).toBe('unlocked');
    expect(await whatOpens(office, { old: { passphrase: PASSPHRASE }, new: { passphrase: NEW_PASSPHRASE } }, office.backend)).toEqual({ old: 'opens', new: 'WRONG_SECRET' });
  });

  it('checks the new passphrase as on create: long enough, not easy, typed twice the same, and not the current one', async () => {
    const office = await newOffice();
    const before = readFileSync(keyFilePath(office.dbPath));
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ passphrase: 'short', confirmPassphrase: 'short' }, 'passphrase', /at least 12 characters/],
      [{ passphrase: 'aaaaaaaaaaaaaaaa', confirmPassphrase: 'aaaaaaaaaaaaaaaa' }, 'passphrase', /too easy to guess/],
      [{ passphrase: NEW_PASSPHRASE, confirmPassphrase: 'harbour thimble meadows' }, 'confirmPassphrase', /do not match/],
      [{ passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }, 'passphrase', /different from the current one/],
    ];
    for (const [typed, field, message] of cases) {
      const result = await office.backend.invoke('security:changePassphrase', { currentPassphrase: PASSPHRASE, ...typed } as never);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.fields?.[field]).toMatch(message);
    }
    expect(readFileSync(keyFilePath(office.dbPath)).equals(before)).toBe(true);
  });

  it('counts wrong current passphrases with unlocking: guessing here is slowed down just the same', async () => {
    const office = await newOffice();
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      const result = await changeTo(office, NEW_PASSPHRASE, `wrong guess number ${i}`);
      expect(result.ok || result.error.code).toBe('WRONG_SECRET');
    }
    const slowed = await changeTo(office, NEW_PASSPHRASE);
    expect(slowed.ok || slowed.error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(slowed.ok || slowed.error.message).toMatch(/Wait 30 seconds/);
    office.clock.advance(31_000);
    expectOk(await changeTo(office, NEW_PASSPHRASE));
  });

  it('needs the office unlocked', async () => {
    const office = await newOffice();
    expectOk(await office.backend.invoke('office:lock', {}));
    const result = await changeTo(office, NEW_PASSPHRASE);
    expect(result.ok || result.error.code).toBe('LOCKED');
  });

  it('backs up straight after, so the newest backup opens with the new passphrase while older ones keep the old', async () => {
    const office = await newOffice();
    const older = expectOk(await office.backend.invoke('backup:make', {})).written[0]!.path;
    // The next day, so the rotation (one a day for the last week) keeps both.
    office.clock.advance(24 * HOUR);

    const outcome = expectOk(await changeTo(office, NEW_PASSPHRASE));
    expect(outcome.backup).toEqual({ ok: true, message: expect.stringMatching(/^The new passphrase is saved\. A new backup was made \(.+\): it opens with the new passphrase\.$/) });
    const names = backupNames(backupsFolder(office.dir));
    expect(names).toHaveLength(2);
    const newest = join(backupsFolder(office.dir), names.at(-1)!);
    expect(newest).not.toBe(older);

    const preview = (file: string, passphrase: string) => office.backend.invoke('backup:preview', { file, passphrase });
    expect((await preview(newest, NEW_PASSPHRASE)).ok).toBe(true);
    expect((await preview(newest, PASSPHRASE)).ok).toBe(false);
    expect((await preview(older, PASSPHRASE)).ok).toBe(true);
    expect((await preview(older, NEW_PASSPHRASE)).ok).toBe(false);
    // The recovery key did not change, so it opens both.
    expect((await office.backend.invoke('backup:preview', { file: newest, recoveryKey: office.recoveryKey })).ok).toBe(true);
  });

  it('keeps the change when the backup after it cannot be made, and says so', async () => {
    const office = await newOffice();
    // A file where the backup folder should be: the backup fails, the passphrase change must not.
    writeFileSync(backupsFolder(office.dir), 'not a folder');
    const outcome = expectOk(await changeTo(office, NEW_PASSPHRASE));
    expect(outcome.backup?.ok).toBe(false);
    expect(outcome.backup?.message).toMatch(/^The new passphrase is saved, but the backup after it could not be made\..*Make a backup from the backups page\.$/);
    expect(await whatOpens(office, { new: { passphrase: NEW_PASSPHRASE } }, office.backend)).toEqual({ new: 'opens' });
  });
});

describe('a new recovery key', () => {
  it('is shown once, works only once confirmed, and then the old one stops working', async () => {
    const office = await newOffice();
    const { recoveryKey } = expectOk(await office.backend.invoke('security:newRecoveryKey', { passphrase: PASSPHRASE }));
    expect(recoveryKey).not.toBe(office.recoveryKey);
    const keyFile = readFileSync(keyFilePath(office.dbPath), 'utf8');
    expect(keyFile).not.toContain(recoveryKey);

    // Not yet confirmed: nothing has changed on disk, so a key never written down locks no one out.
    const unconfirmed = readFileSync(keyFilePath(office.dbPath), 'utf8');
    expect(unconfirmed).toEqual(keyFile);

    const wrong = await office.backend.invoke('security:confirmRecoveryKey', { recoveryKey: office.recoveryKey });
    expect(wrong.ok || wrong.error.code).toBe('VALIDATION');
    expect(wrong.ok || wrong.error.fields).toEqual({ recoveryKey: 'This is not the new recovery key shown' });
    expect(readFileSync(keyFilePath(office.dbPath), 'utf8')).toEqual(keyFile);

    // Typed back from paper: lower case, spaces for dashes.
    const outcome = expectOk(await office.backend.invoke('security:confirmRecoveryKey', { recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') }));
    expect(outcome.backup?.ok).toBe(true);
    expect(outcome.backup?.message).toMatch(/it opens with the new recovery key\.$/);
    // The data key is new, so the passphrase's wrap is too (of the same passphrase: see below).
    expect(JSON.parse(readFileSync(keyFilePath(office.dbPath), 'utf8')).wraps.passphrase).not.toEqual(JSON.parse(keyFile).wraps.passphrase);

    expect(await whatOpens(office, {
      oldKey: { recoveryKey: office.recoveryKey },
      newKey: { recoveryKey },
      passphrase: { passphrase: PASSPHRASE },
    }, office.backend)).toEqual({ oldKey: 'WRONG_SECRET', newKey: 'opens', passphrase: 'opens' });
  });

  it('asks for the passphrase, and a wrong one changes nothing', async () => {
    const office = await newOffice();
    const before = readFileSync(keyFilePath(office.dbPath));
    const refused = await office.backend.invoke('security:newRecoveryKey', { passphrase: 'not the passphrase at all' });
    expect(refused.ok || refused.error.code).toBe('WRONG_SECRET');
    expect(refused.ok || refused.error.fields).toEqual({ passphrase: 'This does not match the current passphrase' });
    const confirm = await office.backend.invoke('security:confirmRecoveryKey', { recoveryKey: office.recoveryKey });
    expect(confirm.ok || confirm.error.code).toBe('CONFLICT');
    expect(readFileSync(keyFilePath(office.dbPath)).equals(before)).toBe(true);
  });

  it('is cancelled by a passphrase changed while it was being written down, says so, and keeps the new passphrase and the old key', async () => {
    const office = await newOffice();
    const { recoveryKey } = expectOk(await office.backend.invoke('security:newRecoveryKey', { passphrase: PASSPHRASE }));
    expectOk(await changeTo(office, NEW_PASSPHRASE));
    const keyFile = readFileSync(keyFilePath(office.dbPath));
    const databaseBefore = readFileSync(office.dbPath);
    // The new key's passphrase wrap is of the old passphrase: put in use, it would bring that passphrase back.
    const refused = await office.backend.invoke('security:confirmRecoveryKey', { recoveryKey });
    expect(refused.ok || refused.error.code).toBe('CONFLICT');
    expect(refused.ok || refused.error.message).toMatch(/^The passphrase was changed after this new recovery key was made, so the new key was not put in use: your old recovery key still works\. Make a new recovery key again/);
    expect(readFileSync(keyFilePath(office.dbPath)).equals(keyFile)).toBe(true);
    expect(readFileSync(office.dbPath).equals(databaseBefore)).toBe(true);
    // Refused once, it is gone: asking again finds nothing waiting.
    const again = await office.backend.invoke('security:confirmRecoveryKey', { recoveryKey });
    expect(again.ok || again.error.message).toMatch(/^There is no new recovery key waiting to be confirmed/);
    expect(await whatOpens(office, {
      oldPassphrase: { passphrase: PASSPHRASE },
      newPassphrase: { passphrase: NEW_PASSPHRASE },
      oldKey: { recoveryKey: office.recoveryKey },
      newKey: { recoveryKey },
    }, office.backend)).toEqual({ oldPassphrase: 'WRONG_SECRET', newPassphrase: 'opens', oldKey: 'opens', newKey: 'WRONG_SECRET' });
  });

  it('replaces a key made earlier and not confirmed: only the latest one shown can be confirmed', async () => {
    const office = await newOffice();
    const first = expectOk(await office.backend.invoke('security:newRecoveryKey', { passphrase: PASSPHRASE })).recoveryKey;
    const second = expectOk(await office.backend.invoke('security:newRecoveryKey', { passphrase: PASSPHRASE })).recoveryKey;
    const stale = await office.backend.invoke('security:confirmRecoveryKey', { recoveryKey: first });
    expect(stale.ok || stale.error.code).toBe('VALIDATION');
    expectOk(await office.backend.invoke('security:confirmRecoveryKey', { recoveryKey: second }));
    const again = await office.backend.invoke('security:confirmRecoveryKey', { recoveryKey: second });
    expect(again.ok || again.error.code).toBe('CONFLICT');
  });
});

describe('the auto-lock time', () => {
  it('is 10 minutes until changed, keeps a change across locking, and refuses anything outside 1 to 120 whole minutes', async () => {
    const office = await newOffice();
    expect(expectOk(await office.backend.invoke('security:settings', {}))).toEqual({ autoLockMinutes: 10 });
    expect(expectOk(await office.backend.invoke('security:saveSettings', { autoLockMinutes: 1 }))).toEqual({ autoLockMinutes: 1 });
    expect(expectOk(await office.backend.invoke('security:saveSettings', { autoLockMinutes: 120 }))).toEqual({ autoLockMinutes: 120 });

    for (const autoLockMinutes of [0, 121, 2.5, -5, Number.NaN]) {
      const result = await office.backend.invoke('security:saveSettings', { autoLockMinutes });
      expect(result.ok, String(autoLockMinutes)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.fields).toEqual({ autoLockMinutes: 'Enter a whole number of minutes from 1 to 120' });
    }
    expect(expectOk(await office.backend.invoke('security:settings', {}))).toEqual({ autoLockMinutes: 120 });

    expectOk(await office.backend.invoke('office:lock', {}));
    const locked = await office.backend.invoke('security:settings', {});
    expect(locked.ok || locked.error.code).toBe('LOCKED');
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await office.backend.invoke('security:settings', {}))).toEqual({ autoLockMinutes: 120 });
  });
});
