// The office database's life: create (with a recovery key), unlock, lock. While locked, the data key
// is not in memory and no service can reach the data.
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure } from '../../../shared/contract/result';
import type { OfficeState } from '../../../shared/contract/office';
import { DEFAULT_INVOLVEMENTS, DEFAULT_LOCALITIES } from '../../../shared/domain/members';
import { errorName, type BackendEnv, type OfficeContext } from '../context';
import { closeOffice, isDamage, openEncrypted, openOffice, NotOurDatabase, type Db, type Sqlite } from '../db/open';
import { companionFiles } from '../db/companion-files';
import { migrateGuarded } from '../db/migrate';
import { BackupService, type BackupOptions, type BackupSource } from '../backup/service';
import { listItems, officeSettings } from '../db/schema';
import { readSetting } from '../lists/service';
import { AttemptLimiter, attemptsFilePath } from './attempts';
import { clearConfig, defaultDatabasePath, demoDatabasePath, readConfig, writeConfig } from './config';
import { resumeCutShortSwitch, unlockKeySettlingSwitch } from './key-switch';
import { KeyService } from './keys';
import { keyFilePath, newDataKey, newRecoveryKey, wrapKey, writeEnvelope } from './keyring';
import { keyFileOrRefuse, notOpenedWithItsKey, secretKindOf } from './unlock-checks';

export type Secret = { passphrase: string } | { recoveryKey: string };

export class OfficeSession {
  // The data key is kept only while unlocked (the connection holds it anyway), so a backup can be made
  // and checked on demand; lock() wipes it.
  private open: { sqlite: Sqlite; db: Db; path: string; dataKey: Buffer } | null = null;
  private readonly attempts: AttemptLimiter;
  private readonly lockListeners = new Set<() => void>();
  private readonly openedListeners = new Set<(ctx: OfficeContext) => void>();
  readonly backups: BackupService;
  /** Changing the passphrase and the recovery key (keys.ts). */
  readonly keys: KeyService;

  constructor(private readonly env: BackendEnv, backupOptions: BackupOptions = {}) {
    // Counted beside the database, so that restarting Peer Office does not start the count afresh.
    this.attempts = new AttemptLimiter(env.now, () => this.databasePath(), (message) => env.logger.warn(message));
    this.backups = new BackupService(env, this, backupOptions);
    this.keys = new KeyService(env, this, this.attempts, this.backups);
  }

  /** The open office and its key, for a backup; null while locked. */
  backupSource(): BackupSource | null {
    return this.open ? { sqlite: this.open.sqlite, db: this.open.db, dataKey: this.open.dataKey, dbPath: this.open.path } : null;
  }

  /** A new recovery key has re-encrypted the open database with a new data key (keys.ts): kept from now on. */
  adoptDataKey(dataKey: Buffer): void {
    if (!this.open) throw new Error('no office is open to take a new key');
    this.open.dataKey.fill(0);
    this.open.dataKey = Buffer.from(dataKey);
  }

  /**
   * A new recovery key whose switch a crash cut short before the re-key took (key-switch.ts) is put in use
   * now, so the key the office manager wrote down works. If it cannot be, the office opens as it was and the
   * old recovery key still works (the log says so; nothing personal in it).
   */
  private async finishCutShortKeySwitch(passphrase: string): Promise<void> {
    const open = this.open!;
    try {
      const newKey = await resumeCutShortSwitch({ sqlite: open.sqlite, dbPath: open.path }, passphrase);
      if (!newKey) return;
      this.adoptDataKey(newKey);
      newKey.fill(0);
      this.env.logger.info('a new recovery key cut short by a crash was put in use at unlock');
    } catch (err) {
      this.env.logger.warn(`a new recovery key cut short by a crash could not be put in use: ${errorName(err)}`);
    }
  }

  /** The database this session works on, or null before one has been created. */
  databasePath(): string | null {
    if (this.env.databasePath) return this.env.databasePath;
    // Without a settings file (deleted, or after leaving the demo) the real office is still found in its usual place.
    const fallback = defaultDatabasePath(this.env.dataDir);
    return readConfig(this.env.dataDir)?.databasePath ?? (existsSync(fallback) ? fallback : null);
  }

  state(): OfficeState {
    if (this.open) return 'unlocked';
    const path = this.databasePath();
    return path && existsSync(path) ? 'locked' : 'none';
  }

  /** The unlocked office, or a LOCKED failure. */
  context(): OfficeContext {
    if (!this.open) throw new AppFailure('LOCKED', 'Peer Office is locked. Unlock it with your passphrase to carry on.');
    return { db: this.open.db, sqlite: this.open.sqlite, now: this.env.now };
  }

  /**
   * Creates a new encrypted database and leaves it unlocked. Returns the recovery key, which is shown
   * once and never stored readable. `populate` fills a demo office inside the same transaction.
   */
  async create(options: { officeName: string; passphrase: string; demo: boolean; populate?: (ctx: OfficeContext) => void }): Promise<string> {
    const path = this.env.databasePath ?? (options.demo ? demoDatabasePath(this.env.dataDir) : defaultDatabasePath(this.env.dataDir));
    // The demo file holds only made-up people: exploring the demo again simply starts a fresh one.
    if (options.demo && !this.env.databasePath) {
      if (this.open?.path === path) this.lock();
      removeDatabaseFiles(path);
    }
    // Only the database itself counts: a key file with no database beside it unlocks nothing.
    if (existsSync(path)) {
      throw new AppFailure('CONFLICT', 'There is already an office database in that place. Unlock it instead, or choose another file.');
    }
    this.lock();
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Built aside and renamed into place only once its key file is written: a crash part-way leaves
    // no database without its keys (a dead end), only a ".creating" file the next attempt clears.
    const building = `${path}.creating`;
    removeDatabaseFiles(building);
    const dataKey = newDataKey();
    const recoveryKey = newRecoveryKey();
    try {
      const wraps = { passphrase: await wrapKey(dataKey, options.passphrase, 'passphrase'), recovery: await wrapKey(dataKey, recoveryKey, 'recovery') };
      const { sqlite, db } = openEncrypted(building, dataKey, { mustExist: false });
      this.open = { sqlite, db, path: building, dataKey: Buffer.from(dataKey) };
      // A new database has no migrations applied, so nothing to back up: backupFirst is never called.
      await migrateGuarded(sqlite, { migrationsDir: this.env.migrationsDir, backupFirst: () => this.backups.beforeMigration(this.backupSource()!) });
      sqlite.transaction(() => {
        db.insert(officeSettings).values([
          { key: 'officeName', value: options.officeName },
          { key: 'isDemo', value: options.demo ? 'yes' : 'no' },
          { key: 'createdAt', value: this.env.now().toISOString() },
        ]).run();
        // Job roles and the dated settings (minimum wage...) are seeded by migration 0001, which every new office runs too.
        db.insert(listItems).values([
          ...DEFAULT_LOCALITIES.map((name, position) => ({ kind: 'localities' as const, name, position })),
          ...DEFAULT_INVOLVEMENTS.map((name, position) => ({ kind: 'involvements' as const, name, position })),
        ]).run();
        options.populate?.(this.context());
      })();
      this.lock(); // closing folds the WAL into the file, so the one file holds everything
      chmodSync(building, 0o600); // on Windows the app-data folder's own permissions do this job
      writeEnvelope(path, { format: 'peer-office-keys', version: 1, wraps });
      renameSync(building, path);
      const reopened = openOffice(path, dataKey, { now: this.env.now(), justCreated: true });
      this.open = { ...reopened, path, dataKey: Buffer.from(dataKey) };
    } catch (err) {
      // Leave nothing half-made behind: the next attempt starts clean.
      this.lock();
      removeDatabaseFiles(building);
      if (!existsSync(path)) rmSync(keyFilePath(path), { force: true });
      throw err;
    } finally {
      dataKey.fill(0);
    }
    if (!this.env.databasePath) writeConfig(this.env.dataDir, { databasePath: path });
    // Whoever made it chose its passphrase: wrong attempts noted for an earlier file at this place no longer count.
    this.attempts.reset();
    this.env.logger.info(options.demo ? 'created a demo office database' : 'created an office database');
    return recoveryKey;
  }

  async unlock(secret: Secret): Promise<void> {
    const path = this.databasePath();
    if (!path || !existsSync(path)) throw new AppFailure('NO_OFFICE', 'There is no office database yet. Create one first.');
    if (this.open) return;
    this.attempts.refuseIfWaiting();
    const envelope = keyFileOrRefuse(path);
    const [kind, value] = secretKindOf(secret);
    // Also finishes (or drops) a switch to a new data key that a crash cut short (key-switch.ts).
    const dataKey = await unlockKeySettlingSwitch(path, envelope, kind, value);
    if (!dataKey) {
      this.attempts.recordFailure();
      this.env.logger.warn('unlock refused: secret did not match');
      throw new AppFailure('WRONG_SECRET', kind === 'passphrase'
        ? 'That passphrase does not match. Check Caps Lock and try again, or use your recovery key.'
        : 'That recovery key does not match. Check each group of five characters and try again.', { [kind === 'passphrase' ? 'passphrase' : 'recoveryKey']: 'This does not match' });
    }
    try {
      const { sqlite, db } = openOffice(path, dataKey, { now: this.env.now() });
      this.open = { sqlite, db, path, dataKey: Buffer.from(dataKey) };
      // Before any backup (none is made while a next key file lies beside the database).
      if (kind === 'passphrase') await this.finishCutShortKeySwitch(value);
      try {
        await migrateGuarded(sqlite, { migrationsDir: this.env.migrationsDir, backupFirst: () => this.backups.beforeMigration(this.backupSource()!) });
      } catch (err) {
        if (err instanceof AppFailure || isDamage(err)) throw err;
        // The migration ran in one transaction, so it rolled back whole: say so rather than "something went wrong".
        this.env.logger.error('database update failed', errorName(err));
        throw new AppFailure('INTERNAL', 'Peer Office could not update your database to this version. Nothing was changed: your records are as they were. Ask whoever looks after your IT to contact the Peer Office developers.');
      }
    } catch (err) {
      this.lock();
      if (err instanceof NotOurDatabase) throw notOpenedWithItsKey(path);
      throw err;
    } finally {
      dataKey.fill(0);
    }
    this.attempts.reset();
    this.env.logger.info(`unlocked with ${kind}`);
    // The unlock's own audit entries first, so the day's first backup, made next, holds them.
    for (const listener of this.openedListeners) listener(this.context());
    // After the unlock has succeeded, and never failing it: a problem is shown with the backups.
    await this.backups.dailyIfDue(this.backupSource()!);
  }

  /** Leaves the demo office (kept on disk) so that the first-run choices show again. */
  leaveDemo(): void {
    if (readSetting(this.context().db, 'isDemo') !== 'yes') throw new AppFailure('CONFLICT', 'This is your real office database, not the demo: it stays open.');
    this.lock();
    if (!this.env.databasePath) clearConfig(this.env.dataDir);
    this.env.logger.info('left the demo office');
  }

  /**
   * A backup opened with a secret (preview, restore) is another way to try passphrases: it gets the same
   * limit on wrong attempts as unlocking. The audit log notes each wrong one, as it does for any channel
   * that checks a secret (audit/record.ts), not here.
   */
  async withSecretAttempt<T>(attempt: () => Promise<T>): Promise<T> {
    this.attempts.refuseIfWaiting();
    try {
      return await attempt();
    } catch (err) {
      if (err instanceof AppFailure && err.code === 'WRONG_SECRET') this.attempts.recordFailure();
      throw err;
    }
  }

  /**
   * Calls `listener` once an unlock has opened the office (the key matched, any database update made), and
   * before the day's first backup: the audit log writes the unlock there, so that backup holds it. A
   * listener must not throw: the office is open by then.
   */
  onOpened(listener: (ctx: OfficeContext) => void): () => void {
    this.openedListeners.add(listener);
    return () => void this.openedListeners.delete(listener);
  }

  /**
   * Calls `listener` each time an open office is locked, whoever asked: the page, the menu, Windows
   * locking, leaving the demo, a restore, closing the app. The desktop app closes its print windows.
   */
  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => void this.lockListeners.delete(listener);
  }

  lock(): void {
    if (!this.open) return;
    for (const listener of this.lockListeners) {
      // A listener's failure must never keep the office open.
      try {
        listener();
      } catch (err) {
        this.env.logger.warn(`a lock listener failed: ${errorName(err)}`);
      }
    }
    try {
      this.open.dataKey.fill(0);
      closeOffice(this.open.sqlite, this.open.path);
    } finally {
      this.open = null;
    }
  }
}

/**
 * Deletes a database and every file that belongs with it (db/companion-files.ts), and its count of wrong
 * attempts too: the file made here is new, with a passphrase its maker chose. (Its audit events waiting for an
 * unlock are cleared once the create succeeds: audit/record.ts.)
 */
function removeDatabaseFiles(path: string): void {
  for (const f of [path, ...companionFiles(path), attemptsFilePath(path)]) rmSync(f, { force: true });
}
