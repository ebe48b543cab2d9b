// A process of its own that holds an office open, as the app does all day while the office manager works:
// for tests of what another process (the command line) does beside it. Run by holdOffice() in
// tests/helpers/held-office.ts. Unlocks with PEER_OFFICE_PASSPHRASE, then takes commands on stdin, one a
// line: "add FIRSTNAME" adds a member. Answers on stdout: "held" once open, "added" after each member.
// Automatic checkpoints are off, so every change it makes stays in the -wal; killed with SIGKILL, it leaves
// exactly what a crash or a power cut leaves.
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';
import { memberInput } from './members';

const dbPath = process.argv[2]!;
const backend = createBackend(
  {
    dataDir: dirname(dbPath), databasePath: dbPath, logger: silentLogger, now: () => new Date('2026-11-27T10:00:00Z'),
    migrationsDir: fileURLToPath(new URL('../../electron/backend/db/migrations', import.meta.url)),
  },
  { automatic: false },
);

const fail = (what: string, code: string): never => {
  process.stderr.write(`hold-office: ${what} refused: ${code}\n`);
  process.exit(1);
};

const unlocked = await backend.invoke('office:unlock', { passphrase: process.env.PEER_OFFICE_PASSPHRASE ?? '' });
if (!unlocked.ok) fail('unlock', unlocked.error.code);
backend.session.context().sqlite.pragma('wal_autocheckpoint = 0');
process.stdout.write('held\n');

for await (const line of createInterface({ input: process.stdin })) {
  const [command, firstName] = line.split(' ');
  if (command !== 'add' || !firstName) fail(`"${line}"`, 'UNKNOWN_COMMAND');
  const added = await backend.invoke('members:create', memberInput({ firstName }));
  if (!added.ok) fail('add', added.error.code);
  process.stdout.write('added\n');
}
