// Opening a backup file with a secret (for a preview or a restore), and putting a backup in place of the
// office database. The backup is checked in full before anything of the current office is touched; the
// current database, its WAL and its key file are then moved aside under a "before-restore" name, never
// deleted, and moved back if the swap cannot finish.
import { mkdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BackupPreview, RestoredAuditLog } from '../../../shared/contract/backup';
import { AppFailure } from '../../../shared/contract/result';
import { companionFiles } from '../db/companion-files';
import { inUseMarkerPath } from '../db/in-use';
import { keyFilePath, writeEnvelope } from '../office/keyring';
import type { Secret } from '../office/session';
import { syncFolder } from './files';
import { unsealMetadata, type SealedMetadata } from './format';
import { londonStamp } from './folders';
import { officeIdentityOf, type OfficeIdentity } from './owner';
import type { ProgressTracker } from './progress';
import { checkBackup, keyFromSecret, readBackupFile, type BackupOnDisk } from './verify';

export interface OpenedBackup {
  backup: BackupOnDisk;
  metadata: SealedMetadata;
  compatibility: BackupPreview['compatibility'];
  /** The office database it was made from (its key's identity). */
  office: OfficeIdentity;
}

/** A backup's authentic metadata, checked against what this version of Peer Office can open. */
async function openWithSecret(file: string, secret: Secret, newestKnown: number): Promise<{ opened: OpenedBackup; dataKey: Buffer }> {
  const backup = await readBackupFile(file);
  const dataKey = await keyFromSecret(backup.raw.header, secret);
  try {
    const metadata = unsealMetadata(backup.raw, dataKey);
    const newest = metadata.migrations.newest;
    const compatibility = newest > newestKnown ? 'newer' : newest < newestKnown ? 'older' : 'same';
    // The header's key file is authentic here: the sealed metadata just opened covers it.
    return { opened: { backup, metadata, compatibility, office: officeIdentityOf(dataKey, backup.raw.header.keys) }, dataKey };
  } catch (err) {
    dataKey.fill(0);
    throw err;
  }
}

/** Whether a backup is of the office database a restore would replace; 'unknown' when that one is not open. */
const compareOffices = (backup: OfficeIdentity, replaced: OfficeIdentity | null): BackupPreview['office'] =>
  replaced === null ? 'unknown' : replaced.id === backup.id ? 'same' : 'different';

export interface PreviewOptions {
  newestKnown: number;
  workDir: string;
  progress: ProgressTracker;
  /** The office database a restore would replace, when it is open (null: locked, none, or the CLI's verify). */
  replaced: OfficeIdentity | null;
}

/** Checks a backup all the way through and says what it holds; nothing is changed. */
export async function previewBackup(file: string, secret: Secret, options: PreviewOptions): Promise<BackupPreview> {
  options.progress.step('reading');
  const { opened, dataKey } = await openWithSecret(file, secret, options.newestKnown);
  try {
    options.progress.step('checking', opened.backup.raw.header.databaseBytes);
    await mkdir(options.workDir, { recursive: true, mode: 0o700 });
    await checkBackup(opened.backup, dataKey, { workDir: options.workDir, onBytes: (done) => options.progress.bytes(done) });
  } finally {
    dataKey.fill(0);
  }
  const { header } = opened.backup.raw;
  const { metadata } = opened;
  return {
    path: file, sizeBytes: opened.backup.sizeBytes, createdAt: header.createdAt, reason: header.reason, appVersion: metadata.appVersion,
    migrations: metadata.migrations.count, compatibility: opened.compatibility, isDemo: metadata.isDemo, tables: metadata.tables,
    officeCode: opened.office.code, office: compareOffices(opened.office, options.replaced), openOfficeCode: options.replaced?.code ?? null,
  };
}

export const TOO_NEW_BACKUP = 'This backup was made by a newer version of Peer Office than this one. Install the latest version, then restore it. Nothing has been changed.';

export interface RestoreOptions {
  dbPath: string;
  newestKnown: number;
  now: Date;
  /** Closes the open office before its files are moved. */
  lock: () => void;
  progress: ProgressTracker;
  /** The office database being replaced, when it is open; null when it is locked or there is none. */
  replaced: OfficeIdentity | null;
  /** The person saw in the preview that the backup is of a different office database, and means it. */
  replaceDifferentOffice: boolean;
  /**
   * Writes the restore's audit entry into the checked copy, just before the office is locked and the copy
   * moved in (audit/restored.ts): told where the current database is about to be kept aside, and whether
   * the backup is of the open office, and the code of the office it is of (to match the plain copy of the
   * extra backup folder by, while locked). Without it the restore is left for the audit log's next unlock.
   */
  recordRestore?: (copy: string, dataKey: Buffer, facts: { backupMadeAt: string; keptAsideAs: string | null; sameOffice: boolean; officeCode: string }) => RestoredAuditLog;
  /**
   * A last refusal, once the backup is checked and just before anything is moved: the command line's "is
   * Peer Office holding the database open now?" (cli/restore.ts). The check above can take a minute, and an
   * office unlocked in the app meanwhile must not have its database moved aside under it. Throwing an
   * AppFailure here leaves everything as it was.
   */
  beforeSwap?: () => void;
}

/**
 * Restoring one office's backup over another's is allowed: it is how the office moves to a new database,
 * or undoes a restore of the wrong file, and the backup is chosen by hand. But it replaces every record,
 * so it is never done by mistake: when the database being replaced is open and is a different office
 * (compared by id, never by name: two offices can share a name, and a name can change), the preview says
 * so and the restore needs the person's confirmation. While that database is locked its id is not known:
 * the preview then shows what the backup holds (counts, date, demo or not), as before.
 */
function refuseUnconfirmedOffice(backup: OfficeIdentity, options: RestoreOptions): void {
  if (compareOffices(backup, options.replaced) !== 'different' || options.replaceDifferentOffice) return;
  throw new AppFailure(
    'CONFLICT',
    `This backup is of a different office database (code ${backup.code}) from the one open now (code ${options.replaced!.code}), so restoring it would put that office’s records in place of this one’s. Check what it holds; if that is what you mean, confirm it and restore again. Nothing has been changed.`,
    { replaceDifferentOffice: 'Confirm that you mean to replace this office’s records with the other office’s' },
  );
}

/**
 * The checked copy and whatever an attempt cut short left beside it: its key file, and what SQLite leaves if a
 * crash comes while the restore's entry is written into it. The whole list of companions, though a copy
 * never gets a next key file or an in-use marker (it is never re-keyed, nor opened as the office): clearing
 * a file that is not there costs nothing, and one list cannot miss a file the other has.
 */
const restoringFiles = (restoring: string): string[] => [restoring, ...companionFiles(restoring)];

/** Restores a backup over the office database; returns the paths the old files were kept under. */
export async function restoreBackup(file: string, secret: Secret, options: RestoreOptions): Promise<{ createdAt: string; keptAside: string[]; auditLog: RestoredAuditLog }> {
  const { dbPath, progress } = options;
  progress.step('reading');
  const { opened, dataKey } = await openWithSecret(file, secret, options.newestKnown);
  const restoring = `${dbPath}.restoring`;
  try {
    if (opened.compatibility === 'newer') throw new AppFailure('TOO_NEW', TOO_NEW_BACKUP, { file: 'Made by a newer version of Peer Office' });
    refuseUnconfirmedOffice(opened.office, options);
    const folder = dirname(dbPath);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    // What an earlier attempt that was cut short left behind is ours to clear.
    for (const f of restoringFiles(restoring)) await rm(f, { force: true });
    progress.step('checking', opened.backup.raw.header.databaseBytes);
    await checkBackup(opened.backup, dataKey, { keepDatabaseAt: restoring, workDir: folder, onBytes: (done) => progress.bytes(done) });
    writeEnvelope(restoring, opened.backup.raw.header.keys);

    progress.step('restoring');
    const aside = asideName(dbPath, options.now);
    const createdAt = opened.backup.raw.header.createdAt;
    const audit = { backupMadeAt: createdAt, keptAsideAs: existsSync(dbPath) ? aside : null, sameOffice: compareOffices(opened.office, options.replaced) === 'same', officeCode: opened.office.code };
    const auditLog = options.recordRestore?.(restoring, dataKey, audit) ?? { carried: 0, laterEntriesIn: audit.keptAsideAs, inLog: false };
    // As late as it can be, leaving the least time for the database to be opened before the move; refused, the copy
    // (with the entry just written into it) is cleared below and the office is as it was.
    options.beforeSwap?.();
    options.lock();
    const keptAside = await swapIn(restoring, dbPath, aside);
    await syncFolder(folder);
    return { createdAt, keptAside, auditLog };
  } catch (err) {
    for (const f of restoringFiles(restoring)) await rm(f, { force: true });
    throw err;
  } finally {
    dataKey.fill(0);
  }
}

/** A name for the current files that no earlier restore has used. */
function asideName(dbPath: string, now: Date): string {
  const { date, time } = londonStamp(now);
  const base = `${dbPath}.before-restore-${date}-${time}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    // Free of every file the swap would move there, not the database alone: a rename onto one would replace it.
    if (![candidate, ...companionFiles(candidate)].some(existsSync)) return candidate;
  }
}

async function swapIn(restoring: string, dbPath: string, aside: string): Promise<string[]> {
  // The database goes aside with every file that belongs with it (db/companion-files.ts says why each):
  // a -wal or journal left behind would be played into the restored file, a marker would report its WAL lost.
  const asideFiles = [aside, ...companionFiles(aside)];
  const pairs = [dbPath, ...companionFiles(dbPath)].map((from, i): [string, string] => [from, asideFiles[i]!]);
  const moved: [string, string][] = [];
  let placed = false;
  try {
    // A marker with no database beside it belongs to nothing (its database was deleted by hand): it holds
    // no one's data, and left there it would report the restored file's WAL as lost.
    if (!existsSync(dbPath)) await rm(inUseMarkerPath(dbPath), { force: true });
    for (const [from, to] of pairs) {
      if (!existsSync(from)) continue;
      await rename(from, to);
      moved.push([from, to]);
    }
    await rename(restoring, dbPath);
    placed = true;
    await rename(keyFilePath(restoring), keyFilePath(dbPath));
  } catch (err) {
    // Put back exactly what was there; the restoring files are cleared by the caller.
    if (placed) await rm(dbPath, { force: true });
    const stuck: string[] = [];
    for (const [from, to] of moved.reverse()) await rename(to, from).catch(() => stuck.push(to));
    const code = (err as { code?: unknown }).code;
    const why = code === 'EBUSY' || code === 'EPERM' ? ' because another program has the database open (close any other Peer Office window or command)' : '';
    // Never "as it was" unless it is: a file that could not be moved back is named, so nothing is lost.
    if (stuck.length > 0) {
      throw new AppFailure('DAMAGED', `The backup could not be put in place${why}, and the office database could not be moved back either: it is safe, kept as ${stuck[stuck.length - 1]}. Close Peer Office, rename that file back to ${dbPath} (and its .keys.json beside it), then open Peer Office again.`);
    }
    throw new AppFailure('CONFLICT', `The backup could not be put in place${why}. The office database is as it was.`);
  }
  return moved.map(([, to]) => to);
}
