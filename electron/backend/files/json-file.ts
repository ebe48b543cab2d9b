// The small JSON files Peer Office keeps beside the database and in its app-data folder (the key file, the
// in-use marker, wrong attempts, audit events waiting for an unlock, the settings file, a kept passphrase),
// all written the same way: to a temporary name beside the file, then renamed over it. A rename within
// one folder is atomic, so a crash part-way leaves the old file or the new one, never half of one, and
// each reader can go on treating a file that will not parse as damaged rather than half-written.
import { closeSync, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** An instant as these files store it (Date.toISOString()): checked on reading, since any of them can be edited by hand. */
export const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);

export interface AtomicWriteOptions {
  /**
   * Flush the new file to the disk before the rename, and the folder's entry after it, so that the file
   * survives a power cut as well as a crash: for files whose loss would lose the office (the key file) or
   * hide a loss (the in-use marker). The rest are cheap to lose and are written without waiting for the disk.
   */
  fsync: boolean;
}

/**
 * Writes `value` as JSON to `path`, readable and writable by this user only (on Windows the mode does
 * nothing: the app-data folder is the account's own). The temporary name is fixed, so a crash leaves at
 * most one stray `<file>.tmp`, which the next write replaces.
 */
export function writeJsonAtomically(path: string, value: unknown, options: AtomicWriteOptions): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(value, null, 2), { mode: 0o600 });
  if (options.fsync) {
    const fd = openSync(temporary, 'r+');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  }
  renameSync(temporary, path);
  if (options.fsync) syncFolderOf(path);
}

/**
 * Flushes the folder's entry for `path`, so that a rename survives a power cut. Windows cannot open a
 * folder to flush it (and its NTFS journals renames itself), so there a failure is expected and ignored.
 */
export function syncFolderOf(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dirname(path), 'r');
    fsyncSync(fd);
  } catch {
    // see above
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
