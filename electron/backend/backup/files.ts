// Careful file work for backups and restores: written to a temporary name, flushed to the disk, then
// renamed, so a crash or a pulled USB stick never leaves half a file under a backup's name. Copies go in
// 1 MiB chunks with an await between them, so the app stays responsive and progress can be shown.
import { createHash, randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CHUNK = 1024 * 1024;

/** A name in `dir` for a short-lived working file that no backup listing or rotation will ever match. */
export const workingFile = (dir: string, what: string): string => join(dir, `.peer-office-${what}-${randomBytes(6).toString('hex')}.tmp`);

const WORKING_FILE = /^\.peer-office-(writing|snapshot|check|probe)-[0-9a-f]{12}\.tmp$/;

/** Why a folder cannot take a backup (read-only, not allowed...), or null when a file can be written there. */
export async function cannotWriteTo(dir: string): Promise<string | null> {
  const probe = workingFile(dir, 'probe');
  try {
    await writeFile(probe, 'Peer Office checking it can save backups here', { flag: 'wx' });
    return null;
  } catch (err) {
    return fileProblem(err);
  } finally {
    await rm(probe, { force: true });
  }
}

/**
 * Removes working files a crash or a pulled plug left behind (encrypted, but a few MB each). Only ones
 * an hour old: a backup running in another process (the command line) may be using newer ones.
 */
export async function clearStaleWorkingFiles(dir: string, now: Date): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => WORKING_FILE.test(n))) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && now.getTime() - info.mtimeMs > 3_600_000) await rm(path, { force: true });
  }
}

/** Flushes a folder's entry for a renamed file. Windows cannot open a folder this way; NTFS journals renames. */
export async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try { await handle.sync(); } finally { await handle.close(); }
  } catch {
    // not possible on this platform: the rename itself is still atomic
  }
}

/** Copies `length` bytes of `source` from `offset` through `write`, hashing them; returns the SHA-256 (hex). */
async function copyRange(
  source: string, offset: number, length: number,
  write: (chunk: Buffer) => Promise<void>, onBytes: (done: number) => void,
): Promise<string> {
  const hash = createHash('sha256');
  const input = await open(source, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(length, 1)));
    let done = 0;
    while (done < length) {
      const { bytesRead } = await input.read(buffer, 0, Math.min(buffer.length, length - done), offset + done);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      hash.update(chunk);
      await write(chunk);
      done += bytesRead;
      onBytes(done);
    }
    return hash.digest('hex');
  } finally {
    await input.close();
  }
}

/**
 * Writes `prefix` then `length` bytes of `source` from `offset` into a new file at `target`, durably:
 * temporary name, fsync, rename, fsync of the folder. Returns the SHA-256 of the copied range.
 * `target` must not exist yet: nothing is ever overwritten.
 */
export async function writeDurably(
  target: string, dir: string, prefix: Buffer, source: string, offset: number, length: number, onBytes: (done: number) => void,
): Promise<string> {
  const temporary = workingFile(dir, 'writing');
  const output = await open(temporary, 'wx', 0o600);
  let sha256: string;
  try {
    try {
      if (prefix.length) await output.write(prefix);
      sha256 = await copyRange(source, offset, length, async (chunk) => { await output.write(chunk); }, onBytes);
      await output.sync();
    } finally {
      await output.close();
    }
    await renameNoReplace(temporary, target);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
  await syncFolder(dir);
  return sha256;
}

/**
 * Renames without replacing what is already at `target` (rename() alone would, on POSIX). A check then a
 * rename rather than link(): USB sticks are usually FAT or exFAT, which have no hard links. Backend calls
 * run one at a time, so nothing of ours can slip in between.
 */
export async function renameNoReplace(from: string, to: string): Promise<void> {
  const existing = await open(to, 'r').then(async (h) => { await h.close(); return true; }, () => false);
  if (existing) throw Object.assign(new Error('target exists'), { code: 'EEXIST' });
  await rename(from, to);
}

/** Copies a byte range of a file to a new working file (for checking a backup's database), hashing it. */
export async function extractRange(source: string, offset: number, length: number, target: string, onBytes: (done: number) => void): Promise<string> {
  const output = await open(target, 'wx', 0o600);
  try {
    const sha256 = await copyRange(source, offset, length, async (chunk) => { await output.write(chunk); }, onBytes);
    await output.sync();
    return sha256;
  } finally {
    await output.close();
  }
}

/** Plain words for the file-system errors a person can do something about. */
export function fileProblem(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  switch (code) {
    case 'ENOSPC': return 'there is no space left on that drive';
    case 'EACCES':
    case 'EPERM': return 'Peer Office is not allowed to write there';
    case 'EROFS': return 'that drive is read-only';
    case 'ENOENT':
    case 'ENOTDIR': return 'that folder cannot be found (is the drive plugged in?)';
    case 'EIO': return 'the drive reported a read or write error';
    default: return `the file could not be written (${typeof code === 'string' ? code : 'unknown error'})`;
  }
}

/** SHA-256 (hex) of a whole file, read in chunks. */
export async function sha256Of(path: string, onBytes: (done: number) => void = () => {}): Promise<{ sha256: string; bytes: number }> {
  const { size } = await stat(path);
  const sha256 = await copyRange(path, 0, size, async () => {}, onBytes);
  return { sha256, bytes: size };
}
