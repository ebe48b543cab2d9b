// `peer-office backup` and `verify` (and, in restore.ts, `restore`): the app's own backups, for an IT volunteer's scripts.
// What a script consumes (the new backup's path, a JSON summary) goes to stdout; words for people to stderr.
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { AppError } from '../../shared/contract/result';
import { AppFailure } from '../../shared/contract/result';
import { londonDateTime } from '../../shared/domain/pay/period-words';
import { ProgressTracker } from '../backend/backup/progress';
import { previewBackup } from '../backend/backup/restore';
import { plural } from '../backend/audit/words';
import { newestKnownMigration } from '../backend/db/migrate';
import { backendFor, MIGRATIONS_DIR, toCliError } from './commands';
import { CliError, EXIT } from './exit';
import { unlockSecret } from './secrets';

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A backup file that is not there is "missing", exit 4, as the usage promises. */
export const cliErrorOf = (error: AppError | AppFailure): CliError =>
  error.code === 'NOT_FOUND' ? new CliError(EXIT.DAMAGED, error.message) : toCliError(error);

export function mustBeAFile(path: string): void {
  if (!existsSync(path)) throw new CliError(EXIT.DAMAGED, `There is no file at ${path}. Check the path.`);
}

/** Unlocks the database and writes a checked backup into `--to DIR`, thinning out older ones there unless --keep-all. */
export async function backup(dbArg: string, toArg: string, keepAll: boolean): Promise<void> {
  const db = resolve(dbArg);
  const to = resolve(toArg);
  if (!existsSync(db)) throw new CliError(EXIT.DAMAGED, `There is no database at ${db}. Check the path.`);
  // Never made here: a missing folder is usually a drive that is not plugged in, and a backup written to
  // an empty folder of that name would land on the PC's own disk unnoticed.
  if (!existsSync(to) || !statSync(to).isDirectory()) throw new CliError(EXIT.FAILED, `There is no folder at ${to}. Plug in the drive, or make the folder, then try again.`);
  const secret = await unlockSecret();
  const backend = backendFor(db);
  try {
    const unlocked = await backend.invoke('office:unlock', secret);
    if (!unlocked.ok) throw toCliError(unlocked.error);
    const started = performance.now();
    // Through the backend, so the backup is in the office's audit log like one made in the app.
    const result = await backend.backupTo(to, !keepAll);
    if (!result.ok) throw cliErrorOf(result.error);
    const made = result.value;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const file = made.written[0]!;
    process.stderr.write(`Backed up ${db} to ${file.path} (${megabytes(file.sizeBytes)}, encrypted, checked by reading it back) in ${seconds} s.\n`);
    if (made.removed) process.stderr.write(`Removed ${made.removed} older backup${made.removed === 1 ? '' : 's'} from ${to} (7 daily, 4 weekly and 12 monthly are kept).\n`);
    process.stdout.write(`${file.path}\n`);
  } finally {
    backend.close();
  }
}

/** Opens a backup with the passphrase or recovery key of its day and checks it through; prints a JSON summary. */
export async function verify(fileArg: string): Promise<void> {
  const file = resolve(fileArg);
  mustBeAFile(file);
  const secret = await unlockSecret();
  try {
    // No office is open here, so the summary says whose the backup is (officeCode) but not whether it is the same as any other.
    const preview = await previewBackup(file, secret, { newestKnown: newestKnownMigration(MIGRATIONS_DIR), workDir: tmpdir(), progress: new ProgressTracker(), replaced: null });
    process.stdout.write(`${JSON.stringify({ ok: true, ...preview }, null, 2)}\n`);
    const people = preview.tables['people'];
    process.stderr.write(`The backup made ${londonDateTime(preview.createdAt)} is sound${people === undefined ? '' : ` (${plural(people, 'person', 'people')})`}.${preview.compatibility === 'newer' ? ' It was made by a newer version of Peer Office: install the latest version to restore it.' : ''}\n`);
  } catch (err) {
    if (!(err instanceof AppFailure)) throw err;
    // A damaged backup is the finding a script wants on stdout; a wrong secret is only the caller's mistake.
    if (err.code === 'DAMAGED') process.stdout.write(`${JSON.stringify({ ok: false, file, problem: err.message }, null, 2)}\n`);
    throw cliErrorOf(err);
  }
}
