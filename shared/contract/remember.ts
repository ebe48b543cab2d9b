// "Remember on this Windows account" (the desktop app only). No zod here: the sandboxed preload imports
// the channel names, and must stay a few lines of plain code.
import type { OfficeStatus } from './office';
import type { Result } from './result';

// The main process handles these itself, like printing: Windows keeps the passphrase encrypted for this
// account (Electron's safeStorage), and it never comes back to the page. The browser host has no bridge,
// so the option is simply absent there.

export interface RememberStatus {
  /** This PC can keep a secret for this Windows account. */
  available: boolean;
  /** A passphrase is kept for the office database now in use. */
  remembered: boolean;
}

export interface RememberedUnlock {
  status: OfficeStatus;
  /** False when the office opened but the passphrase could not be kept (said in `problem`). */
  remembered: boolean;
  problem: string | null;
}

export interface RememberBridge {
  status(): Promise<Result<RememberStatus>>;
  /** Unlocks with the passphrase and, once it has opened the office, keeps it for this Windows account. */
  unlockAndRemember(passphrase: string): Promise<Result<RememberedUnlock>>;
  /** Unlocks with the kept passphrase; when that cannot be done it is forgotten and the passphrase asked for. */
  unlockRemembered(): Promise<Result<RememberedUnlock>>;
  forget(): Promise<Result<RememberStatus>>;
}

/** IPC names of the bridge: kept apart from the contract's channels, which all go to the backend. */
export const REMEMBER_CHANNELS = {
  status: 'remember:status',
  unlockAndRemember: 'remember:unlockAndRemember',
  unlockRemembered: 'remember:unlockRemembered',
  forget: 'remember:forget',
} as const;

/**
 * The longest passphrase any channel takes (office.ts, security.ts, backup.ts) and main keeps on this Windows
 * account: far past any typed one, and a bound on what a caller can make scrypt and the checks chew on.
 * Here rather than beside the schemas, so that the preload's bridge stays free of zod.
 */
export const MAX_PASSPHRASE_LENGTH = 1024;
