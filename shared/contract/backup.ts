// Encrypted backups: listing, making, the office's extra backup folder, previewing a backup file and
// restoring from it. A backup file opens with the passphrase or the recovery key that were in use when
// it was made, even on a PC that has lost the database's key file.
import { z } from 'zod';
import type { BackupReason } from '../domain/backup-rotation';
import type { StorageWarning } from '../domain/network-drive';
import type { OfficeStatus } from './office';
import { MAX_PASSPHRASE_LENGTH } from './remember';

export type { BackupReason } from '../domain/backup-rotation';
export type { StorageWarning } from '../domain/network-drive';

/** The folder beside the database, or the office's own choice (a USB stick, say). */
export type BackupFolderKind = 'default' | 'extra';

export interface BackupFile {
  path: string;
  fileName: string;
  folder: BackupFolderKind;
  /** London date and time it was made: 'YYYY-MM-DD' and 'HH:MM'. */
  date: string;
  time: string;
  reason: BackupReason;
  sizeBytes: number;
  /**
   * 'verified': opened with the key after writing, every page checked and every table's rows counted.
   * 'failed': that check failed; the file is kept for investigation and must not be relied on.
   */
  check: 'verified' | 'failed';
}

export interface BackupFolderState {
  kind: BackupFolderKind;
  path: string;
  /** False when the folder cannot be reached (the USB stick is not plugged in, say). */
  available: boolean;
  warning: StorageWarning | null;
}

/** How the last automatic backup (first unlock of the day, or before an update) went, since Peer Office started. */
export interface AutomaticBackupOutcome {
  at: string;
  reason: Extract<BackupReason, 'daily' | 'before-migration'>;
  ok: boolean;
  /** Plain words: where it went, or what went wrong and what to do. */
  message: string;
  warnings: string[];
}

export interface BackupOverview {
  databasePath: string;
  databaseWarning: StorageWarning | null;
  folders: BackupFolderState[];
  /** Newest first, from every folder that can be reached. */
  backups: BackupFile[];
  lastAutomatic: AutomaticBackupOutcome | null;
}

export interface MadeBackup {
  createdAt: string;
  written: BackupFile[];
  /** Problems that did not stop the backup: an extra folder that is missing, or on a network drive. */
  warnings: string[];
  /** How many backups the rotation removed (7 daily, 4 weekly, 12 monthly are kept). */
  removed: number;
}

export interface BackupSettings {
  /**
   * The code of this office database in its backups' names (peer-office-<code>-2026-11-27-...): how its
   * backups are told from another office's in a shared folder. Random-looking; never the office's name.
   */
  officeCode: string;
  defaultFolder: string;
  extraFolder: string | null;
  databaseWarning: StorageWarning | null;
  defaultFolderWarning: StorageWarning | null;
  extraFolderWarning: StorageWarning | null;
}

/** What a backup file holds: counts and versions only, never anyone's details. */
export interface BackupPreview {
  path: string;
  sizeBytes: number;
  createdAt: string;
  reason: BackupReason;
  appVersion: string;
  /** Database updates (migrations) applied to it, and how that compares with this version of Peer Office. */
  migrations: number;
  compatibility: 'same' | 'older' | 'newer';
  isDemo: boolean;
  /** Rows per table. */
  tables: Record<string, number>;
  /** The code of the office database the backup was made from (as in its file name). */
  officeCode: string;
  /**
   * Whether it is a backup of the office database a restore would replace: 'different' means restoring it
   * puts another office's records (the demo's, say) in place of this one's, and the restore must be
   * confirmed with replaceDifferentOffice. 'unknown' while that database is locked (or there is none):
   * its key, and so its id, is not known then.
   */
  office: 'same' | 'different' | 'unknown';
  /** The code of the office database a restore would replace, when it is open; null otherwise. */
  openOfficeCode: string | null;
}

/** The screen's preview before a restore: what the backup holds, and where restoring it would put it. */
export interface RestorePreview extends BackupPreview {
  restoresTo: RestorePlace;
}

/**
 * Where a restore puts the backup: over the office database, never over the demo's. With the demo open, the
 * backup goes to the office's usual database file instead (which becomes the one opened), and the demo's
 * file is left as it was.
 */
export interface RestorePlace {
  /** The database file the backup is put in place of (or in, when there is none there yet). */
  databasePath: string;
  /** The demo was the database in use, and its file is left as it was. */
  demoLeftAsItWas: boolean;
}

export interface RestoreOutcome {
  restoredFrom: string;
  restoredTo: RestorePlace;
  createdAt: string;
  /** The database and key file as they were before the restore, kept under these names. */
  keptAside: string[];
  auditLog: RestoredAuditLog;
  /**
   * The extra backup folder (a USB stick, say) that backups still go to, kept from before the restore: the
   * backup was of the same office, and where its backups go is about this PC, not the records. null when
   * none was kept (there was none, or another office's backup keeps its own setting).
   */
  extraBackupFolder: string | null;
  /** Always locked: the restored office opens with the passphrase or recovery key of the backup's day. */
  status: OfficeStatus;
}

/** What became of the audit log entries made after the backup (the restore's own entry says the same). */
export interface RestoredAuditLog {
  /**
   * Entries made after the backup, copied with their own times from the database it replaced into the
   * restored log: done when restoring the open office from Settings.
   */
  carried: number;
  /**
   * The file kept aside (its full path) that holds audit log entries made after the backup which are not in
   * the restored log (restored from the unlock screen, or a different office's backup); null when none are missing.
   */
  laterEntriesIn: string | null;
  /** The restore's own entry is in the restored log already; false only for a backup made before the log existed (written at its first unlock). */
  inLog: boolean;
}

export type BackupJob = 'backup' | 'preview' | 'restore';
export type BackupStep = 'snapshot' | 'writing' | 'checking' | 'copying' | 'rotating' | 'reading' | 'restoring';

/** The long job now running, for a progress bar; answered at once, even while the job runs. */
export interface BackupProgress {
  job: BackupJob;
  step: BackupStep;
  /** 1-based position of the step, out of stepCount. */
  stepNumber: number;
  stepCount: number;
  doneBytes: number;
  totalBytes: number;
}

const MAX_PATH = 4096;
// Windows drive (E:\...), a Windows share (\\server\share) or a POSIX path (/media/...): never relative,
// since "relative to what" would depend on where Peer Office was started.
const ABSOLUTE = /^([A-Za-z]:[\\/]|\\\\|\/)/;

const filePath = z.string().trim().min(1, 'Choose a backup file').max(MAX_PATH, 'That path is too long').regex(ABSOLUTE, 'Give the full path of the backup file, like E:\\Backups\\peer-office-3f9a1c2e-2026-11-27-100000-daily.pobackup');

export const saveBackupSettingsSchema = z.object({
  /** null (or empty) for no extra folder. */
  extraFolder: z
    .string()
    .trim()
    .max(MAX_PATH, 'That path is too long')
    .nullable()
    .transform((v) => (v === '' ? null : v))
    .refine((v) => v === null || ABSOLUTE.test(v), 'Give the full path of the folder, like E:\\Peer Office backups'),
}).strict();

const passphrase = z.string().min(1, 'Enter the passphrase').max(MAX_PASSPHRASE_LENGTH);
const recoveryKey = z.string().trim().min(1, 'Enter the recovery key').max(200);

const openBackupFields = { file: filePath, passphrase: passphrase.optional(), recoveryKey: recoveryKey.optional() };
const oneSecret = (v: { passphrase?: string; recoveryKey?: string }): boolean => (v.passphrase === undefined) !== (v.recoveryKey === undefined);
const oneSecretMessage = {
  message: 'Enter the passphrase or the recovery key that was in use when the backup was made (one of them)',
  path: ['passphrase'],
};

/** A backup file and the passphrase or the recovery key (one of them) that was in use when it was made. */
export const openBackupSchema = z.object(openBackupFields).strict().refine(oneSecret, oneSecretMessage);

/**
 * A restore: as opening a backup, and, when the preview said the backup is of a different office database
 * than the one it would replace, the person's confirmation that they mean to put that office in its place.
 */
export const restoreBackupSchema = z
  .object({ ...openBackupFields, replaceDifferentOffice: z.literal(true).optional() })
  .strict()
  .refine(oneSecret, oneSecretMessage);
