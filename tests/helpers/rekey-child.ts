// The process tests/integration/keys-rekey.test.ts kills while it gives the office a new recovery key.
// It drives a real backend as the app does: unlock with the passphrase, make a new recovery key, confirm
// it. The switch to the new data key (office/key-switch.ts) calls its hook after each step: at the step
// named in REKEY_CRASH_AT this process kills itself with SIGKILL, so the files are left exactly as a crash
// there leaves them (no finally, no close). With REKEY_CRASH_AT=mid-rekey it copies the database to
// `<db>.before-rekey` and says "rekeying" just before the re-key, and the test kills it while it runs. Bundled by the test and run on plain Node.
// Environment: REKEY_DB (database path), REKEY_PASSPHRASE, REKEY_MIGRATIONS, REKEY_CRASH_AT.
import { copyFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';
import { keySwitchHooks } from '../../electron/backend/office/key-switch';

const dbPath = process.env.REKEY_DB ?? '';
const passphrase = process.env.REKEY_PASSPHRASE ?? '';
const crashAt = process.env.REKEY_CRASH_AT ?? '';

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

keySwitchHooks.afterStep = (step) => {
  if (crashAt === 'mid-rekey' && step === 'journal-switched') {
    // The file as the re-key finds it (the WAL just folded in), for the test to see which pages it rewrote.
    copyFileSync(dbPath, `${dbPath}.before-rekey`);
    say({ rekeying: true });
  }
  if (step === crashAt) process.kill(process.pid, 'SIGKILL');
};
const confirmed = await backend.invoke('security:confirmRecoveryKey', { recoveryKey: made.value.recoveryKey });
say({ confirmed: confirmed.ok });
backend.close();
