// The process tests/integration/keys-rekey.test.ts kills while it gives the office a new recovery key.
// It drives a real backend as the app does: unlock with the passphrase, make a new recovery key, confirm
// it. The switch to the new data key (office/key-switch.ts) calls its hook after each step: at the step
// named in REKEY_CRASH_AT this process kills itself with SIGKILL, so the files are left exactly as a crash
// there leaves them (no finally, no close). With REKEY_CRASH_AT=mid-rekey it copies the database to
// `<db>.before-rekey` just before the re-key and starts a worker thread that watches the re-key's rollback
// journal and kills the process once the journal has grown to REKEY_JOURNAL_SHARE of the database's size.
// The kill comes from inside the process, on a thread of its own, because the re-key runs synchronously for
// only a few hundred milliseconds: a watcher in the test's process, under load, could be scheduled too late.
// Bundled by the test and run on plain Node.
// Environment: REKEY_DB (database path), REKEY_PASSPHRASE, REKEY_MIGRATIONS, REKEY_CRASH_AT, REKEY_JOURNAL_SHARE.
import { copyFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createBackend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';
import { keySwitchHooks } from '../../electron/backend/office/key-switch';

const dbPath = process.env.REKEY_DB ?? '';
const passphrase = process.env.REKEY_PASSPHRASE ?? '';
const crashAt = process.env.REKEY_CRASH_AT ?? '';
const journalShare = Number(process.env.REKEY_JOURNAL_SHARE ?? '0');

// writeSync on fd 1: the line must be in the pipe before the next step runs, or the kill could swallow it.
const say = (line: object): void => {
  writeSync(1, `${JSON.stringify(line)}\n`);
};

const backend = createBackend({
  dataDir: dirname(dbPath), databasePath: dbPath, migrationsDir: process.env.REKEY_MIGRATIONS ?? '', now: () => new Date('2026-11-27T10:00:00Z'), logger: silentLogger,
});
const unlocked = await backend.invoke('office:unlock', { passphrase });
if (!unlocked.ok) throw new Error(`unlock: ${unlocked.error.code}`);
// A page cache far smaller than the database, as an office some years older than the demo has: SQLite then
// writes re-keyed pages over the file part-way through (after syncing the journal), so a kill in the middle
// leaves a torn file for the journal to put back.
if (crashAt === 'mid-rekey') backend.session.context().sqlite.pragma('cache_size = 50');
const made = await backend.invoke('security:newRecoveryKey', { passphrase });
if (!made.ok) throw new Error(`new recovery key: ${made.error.code}`);
say({ recoveryKey: made.value.recoveryKey });

// The watcher's code, run in a worker thread (eval'd: the bundle has no file of its own for it). It says it is
// running before the re-key starts, then polls without sleeping (a sleeping thread could wake too late), and
// gives up after a minute so that a re-key it never saw does not keep the process alive.
const JOURNAL_WATCHER = `
const { workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
Atomics.store(workerData.started, 0, 1);
Atomics.notify(workerData.started, 0);
const giveUpAt = Date.now() + 60000;
while (Date.now() < giveUpAt) {
  let size = 0;
  try { size = statSync(workerData.journal).size; } catch { /* not made yet, or already gone */ }
  if (size > 0 && size >= workerData.killAtBytes) process.kill(process.pid, 'SIGKILL');
}
`;

/** Starts the journal watcher and waits (up to 10 s) until it is running, so the re-key cannot finish before it looks. */
function watchJournal(): void {
  const started = new Int32Array(new SharedArrayBuffer(4));
  const killAtBytes = journalShare * statSync(dbPath).size;
  const watcher = new Worker(JOURNAL_WATCHER, { eval: true, workerData: { started, journal: `${dbPath}-journal`, killAtBytes } });
  watcher.unref(); // if the re-key ends before the watcher kills, the process exits as it would have
  Atomics.wait(started, 0, 0, 10_000);
  say({ rekeying: true, killAtBytes });
}

keySwitchHooks.afterStep = (step) => {
  if (crashAt === 'mid-rekey' && step === 'journal-switched') {
    // The file as the re-key finds it (the WAL just folded in), for the test to see which pages it rewrote.
    copyFileSync(dbPath, `${dbPath}.before-rekey`);
    watchJournal();
  }
  if (step === crashAt) process.kill(process.pid, 'SIGKILL');
};
const confirmed = await backend.invoke('security:confirmRecoveryKey', { recoveryKey: made.value.recoveryKey });
say({ confirmed: confirmed.ok });
backend.close();
