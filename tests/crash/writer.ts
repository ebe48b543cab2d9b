// The process the crash test kills. It drives a real backend as the app's window does: createBackend on
// the office's folder, unlock with the passphrase (which recovers whatever the last writer was killed in
// the middle of, through the app's own checks), then every change through invoke(), where each call and
// its audit entry run in one transaction (audit/record.ts). First it checks everything (check.ts) and
// reports the register and the audit log it found; then it makes changes until it is killed. Before each
// change it says what it is about to do; only once invoke() has answered ok, "ack".
//
// Run by tests/crash/harness.ts as a pre-built bundle on plain Node (tsx would cost ~0.5 s a start),
// started while the writer before it still runs: it waits for one line on stdin, where to start
// ({ nextSeq, auditAfter }: the first change number, the last audit entry already checked), before it
// makes its backend or touches any file. Environment: CRASH_DB (database path), CRASH_PASSPHRASE,
// CRASH_MIGRATIONS (the migrations folder), CRASH_MAX_CHANGES (stop after this many, a safety net).
import { writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { createBackend } from '../../electron/backend/backend';
import type { Logger } from '../../electron/backend/context';
import type { Channel, InputOf, OutputOf } from '../../shared/contract/channels';
import type { WriterStart } from './harness';
import { chooseChange, CRASH_NOW, memberFor, type WriterLine } from './changes';
import { readAudit, readRegister } from './check';

const path = process.env.CRASH_DB ?? '';
const passphrase = process.env.CRASH_PASSPHRASE ?? '';
const maxChanges = Number(process.env.CRASH_MAX_CHANGES ?? '1000');

// writeSync on fd 1, not process.stdout.write: a line must be in the pipe before the next step starts,
// or a kill could swallow an "ack" for a change that has committed and the checker would be misled.
function say(line: WriterLine): void {
  const bytes = Buffer.from(`${JSON.stringify(line)}\n`);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(1, bytes, written);
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'EAGAIN') throw err;
    }
  }
}

/** The first line on stdin: where to start. Until it comes, nothing is opened. */
async function startLine(): Promise<WriterStart> {
  const input = createInterface({ input: process.stdin });
  for await (const line of input) {
    input.close();
    return JSON.parse(line) as WriterStart;
  }
  process.exit(0); // the harness finished without needing this writer
}

const start = await startLine();
let seq = start.nextSeq;

// The backend's own log lines name channels and codes only; on stderr, the harness shows them with a failure.
const logger: Logger = {
  info: () => {},
  warn: (message) => process.stderr.write(`${message}\n`),
  error: (message, error) => process.stderr.write(`${message}${error ? ` (${String(error)})` : ''}\n`),
};
// The app's backend, with the automatic daily backup as the app has it; the clock is fixed, so every
// record stays inside the "made by mistake" delete window.
const backend = createBackend({ dataDir: dirname(path), databasePath: path, migrationsDir: process.env.CRASH_MIGRATIONS ?? '', now: () => new Date(CRASH_NOW), logger });

/** A call as the window makes it; anything but ok stops the writer with an error (the harness fails the run). */
async function invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await backend.invoke(channel, input);
  if (!result.ok) {
    process.stderr.write(`${channel} answered ${result.error.code}: ${result.error.message}\n`);
    process.exit(1);
  }
  return result.value;
}

await invoke('office:unlock', { passphrase });

// Throws (the process exits non-zero, the harness fails the run) on any damage or half-written change.
const checkStarted = performance.now();
const { sqlite, db } = backend.session.context();
const register = readRegister(sqlite, db);
const audit = readAudit(db, start.auditAfter);
const checkMs = Math.round(performance.now() - checkStarted);
say({
  t: 'ready',
  journal: String(sqlite.pragma('journal_mode', { simple: true })),
  synchronous: Number(sqlite.pragma('synchronous', { simple: true })),
  foreignKeys: Number(sqlite.pragma('foreign_keys', { simple: true })),
  cipher: String(sqlite.pragma('cipher', { simple: true })),
  register: [...register],
  audit,
  checkMs,
});

const ids = [...register.keys()];

for (let made = 0; made < maxChanges; made++, seq++) {
  const change = chooseChange(seq, ids);
  say({ t: 'intent', seq, ...change });
  switch (change.op) {
    case 'create': {
      const created = await invoke('members:create', memberFor(seq));
      ids.push(created.id);
      say({ t: 'ack', seq, id: created.id });
      break;
    }
    case 'update':
      await invoke('members:update', { id: change.id, member: memberFor(seq) });
      say({ t: 'ack', seq, id: change.id });
      break;
    case 'delete':
      await invoke('members:delete', { id: change.id });
      ids.splice(ids.indexOf(change.id), 1);
      say({ t: 'ack', seq, id: change.id });
      break;
    case 'reopen':
      await invoke('office:lock', {});
      await invoke('office:unlock', { passphrase });
      say({ t: 'ack', seq });
      break;
  }
}
backend.close();
