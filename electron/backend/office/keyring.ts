// The office database is encrypted with a random 256-bit data key. The passphrase and the recovery key
// each wrap that key (scrypt -> AES-256-GCM), so either can unlock it and the passphrase can later be
// changed without re-encrypting the file (a new recovery key does re-encrypt it: key-switch.ts). The
// wrapped keys live beside the database in `<db>.keys.json`: they reveal nothing without the passphrase
// or the recovery key.
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { readFileSync, renameSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { syncFolderOf, writeJsonAtomically } from '../files/json-file';
export { normaliseRecoveryKey } from '../../../shared/domain/recovery-key';

export type SecretKind = 'passphrase' | 'recovery';

interface WrappedKey {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  wrapped: string;
}

export interface KeyEnvelope {
  format: 'peer-office-keys';
  version: 1;
  wraps: Record<SecretKind, WrappedKey>;
  /**
   * The office's identity (backup/owner.ts), written once its first data key has been replaced by a new
   * recovery key (key-switch.ts): it was derived from that first key, and backups made before the change must
   * still be known as this office's. Absent until then. Not a secret: its start is in every backup's name.
   */
  officeId?: string;
}

// N = 2^16 with r = 8 costs 64 MiB and ~0.2 s here: slow enough to make guessing expensive, quick
// enough that unlocking stays well under a second on an office PC. `npm run bench` prints it.
export const SCRYPT = { N: 2 ** 16, r: 8, p: 1 } as const;
const MAXMEM = 256 * 1024 * 1024;

function deriveKey(secret: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, 32, { ...params, maxmem: MAXMEM }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

const aad = (kind: SecretKind) => Buffer.from(`peer-office data key, wrapped by ${kind}`);

export async function wrapKey(dataKey: Buffer, secret: string, kind: SecretKind): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKey(secret, salt, SCRYPT);
  const cipher = createCipheriv('aes-256-gcm', kek, iv).setAAD(aad(kind));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  kek.fill(0);
  return { kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), wrapped: wrapped.toString('base64') };
}

/** The data key, or null when the secret is wrong (the GCM tag does not verify). */
export async function unwrapKey(wrap: WrappedKey, secret: string, kind: SecretKind): Promise<Buffer | null> {
  const kek = await deriveKey(secret, Buffer.from(wrap.salt, 'base64'), wrap);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64')).setAAD(aad(kind));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.wrapped, 'base64')), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export const newDataKey = (): Buffer => randomBytes(32);

// Crockford's base32: no I, L, O or U, so a key copied by hand is hard to misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 25 characters (125 bits) in five groups of five: "7KQ2M-W9D4R-...". */
export function newRecoveryKey(): string {
  const bytes = randomBytes(25);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{5}/g)!.join('-');
}


export const keyFilePath = (dbPath: string): string => `${dbPath}.keys.json`;

// The key file is read before anything is unlocked, so nothing in it is trusted: scrypt's cost is
// bounded (a doctored file must not make unlocking take minutes or all the memory) and sizes checked.
const base64 = (bytes: number) => z.string().refine((s) => Buffer.from(s, 'base64').length === bytes);
const wrappedKeySchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.number().int().refine((n) => n >= 2 ** 14 && n <= 2 ** 20 && (n & (n - 1)) === 0),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: base64(16),
  iv: base64(12),
  tag: base64(16),
  wrapped: base64(32),
});
export const envelopeSchema = z.object({
  format: z.literal('peer-office-keys'),
  version: z.literal(1),
  wraps: z.object({ passphrase: wrappedKeySchema, recovery: wrappedKeySchema }),
  officeId: z.string().regex(/^[0-9a-f]{32}$/).optional(),
});

/** The key file beside the database, or null when there is none; throws when it is not a sound one. */
export function readEnvelope(dbPath: string): KeyEnvelope | null {
  const path = keyFilePath(dbPath);
  if (!existsSync(path)) return null;
  return envelopeSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Written to a temporary file, flushed, then renamed over: a crash never leaves half a key file. */
export function writeEnvelope(dbPath: string, envelope: KeyEnvelope): void {
  writeEnvelopeAt(keyFilePath(dbPath), envelope);
}

function writeEnvelopeAt(path: string, envelope: KeyEnvelope): void {
  writeJsonAtomically(path, envelope, { fsync: true });
}

/**
 * The key file for a new data key, written beside the current one before the database is re-encrypted
 * with that key (key-switch.ts), and renamed over it once that is done. Whichever of the two opens the
 * database is the right one: see key-switch.ts for how a crash in between is finished at the next unlock.
 */
export const nextKeyFilePath = (dbPath: string): string => `${dbPath}.keys.next.json`;

export function readNextEnvelope(dbPath: string): KeyEnvelope | null {
  const path = nextKeyFilePath(dbPath);
  if (!existsSync(path)) return null;
  return envelopeSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function writeNextEnvelope(dbPath: string, envelope: KeyEnvelope): void {
  writeEnvelopeAt(nextKeyFilePath(dbPath), envelope);
}

/** The next key file becomes the key file, in one rename (atomic on the same folder), made to last. */
export function promoteNextEnvelope(dbPath: string): void {
  renameSync(nextKeyFilePath(dbPath), keyFilePath(dbPath));
  syncFolderOf(keyFilePath(dbPath));
}

