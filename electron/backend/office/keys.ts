// Changing the passphrase and making a new recovery key.
//
// A new passphrase only re-wraps the data key in the key file beside the database (keyring.ts): fast,
// and the database itself is never re-encrypted or touched. A new recovery key gives the database a new
// data key as well (key-switch.ts): every backup carries the key file of its day, so the old recovery key
// (or an old passphrase) with an older backup's key file would otherwise still unwrap the key of the live
// database, records added since included. Old secrets now open only the backups made while they were in use.
// Each change is followed by a fresh backup: the newest one then opens with the new secret, and older
// ones still open with the secrets they were made with.
import { isDeepStrictEqual } from 'node:util';
import type { BackupAfterChange, KeyChangeOutcome, PendingRecoveryKey } from '../../../shared/contract/security';
import { AppFailure } from '../../../shared/contract/result';
import { officeIdentityOf } from '../backup/owner';
import type { BackupService, BackupSource } from '../backup/service';
import { errorName, type BackendEnv } from '../context';
import { readSetting } from '../lists/service';
import type { AttemptLimiter } from './attempts';
import { switchDataKey } from './key-switch';
import { keyFilePath, newDataKey, newRecoveryKey, normaliseRecoveryKey, readEnvelope, unwrapKey, wrapKey, writeEnvelope, type KeyEnvelope } from './keyring';

/** What the key changes need from the office session. */
export interface KeyHost {
  /** The open office with its data key, or null while locked. */
  backupSource(): BackupSource | null;
  /** The open database has been re-encrypted with `dataKey`: the session keeps that one from now on. */
  adoptDataKey(dataKey: Buffer): void;
}

/**
 * A new recovery key made and shown, waiting to be confirmed: only the key file it would bring (the new
 * data key wrapped by the passphrase and by the new recovery key), never a key itself, so nothing secret
 * stays in memory while the office manager writes it down. 'stale' once the passphrase has changed since:
 * its passphrase wrap is of the old passphrase, so it can no longer be put in use.
 */
type Pending =
  | { state: 'waiting'; dbPath: string; next: KeyEnvelope; madeFrom: KeyEnvelope['wraps'] }
  | { state: 'stale'; dbPath: string };

interface Proven {
  source: BackupSource;
  envelope: KeyEnvelope;
  /** Our own copy, wiped by the caller: the session's is wiped if the app closes mid-change. */
  dataKey: Buffer;
}

export class KeyService {
  private pending: Pending | null = null;
  private readonly changedListeners = new Set<() => void>();

  constructor(
    private readonly env: BackendEnv,
    private readonly host: KeyHost,
    private readonly attempts: AttemptLimiter,
    private readonly backups: BackupService,
  ) {}

  async changePassphrase(input: { currentPassphrase: string; passphrase: string }): Promise<KeyChangeOutcome> {
    const { source, envelope, dataKey } = await this.proveCurrentPassphrase(input.currentPassphrase, 'currentPassphrase');
    try {
      const passphrase = await wrapKey(dataKey, input.passphrase, 'passphrase');
      // The recovery wrap stays as it was: the recovery key keeps working.
      writeEnvelope(source.dbPath, { ...envelope, wraps: { ...envelope.wraps, passphrase } });
    } finally {
      dataKey.fill(0);
    }
    if (this.pending?.state === 'waiting') this.pending = { state: 'stale', dbPath: this.pending.dbPath };
    this.env.logger.info('passphrase changed');
    this.changed();
    return { backup: await this.backUpAfterChange(source, 'passphrase') };
  }

  async newRecoveryKey(input: { passphrase: string }): Promise<PendingRecoveryKey> {
    const { source, envelope, dataKey } = await this.proveCurrentPassphrase(input.passphrase, 'passphrase');
    const nextDataKey = newDataKey();
    try {
      const recoveryKey = newRecoveryKey();
      const wraps = { passphrase: await wrapKey(nextDataKey, input.passphrase, 'passphrase'), recovery: await wrapKey(nextDataKey, recoveryKey, 'recovery') };
      // The office stays the same office to its backups (backup/owner.ts), though its key changes.
      const officeId = officeIdentityOf(dataKey, envelope).id;
      this.pending = { state: 'waiting', dbPath: source.dbPath, next: { ...envelope, wraps, officeId }, madeFrom: envelope.wraps };
      return { recoveryKey };
    } finally {
      dataKey.fill(0);
      nextDataKey.fill(0);
    }
  }

  async confirmRecoveryKey(input: { recoveryKey: string }): Promise<KeyChangeOutcome> {
    const pending = this.pending;
    if (!pending || pending.dbPath !== this.unlocked().dbPath) {
      throw new AppFailure('CONFLICT', 'There is no new recovery key waiting to be confirmed. Make a new recovery key, then confirm it.');
    }
    if (pending.state === 'stale') {
      this.pending = null;
      throw new AppFailure('CONFLICT', 'The passphrase was changed after this new recovery key was made, so the new key was not put in use: your old recovery key still works. Make a new recovery key again, and confirm it before changing anything else.');
    }
    const dataKey = await unwrapKey(pending.next.wraps.recovery, normaliseRecoveryKey(input.recoveryKey), 'recovery');
    if (!dataKey) {
      throw new AppFailure('VALIDATION', 'That is not the new recovery key shown. Check each group of five characters.', {
        recoveryKey: 'This is not the new recovery key shown',
      });
    }
    try {
      // Asked again after the wait for scrypt: the office may have been locked meanwhile.
      const source = this.unlocked();
      // The key file must be the one the new key was made from: changed since (a passphrase changed by another
      // window, a restore), the new one's passphrase wrap would be of a passphrase no longer in use.
      if (source.dbPath !== pending.dbPath || !isDeepStrictEqual(this.readKeyFile(source.dbPath).wraps, pending.madeFrom)) {
        this.pending = null;
        throw new AppFailure('CONFLICT', 'The key file beside the database has changed since this new recovery key was made, so the new key was not put in use: your old recovery key still works. Make a new recovery key again.');
      }
      const warnings = switchDataKey(source, dataKey, pending.next);
      this.host.adoptDataKey(dataKey);
      for (const warning of warnings) this.env.logger.warn(`new recovery key: ${warning}`);
    } finally {
      dataKey.fill(0);
    }
    this.pending = null;
    this.env.logger.info('recovery key replaced and the database given a new key');
    this.changed();
    // Asked afresh: the source read before the switch holds the old key.
    return { backup: await this.backUpAfterChange(this.unlocked(), 'recovery key') };
  }

  /**
   * Calls `listener` once a new passphrase or recovery key is in place, before the backup made after it: the
   * audit log writes the change there (audit/record.ts), so that backup holds the change's own entry.
   */
  onChanged(listener: () => void): () => void {
    this.changedListeners.add(listener);
    return () => void this.changedListeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.changedListeners) {
      // The change is made: a listener's failure must not report it as failed.
      try {
        listener();
      } catch (err) {
        this.env.logger.warn(`a key change listener failed: ${errorName(err)}`);
      }
    }
  }

  private unlocked(): BackupSource {
    const source = this.host.backupSource();
    if (!source) throw new AppFailure('LOCKED', 'Peer Office is locked. Unlock it with your passphrase to carry on.');
    return source;
  }

  private readKeyFile(dbPath: string): KeyEnvelope {
    let envelope: KeyEnvelope | null;
    try {
      envelope = readEnvelope(dbPath);
    } catch {
      envelope = null;
    }
    if (!envelope) {
      throw new AppFailure('DAMAGED', `The key file beside the database (${keyFilePath(dbPath)}) is missing or damaged, so nothing was changed. Restore it from a backup.`);
    }
    return envelope;
  }

  /**
   * Checks the passphrase against the key file, counted with unlocking's attempts: someone at an
   * unlocked PC must not be able to guess the passphrase here faster than on the unlock screen.
   */
  private async proveCurrentPassphrase(passphrase: string, field: string): Promise<Proven> {
    const source = this.unlocked();
    this.attempts.refuseIfWaiting();
    const envelope = this.readKeyFile(source.dbPath);
    const dataKey = await unwrapKey(envelope.wraps.passphrase, passphrase, 'passphrase');
    if (!dataKey) {
      this.attempts.recordFailure();
      this.env.logger.warn('key change refused: passphrase did not match');
      throw new AppFailure('WRONG_SECRET', 'That is not the current passphrase, so nothing was changed. Check Caps Lock and try again.', {
        [field]: 'This does not match the current passphrase',
      });
    }
    if (!dataKey.equals(source.dataKey)) {
      dataKey.fill(0);
      throw keyFileMismatch();
    }
    this.attempts.reset();
    return { source, envelope, dataKey };
  }

  /** A backup of the office as it is now, with the new key file; never undoing the change it follows. */
  private async backUpAfterChange(source: BackupSource, what: 'passphrase' | 'recovery key'): Promise<BackupAfterChange | null> {
    // As with the daily backup: the demo holds only made-up people.
    if (readSetting(source.db, 'isDemo') === 'yes') return null;
    const saved = what === 'passphrase' ? 'The new passphrase is saved' : 'The new recovery key is in use';
    try {
      const made = await this.backups.makeFrom(source, 'key-change');
      const verified = made.written.filter((w) => w.check === 'verified').map((w) => w.path);
      if (!verified.length) return { ok: false, message: `${saved}, but the backup made after it did not pass its check. Make a backup from the backups page.` };
      return { ok: true, message: `${saved}. A new backup was made (${verified.join(' and ')}): it opens with the new ${what}.` };
    } catch (err) {
      this.env.logger.warn(`backup after a key change failed: ${err instanceof AppFailure ? err.code : errorName(err)}`);
      const why = err instanceof AppFailure ? ` ${err.message}` : '';
      return { ok: false, message: `${saved}, but the backup after it could not be made.${why} Make a backup from the backups page.` };
    }
  }
}

const keyFileMismatch = () =>
  new AppFailure('CONFLICT', 'The key file beside the database does not match the open database, so nothing was changed. Lock Peer Office, unlock it again and try once more.');
