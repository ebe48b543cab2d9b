// `peer-office <command> --db FILE`: scripted work an IT volunteer automates, through the same backend as
// the app. Messages go to stderr; what a script consumes (the recovery key, the check's JSON) to stdout.
import { parseArgs } from 'node:util';
import { CliError, EXIT, type ExitCode } from './exit';
import { USAGE } from './usage';

const COMMANDS = ['init', 'demo', 'check'] as const;
type Command = (typeof COMMANDS)[number];

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
      options: { db: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    throw usageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return EXIT.OK;
  }
  const [command, ...extra] = positionals;
  if (!command) throw usageError('Name a command.');
  if (!(COMMANDS as readonly string[]).includes(command)) throw usageError(`Unknown command "${command}".`);
  if (extra.length) throw usageError(`Unexpected argument "${extra[0]}".`);
  if (!values.db) throw usageError('Give the database file with --db FILE.');
  if (values.name !== undefined && command === 'check') throw usageError('--name is for init and demo only.');

  // Loaded only now: the backend takes a second or two to load, which --help and a typo should not cost.
  const { check, demo, init } = await import('./commands');
  switch (command as Command) {
    case 'init': await init(values.db, values.name); break;
    case 'demo': await demo(values.db, values.name); break;
    case 'check': await check(values.db); break;
  }
  return EXIT.OK;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(`peer-office: ${err.message}\n`);
      if (err.showUsage) process.stderr.write(`\n${USAGE}`);
      process.exit(err.exitCode);
    }
    // An unexpected error: its name only, since a message could quote data from the database.
    process.stderr.write(`peer-office: something went wrong (${err instanceof Error ? err.name : 'unknown error'}).\n`);
    process.exit(EXIT.FAILED);
  },
);
