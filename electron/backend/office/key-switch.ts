// Giving the office database a new data key (a new recovery key does: keys.ts), so that an old secret
// together with an old backup's key file (every backup carries the key file of its day) opens only that
// old backup, never the live database.
//
// Made to survive a crash at any point. The new key file is written beside the current one first
// (`<db>.keys.next.json`, flushed), then the database is re-encrypted (db/rekey.ts), then the new key
// file is renamed over the current one. Until the rename the two key files disagree, and whichever of
// them opens the database is the right one: the next unlock tries the current one, then the next one,
// and finishes the switch (the rename). A switch cut short before the re-key took is done again at the next
// unlock with the passphrase (resumeCutShortSwitch), so the new recovery key written down works; an unlock
// with the old recovery key, which cannot reach the new key, drops it instead. Backups are never
// taken in between: calls run one at a time (backend.ts), and this runs without a pause from start to end.
import { existsSync, rmSync } from 'node:fs';
import { AppFailure } from '../../../shared/contract/result';
import { keyOpens, type Sqlite } from '../db/open';
import { rekeyInPlace, type RekeyStep } from '../db/rekey';
import { nextKeyFilePath, promoteNextEnvelope, readNextEnvelope, unwrapKey, writeNextEnvelope, type KeyEnvelope, type SecretKind } from './keyring';
import { errorName } from '../context';

export type KeySwitchStep = 'next-key-file-written' | RekeyStep | 'key-file-replaced';

/**
 * For the crash test only (tests/integration/keys-rekey.test.ts): called after each step, where the test's
 * child process kills itself to leave the files exactly as a crash there would. Unset in the app.
 */
export const keySwitchHooks: { afterStep?: (step: KeySwitchStep) => void } = {};

const step = (name: KeySwitchStep): void => keySwitchHooks.afterStep?.(name);

/**
 * Re-encrypts the open database with `newKey` and makes `next` (its wraps) the key file. Throws when
 * nothing changed (the old key file and key still stand). Once the database is re-encrypted it does not
 * throw: a key file that could not be renamed into place is finished at the next unlock. Returns warnings
 * for the log.
 */
export function switchDataKey(open: { sqlite: Sqlite; dbPath: string }, newKey: Buffer, next: KeyEnvelope): string[] {
  const { sqlite, dbPath } = open;
  try {
    writeNextEnvelope(dbPath, next);
  } catch (err) {
    dropNextKeyFile(dbPath);
    throw cannotSwitch(err);
  }
  step('next-key-file-written');
  let walRestored: boolean;
  try {
    ({ walRestored } = rekeyInPlace(sqlite, dbPath, newKey, step));
  } catch (err) {
    // The database is still under the old key: the next key file would only ever be dropped. Unless SQLite
    // could not roll the re-key back and left its journal: the next unlock, seeing the next key file, rolls it back.
    if (!existsSync(`${dbPath}-journal`)) dropNextKeyFile(dbPath);
    throw err instanceof AppFailure ? err : cannotSwitch(err);
  }
  const warnings = walRestored ? [] : ['after the re-key the database stays in rollback-journal mode until it is next opened'];
  try {
    promoteNextEnvelope(dbPath);
    step('key-file-replaced');
  } catch (err) {
    warnings.push(`the new key file could not be renamed into place (${errorName(err)}): the next unlock finishes it`);
  }
  return warnings;
}

const cannotSwitch = (err: unknown): AppFailure => new AppFailure(
  'INTERNAL',
  `The database could not be given its new key (${err instanceof Error && 'code' in err ? String(err.code) : 'a file could not be written'}). Nothing was changed: the old recovery key still works. Check there is space on the disk, then try again.`,
);

/**
 * Tidies the next key file away or into place. If that fails (a file held open by another program), the
 * office still opens, with the key that opens it; the next unlock tries again, and meanwhile no backup is
 * made with key files that may disagree (backup/make.ts refuses while the next key file is there).
 */
function settle(tidy: () => void): void {
  try {
    tidy();
  } catch {
    // see above
  }
}

/** Drops a next key file that will never be used, as settle says: if it cannot go now, the next unlock tries again. */
const dropNextKeyFile = (dbPath: string): void => settle(() => rmSync(nextKeyFilePath(dbPath), { force: true }));

/**
 * The next key file beside the database; null when there is none, or when it cannot be read: it is written
 * aside and renamed into place whole, so one that cannot be read was never the one in use, and the database
 * opens with the current key file (or is damaged) as without it.
 */
export function readNextEnvelopeOrNull(dbPath: string): KeyEnvelope | null {
  try {
    return readNextEnvelope(dbPath);
  } catch {
    return null;
  }
}

/**
 * The data key that `secret` unlocks, for the unlock screen; null when the secret does not match. When a
 * switch to a new data key was cut short by a crash (a next key file lies beside the database), it is
 * finished here if the database is already under the new key, and the unused next key file dropped if not.
 * Costs nothing extra when there is no next key file; one more scrypt when there is.
 */
export async function unlockKeySettlingSwitch(dbPath: string, current: KeyEnvelope, kind: SecretKind, secret: string): Promise<Buffer | null> {
  const currentKey = await unwrapKey(current.wraps[kind], secret, kind);
  const next = readNextEnvelopeOrNull(dbPath);
  if (!next) return currentKey;
  // A crash in the middle of the re-key leaves a rollback journal: only a read-write opening rolls it back
  // (to the old-key database). With a WAL beside the database there is no re-key to undo (it runs with the
  // WAL emptied and switched off), and a read-only look leaves a crashed session's WAL as it is.
  const rollBack = existsSync(`${dbPath}-journal`) && !existsSync(`${dbPath}-wal`);
  if (currentKey && keyOpens(dbPath, currentKey, { readonly: !rollBack })) {
    // Cut short before the re-key took. Unlocked with the passphrase, the switch is finished once the office
    // is open (resumeCutShortSwitch), so the recovery key the office manager wrote down works as they were
    // told; any other secret (the old recovery key) cannot reach the new key, so the next file is dropped.
    if (kind !== 'passphrase') dropNextKeyFile(dbPath);
    return currentKey;
  }
  const nextKey = await unwrapKey(next.wraps[kind], secret, kind);
  // Read-write when a journal is there (a secret that fits only the next file: the new recovery key): the
  // opening rolls the cut-short re-key back before it reads, so the office is as it was, whatever it answers.
  if (nextKey && keyOpens(dbPath, nextKey, { readonly: !rollBack })) {
    currentKey?.fill(0);
    settle(() => promoteNextEnvelope(dbPath));
    return nextKey;
  }
  nextKey?.fill(0);
  // Neither opens. With both secrets fitting (the passphrase) the database is damaged: the current key goes
  // on to unlock, which says so. A secret that fits only one file is one not in use: the old recovery key
  // after the re-key went through, or the new one when it was cut short and rolled back. Refused as wrong.
  if (currentKey && nextKey) return currentKey;
  currentKey?.fill(0);
  return null;
}

/**
 * After an unlock with the passphrase: a switch to a new data key that a crash cut short before the re-key
 * took (the next key file is still there, the database still under the current key) is done now. Returns the
 * new data key once the database is under it; null when there was nothing to finish. Throws, having changed
 * nothing, when the re-key cannot be done (the old recovery key then still works, as before the attempt).
 */
export async function resumeCutShortSwitch(open: { sqlite: Sqlite; dbPath: string }, passphrase: string): Promise<Buffer | null> {
  const next = readNextEnvelopeOrNull(open.dbPath);
  if (!next) return null;
  const nextKey = await unwrapKey(next.wraps.passphrase, passphrase, 'passphrase');
  if (!nextKey) {
    // Not this passphrase's: never the switch this office was making. Dropped, as unlock drops one.
    dropNextKeyFile(open.dbPath);
    return null;
  }
  try {
    switchDataKey(open, nextKey, next);
  } catch (err) {
    nextKey.fill(0);
    throw err;
  }
  return nextKey;
}
