// Creating, unlocking and locking a real encrypted office file, and the limit on guessing (which survives a restart).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attemptsFilePath } from '../../electron/backend/office/attempts';
import { keyFilePath } from '../../electron/backend/office/keyring';
import { memberInput } from '../helpers/members';
import { expectOk, FakeClock, MINUTE, PASSPHRASE, RECOVERY_KEY_FORMAT, useOffices } from '../helpers/office';

const { newOffice, backendAt, tempDir } = useOffices();

/** Locks the office and returns a fresh backend on the same file, as after a restart. */
async function reopen(office: Awaited<ReturnType<typeof newOffice>>, clock = office.clock) {
  office.backend.close();
  return backendAt({ dir: office.dir, dbPath: office.dbPath, clock });
}

describe('an office database', () => {
  it('starts with no office, then is created unlocked with a recovery key shown once', async () => {
    const backend = backendAt({ dir: tempDir() });
    expect(expectOk(await backend.invoke('office:status', {}))).toEqual({ state: 'none', officeName: null, isDemo: false });

    const office = await newOffice({ officeName: 'Quaintance Peer Support' });
    expect(office.recoveryKey).toMatch(RECOVERY_KEY_FORMAT);
    expect(expectOk(await office.backend.invoke('office:status', {}))).toEqual({ state: 'unlocked', officeName: 'Quaintance Peer Support', isDemo: false });
    // The key file holds wrapped keys only: neither secret appears in it.
    const keyFile = readFileSync(keyFilePath(office.dbPath), 'utf8');
    expect(keyFile).not.toContain(office.recoveryKey);
    expect(keyFile).not.toContain(PASSPHRASE);
  });

  it('will not be created over an existing one', async () => {
    const office = await newOffice();
    const again = await office.backend.invoke('office:create', { officeName: 'Second', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE });
    expect(again.ok || again.error.code).toBe('CONFLICT');
  });

  it('locks, hides the office name, and unlocks with the passphrase', async () => {
    const office = await newOffice();
    expectOk(await office.backend.invoke('members:create', memberInput()));
    expect(expectOk(await office.backend.invoke('office:lock', {}))).toEqual({ state: 'locked', officeName: null, isDemo: false });

    const backend = await reopen(office);
    expect(expectOk(await backend.invoke('office:status', {})).state).toBe('locked');
    expect(expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect(expectOk(await backend.invoke('members:search', { query: 'quaintance' })).total).toBe(1);
  });

  it('refuses a wrong passphrase, says what to do, and leaves the data untouched', async () => {
    const office = await newOffice();
    expectOk(await office.backend.invoke('members:create', memberInput()));
    const backend = await reopen(office);
    const before = readFileSync(office.dbPath);

    const wrong = await backend.invoke('office:unlock', { passphrase: `${PASSPHRASE}!` });
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.error.code).toBe('WRONG_SECRET');
    expect(wrong.error.message).toMatch(/Caps Lock/);
    expect(wrong.error.fields).toHaveProperty('passphrase');
    expect(readFileSync(office.dbPath).equals(before)).toBe(true);
    expect(expectOk(await backend.invoke('office:status', {})).state).toBe('locked');

    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await backend.invoke('members:search', {})).total).toBe(1);
  });

  it('unlocks with the recovery key, typed in lower case with spaces', async () => {
    const office = await newOffice();
    const backend = await reopen(office);
    const typed = office.recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect(expectOk(await backend.invoke('office:unlock', { recoveryKey: typed })).state).toBe('unlocked');
  });

  it('refuses a wrong recovery key and the passphrase given as a recovery key', async () => {
    const office = await newOffice();
    const backend = await reopen(office);
    for (const recoveryKey of ['00000-00000-00000-00000-00000', PASSPHRASE]) {
      const result = await backend.invoke('office:unlock', { recoveryKey });
      expect(result.ok || result.error.code).toBe('WRONG_SECRET');
    }
  });

  it('slows guessing: the 11th wrong attempt within five minutes must wait, even with the right passphrase', async () => {
    const office = await newOffice();
    const backend = await reopen(office);
    for (let i = 0; i < 10; i++) {
      const r = await backend.invoke('office:unlock', { passphrase: `wrong guess ${i}` });
      expect(r.ok || r.error.code).toBe('WRONG_SECRET');
      office.clock.advance(10_000);
    }
    const eleventh = await backend.invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(eleventh.ok || eleventh.error.code).toBe('TOO_MANY_ATTEMPTS');
    if (!eleventh.ok) expect(eleventh.error.message).toMatch(/Wait \d+ seconds/);

    office.clock.advance(MINUTE);
    expect(expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
  });

  it('keeps the wait after a restart: closing and opening Peer Office does not start the count afresh', async () => {
    const office = await newOffice();
    const backend = await reopen(office);
    for (let i = 0; i < 10; i++) {
      const r = await backend.invoke('office:unlock', { passphrase: `wrong guess ${i}` });
      expect(r.ok || r.error.code).toBe('WRONG_SECRET');
      office.clock.advance(1_000);
    }
    // The wrong guesses are noted beside the database as times only.
    const noted = readFileSync(attemptsFilePath(office.dbPath), 'utf8');
    expect(noted).not.toContain('wrong guess');
    expect(JSON.parse(noted).failures).toHaveLength(10);

    const restarted = await reopen({ ...office, backend });
    const refused = await restarted.invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(refused.ok || refused.error.code).toBe('TOO_MANY_ATTEMPTS');
    if (!refused.ok) expect(refused.error.message).toBe('Too many attempts that did not match. Wait 29 seconds, then try again.');
    // Backups opened with a secret count with unlocking, after a restart too.
    const preview = await restarted.invoke('backup:preview', { file: office.dbPath, passphrase: PASSPHRASE });
    expect(preview.ok || preview.error.code).toBe('TOO_MANY_ATTEMPTS');

    office.clock.advance(29_000);
    expect(expectOk(await restarted.invoke('office:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    // The right passphrase clears the count, for this run and the next.
    expect(existsSync(attemptsFilePath(office.dbPath))).toBe(false);
    const again = await reopen({ ...office, backend: restarted });
    expect((await again.invoke('office:unlock', { passphrase: 'one more wrong guess' })).ok).toBe(false);
    expect(expectOk(await again.invoke('office:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
  });

  it('unlocks as usual when the note of wrong attempts is damaged or cannot be written', async () => {
    const office = await newOffice();
    office.backend.close();
    writeFileSync(attemptsFilePath(office.dbPath), '{"format":"peer-office-attempts","failures":["2026-11-27T10:00:00.000Z",');
    const backend = backendAt({ dir: office.dir, dbPath: office.dbPath, clock: office.clock });
    expect(expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect(existsSync(attemptsFilePath(office.dbPath))).toBe(false);

    // A folder in the file's place: it can be neither read nor replaced, yet guessing is still slowed within this run.
    expectOk(await backend.invoke('office:lock', {}));
    mkdirSync(attemptsFilePath(office.dbPath));
    for (let i = 0; i < 10; i++) expect((await backend.invoke('office:unlock', { passphrase: `wrong guess ${i}` })).ok).toBe(false);
    const refused = await backend.invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(refused.ok || refused.error.code).toBe('TOO_MANY_ATTEMPTS');
    office.clock.advance(MINUTE);
    expect(expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
  });

  it('refuses every register call while locked', async () => {
    const office = await newOffice();
    expectOk(await office.backend.invoke('office:lock', {}));
    for (const [channel, input] of [['members:search', {}], ['members:get', { id: 1 }], ['office:settings', {}], ['members:export', {}]] as const) {
      const r = await office.backend.invokeUnknown(channel, input);
      expect(r.ok || r.error.code).toBe('LOCKED');
    }
  });

  it('says there is no office when unlocking before one exists', async () => {
    const backend = backendAt({ dir: tempDir(), clock: new FakeClock() });
    const r = await backend.invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(r.ok || r.error.code).toBe('NO_OFFICE');
  });

  it('opens with synchronous=FULL, foreign keys on and write-ahead logging', async () => {
    const { backend } = await newOffice();
    const { sqlite } = backend.session.context();
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('temp_store', { simple: true })).toBe(2); // MEMORY: no plaintext temp files
  });
});
