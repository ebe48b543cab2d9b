// Making a backup: one snapshot of the open database, written to each folder, each copy checked by
// reading it back, then the folder's older backups thinned out. The first folder (the default one) is
// where the working snapshot is made; the others (the office's USB stick) are best effort: a missing one
// is a warning, not a failed backup.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BackupFile, BackupFolderKind, MadeBackup } from '../../../shared/contract/backup';
import { AppFailure } from '../../../shared/contract/result';
import type { BackupReason } from '../../../shared/domain/backup-rotation';
import { openReadOnly, type Db, type Sqlite } from '../db/open';
import { keyFilePath, nextKeyFilePath, readEnvelope, type KeyEnvelope } from '../office/keyring';
import { clearStaleWorkingFiles, fileProblem, sha256Of, workingFile, writeDurably } from './files';
import { encodeHeader } from './format';
import { backupsIn, defaultBackupFolder, FAILED_CHECK_SUFFIX, freeBackupName, isFolder, rotate } from './folders';
import { officeOf, type BackupOwner } from './owner';
import type { ProgressTracker } from './progress';
import { describeDatabase, takeSnapshot } from './snapshot';
import { checkBackup, readBackupFile } from './verify';

/** The unlocked office a backup is made from. */
export interface BackupSource {
  sqlite: Sqlite;
  db: Db;
  dataKey: Buffer;
  dbPath: string;
}

export interface BackupFolder {
  kind: BackupFolderKind;
  path: string;
}

export interface MakeOptions {
  reason: BackupReason;
  now: Date;
  appVersion: string;
  /** The default folder first: the snapshot is made there, and a failure there fails the backup. */
  folders: BackupFolder[];
  progress: ProgressTracker;
  /** False to keep every older backup (the CLI's --keep-all). */
  rotate?: boolean;
}

export async function makeBackup(office: BackupSource, options: MakeOptions): Promise<MadeBackup> {
  const [primary, ...others] = options.folders;
  if (!primary) throw new Error('a backup needs a folder');
  const { progress } = options;
  try {
    await mkdir(primary.path, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new AppFailure('INTERNAL', `Peer Office could not make the backup folder ${primary.path}: ${fileProblem(err)}. Nothing was backed up.`);
  }
  await clearStaleWorkingFiles(primary.path, options.now);
  // A copy of the key, wiped at the end: locking the office mid-backup (the app closing) wipes the session's.
  const source = { ...office, dataKey: Buffer.from(office.dataKey) };
  // Named with this office's code, and rotated among this office's backups only.
  const owner: BackupOwner = { code: officeOf(source).code, dataKey: source.dataKey, defaultFolder: defaultBackupFolder(source.dbPath) };
  const snapshot = workingFile(primary.path, 'snapshot');
  try {
    progress.step('snapshot');
    takeSnapshot(source.sqlite, snapshot);
    const reader = openReadOnly(snapshot, source.dataKey);
    let facts;
    try { facts = describeDatabase(reader); } finally { reader.close(); }
    const { sha256, bytes } = await sha256Of(snapshot);
    const envelope = keyFileOf(source.dbPath);
    const header = encodeHeader(
      { createdAt: options.now.toISOString(), reason: options.reason, databaseBytes: bytes, keys: envelope },
      { appVersion: options.appVersion, migrations: facts.migrations, tables: facts.tables, isDemo: facts.isDemo, databaseSha256: sha256 },
      source.dataKey,
    );

    const written: BackupFile[] = [];
    const warnings: string[] = [];
    const verified: BackupFile[] = [];
    for (const folder of [primary, ...others]) {
      const isPrimary = folder === primary;
      if (!isPrimary && !(await isFolder(folder.path))) {
        warnings.push(`The extra backup folder ${folder.path} cannot be found, so this backup is only in ${primary.path}. Plug in the drive, or choose another folder in the backup settings.`);
        continue;
      }
      const outcome = await writeAndCheck(folder, header, snapshot, bytes, owner, options, isPrimary);
      if (typeof outcome === 'string') {
        if (isPrimary) throw new AppFailure('INTERNAL', outcome);
        warnings.push(outcome);
        continue;
      }
      written.push(outcome);
      if (outcome.check === 'verified') verified.push(outcome);
      else if (isPrimary) {
        throw new AppFailure('DAMAGED', `The backup written to ${primary.path} did not pass its check when read back, so it cannot be relied on. It is kept as ${outcome.fileName}; no other backup was removed. Check the disk, then try again.`);
      } else {
        warnings.push(`The copy in ${folder.path} did not pass its check when read back (kept as ${outcome.fileName}). Try another drive.`);
      }
    }

    progress.step('rotating');
    let removed = 0;
    // Only where the new backup checked out: a folder whose newest backup failed keeps everything it had.
    if (options.rotate !== false) for (const made of verified) removed += await rotate(dirname(made.path), made.fileName, owner);
    return { createdAt: options.now.toISOString(), written, warnings, removed };
  } finally {
    source.dataKey.fill(0);
    await rm(snapshot, { force: true });
  }
}

function keyFileOf(dbPath: string): KeyEnvelope {
  // A switch to a new data key not yet finished (office/key-switch.ts): the key file may not be the one that
  // opens the database, and a backup carrying it would never open. Unlocking again finishes the switch.
  if (existsSync(nextKeyFilePath(dbPath))) {
    throw new AppFailure('CONFLICT', `The database’s change to a new key is not finished (${nextKeyFilePath(dbPath)} is still there), so no backup was made: it might not open. Lock Peer Office and unlock it again, which finishes the change, then back up.`);
  }
  let envelope: KeyEnvelope | null = null;
  try {
    envelope = readEnvelope(dbPath);
  } catch {
    // fall through: damaged reads the same as missing to the person
  }
  if (!envelope) throw new AppFailure('DAMAGED', `The key file beside the database (${keyFilePath(dbPath)}) is missing or damaged, so no backup can be made. Restore the database from a backup.`);
  return envelope;
}

/** Writes one folder's copy and reads it back; a string says why it could not be written. */
async function writeAndCheck(
  folder: BackupFolder, header: Buffer, snapshot: string, bytes: number, owner: BackupOwner, options: MakeOptions, isPrimary: boolean,
): Promise<BackupFile | string> {
  const { progress } = options;
  const total = header.length + bytes;
  let target: string;
  try {
    const name = await freeBackupName(folder.path, options.now, options.reason, owner.code);
    target = join(folder.path, name);
    progress.step(isPrimary ? 'writing' : 'copying', isPrimary ? total : total + bytes);
    await writeDurably(target, folder.path, header, snapshot, 0, bytes, (done) => progress.bytes(header.length + done));
  } catch (err) {
    return `The backup could not be written to ${folder.path}: ${fileProblem(err)}.`;
  }
  if (isPrimary) progress.step('checking', bytes);
  let check: BackupFile['check'] = 'verified';
  try {
    await checkBackup(await readBackupFile(target), owner.dataKey, {
      workDir: folder.path,
      onBytes: (done) => progress.bytes(isPrimary ? done : total + done),
    });
  } catch {
    // Damage found, or the copy could not even be read back: either way it must not pass as a backup.
    check = 'failed';
    try {
      await rename(target, `${target}${FAILED_CHECK_SUFFIX}`);
      target = `${target}${FAILED_CHECK_SUFFIX}`;
    } catch (err) {
      return `The backup in ${folder.path} could not be checked, and could not be marked as unchecked (${fileProblem(err)}). Do not rely on ${target}.`;
    }
  }
  const listed = (await backupsIn(folder.path, folder.kind, owner)).find((f) => f.path === target);
  if (!listed) return `The backup written to ${folder.path} disappeared straight after it was written. Check the drive.`;
  return { ...listed, check };
}
