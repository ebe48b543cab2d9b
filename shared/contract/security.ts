// Passphrase and locking: the auto-lock time, changing the passphrase, a new recovery key, and the
// desktop app's "remember on this Windows account" (its bridge is in remember.ts, free of zod for the preload).
import { z } from 'zod';
import { bothTheSame, notTheSame, typedTwice } from './office';
import { MAX_PASSPHRASE_LENGTH } from './remember';

export const AUTO_LOCK_MINUTES = { min: 1, max: 120, default: 10 } as const;

export interface SecuritySettings {
  /** Minutes with no keyboard, mouse or touch in the window before Peer Office locks itself. */
  autoLockMinutes: number;
}

const autoLockMessage = `Enter a whole number of minutes from ${AUTO_LOCK_MINUTES.min} to ${AUTO_LOCK_MINUTES.max}`;
export const saveSecuritySettingsSchema = z
  .object({
    autoLockMinutes: z
      .number({ error: autoLockMessage })
      .int(autoLockMessage)
      .min(AUTO_LOCK_MINUTES.min, autoLockMessage)
      .max(AUTO_LOCK_MINUTES.max, autoLockMessage),
  })
  .strict();

const currentPassphrase = z.string().min(1, 'Enter your current passphrase').max(MAX_PASSPHRASE_LENGTH);

export const changePassphraseSchema = z
  .object({ currentPassphrase, ...typedTwice })
  .strict()
  .refine(bothTheSame, notTheSame)
  .refine((v) => v.passphrase !== v.currentPassphrase, {
    message: 'Choose a new passphrase that is different from the current one',
    path: ['passphrase'],
  });

/** Making a new recovery key asks for the passphrase: someone at an unlocked PC must not do it alone. */
export const newRecoveryKeySchema = z.object({ passphrase: currentPassphrase }).strict();

/** The new key, sent back by the screen that showed it once the person has typed its last five characters and ticked that they wrote it down. */
export const confirmRecoveryKeySchema = z.object({ recoveryKey: z.string().trim().min(1, 'Enter the new recovery key').max(200) }).strict();

/**
 * The backup made straight after a change, so that the newest backup opens with the new passphrase or
 * recovery key (older ones keep the secrets of their day). null when none is made (the demo office).
 */
export interface BackupAfterChange {
  ok: boolean;
  /** Plain words: where it went, or what went wrong and what to do. */
  message: string;
}

export interface KeyChangeOutcome {
  backup: BackupAfterChange | null;
}

export interface PendingRecoveryKey {
  /**
   * Shown once. It takes the old key's place only when confirmed ('security:confirmRecoveryKey'), so a
   * key that was never written down never locks anyone out: until then the old one still works.
   */
  recoveryKey: string;
}
