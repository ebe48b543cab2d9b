// Backups as the app, the CLI and the session use them: on demand, on the first unlock of each London
// day, before every database update; listing, settings, preview and restore.
import { dirname } from 'node:path';
import { version as APP_VERSION } from '../../../package.json';
import type {
  AutomaticBackupOutcome, BackupOverview, BackupSettings, MadeBackup, RestoreOutcome, RestorePlace, RestorePreview,
} from '../../../shared/contract/backup';
import { AppFailure, refuseField } from '../../../shared/contract/result';
import type { BackupReason } from '../../../shared/domain/backup-rotation';
import { londonToday } from '../../../shared/domain/dates';
import { storageWarning, type StorageFacts } from '../../../shared/domain/network-drive';
import { errorName, type BackendEnv } from '../context';
import { newestKnownMigration } from '../db/migrate';
import { readSetting, writeSetting } from '../lists/service';
import { defaultDatabasePath, demoDatabasePath, readExtraBackupFolder, writeConfig, writeExtraBackupFolder, type ExtraBackupFolder } from '../office/config';
import type { Secret } from '../office/session';
import { cannotWriteTo } from './files';
import { backupsIn, backupsNamedFor, defaultBackupFolder, EXTRA_FOLDER_SETTING, hasBackupOn, isFolder, newestBackupFirst, samePathAsWritten, samePlace } from './folders';
import { makeBackup, type BackupFolder, type BackupSource } from './make';
import { officeOf, type BackupOwner, type OfficeIdentity } from './owner';
import { ProgressTracker, type ProgressListener } from './progress';
import { previewBackup, restoreBackup } from './restore';
import { recordRestore } from '../audit/restored';

export type { BackupSource } from './make';

export interface BackupOptions {
  /** A backup on the first unlock of each day (the app). The CLI turns it off: a command such as `export payroll` makes the backups it is asked for, no others. */
  automatic?: boolean;
  /** Network drive letters and the like, which only the composition root can ask Windows for. */
  storageFacts?: () => StorageFacts;
  onProgress?: ProgressListener;
  /**
   * Whether the extra folder is copied into the plain settings file (peer-office.json) in the data folder as
   * the office unlocks and locks (keepExtraFolderCopy). The app's: its unlock screen reads it. The CLI turns
   * it off: its data folder is just the one --db is in, and a script's unlock must not leave a file there.
   */
  keepsPlainSettings?: boolean;
  /** Called just before a restore moves the database aside (backup/restore.ts beforeSwap): the CLI's last "is it open?". */
  beforeRestoreSwap?: () => void;
}

/** What the backups need from the office session. */
export interface BackupHost {
  databasePath(): string | null;
  /** The open office with its key, or null while locked. */
  backupSource(): BackupSource | null;
  lock(): void;
  /** Calls `listener` once an unlock has opened the office, and each time an open office is about to lock. */
  onOpened(listener: () => void): unknown;
  onLock(listener: () => void): unknown;
}

/**
 * The extra backup folder setting a restore keeps, or null to leave the backup's own. Where backups go is
 * about this PC, not the records: the office manager expects it to stay as they set it through a restore of
 * the same office's backup, even one made before the folder was chosen. Same office: the open one's
 * identity matches the backup's (its setting, none included, is kept), or, locked, the plain copy of the
 * folder (office/config.ts) names the backup's office code. Another office's backup keeps its own.
 */
function extraFolderToKeep(
  open: { extraFolder: string | null } | null, sameOffice: boolean, lockedExtra: ExtraBackupFolder | null, backupCode: string,
): { folder: string | null } | null {
  if (open) return sameOffice ? { folder: open.extraFolder } : null;
  return lockedExtra?.officeCode === backupCode ? { folder: lockedExtra.folder } : null;
}

export class BackupService {
  readonly progress: ProgressTracker;
  private lastAutomatic: AutomaticBackupOutcome | null = null;

  constructor(private readonly env: BackendEnv, private readonly host: BackupHost, private readonly options: BackupOptions = {}) {
    this.progress = new ProgressTracker(options.onProgress);
    // The plain copy of the extra folder is read only while locked (the unlock screen's list): so it is brought
    // in step as the office locks, and at unlock for a folder chosen before the copy was kept, or a save the
    // app did not live to lock after. See keepExtraFolderCopy.
    if (options.keepsPlainSettings !== false) {
      host.onOpened(() => this.keepExtraFolderCopy());
      host.onLock(() => this.keepExtraFolderCopy());
    }
  }

  private dbPath(): string {
    return this.host.databasePath() ?? defaultDatabasePath(this.env.dataDir);
  }

  private unlocked(): BackupSource {
    const source = this.host.backupSource();
    if (!source) throw new AppFailure('LOCKED', 'Peer Office is locked. Unlock it with your passphrase to carry on.');
    return source;
  }

  private facts(): StorageFacts {
    return this.options.storageFacts?.() ?? {};
  }

  /**
   * The open office as the owner of backups, with a copy of its key that `use` may read from for as long
   * as it runs (locking wipes the session's), wiped after.
   */
  private async asOwner<T>(source: BackupSource, use: (owner: BackupOwner) => Promise<T>): Promise<T> {
    const dataKey = Buffer.from(source.dataKey);
    try {
      return await use({ code: officeOf({ dataKey, dbPath: source.dbPath }).code, dataKey, defaultFolder: defaultBackupFolder(source.dbPath) });
    } finally {
      dataKey.fill(0);
    }
  }

  private foldersOf(source: BackupSource): BackupFolder[] {
    const extra = readSetting(source.db, EXTRA_FOLDER_SETTING);
    return [{ kind: 'default', path: defaultBackupFolder(source.dbPath) }, ...(extra ? [{ kind: 'extra' as const, path: extra }] : [])];
  }

  /** Makes a backup of the open office into its folders, or into `folders` when given (the CLI's --to). */
  makeFrom(source: BackupSource, reason: BackupReason, folders = this.foldersOf(source), rotate = true): Promise<MadeBackup> {
    const steps = ['snapshot', 'writing', 'checking', ...(folders.length > 1 ? (['copying'] as const) : []), 'rotating'] as const;
    return this.progress.run('backup', [...steps], async () => {
      const made = await makeBackup(source, { reason, now: this.env.now(), appVersion: APP_VERSION, folders, progress: this.progress, rotate });
      this.env.logger.info(`backup made (${reason}): ${made.written.length} written, ${made.warnings.length} warnings, ${made.removed} rotated out`);
      return made;
    });
  }

  make(): Promise<MadeBackup> {
    return this.makeFrom(this.unlocked(), 'manual');
  }

  /** Before a database update: the update goes ahead only once this has succeeded. */
  async beforeMigration(source: BackupSource): Promise<string> {
    try {
      const made = await this.makeFrom(source, 'before-migration');
      this.record('before-migration', made);
      return made.written[0]!.path;
    } catch (err) {
      this.recordFailure('before-migration', err);
      const why = err instanceof AppFailure ? ` ${err.message}` : '';
      throw new AppFailure('INTERNAL', `This version of Peer Office needs to update your database, and backs it up first, but the backup could not be made, so nothing was changed.${why}`);
    }
  }

  /** On unlock: a backup when none has been made today (London), never stopping the unlock. */
  async dailyIfDue(source: BackupSource): Promise<void> {
    // The demo holds only made-up people, and "Explore the demo" makes a fresh one whenever asked.
    if (this.options.automatic === false || readSetting(source.db, 'isDemo') === 'yes') return;
    if (await this.asOwner(source, (owner) => hasBackupOn(owner.defaultFolder, londonToday(this.env.now()), owner))) return;
    try {
      this.record('daily', await this.makeFrom(source, 'daily'));
    } catch (err) {
      this.recordFailure('daily', err);
      this.env.logger.warn(`daily backup failed: ${err instanceof AppFailure ? err.code : errorName(err)}`);
    }
  }

  private record(reason: AutomaticBackupOutcome['reason'], made: MadeBackup): void {
    const where = made.written.filter((w) => w.check === 'verified').map((w) => w.path).join(' and ');
    this.lastAutomatic = { at: made.createdAt, reason, ok: true, message: `Backed up to ${where}.`, warnings: made.warnings };
  }

  private recordFailure(reason: AutomaticBackupOutcome['reason'], err: unknown): void {
    const message = err instanceof AppFailure ? err.message : 'The backup could not be made. Try “Back up now”; if it fails again, check the disk.';
    this.lastAutomatic = { at: this.env.now().toISOString(), reason, ok: false, message, warnings: [] };
  }

  /**
   * This office's backups. Works locked too, so a restore can be offered from the unlock screen: every
   * backup in the default folder (see backupsIn), and the extra folder's named with this office's code
   * when the plain settings file knows the folder (backupsNamedFor); a folder not there (the USB stick not
   * plugged in) is listed as not available, with no backups, never as an error.
   */
  async list(): Promise<BackupOverview> {
    const dbPath = this.dbPath();
    const source = this.host.backupSource();
    // Locked, the extra folder comes from the plain copy of the setting, with the code its backups are named by.
    const lockedExtra = source ? null : readExtraBackupFolder(this.env.dataDir, dbPath);
    const folders: BackupFolder[] = source
      ? this.foldersOf(source)
      : [{ kind: 'default', path: defaultBackupFolder(dbPath) }, ...(lockedExtra ? [{ kind: 'extra' as const, path: lockedExtra.folder }] : [])];
    const states = await Promise.all(folders.map(async (f) => ({ ...f, available: await isFolder(f.path), warning: storageWarning(f.path, 'backups', this.facts()) })));
    const listIn = (owner: BackupOwner | null) => Promise.all(folders.map((f) =>
      (owner === null && f.kind === 'extra' && lockedExtra ? backupsNamedFor(f.path, f.kind, lockedExtra.officeCode) : backupsIn(f.path, f.kind, owner))));
    const backups = (source ? await this.asOwner(source, listIn) : await listIn(null))
      .flat()
      .sort(newestBackupFirst);
    return { databasePath: dbPath, databaseWarning: storageWarning(dbPath, 'database', this.facts()), folders: states, backups, lastAutomatic: this.lastAutomatic };
  }

  settings(): BackupSettings {
    const source = this.unlocked();
    const extraFolder = readSetting(source.db, EXTRA_FOLDER_SETTING) || null;
    const defaultFolder = defaultBackupFolder(source.dbPath);
    const facts = this.facts();
    return {
      officeCode: officeOf(source).code,
      defaultFolder, extraFolder,
      databaseWarning: storageWarning(source.dbPath, 'database', facts),
      defaultFolderWarning: storageWarning(defaultFolder, 'backups', facts),
      extraFolderWarning: extraFolder ? storageWarning(extraFolder, 'backups', facts) : null,
    };
  }

  async saveSettings(input: { extraFolder: string | null }): Promise<BackupSettings> {
    const source = this.unlocked();
    const folder = input.extraFolder;
    if (folder !== null) {
      if (!(await isFolder(folder))) refuseField('extraFolder', 'That folder cannot be found. Plug in the drive, or check the path, then save again');
      // This office's own default folder would hold every backup twice, in one place: no second copy at all.
      // Another office's default folder (the demo's, say) is allowed: names carry each office's code, so
      // neither office's rotation or list takes in the other's backups.
      if (await samePlace(folder, defaultBackupFolder(source.dbPath))) {
        refuseField('extraFolder', 'This is this office’s default backup folder: every backup already goes there. Choose another folder, like a USB stick');
      }
      if (await samePlace(folder, dirname(source.dbPath))) refuseField('extraFolder', 'This is the database’s own folder. Choose another one, like a USB stick');
      const problem = await cannotWriteTo(folder);
      if (problem) refuseField('extraFolder', `Peer Office cannot save backups there: ${problem}. Choose another folder`);
    }
    // Not copied into the plain settings file here: the save runs inside the transaction of its audit entry
    // (audit/record.ts), which can still roll back, and the file would then name a folder the office does not
    // have. The copy follows the committed setting as the office locks (keepExtraFolderCopy).
    writeSetting({ db: source.db, sqlite: source.sqlite, now: this.env.now }, EXTRA_FOLDER_SETTING, folder ?? '');
    return this.settings();
  }

  /**
   * Keeps the plain copy of the extra folder (office/config.ts) in step with the committed setting, so that
   * the unlock screen can list that folder's backups while the office is locked. Only from outside a
   * transaction: inside one (the app closing part-way through a save), what is read may yet be rolled back,
   * and the copy is left as it was until the next unlock. A failure never stops a lock or an unlock: only
   * the locked list misses out.
   */
  private keepExtraFolderCopy(): void {
    const source = this.host.backupSource();
    if (!source || !source.sqlite.open || source.sqlite.inTransaction) return;
    try {
      const folder = readSetting(source.db, EXTRA_FOLDER_SETTING) || null;
      // Writes only when that changes the file.
      writeExtraBackupFolder(this.env.dataDir, source.dbPath, folder ? { folder, officeCode: officeOf(source).code } : null);
    } catch (err) {
      this.env.logger.warn(`could not keep the extra backup folder in the settings file: ${errorName(err)}`);
    }
  }

  /**
   * Where a restore puts the backup: over the office database, or into its usual place on a new PC; never
   * over the demo file: "Explore the demo" deletes that file to start afresh, so a real office restored
   * there would be lost. It goes to the office's usual place, which becomes the one opened.
   */
  private restoreTarget(): { dbPath: string; fixed: boolean; place: RestorePlace } {
    const current = this.host.databasePath();
    const { dataDir, databasePath: fixedPath } = this.env;
    const demoOpen = current !== null && samePathAsWritten(current, demoDatabasePath(dataDir));
    const dbPath = fixedPath ?? (current && !demoOpen ? current : defaultDatabasePath(dataDir));
    // Said on the preview and after the restore: the demo open now is not what the backup replaces.
    const demoLeftAsItWas = demoOpen && !samePathAsWritten(current, dbPath);
    return { dbPath, fixed: Boolean(fixedPath), place: { databasePath: dbPath, demoLeftAsItWas } };
  }

  /**
   * The office database a restore would replace, when it is the one open (its identity and connection);
   * null when that is not known. Compared as samePlace does: on Windows C:\Office\office.db and
   * c:\office\Office.db are one file, and taking them for two would skip the different-office confirmation
   * and the carrying over of the audit log. Read before anything awaits: a lock meanwhile wipes the key.
   */
  private async replacedOffice(dbPath: string): Promise<{ identity: OfficeIdentity; sqlite: BackupSource['sqlite']; extraFolder: string | null } | null> {
    const source = this.host.backupSource();
    if (!source) return null;
    const open = { identity: officeOf(source), sqlite: source.sqlite, extraFolder: readSetting(source.db, EXTRA_FOLDER_SETTING) || null };
    return (await samePlace(source.dbPath, dbPath)) ? open : null;
  }

  preview(file: string, secret: Secret): Promise<RestorePreview> {
    const { dbPath, place } = this.restoreTarget();
    return this.progress.run('preview', ['reading', 'checking'], async () => ({
      ...(await previewBackup(file, secret, { newestKnown: newestKnownMigration(this.env.migrationsDir), workDir: dirname(this.dbPath()), progress: this.progress, replaced: (await this.replacedOffice(dbPath))?.identity ?? null })),
      restoresTo: place,
    }));
  }

  /**
   * Restores over the office database (see restoreTarget); the office is left locked. A backup of a
   * different office database than the open one it replaces needs `replaceDifferentOffice` (restore.ts).
   */
  restore(file: string, secret: Secret, confirmed: { replaceDifferentOffice?: boolean } = {}): Promise<Omit<RestoreOutcome, 'status'>> {
    const { dbPath, fixed, place } = this.restoreTarget();
    return this.progress.run('restore', ['reading', 'checking', 'restoring'], async () => {
      // Known before the backup is read: the restore locks the office, and the key goes with it.
      const open = await this.replacedOffice(dbPath);
      const replaced = open?.identity ?? null;
      // The open office's audit log, whose entries since the backup go into the restored one (audit/restored.ts).
      const current = open?.sqlite ?? null;
      // Locked (or another database open), the office replaced is known only by the plain copy of its extra folder.
      const lockedExtra = open ? null : readExtraBackupFolder(this.env.dataDir, dbPath);
      let extraBackupFolder: string | null = null;
      const restored = await restoreBackup(file, secret, {
        dbPath, newestKnown: newestKnownMigration(this.env.migrationsDir), now: this.env.now(), lock: () => this.host.lock(), progress: this.progress,
        replaced, replaceDifferentOffice: confirmed.replaceDifferentOffice === true, beforeSwap: this.options.beforeRestoreSwap,
        recordRestore: (copy, dataKey, { sameOffice, officeCode, ...facts }) => {
          const extraFolder = extraFolderToKeep(open, sameOffice, lockedExtra, officeCode);
          const auditLog = recordRestore(copy, dataKey, { ...facts, at: this.env.now(), current: sameOffice ? current : null, extraFolder, logger: this.env.logger });
          // Written in the same transaction as the restore's entry: in the copy exactly when that is.
          if (auditLog.inLog) extraBackupFolder = extraFolder?.folder ?? null;
          return auditLog;
        },
      });
      if (!fixed) writeConfig(this.env.dataDir, { databasePath: dbPath });
      this.env.logger.info(`restored a backup; ${restored.keptAside.length} files kept aside`);
      return { restoredFrom: file, restoredTo: place, ...restored, extraBackupFolder };
    });
  }
}
