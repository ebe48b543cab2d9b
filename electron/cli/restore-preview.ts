// What `peer-office restore` shows before it replaces anything: the facts the app's restore preview shows
// (when and by which version the backup was made, whose office it is, how many records of each kind it
// holds), counts only, never anyone's details, and whether the database it would replace is that office's.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { BackupPreview } from '../../shared/contract/backup';
import { officeIdentityOf, type OfficeIdentity } from '../backend/backup/owner';
import { keyFilePath, readEnvelope, unwrapKey, type KeyEnvelope, type SecretKind } from '../backend/office/keyring';
import { demoDatabasePath } from '../backend/office/config';
import { readNextEnvelopeOrNull } from '../backend/office/key-switch';
import type { Secret } from '../backend/office/session';
import { secretKindOf } from '../backend/office/unlock-checks';
// The app's own words for a backup's kinds of record and reasons, so the terminal says what the app's
// preview says. backup-words.ts is pure (no DOM, no React): the CLI may share it.
import { describeTables, formatSize, REASON_WORDS, type TableCount } from '../../shared/domain/backup-words';
import { londonDateTime } from '../../shared/domain/pay/period-words';

/**
 * The office database a restore to --db would replace:
 * 'none': nothing there, so nothing is replaced;
 * 'known': its identity, read with the secret given, as the app knows the open office's;
 * 'unknown': there, but the secret (the backup's) does not open its key file, so whose it is cannot be told;
 *   `tried` is the kind of secret that did not open it (null: its key file is missing or damaged).
 */
export type ReplacedOffice =
  | { state: 'none' }
  | { state: 'known'; identity: OfficeIdentity }
  | { state: 'unknown'; why: string; tried: SecretKind | null };

const secretWords = (kind: SecretKind): string => (kind === 'passphrase' ? 'passphrase' : 'recovery key');

/**
 * Whose the database at `db` is, by unwrapping its data key with the secret given. Only reads the key file
 * (and, after a change of recovery key cut short, the next one): never opens the database, so nothing is
 * written, no audit entry and no update, as the app's unlock would make.
 */
export async function officeAt(db: string, secret: Secret): Promise<ReplacedOffice> {
  if (!existsSync(db) && !existsSync(keyFilePath(db))) return { state: 'none' };
  const [kind, value] = secretKindOf(secret);
  const envelopes: KeyEnvelope[] = [];
  try {
    const envelope = readEnvelope(db);
    if (!envelope) return { state: 'unknown', why: `its key file (${keyFilePath(db)}) is missing`, tried: null };
    envelopes.push(envelope);
  } catch {
    return { state: 'unknown', why: `its key file (${keyFilePath(db)}) is damaged`, tried: null };
  }
  // One that cannot be read was never the one in use (key-switch.ts says why).
  const next = readNextEnvelopeOrNull(db);
  if (next) envelopes.push(next);
  for (const envelope of envelopes) {
    const key = await unwrapKey(envelope.wraps[kind], value, kind);
    if (!key) continue;
    try {
      return { state: 'known', identity: officeIdentityOf(key, envelope) };
    } finally {
      key.fill(0);
    }
  }
  return {
    state: 'unknown',
    why: `the ${secretWords(kind)} that opens the backup does not open it (it may have been changed since the backup was made, or it is another office’s)`,
    tried: kind,
  };
}

/**
 * Whether the backup is the demo's and the database at --db is not that demo: its key is another office's,
 * or the secret that opens the demo's backup does not open it. Then "whose office cannot be told" would only
 * confuse (the commonest case: the demo's passphrase is not the real office's): it is plainly the demo's
 * backup, not this office's. Not said of a file named as the app's demo (a demo whose passphrase was
 * changed), nor of one whose key file is missing or damaged: whose that is cannot be told.
 */
function demoOverAnotherOffice(preview: BackupPreview, replaced: ReplacedOffice, db: string): boolean {
  if (!preview.isDemo || preview.office === 'same') return false;
  if (replaced.state === 'known') return true;
  return replaced.state === 'unknown' && replaced.tried !== null && basename(db) !== basename(demoDatabasePath(''));
}

/** Whether restoring this backup over what is at --db needs --replace-different-office, and why, in a sentence. */
export function notKnownToBeThisOffice(preview: BackupPreview, replaced: ReplacedOffice, db: string): string | null {
  if (replaced.state === 'none' || preview.office === 'same') return null;
  if (demoOverAnotherOffice(preview, replaced, db)) {
    const theirs = replaced.state === 'known' ? ` (code ${replaced.identity.code})` : '';
    return `This is the demo office’s backup (code ${preview.officeCode}), not a backup of this office, the one at ${db}${theirs}: restoring it would put the demo office’s made-up records in place of this office’s.`;
  }
  if (replaced.state === 'unknown') {
    return `Whose office this backup is cannot be told: there is an office database at ${db}, and ${replaced.why}. Restoring the backup would put the records of the office with the code ${preview.officeCode} in place of whatever office is there.`;
  }
  const whose = preview.isDemo ? 'the demo office’s made-up records' : 'that office’s records';
  return `This backup is of a different office database (code ${preview.officeCode}) from the one at ${db} (code ${replaced.identity.code}): restoring it would put ${whose} in place of this office’s.`;
}

/**
 * Another way to tell whose the backup is, when the passphrase could not: a new passphrase leaves the
 * recovery key as it was, so the recovery key of the backup's day opens both key files. '' when it cannot help.
 */
export const recoveryKeyHint = (replaced: ReplacedOffice, preview: BackupPreview, db: string): string =>
  replaced.state === 'unknown' && replaced.tried === 'passphrase' && !demoOverAnotherOffice(preview, replaced, db)
    ? ' If the passphrase has been changed since the backup was made, run the restore with the recovery key instead, in PEER_OFFICE_RECOVERY_KEY (with PEER_OFFICE_PASSPHRASE not set): it tells whether the backup is this office’s.'
    : '';

/** Each kind of record and its count, both lists in the same columns. */
function countColumns(all: TableCount[]): (rows: TableCount[]) => string[] {
  const count = (r: TableCount) => r.count.toLocaleString('en-GB');
  const labelWidth = Math.max(0, ...all.map((r) => r.label.length));
  const countWidth = Math.max(0, ...all.map((r) => count(r).length));
  return (rows) => rows.map((r) => `  ${r.label.padEnd(labelWidth)}  ${count(r).padStart(countWidth)}`);
}

function whoseLine(preview: BackupPreview, replaced: ReplacedOffice, db: string): string {
  switch (replaced.state) {
    case 'none':
      return `Office: made from the office database with the code ${preview.officeCode}. There is no office database at ${db} yet: nothing there is replaced.`;
    case 'unknown':
      if (replaced.tried !== null && demoOverAnotherOffice(preview, replaced, db)) {
        return `Office: the demo office (code ${preview.officeCode}), not the office at ${db}: the ${secretWords(replaced.tried)} that opens this backup does not open that database.`;
      }
      return `Office: made from the office database with the code ${preview.officeCode}. Whether that is the office at ${db} cannot be told: ${replaced.why}.`;
    case 'known':
      return preview.office === 'same'
        ? `Office: a backup of the office database at ${db} (code ${preview.officeCode}).`
        : `Office: this is a backup of a different office database. It was made from the office database with the code ${preview.officeCode}; the one at ${db} has the code ${replaced.identity.code}. Each office’s backup files carry its code in their names. Restoring this backup replaces that office’s records with the other office’s.`;
  }
}

/** The preview as lines for the terminal: the app's facts, in the app's order. */
export function previewLines(preview: BackupPreview, replaced: ReplacedOffice, db: string): string[] {
  const { main, other } = describeTables(preview.tables);
  const countLines = countColumns([...main, ...other]);
  return [
    `Backup: ${preview.path} (${formatSize(preview.sizeBytes)}), checked just now: every page read, every table counted.`,
    `Made on ${londonDateTime(preview.createdAt)} (${REASON_WORDS[preview.reason].toLowerCase()}) by Peer Office ${preview.appVersion}.`,
    whoseLine(preview, replaced, db),
    ...(preview.isDemo ? ['This is a backup of the demo office: everyone in it is made up.'] : []),
    ...(preview.compatibility === 'older' ? ['Made by an older version of Peer Office: when it is next unlocked, it is updated to this version, after a backup.'] : []),
    ...(preview.compatibility === 'newer' ? ['Made by a newer version of Peer Office: this version cannot open it.'] : []),
    ...(main.length ? ['What it holds:', ...countLines(main)] : []),
    ...(other.length ? ['Everything else:', ...countLines(other)] : []),
    `Database updates applied to it: ${preview.migrations}.`,
  ];
}
