// Checks a backup file all the way through: the header is authentic, the database bytes are the ones
// that were sealed, and the database opens with the key, passes SQLite's integrity check and holds the
// rows the header promises. Used right after writing, before a preview, before a restore and by the CLI.
import { open, rm } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { AppFailure } from '../../../shared/contract/result';
import { isDamage, openReadOnly } from '../db/open';
import { unwrapKey } from '../office/keyring';
import { secretKindOf } from '../office/unlock-checks';
import type { Secret } from '../office/session';
import { extractRange, workingFile } from './files';
import { notABackup, readHeader, unsealMetadata, type PublicHeader, type RawHeader, type SealedMetadata } from './format';
import { describeDatabase, integrityProblems } from './snapshot';

export interface BackupOnDisk {
  path: string;
  sizeBytes: number;
  raw: RawHeader;
}

const damaged = (what: string): AppFailure =>
  new AppFailure('DAMAGED', `This backup is damaged: ${what}. Do not rely on it: choose another backup.`, { file: 'This backup is damaged' });

/** Reads a backup's header and checks its length, before any secret is asked for. */
export async function readBackupFile(path: string): Promise<BackupOnDisk> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppFailure('NOT_FOUND', `There is no file at ${path}. Check the name and the drive.`, { file: 'There is no file here' });
    if (code === 'EISDIR') throw notABackup('it is a folder');
    throw err;
  }
  try {
    const raw = await readHeader(handle);
    const { size } = await handle.stat();
    const expected = raw.databaseOffset + raw.header.databaseBytes;
    if (size < expected) throw damaged('it is shorter than it was written, as if a copy of it was cut short');
    if (size > expected) throw damaged('it has extra bytes at the end that Peer Office did not write');
    return { path, sizeBytes: size, raw };
  } finally {
    await handle.close();
  }
}

/** The data key from the backup's own wrapped keys, or WRONG_SECRET. */
export async function keyFromSecret(header: PublicHeader, secret: Secret): Promise<Buffer> {
  const [kind, value] = secretKindOf(secret);
  const key = await unwrapKey(header.keys.wraps[kind], value, kind);
  if (key) return key;
  throw new AppFailure('WRONG_SECRET', kind === 'passphrase'
    ? 'That passphrase does not open this backup. Use the passphrase that was in use when the backup was made, or the recovery key.'
    : 'That recovery key does not open this backup. Check each group of five characters, or use the passphrase of the backup’s day.',
  { [kind === 'passphrase' ? 'passphrase' : 'recoveryKey']: 'This does not open this backup' });
}

export interface CheckOptions {
  /** Where to put the checked database; without it, a working file in `workDir` that is removed after. */
  keepDatabaseAt?: string;
  workDir: string;
  onBytes?: (done: number, total: number) => void;
}

/** The sealed metadata of a backup whose every part checked out; throws DAMAGED naming what did not. */
export async function checkBackup(backup: BackupOnDisk, dataKey: Buffer, options: CheckOptions): Promise<SealedMetadata> {
  const metadata = unsealMetadata(backup.raw, dataKey);
  const total = backup.raw.header.databaseBytes;
  const target = options.keepDatabaseAt ?? workingFile(options.workDir, 'check');
  let ok = false;
  try {
    const sha256 = await extractRange(backup.path, backup.raw.databaseOffset, total, target, (done) => options.onBytes?.(done, total));
    if (sha256 !== metadata.databaseSha256) throw damaged('some of its bytes have changed since it was written');
    let problems: string[];
    let facts;
    const sqlite = (() => {
      try {
        return openReadOnly(target, dataKey);
      } catch {
        throw damaged('its database does not open with its key');
      }
    })();
    try {
      problems = integrityProblems(sqlite);
      facts = describeDatabase(sqlite);
    } catch (err) {
      if (isDamage(err)) throw damaged('SQLite found a damaged page in it');
      throw err;
    } finally {
      sqlite.close();
    }
    if (problems.length) throw damaged(`SQLite’s integrity check found ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    if (!isDeepStrictEqual(facts.tables, metadata.tables)) throw damaged('its tables do not hold the rows its header counted');
    ok = true;
    return metadata;
  } finally {
    if (!ok || !options.keepDatabaseAt) await rm(target, { force: true });
  }
}
