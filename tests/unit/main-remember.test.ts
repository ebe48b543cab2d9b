// electron/main/remember.ts against a real encrypted office and a stand-in for Electron's safeStorage:
// off until asked, never the only way in (a kept passphrase that fails is forgotten and the passphrase
// asked for), kept current when the passphrase is changed in Settings, never readable in its file, never
// logged, never sent back to the page, and only our own window may ask.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Logger } from '../../electron/backend/context';
import { REMEMBER_CHANNELS } from '../../shared/contract/remember';
import { fakeIpcMain, fakeWebContents } from '../helpers/electron-fakes';
import { expectOk, PASSPHRASE, useOffices } from '../helpers/office';

// remember.ts takes safeStorage from the composition root; it must not reach for Electron itself.
vi.mock('electron', () => ({}));
const { keepingRememberedCurrent, registerRemember, Rememberer } = await import('../../electron/main/remember');

const NEW_PASSPHRASE = 'harbour thimble meadow';
const PAGE = 'app://peer-office/index.html';
const { newOffice } = useOffices();

/** Stands in for DPAPI: a reversible scramble that only "this Windows account" (the same keeper) can undo. */
function fakeKeeper(account = 'quill-office-pc\\manager') {
  const mark = Buffer.from(`dpapi:${account}:`);
  return {
    isAsyncEncryptionAvailable: vi.fn(async () => keeperState.available),
    encryptStringAsync: vi.fn(async (plain: string) => Buffer.concat([mark, Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)])),
    decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
      if (!encrypted.subarray(0, mark.length).equals(mark)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: Buffer.from(encrypted.subarray(mark.length).map((b) => b ^ 0x5a)).toString('utf8'), shouldReEncrypt: keeperState.rotated };
    }),
    getSelectedStorageBackend: vi.fn(() => keeperState.backend),
  };
}
// The keeper's switches, shared by the functions above (set per test).
const keeperState = { available: true, backend: 'unknown', rotated: false };

function recordingLogger() {
  const lines: string[] = [];
  const logger: Logger = { info: (m) => void lines.push(m), warn: (m) => void lines.push(m), error: (m, e) => void lines.push(`${m} ${String(e)}`) };
  return { logger, lines };
}

async function setUp(options: { platform?: NodeJS.Platform; keeper?: ReturnType<typeof fakeKeeper> } = {}) {
  Object.assign(keeperState, { available: true, backend: 'unknown', rotated: false });
  const office = await newOffice();
  const { logger, lines } = recordingLogger();
  const keeper = options.keeper ?? fakeKeeper();
  const file = join(office.dir, 'remembered-passphrase.json');
  const rememberer = new Rememberer({ file, keeper, platform: options.platform ?? 'win32', backend: office.backend, logger });
  expectOk(await office.backend.invoke('office:lock', {}));
  return { office, rememberer, file, keeper, lines };
}

describe('remembering the passphrase on this Windows account', () => {
  it('is off until asked, then unlocks with one click, keeping only an encrypted passphrase for this database', async () => {
    const { office, rememberer, file, lines } = await setUp();
    expect(await rememberer.status()).toEqual({ available: true, remembered: false });
    const nothingKept = await rememberer.unlockRemembered();
    expect(nothingKept.ok || nothingKept.error.code).toBe('NOT_FOUND');

    const wrong = await rememberer.unlockAndRemember('kettle orchard lanterns');
    expect(wrong.ok || wrong.error.code).toBe('WRONG_SECRET');
    expect(existsSync(file)).toBe(false);

    const unlocked = expectOk(await rememberer.unlockAndRemember(PASSPHRASE));
    expect(unlocked).toEqual({ status: { state: 'unlocked', officeName: 'Quaintance Peer Support', isDemo: false }, remembered: true, problem: null });
    const kept = readFileSync(file, 'utf8');
    expect(kept).not.toContain(PASSPHRASE);
    expect(JSON.parse(kept)).toMatchObject({ format: 'peer-office-remembered', version: 1, databasePath: office.dbPath });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await rememberer.status()).toEqual({ available: true, remembered: true });

    // Asking again while unlocked would keep a passphrase nobody checked: refused.
    const again = await rememberer.unlockAndRemember('anything at all, unchecked');
    expect(again.ok || again.error.code).toBe('CONFLICT');

    expectOk(await office.backend.invoke('office:lock', {}));
    expect(expectOk(await rememberer.unlockRemembered()).status.state).toBe('unlocked');
    // The passphrase and the recovery key still work as ever.
    expectOk(await office.backend.invoke('office:lock', {}));
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expectOk(await office.backend.invoke('office:lock', {}));
    expectOk(await office.backend.invoke('office:unlock', { recoveryKey: office.recoveryKey }));

    expect(lines.join('\n')).not.toContain(PASSPHRASE);
  });

  it('keeps nothing when another unlock, still running when it was asked, opens the office first', async () => {
    const { office, rememberer, file } = await setUp();
    // Both start while the office is locked; the first is still deriving its key when the second is asked.
    const first = office.backend.invoke('office:unlock', { passphrase: PASSPHRASE });
    const second = rememberer.unlockAndRemember('anything at all, unchecked');
    expect(expectOk(await first).state).toBe('unlocked');
    const refused = await second;
    expect(refused.ok || refused.error.code).toBe('CONFLICT');
    expect(existsSync(file)).toBe(false);
    expect(await rememberer.status()).toEqual({ available: true, remembered: false });
  });

  it('is not offered where the PC cannot keep a secret safely', async () => {
    const { rememberer } = await setUp();
    keeperState.available = false;
    expect(await rememberer.status()).toEqual({ available: false, remembered: false });

    // Linux without a keyring: Chromium's "basic_text" is a fixed key, no protection at all.
    const linux = await setUp({ platform: 'linux' });
    keeperState.backend = 'basic_text';
    expect(await linux.rememberer.status()).toEqual({ available: false, remembered: false });
    keeperState.backend = 'gnome_libsecret';
    expect(await linux.rememberer.status()).toEqual({ available: true, remembered: false });
  });

  it('follows a passphrase changed in Settings, through the IPC the window uses', async () => {
    const { office, rememberer } = await setUp();
    expectOk(await rememberer.unlockAndRemember(PASSPHRASE));
    const backend = keepingRememberedCurrent(office.backend, rememberer);
    const changed = await backend.invokeUnknown('security:changePassphrase', { currentPassphrase: PASSPHRASE, passphrase: NEW_PASSPHRASE, confirmPassphrase: NEW_PASSPHRASE });
    expect(changed.ok).toBe(true);
    expectOk(await office.backend.invoke('office:lock', {}));
    expect(expectOk(await rememberer.unlockRemembered()).status.state).toBe('unlocked');
  });

  it('forgets a kept passphrase that no longer opens the office, and asks for the passphrase', async () => {
    const { office, rememberer, file } = await setUp();
    expectOk(await rememberer.unlockAndRemember(PASSPHRASE));
    // Changed behind its back (the CLI, say, or a backup of another day restored).
    expectOk(await office.backend.invoke('security:changePassphrase', { currentPassphrase: PASSPHRASE, passphrase: NEW_PASSPHRASE, confirmPassphrase: NEW_PASSPHRASE }));
    expectOk(await office.backend.invoke('office:lock', {}));

    const stale = await rememberer.unlockRemembered();
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error).toEqual({ code: 'WRONG_SECRET', message: expect.stringMatching(/no longer opens this office.*forgotten\. Enter your passphrase\.$/), fields: { passphrase: 'Enter your passphrase' } });
    expect(existsSync(file)).toBe(false);
    expect(await rememberer.status()).toEqual({ available: true, remembered: false });
    expect(expectOk(await office.backend.invoke('office:unlock', { passphrase: NEW_PASSPHRASE })).state).toBe('unlocked');
  });

  it('forgets a kept passphrase Windows cannot decrypt (another account, a new PC) and asks for the passphrase', async () => {
    const { office, rememberer, file } = await setUp();
    expectOk(await rememberer.unlockAndRemember(PASSPHRASE));
    expectOk(await office.backend.invoke('office:lock', {}));
    const otherAccount = new Rememberer({ file, keeper: fakeKeeper('quill-office-pc\\volunteer'), platform: 'win32', backend: office.backend, logger: recordingLogger().logger });
    const refused = await otherAccount.unlockRemembered();
    expect(refused.ok || refused.error.message).toBe('Windows could not read the kept passphrase, so it has been forgotten. Enter your passphrase.');
    expect(existsSync(file)).toBe(false);
    expect(expectOk(await office.backend.invoke('office:status', {})).state).toBe('locked');
  });

  it('re-encrypts when Windows says its key has been rotated', async () => {
    const { office, rememberer, file, keeper } = await setUp();
    expectOk(await rememberer.unlockAndRemember(PASSPHRASE));
    expectOk(await office.backend.invoke('office:lock', {}));
    keeperState.rotated = true;
    keeper.encryptStringAsync.mockClear();
    expectOk(await rememberer.unlockRemembered());
    expect(keeper.encryptStringAsync).toHaveBeenCalledTimes(1);
    expect(existsSync(file)).toBe(true);
  });

  it('keeps the passphrase for one database only: another office in its place is not unlocked with it', async () => {
    const { office, rememberer, file } = await setUp();
    expectOk(await rememberer.unlockAndRemember(PASSPHRASE));
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...kept, databasePath: join(office.dir, 'demo-office.db') }));
    expect(await rememberer.status()).toEqual({ available: true, remembered: false });
    // A file that is not ours is simply "nothing kept".
    writeFileSync(file, 'not json');
    expect(await rememberer.status()).toEqual({ available: true, remembered: false });
  });

  it('answers only our own window, and never sends the passphrase back', async () => {
    const { office, rememberer } = await setUp();
    const ipc = fakeIpcMain();
    const own = fakeWebContents(PAGE);
    registerRemember(ipc as unknown as IpcMain, rememberer, () => own as unknown as WebContents, PAGE);
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(REMEMBER_CHANNELS).sort());

    const call = (channel: string, sender: ReturnType<typeof fakeWebContents>, input?: unknown) =>
      ipc.handlers.get(channel)!({ sender, senderFrame: sender.mainFrame } as unknown as IpcMainInvokeEvent, input) as Promise<{ ok: boolean; error?: { code: string } }>;

    const stranger = fakeWebContents('https://evil.example.org/');
    for (const channel of Object.values(REMEMBER_CHANNELS)) expect((await call(channel, stranger, PASSPHRASE)).error?.code).toBe('FORBIDDEN');
    expect(expectOk(await office.backend.invoke('office:status', {})).state).toBe('locked');

    const answers = [
      await call(REMEMBER_CHANNELS.unlockAndRemember, own, PASSPHRASE),
      await call(REMEMBER_CHANNELS.status, own),
    ];
    expectOk(await office.backend.invoke('office:lock', {}));
    answers.push(await call(REMEMBER_CHANNELS.unlockRemembered, own), await call(REMEMBER_CHANNELS.forget, own));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(JSON.stringify(answers)).not.toContain(PASSPHRASE);
    expect(await rememberer.status()).toEqual({ available: true, remembered: false });

    const bad = await call(REMEMBER_CHANNELS.unlockAndRemember, own, { passphrase: PASSPHRASE });
    expect(bad.error?.code).toBe('VALIDATION');
  });
});
