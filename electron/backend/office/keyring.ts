// The office database is encrypted with a random 256-bit data key. The passphrase and the recovery key
// each wrap that key (scrypt -> AES-256-GCM), so either can unlock it and the passphrase can later be
// changed without re-encrypting the file. The wrapped keys live beside the database in `<db>.keys.json`:
// they reveal nothing without the passphrase or the recovery key.
import { createCipheriv, createDecipheriv, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync, existsSync, fsyncSync, openSync, closeSync } from 'node:fs';

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
}

// N = 2^15 with r = 8 costs about 32 MiB and ~0.1 s here: slow enough to make guessing expensive,
// quick enough that unlocking stays well under a second on an office PC. `npm run bench` prints it.
export const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
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

/** Accepts the key as people type it back: any case, spaces or dashes, O for 0 and I or L for 1. */
export function normaliseRecoveryKey(input: string): string {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return cleaned.length === 25 ? cleaned.match(/.{5}/g)!.join('-') : cleaned;
}

export const keyFilePath = (dbPath: string): string => `${dbPath}.keys.json`;

export function readEnvelope(dbPath: string): KeyEnvelope | null {
  const path = keyFilePath(dbPath);
  if (!existsSync(path)) return null;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyEnvelope;
  if (parsed.format !== 'peer-office-keys' || parsed.version !== 1 || !parsed.wraps?.passphrase || !parsed.wraps?.recovery) {
    throw new Error('not a Peer Office key file');
  }
  return parsed;
}

/** Written to a temporary file, flushed, then renamed over: a crash never leaves half a key file. */
export function writeEnvelope(dbPath: string, envelope: KeyEnvelope): void {
  const path = keyFilePath(dbPath);
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(envelope, null, 2), { mode: 0o600 });
  const fd = openSync(tmp, 'r+');
  try { fsyncSync(fd); } finally { closeSync(fd); }
  renameSync(tmp, path);
}

export const sameKey = (a: Buffer, b: Buffer): boolean => a.length === b.length && timingSafeEqual(a, b);
