// Where the CLI gets a passphrase or recovery key: the environment or a hidden prompt, never an argument
// (arguments end up in shell history and in the process list other users can read).
import { MIN_PASSPHRASE_LENGTH } from '../../shared/domain/passphrase';
import type { Secret } from '../backend/office/session';
import { CliError, EXIT } from './exit';
import { promptNewPassphrase, readHidden } from './prompt';

const fromEnv = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

/** For init and demo: the environment's passphrase, or one typed twice at the terminal. */
export async function newPassphrase(): Promise<string> {
  const given = fromEnv('PEER_OFFICE_PASSPHRASE');
  if (given === undefined) return promptNewPassphrase();
  if (given.length < MIN_PASSPHRASE_LENGTH) {
    throw new CliError(EXIT.USAGE, `PEER_OFFICE_PASSPHRASE is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words work well.`);
  }
  return given;
}

/** For opening an existing database: the passphrase, or the recovery key, from the environment or a prompt. */
export async function unlockSecret(): Promise<Secret> {
  const passphrase = fromEnv('PEER_OFFICE_PASSPHRASE');
  const recoveryKey = fromEnv('PEER_OFFICE_RECOVERY_KEY');
  if (passphrase !== undefined && recoveryKey !== undefined) {
    throw new CliError(EXIT.USAGE, 'Both PEER_OFFICE_PASSPHRASE and PEER_OFFICE_RECOVERY_KEY are set. Set only one of them.');
  }
  if (passphrase !== undefined) return { passphrase };
  if (recoveryKey !== undefined) return { recoveryKey };
  return { passphrase: await readHidden('Passphrase (or set PEER_OFFICE_RECOVERY_KEY to use the recovery key): ') };
}
