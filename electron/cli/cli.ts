// `peer-office <command> --db FILE`: scripted work an IT volunteer automates, through the same backend as
// the app. Messages go to stderr; what a script consumes (the recovery key, the check's JSON) to stdout.
import { parseArgs } from 'node:util';
import { PAYROLL_FORMATS, type PayrollFormat } from '../../shared/contract/payroll';
import { isIsoDate } from '../../shared/domain/dates';
import { CliError, EXIT, type ExitCode } from './exit';
import { USAGE } from './usage';
import { errorName } from '../backend/context';

const COMMANDS = ['init', 'demo', 'check', 'export', 'backup', 'verify', 'restore'] as const;
type Command = (typeof COMMANDS)[number];
const EXPORT_OPTIONS = ['period', 'format', 'out', 'force', 'by'] as const;
/** Options that belong to some commands only, and which those are. */
const OWN_OPTIONS = { to: ['backup'], 'keep-all': ['backup'], file: ['verify', 'restore'], yes: ['restore'], 'replace-different-office': ['restore'] } as const;

const usageError = (message: string) => new CliError(EXIT.USAGE, message, true);

async function main(argv: string[]): Promise<ExitCode> {
  process.umask(0o077); // the database and its WAL are for this user only
  // Refused by name, with the reason, rather than as just another unknown option.
  if (argv.some((a) => /^--(passphrase|recovery-key)(=|$)/.test(a))) {
    throw new CliError(EXIT.USAGE, 'Peer Office never takes a passphrase or recovery key as an argument: it would stay in your shell history and be visible to other users. Set PEER_OFFICE_PASSPHRASE (or PEER_OFFICE_RECOVERY_KEY) or type it when asked.');
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' },
        period: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, by: { type: 'string' },
        to: { type: 'string' }, file: { type: 'string' }, 'keep-all': { type: 'boolean' },
        yes: { type: 'boolean' }, 'replace-different-office': { type: 'boolean' },
      },
    });
  } catch (err) {
    throw usageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return EXIT.OK;
  }
  const [command, ...rest] = positionals;
  if (!command) throw usageError('Name a command.');
  if (!(COMMANDS as readonly string[]).includes(command)) throw usageError(`Unknown command "${command}".`);
  // `export` names what it exports; only payroll can be, for now.
  const extra = command === 'export' ? rest.slice(1) : rest;
  if (command === 'export' && rest[0] !== 'payroll') {
    throw usageError(rest[0] === undefined ? 'Name what to export: export payroll.' : `Unknown export "${rest[0]}": only payroll can be exported.`);
  }
  if (extra.length) throw usageError(`Unexpected argument "${extra[0]}".`);
  for (const [option, commands] of Object.entries(OWN_OPTIONS)) {
    if (values[option as keyof typeof OWN_OPTIONS] !== undefined && !(commands as readonly string[]).includes(command)) {
      throw usageError(`--${option} is for ${commands.join(' and ')} only.`);
    }
  }
  if (values.name !== undefined && command !== 'init' && command !== 'demo') throw usageError('--name is for init and demo only.');
  const exportOption = EXPORT_OPTIONS.find((o) => values[o] !== undefined);
  if (command !== 'export' && exportOption) throw usageError(`--${exportOption} is for export payroll only.`);
  if (command === 'verify' && values.db !== undefined) throw usageError('verify reads the backup file alone: give it with --file BACKUP, without --db.');
  if (command !== 'verify' && !values.db) throw usageError('Give the database file with --db FILE.');
  if (command === 'backup' && !values.to) throw usageError('Give the folder to write the backup to with --to DIR.');
  if ((command === 'verify' || command === 'restore') && !values.file) throw usageError(`Give the backup file to ${command === 'verify' ? 'check' : 'restore'} with --file BACKUP.`);

  // Loaded only now: the backend takes a second or two to load, which --help and a typo should not cost.
  if (command === 'backup' || command === 'verify' || command === 'restore') {
    if (command === 'restore') {
      const { restore } = await import('./restore');
      await restore({ file: values.file!, db: values.db!, yes: values.yes ?? false, replaceDifferentOffice: values['replace-different-office'] ?? false });
      return EXIT.OK;
    }
    const { backup, verify } = await import('./backup');
    if (command === 'verify') await verify(values.file!);
    else await backup(values.db!, values.to!, values['keep-all'] ?? false);
    return EXIT.OK;
  }
  const db = values.db!;
  if (command === 'export') {
    const options = { db, ...payrollExportOptions(values), force: values.force ?? false };
    const { exportPayrollFile } = await import('./export-payroll');
    await exportPayrollFile(options);
    return EXIT.OK;
  }
  const { check, demo, init } = await import('./commands');
  switch (command as Exclude<Command, 'export' | 'backup' | 'verify' | 'restore'>) {
    case 'init': await init(db, values.name); break;
    case 'demo': await demo(db, values.name); break;
    case 'check': await check(db); break;
  }
  return EXIT.OK;
}

const PERIOD_FORMS = "give the period as YYYY-MM, like 2026-10, or a four-week period's first day as YYYY-MM-DD";

/**
 * Only the key's form is checked here: whether it names one of the office's periods (a month, or the
 * first day of a four-week period) depends on its pay schedule, which the backend knows and explains.
 */
function periodKeyProblem(key: string): string | null {
  const month = /^\d{4}-(\d{2})$/.exec(key);
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12 ? null : `${key} is not a month: ${PERIOD_FORMS}.`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return isIsoDate(key) ? null : `${key} is not a date: ${PERIOD_FORMS}.`;
  return `"${key}" is not a pay period: ${PERIOD_FORMS}.`;
}

function payrollExportOptions(values: { period?: string; format?: string; out?: string; by?: string }): { period: string; format: PayrollFormat; out: string; by: string } {
  if (!values.period) throw usageError(`Give the pay period with --period: ${PERIOD_FORMS}.`);
  const periodProblem = periodKeyProblem(values.period);
  if (periodProblem) throw usageError(periodProblem);
  if (!values.format) throw usageError(`Give the file format with --format: ${PAYROLL_FORMATS.join(', ')}.`);
  if (!(PAYROLL_FORMATS as readonly string[]).includes(values.format)) throw usageError(`Unknown format "${values.format}": choose ${PAYROLL_FORMATS.join(', ')}.`);
  if (!values.out) throw usageError('Give the file to write with --out FILE.');
  return { period: values.period, format: values.format as PayrollFormat, out: values.out, by: values.by ?? 'peer-office command line' };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof CliError) {
      // The message first, so the first line says what is wrong; the detail behind it.
      process.stderr.write(`peer-office: ${err.message}\n`);
      for (const line of err.detail) process.stderr.write(`${line}\n`);
      if (err.showUsage) process.stderr.write(`\n${USAGE}`);
      process.exit(err.exitCode);
    }
    // An unexpected error: its name only, since a message could quote data from the database.
    process.stderr.write(`peer-office: something went wrong (${errorName(err)}).\n`);
    process.exit(EXIT.FAILED);
  },
);
