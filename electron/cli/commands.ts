// The CLI's commands. Each builds the same backend the app uses, pointed at the one file named by --db.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOfficeSchema } from '../../shared/contract/office';
import { fieldErrors } from '../../shared/contract/channels';
import { AppFailure, type AppError } from '../../shared/contract/result';
import { createBackend, type Backend } from '../backend/backend';
import { plural } from '../backend/audit/words';
import type { BackupOptions } from '../backend/backup/service';
import type { Logger } from '../backend/context';
import { keyFilePath } from '../backend/office/keyring';
import { populateDemo } from '../backend/members/demo';
import { checkReadOnly } from './check';
import { CliError, EXIT, exitCodeFor } from './exit';
import { newPassphrase } from './secrets';
import { DEFAULT_OFFICE_NAME, DEMO_OFFICE_NAME } from './usage';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../backend/db/migrations', import.meta.url));

// The backend's log lines name channels and codes only; the CLI shows errors and keeps the rest quiet.
const logger: Logger = {
  info: () => {},
  warn: () => {},
  error: (message, error) => process.stderr.write(`peer-office: ${message}${error ? ` (${String(error)})` : ''}\n`),
};

export function backendFor(db: string, restoreOptions: Pick<BackupOptions, 'beforeRestoreSwap'> = {}): Backend {
  // `backup` and `export` should not write files the person did not ask for: no automatic daily backup, and
  // no plain settings file (peer-office.json) in the database's folder, which is the data folder here only
  // because the backend needs one.
  return createBackend(
    { dataDir: dirname(db), databasePath: db, migrationsDir: MIGRATIONS_DIR, now: () => new Date(), logger },
    { automatic: false, keepsPlainSettings: false, ...restoreOptions },
  );
}

export const toCliError = (error: AppError | AppFailure): CliError => new CliError(exitCodeFor(error.code), error.message);

async function createOffice(dbArg: string, officeName: string, demo: boolean): Promise<void> {
  const db = resolve(dbArg);
  if (existsSync(db) || existsSync(keyFilePath(db))) {
    throw new CliError(EXIT.FAILED, `There is already a database at ${db}. Peer Office will not overwrite it: choose another file.`);
  }
  const passphrase = await newPassphrase();
  // The same rules as the app's Create screen, from the same schema.
  const parsed = createOfficeSchema.safeParse({ officeName, passphrase, confirmPassphrase: passphrase });
  if (!parsed.success) {
    const problems = Object.entries(fieldErrors(parsed.error)).map(([field, message]) => `${field}: ${message}`);
    throw new CliError(EXIT.USAGE, `Cannot create the office. ${problems.join('; ')}.`);
  }
  const backend = backendFor(db);
  try {
    if (demo) process.stderr.write('Creating the demo office with synthetic members...\n');
    const recoveryKey = await backend.session.create({
      officeName: parsed.data.officeName,
      passphrase: parsed.data.passphrase,
      demo,
      ...(demo ? { populate: (ctx) => populateDemo(ctx) } : {}),
    });
    const people = backend.session.context().sqlite.prepare('SELECT count(*) AS n FROM people').get() as { n: number };
    process.stderr.write(
      `${demo ? `Created a demo office with ${plural(people.n, 'synthetic member')}` : 'Created an empty office database'} at ${db}\n` +
      `Its keys are in ${keyFilePath(db)}: keep that file with the database and back both up together.\n\n` +
      'RECOVERY KEY: write this down and keep it somewhere safe, away from this PC.\n' +
      'It is shown once and never again. If the passphrase is forgotten, it is the only way back in.\n\n',
    );
    process.stdout.write(`${recoveryKey}\n`);
  } catch (err) {
    if (err instanceof AppFailure) throw toCliError(err);
    throw err;
  } finally {
    backend.close();
  }
}

export const init = (db: string, name: string | undefined) => createOffice(db, name ?? DEFAULT_OFFICE_NAME, false);
export const demo = (db: string, name: string | undefined) => createOffice(db, name ?? DEMO_OFFICE_NAME, true);

/**
 * `check` never writes the database: it opens it read-only, never through the app's unlock (check.ts). A wrong
 * passphrase or recovery key is counted and noted beside it, as a failed unlock in the app is.
 */
export const check = (db: string) => checkReadOnly(db, MIGRATIONS_DIR);
