// "Remember on this Windows account": the passphrase kept in the app's data folder, encrypted by Windows
// for this account (Electron's safeStorage, DPAPI on Windows), so the office manager can unlock with one
// click. It is never the only way in: the passphrase and the recovery key keep working, and whenever the
// kept one cannot be used it is forgotten and the unlock screen simply asks for the passphrase.
// The passphrase stays in this process: it is never sent back to the page and never logged. Unlocking
// goes through the backend's queue like any other unlock, attempts limit included.
import { readFile, rm } from 'node:fs/promises';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { MAX_PASSPHRASE_LENGTH, REMEMBER_CHANNELS, type RememberedUnlock, type RememberStatus } from '../../shared/contract/remember';
import { fail, ok, type Result } from '../../shared/contract/result';
import type { Backend } from '../backend/backend';
import type { Logger } from '../backend/context';
import { writeJsonAtomically } from '../backend/files/json-file';
import { isTrustedSender } from './ipc';

/** The part of Electron's safeStorage used here: its asynchronous API (the synchronous one is deprecated in Electron 45). */
export interface Keeper {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  getSelectedStorageBackend(): string;
}

export interface RemembererOptions {
  /** `<userData>/remembered-passphrase.json`. */
  file: string;
  keeper: Keeper;
  platform: NodeJS.Platform;
  backend: Pick<Backend, 'invoke' | 'unlockChecked' | 'session'>;
  logger: Logger;
}

/** What the file holds: which database the passphrase opens, and the passphrase as Windows encrypted it. */
interface Kept {
  format: 'peer-office-remembered';
  version: 1;
  databasePath: string;
  encrypted: string;
}

const NOT_KEPT = 'No passphrase is kept for this office on this Windows account. Enter your passphrase.';
const NO_LONGER_OPENS = 'The kept passphrase no longer opens this office (it may have been changed, or a backup restored), so it has been forgotten. Enter your passphrase.';
const CANNOT_READ = 'Windows could not read the kept passphrase, so it has been forgotten. Enter your passphrase.';

export class Rememberer {
  constructor(private readonly options: RemembererOptions) {}

  /** Whether this PC can keep a secret for this account at all. */
  async available(): Promise<boolean> {
    const { keeper, platform } = this.options;
    // On Linux without a keyring Chromium falls back to a fixed, well-known key: that protects nothing.
    if (platform === 'linux' && keeper.getSelectedStorageBackend() === 'basic_text') return false;
    try {
      return await keeper.isAsyncEncryptionAvailable();
    } catch {
      return false;
    }
  }

  async status(): Promise<RememberStatus> {
    const available = await this.available();
    return { available, remembered: available && (await this.keptForThisOffice()) !== null };
  }

  async unlockAndRemember(passphrase: unknown): Promise<Result<RememberedUnlock>> {
    if (typeof passphrase !== 'string' || passphrase.length === 0 || passphrase.length > MAX_PASSPHRASE_LENGTH) {
      return fail('VALIDATION', 'Enter your passphrase.', { passphrase: 'Enter your passphrase' });
    }
    // Unlocking an open office checks no passphrase, so one given then would be kept unchecked: refused,
    // deciding in the backend's queue, since another unlock may be waiting there to open it first.
    const unlocked = await this.options.backend.unlockChecked({ passphrase });
    if (!unlocked.ok) return unlocked;
    try {
      if (!(await this.available())) throw new Error('not available');
      await this.keep(passphrase);
      this.options.logger.info('passphrase kept for this Windows account');
      return ok({ status: unlocked.value, remembered: true, problem: null });
    } catch {
      this.options.logger.warn('the passphrase could not be kept for this Windows account');
      return ok({ status: unlocked.value, remembered: false, problem: 'Peer Office is unlocked, but Windows could not keep the passphrase for this account. Type it next time.' });
    }
  }

  async unlockRemembered(): Promise<Result<RememberedUnlock>> {
    const kept = (await this.available()) ? await this.keptForThisOffice() : null;
    if (!kept) return fail('NOT_FOUND', NOT_KEPT, { passphrase: 'Enter your passphrase' });
    let passphrase: string;
    let reEncrypt: boolean;
    try {
      const decrypted = await this.options.keeper.decryptStringAsync(Buffer.from(kept.encrypted, 'base64'));
      passphrase = decrypted.result;
      reEncrypt = decrypted.shouldReEncrypt;
    } catch {
      await this.forget();
      this.options.logger.warn('the kept passphrase could not be decrypted: forgotten');
      return fail('NOT_FOUND', CANNOT_READ, { passphrase: 'Enter your passphrase' });
    }
    const unlocked = await this.options.backend.invoke('office:unlock', { passphrase });
    if (!unlocked.ok) {
      if (unlocked.error.code !== 'WRONG_SECRET') return unlocked;
      await this.forget();
      this.options.logger.warn('the kept passphrase no longer opens the office: forgotten');
      return fail('WRONG_SECRET', NO_LONGER_OPENS, { passphrase: 'Enter your passphrase' });
    }
    // Windows rotated its key: keep the passphrase under the new one (best effort: it still unlocked).
    if (reEncrypt) await this.keep(passphrase).catch(() => this.options.logger.warn('the kept passphrase could not be re-encrypted'));
    this.options.logger.info('unlocked with the passphrase kept for this Windows account');
    return ok({ status: unlocked.value, remembered: true, problem: null });
  }

  async forget(): Promise<RememberStatus> {
    await rm(this.options.file, { force: true });
    return { available: await this.available(), remembered: false };
  }

  /** After the passphrase is changed in Settings, a kept one is replaced by the new one (or forgotten if that fails). */
  async passphraseChanged(newPassphrase: string): Promise<void> {
    if (!(await this.keptForThisOffice())) return;
    try {
      await this.keep(newPassphrase);
    } catch {
      await this.forget();
    }
  }

  private async keep(passphrase: string): Promise<void> {
    const databasePath = this.options.backend.session.databasePath();
    if (!databasePath) throw new Error('no office database');
    const encrypted = await this.options.keeper.encryptStringAsync(passphrase);
    const kept: Kept = { format: 'peer-office-remembered', version: 1, databasePath, encrypted: encrypted.toString('base64') };
    // Readable by this user only, and never half a file after a crash. Not flushed to the disk: one lost
    // to a power cut only means typing the passphrase once more.
    writeJsonAtomically(this.options.file, kept, { fsync: false });
  }

  /** The kept passphrase when it belongs to the office database in use now (not the demo left behind, say). */
  private async keptForThisOffice(): Promise<Kept | null> {
    let kept: Partial<Kept>;
    try {
      kept = JSON.parse(await readFile(this.options.file, 'utf8')) as Partial<Kept>;
    } catch {
      return null;
    }
    const sound = kept.format === 'peer-office-remembered' && kept.version === 1 && typeof kept.databasePath === 'string' && typeof kept.encrypted === 'string';
    return sound && kept.databasePath === this.options.backend.session.databasePath() ? (kept as Kept) : null;
  }
}

/** The bridge's four calls, from the top frame of our own window only (never a print window). */
export function registerRemember(ipcMain: IpcMain, rememberer: Rememberer, ownContents: () => WebContents | null, pageUrl: string): void {
  const handle = <T>(channel: string, run: (input: unknown) => Promise<Result<T>>) =>
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<T>> => {
      if (!isTrustedSender(event, ownContents, pageUrl)) return fail('FORBIDDEN', 'This request did not come from the Peer Office window.');
      try {
        return await run(input);
      } catch {
        return fail('INTERNAL', 'Something went wrong with the passphrase kept on this Windows account. Enter your passphrase.');
      }
    });
  handle(REMEMBER_CHANNELS.status, async () => ok(await rememberer.status()));
  handle(REMEMBER_CHANNELS.unlockAndRemember, (passphrase) => rememberer.unlockAndRemember(passphrase));
  handle(REMEMBER_CHANNELS.unlockRemembered, () => rememberer.unlockRemembered());
  handle(REMEMBER_CHANNELS.forget, async () => ok(await rememberer.forget()));
}

/**
 * The backend as the window's IPC sees it, with one addition: a passphrase changed in Settings replaces
 * the kept one, so "Unlock with this Windows account" goes on working.
 */
export function keepingRememberedCurrent(backend: Backend, rememberer: Rememberer): Backend {
  return {
    ...backend,
    invokeUnknown: async (channel, input) => {
      const result = await backend.invokeUnknown(channel, input);
      if (result.ok && channel === 'security:changePassphrase') {
        // The backend accepted it, so the input passed the contract's schema: a string passphrase.
        await rememberer.passphraseChanged((input as { passphrase: string }).passphrase);
      }
      return result;
    },
  };
}
