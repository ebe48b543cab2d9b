// The backup file: one file that is never plaintext and opens with the passphrase or the recovery key
// alone, because it carries the key file as it was on the day.
//
//   "POBACKUP"  u16 format version  u32 P  public JSON (P bytes)
//   u32 S  sealed metadata (S bytes: 12-byte IV, 16-byte GCM tag, ciphertext)
//   the database: a snapshot still encrypted page by page with the office's data key
//
// The public part holds only what is needed to open the rest: when it was made, why, the database's
// length, a salt, and the wrapped keys (useless without a secret). Counts per table, versions and the
// database's SHA-256 are sealed with AES-256-GCM under a key derived from the data key, with the public
// part as additional data: so a doctored header, a flipped byte or a cut-short file is found before
// anything is trusted, and a stolen backup says nothing, not even how many members the office has.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { BACKUP_REASONS, type BackupReason } from '../../../shared/domain/backup-rotation';
import { AppFailure } from '../../../shared/contract/result';
import { envelopeSchema, type KeyEnvelope } from '../office/keyring';

const MAGIC = Buffer.from('POBACKUP', 'ascii');
const FORMAT_VERSION = 1;
const PREFIX_BYTES = MAGIC.length + 2 + 4;
// Generous for a key file and a few hundred table counts; a bound, so a doctored length cannot make
// Peer Office read gigabytes before it finds out.
const MAX_SECTION_BYTES = 256 * 1024;

export interface PublicHeader {
  format: 'peer-office-backup';
  createdAt: string;
  reason: BackupReason;
  /** Length of the database snapshot that follows the header. */
  databaseBytes: number;
  /** Salt for deriving the metadata key, fresh for each backup. */
  salt: string;
  keys: KeyEnvelope;
}

export interface SealedMetadata {
  appVersion: string;
  migrations: { count: number; newest: number };
  tables: Record<string, number>;
  isDemo: boolean;
  /** SHA-256 of the database snapshot, hex. */
  databaseSha256: string;
}

const publicSchema = z.object({
  format: z.literal('peer-office-backup'),
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS),
  databaseBytes: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  salt: z.string().refine((s) => Buffer.from(s, 'base64').length === 16),
  keys: envelopeSchema,
});

const sealedSchema = z.object({
  appVersion: z.string().max(50),
  migrations: z.object({ count: z.number().int().min(0), newest: z.number().int().min(0) }),
  tables: z.record(z.string().max(200), z.number().int().min(0)),
  isDemo: z.boolean(),
  databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const metadataKey = (dataKey: Buffer, salt: Buffer): Buffer =>
  Buffer.from(hkdfSync('sha256', dataKey, salt, 'peer-office backup metadata v1', 32));

/** The header bytes to write before the database snapshot. */
export function encodeHeader(header: Omit<PublicHeader, 'format' | 'salt'>, metadata: SealedMetadata, dataKey: Buffer): Buffer {
  const salt = randomBytes(16);
  const publicJson = Buffer.from(JSON.stringify({ format: 'peer-office-backup', ...header, salt: salt.toString('base64') } satisfies PublicHeader));
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32BE(publicJson.length, MAGIC.length + 2);
  const authenticated = Buffer.concat([prefix, publicJson]);

  const key = metadataKey(dataKey, salt);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(authenticated);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(metadata)), cipher.final()]);
  key.fill(0);
  const sealed = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
  const sealedLength = Buffer.alloc(4);
  sealedLength.writeUInt32BE(sealed.length);
  return Buffer.concat([authenticated, sealedLength, sealed]);
}

/** A backup's header as read from disk: nothing in it is trusted until unsealed with the data key. */
export interface RawHeader {
  header: PublicHeader;
  authenticated: Buffer;
  sealed: Buffer;
  /** Where the database snapshot starts. */
  databaseOffset: number;
}

export const notABackup = (detail: string): AppFailure =>
  new AppFailure('DAMAGED', `That file is not a Peer Office backup, or it is damaged (${detail}). Choose another backup.`, { file: 'This is not a Peer Office backup, or it is damaged' });

async function readExactly(file: FileHandle, position: number, length: number, what: string): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) throw notABackup(`it ends inside its ${what}`);
  return buffer;
}

export async function readHeader(file: FileHandle): Promise<RawHeader> {
  const prefix = await readExactly(file, 0, PREFIX_BYTES, 'header');
  if (!prefix.subarray(0, MAGIC.length).equals(MAGIC)) throw notABackup('it does not start as a backup does');
  const version = prefix.readUInt16BE(MAGIC.length);
  if (version !== FORMAT_VERSION) {
    throw new AppFailure('TOO_NEW', 'This backup was made by a newer version of Peer Office. Install the latest version to open it.', { file: 'Made by a newer version of Peer Office' });
  }
  const publicLength = prefix.readUInt32BE(MAGIC.length + 2);
  if (publicLength > MAX_SECTION_BYTES) throw notABackup('its header is too long');
  const publicJson = await readExactly(file, PREFIX_BYTES, publicLength, 'header');
  let header: PublicHeader;
  try {
    header = publicSchema.parse(JSON.parse(publicJson.toString('utf8'))) as PublicHeader;
  } catch {
    throw notABackup('its header cannot be read');
  }
  const sealedLength = (await readExactly(file, PREFIX_BYTES + publicLength, 4, 'header')).readUInt32BE(0);
  if (sealedLength < 28 || sealedLength > MAX_SECTION_BYTES) throw notABackup('its sealed header is the wrong size');
  const sealed = await readExactly(file, PREFIX_BYTES + publicLength + 4, sealedLength, 'sealed header');
  return { header, authenticated: Buffer.concat([prefix, publicJson]), sealed, databaseOffset: PREFIX_BYTES + publicLength + 4 + sealedLength };
}

/** The sealed metadata, or a DAMAGED failure when the header was changed after it was written. */
export function unsealMetadata(raw: RawHeader, dataKey: Buffer): SealedMetadata {
  const key = metadataKey(dataKey, Buffer.from(raw.header.salt, 'base64'));
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.sealed.subarray(0, 12)).setAAD(raw.authenticated);
    decipher.setAuthTag(raw.sealed.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.sealed.subarray(28)), decipher.final()]).toString('utf8');
    return sealedSchema.parse(JSON.parse(json));
  } catch {
    throw new AppFailure('DAMAGED', 'This backup’s header has been changed or damaged since it was made, so it cannot be trusted. Choose another backup.', { file: 'This backup has been changed or damaged' });
  } finally {
    key.fill(0);
  }
}
