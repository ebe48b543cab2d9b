// Which office database a backup belongs to. Two offices on one PC (the demo and the real one, say) can
// share a backup folder, a USB stick especially, and each office's rotation must leave the other's
// backups alone.
//
// The office's identity comes from its first data key, made when the office is created: the id is derived
// from it (HKDF, its own label) rather than stored: no new column, no migration, and backups made before
// ids existed can still be told apart: their sealed header opens only with this same key. A new passphrase
// only re-wraps the key. A new recovery key gives the database a new data key (office/key-switch.ts), and
// then the id derived from the first one is written into the key file (`officeId`), which every later
// backup carries and a restore puts back: the office stays the same office, and the backups made before
// the change stay its own to list and rotate. The id reveals nothing of the key (a one-way derivation under
// a label used for nothing else) and nothing of the office (no name). The "demo" made afresh by "Explore
// the demo" is a new database with a new key, so a new id: its predecessor's backups are another office's.
import { hkdfSync } from 'node:crypto';
import { open } from 'node:fs/promises';
import { readEnvelope, type KeyEnvelope } from '../office/keyring';
import { readHeader, unsealMetadata } from './format';

export interface OfficeIdentity {
  /** 32 hex characters: what a preview compares. */
  id: string;
  /** The first 8: the office code in backup file names (shared/domain/backup-rotation.ts). */
  code: string;
}

/** The id derived from a data key: the office's own for as long as it keeps its first key. */
export function officeIdentity(dataKey: Buffer): OfficeIdentity {
  const id = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'peer-office office id v1', 16)).toString('hex');
  return { id, code: id.slice(0, 8) };
}

/** The identity of the office whose key file is `keys` and whose data key is `dataKey`: see above. */
export function officeIdentityOf(dataKey: Buffer, keys: Pick<KeyEnvelope, 'officeId'> | null): OfficeIdentity {
  return keys?.officeId ? { id: keys.officeId, code: keys.officeId.slice(0, 8) } : officeIdentity(dataKey);
}

/** The identity of the office database at `dbPath`, open with `dataKey`, going by the key file beside it. */
export function officeOf(office: { dataKey: Buffer; dbPath: string }): OfficeIdentity {
  let keys: KeyEnvelope | null = null;
  try {
    keys = readEnvelope(office.dbPath);
  } catch {
    // A damaged key file says nothing of the office; the backup that needs it says so itself (make.ts).
  }
  return officeIdentityOf(office.dataKey, keys);
}

/** The office making or looking at backups: its code, its key (to read old backups' sealed headers), and its own default folder. */
export interface BackupOwner {
  code: string;
  dataKey: Buffer;
  defaultFolder: string;
}

/**
 * Whose a backup is, by its sealed header: 'this' when it opens with this office's key; 'other' when it
 * is a sound backup header that does not (another office's, or one doctored after writing: either way not
 * this office's to list or remove); 'unreadable' when there is no header to ask (cut short, not a backup,
 * made by a newer format, or the file cannot be opened or read: on Windows that can be for a moment only,
 * while an antivirus scan holds it), which says nothing of whose it is. Reads a few kilobytes and costs no scrypt.
 */
export async function headerOwner(path: string, dataKey: Buffer): Promise<'this' | 'other' | 'unreadable'> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return 'unreadable';
  }
  let raw;
  try {
    raw = await readHeader(handle);
  } catch {
    return 'unreadable';
  } finally {
    await handle.close();
  }
  try {
    unsealMetadata(raw, dataKey);
    return 'this';
  } catch {
    return 'other';
  }
}
