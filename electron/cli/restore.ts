// `peer-office restore`: puts a backup in place of an office database, as Settings > Backups does in the
// app. It replaces every record, so, as in the app, nothing is replaced before the backup has been checked
// and what it holds shown (restore-preview.ts), and the person has said yes: asked in a terminal, --yes
// from a script. A backup not known to be of the office it replaces (another office's, the demo's, or one
// whose office cannot be told) also needs --replace-different-office, as the app needs its box ticked.
import { existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { BackupPreview } from '../../shared/contract/backup';
import { AppFailure } from '../../shared/contract/result';
import { londonDateTime } from '../../shared/domain/pay/period-words';
import { ProgressTracker } from '../backend/backup/progress';
import { previewBackup, TOO_NEW_BACKUP } from '../backend/backup/restore';
import type { Backend } from '../backend/backend';
import { heldOpenElsewhere } from '../backend/db/in-use';
import { newestKnownMigration } from '../backend/db/migrate';
import type { Secret } from '../backend/office/session';
import { cliErrorOf, mustBeAFile } from './backup';
import { backendFor, MIGRATIONS_DIR } from './commands';
import { CliError, EXIT } from './exit';
import { askYesNo } from './prompt';
import { notKnownToBeThisOffice, officeAt, previewLines, recoveryKeyHint, type ReplacedOffice } from './restore-preview';
import { unlockSecret } from './secrets';

export interface RestoreArgs {
  file: string;
  db: string;
  /** Go ahead without asking: how a script confirms, since it has no terminal to be asked in. */
  yes: boolean;
  /** The preview's "different office" confirmed in advance. */
  replaceDifferentOffice: boolean;
}

/**
 * Never under a running Peer Office: the database would be moved aside while it is still saving to it, so
 * its next changes would go into the copy kept aside, unseen (and on Windows the move fails part-way). A
 * backup or a check may run beside it; a restore waits until it is closed. A session that crashed holds
 * nothing: its marker names a process that has ended, and the restore goes ahead.
 */
function refuseWhileOpen(db: string): void {
  const holder = heldOpenElsewhere(db);
  if (!holder) return;
  // An AppFailure, so that the backend's restore, which calls this just before its move (beforeSwap), answers
  // with these words; the CLI's own calls report it as any refusal of the backend's (exit 1).
  throw new AppFailure('CONFLICT', `Peer Office has ${db} open (${holder.host === hostname() ? `process ${holder.pid} on this computer` : `on the computer ${holder.host || 'named in its marker'}`}). Close Peer Office, then run the restore again. Nothing has been changed.`);
}

/**
 * Whose office is at --db, then the backup checked all the way through, as the app's preview does. Both
 * inside the backend's count of attempts: refused before either tries the secret while wrong attempts must
 * wait (as check does), and a secret that does not open the backup counts as a failed attempt.
 */
async function preview(backend: Backend, file: string, db: string, secret: Secret): Promise<{ replaced: ReplacedOffice; shown: BackupPreview }> {
  // The check's working copy goes beside the database, as the app's does, rather than onto a small temporary drive.
  const workDir = existsSync(dirname(db)) ? dirname(db) : tmpdir();
  const result = await backend.previewChecked({ file, ...secret }, async () => {
    const replaced = await officeAt(db, secret);
    const shown = await previewBackup(file, secret, {
      newestKnown: newestKnownMigration(MIGRATIONS_DIR), workDir, progress: new ProgressTracker(),
      replaced: replaced.state === 'known' ? replaced.identity : null,
    });
    return { replaced, shown };
  });
  if (!result.ok) throw cliErrorOf(result.error);
  return result.value;
}

const NOTHING_CHANGED = 'Nothing has been changed.';

function refusedAsCliError(check: () => void): void {
  try {
    check();
  } catch (err) {
    throw err instanceof AppFailure ? cliErrorOf(err) : err;
  }
}

/** Refuses unless the restore has been confirmed as the person or the script means it; see the file's comment. */
async function confirm(a: RestoreArgs, db: string, shown: BackupPreview, replaced: ReplacedOffice): Promise<void> {
  const notThisOffice = notKnownToBeThisOffice(shown, replaced, db);
  // Before --yes: a script's --yes says "go ahead", not "whatever office this turns out to be".
  if (notThisOffice && !a.replaceDifferentOffice) {
    throw new CliError(EXIT.NOT_CONFIRMED, `Not restored. ${notThisOffice} If that is what you mean, run the restore again with --replace-different-office.${recoveryKeyHint(replaced, shown, db)} ${NOTHING_CHANGED}`);
  }
  if (replaced.state !== 'none') {
    process.stderr.write('Restoring replaces the records there now: that database is kept aside under another name, not deleted. Afterwards, open the office with the passphrase or recovery key that was in use when this backup was made.\n');
  }
  if (a.yes) return;
  if (!process.stdin.isTTY) {
    throw new CliError(EXIT.NOT_CONFIRMED, `Not restored: nobody was asked, since this is not running in a terminal. Run it in a terminal to be asked, or add --yes to restore without asking. ${NOTHING_CHANGED}`);
  }
  const question = replaced.state === 'none'
    ? `Restore this backup to ${db}? (y/N) `
    : `Replace the office database at ${db} with ${notThisOffice ? `the ${shown.isDemo ? 'demo' : 'other'} office’s backup (code ${shown.officeCode})` : 'this backup'}? (y/N) `;
  if (!(await askYesNo(question))) throw new CliError(EXIT.NOT_CONFIRMED, `Not restored. ${NOTHING_CHANGED}`);
}

/** Shows what the backup holds, asks, then puts it in place of the database, keeping the database and key file there aside first. */
export async function restore(a: RestoreArgs): Promise<void> {
  const file = resolve(a.file);
  const db = resolve(a.db);
  mustBeAFile(file);
  refusedAsCliError(() => refuseWhileOpen(db));
  const secret = await unlockSecret();
  // Once more just before the move (backup/restore.ts beforeSwap): the backup is checked through again
  // first, which can take a minute, and Peer Office may be unlocked meanwhile.
  const backend = backendFor(db, { beforeRestoreSwap: () => refuseWhileOpen(db) });
  try {
    const { replaced, shown } = await preview(backend, file, db, secret);
    process.stderr.write(`${previewLines(shown, replaced, db).join('\n')}\n\n`);
    if (shown.compatibility === 'newer') throw new CliError(EXIT.DAMAGED, TOO_NEW_BACKUP);
    await confirm(a, db, shown, replaced);
    // Again: Peer Office may have been opened while the question waited for an answer.
    refusedAsCliError(() => refuseWhileOpen(db));
    const restored = await backend.invoke('backup:restore', { file, ...secret, ...(a.replaceDifferentOffice ? { replaceDifferentOffice: true as const } : {}) });
    if (!restored.ok) throw cliErrorOf(restored.error);
    const { createdAt, keptAside, extraBackupFolder } = restored.value;
    process.stderr.write(
      `Restored the backup made ${londonDateTime(createdAt)} to ${db}.\n` +
      (keptAside.length ? `The database as it was is kept, not deleted:\n${keptAside.map((f) => `  ${f}\n`).join('')}` : 'There was no database there before.\n') +
      (extraBackupFolder ? `Backups still go to the extra folder ${extraBackupFolder} as well, as set before the restore.\n` : '') +
      'Open it with the passphrase or recovery key that was in use when the backup was made.\n',
    );
    process.stdout.write(`${JSON.stringify({ restoredFrom: file, createdAt, database: db, keptAside }, null, 2)}\n`);
  } finally {
    backend.close();
  }
}
