// What unlocking in the app (session.ts) and `peer-office check` (cli/check.ts) both do before and after
// the secret is tried, so the two say the same words about the same problem.
import { AppFailure } from '../../../shared/contract/result';
import { keyFilePath, normaliseRecoveryKey, readEnvelope, type KeyEnvelope, type SecretKind } from './keyring';
import type { Secret } from './session';

/** Which secret this is, and its value as the key file's wrap expects it (a recovery key in any case and spacing). */
export function secretKindOf(secret: Secret): [SecretKind, string] {
  return 'passphrase' in secret ? ['passphrase', secret.passphrase] : ['recovery', normaliseRecoveryKey(secret.recoveryKey)];
}

/** The key file beside the database; missing or unreadable, nothing can be unlocked, so it is refused as DAMAGED. */
export function keyFileOrRefuse(dbPath: string): KeyEnvelope {
  let envelope: KeyEnvelope | null;
  try {
    envelope = readEnvelope(dbPath);
  } catch {
    throw new AppFailure('DAMAGED', `The key file beside the database (${keyFilePath(dbPath)}) is damaged. Restore it from a backup.`);
  }
  if (!envelope) throw new AppFailure('DAMAGED', `The key file beside the database (${keyFilePath(dbPath)}) is missing. Restore it from a backup.`);
  return envelope;
}

/** The secret unwrapped the key, but the database does not open with it: cut short, changed, or another file. */
export const notOpenedWithItsKey = (dbPath: string): AppFailure => new AppFailure('DAMAGED',
  `The database file ${dbPath} is damaged or is not a Peer Office database: it does not open with this office’s key (it may have been cut short or changed). Nothing has been changed or deleted. Restore it from a backup.`);
