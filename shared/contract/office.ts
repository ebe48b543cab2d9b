// Creating, unlocking and locking the office database, and its settings.
import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../domain/passphrase';
import { MAX_PASSPHRASE_LENGTH } from './remember';

// A new passphrase guards health, benefits and pay records: long enough, and not one of the easy guesses.
const newPassphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `Use at least ${MIN_PASSPHRASE_LENGTH} characters`)
  .max(MAX_PASSPHRASE_LENGTH)
  .refine((p) => passphraseStrength(p).strength !== 'weak', 'This passphrase is too easy to guess. Try three or four unrelated words, like "kettle orchard lantern"');

/** A new passphrase is typed twice, and the two must match. */
export const typedTwice = { passphrase: newPassphrase, confirmPassphrase: z.string() };
export const bothTheSame = (v: { passphrase: string; confirmPassphrase: string }) => v.passphrase === v.confirmPassphrase;
export const notTheSame = { message: 'The two passphrases do not match', path: ['confirmPassphrase'] };

export const createOfficeSchema = z
  .object({ officeName: z.string().trim().min(1, 'Enter the name of your organisation').max(120), ...typedTwice })
  .refine(bothTheSame, notTheSame);

export const createDemoSchema = z.object(typedTwice).refine(bothTheSame, notTheSame);

export const unlockSchema = z.union([
  z.object({ passphrase: z.string().min(1, 'Enter your passphrase').max(MAX_PASSPHRASE_LENGTH) }),
  z.object({ recoveryKey: z.string().trim().min(1, 'Enter your recovery key').max(200) }),
]);

export type OfficeState = 'none' | 'locked' | 'unlocked';

export interface OfficeStatus {
  state: OfficeState;
  /** Shown in the header once unlocked; null while locked so nothing leaks to the lock screen. */
  officeName: string | null;
  isDemo: boolean;
}

export interface CreatedOffice {
  /** Shown once, never stored in readable form. */
  recoveryKey: string;
}

export interface OfficeSettings {
  officeName: string;
  databasePath: string;
  isDemo: boolean;
  localities: string[];
  involvements: string[];
  /** Job roles for staff records (Peer supporter, Coordinator...). */
  jobRoles: string[];
  /** Where people are referred for benefits advice. */
  adviceServices: string[];
}

export const LIST_KINDS = ['localities', 'involvements', 'jobRoles', 'adviceServices'] as const;
export const listKindSchema = z.enum(LIST_KINDS);
export type ListKind = (typeof LIST_KINDS)[number];
export const updateListSchema = z.object({
  kind: listKindSchema,
  items: z
    .array(z.string().trim().min(1, 'An entry cannot be empty').max(80, 'Use 80 characters or fewer'))
    .max(200, 'Keep the list to 200 entries or fewer')
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      for (const item of items) {
        if (seen.has(item.toLowerCase())) {
          ctx.addIssue({ code: 'custom', message: `"${item}" is in the list twice: remove one of them` });
          return;
        }
        seen.add(item.toLowerCase());
      }
    }),
});
export const renameOfficeSchema = z.object({ officeName: z.string().trim().min(1, 'Enter the name of your organisation').max(120) });
