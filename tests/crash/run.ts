// The long crash test: `npm run crash-test -- --runs 2000 [--lanes 2] [--seed N] [--max-acks 12] [--keep]`.
// The same campaign as tests/integration/crash-safety.test.ts, with as many kills as asked, and figures.
// Lanes are offices killed side by side (the runs are shared out between them); each has its own seed.
// `--sabotage audit-after-commit` runs it against a deliberately broken backend (sabotage.ts): it must fail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CrashCheckFailure, runCrashCampaign, type CrashFigures } from './harness';
import { isSabotage, SABOTAGES } from './sabotage';

const USAGE = `Usage: npm run crash-test -- --runs 2000 [--lanes 2] [--seed N] [--max-acks 12] [--keep] [--sabotage ${Object.keys(SABOTAGES).join('|')}]`;
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    lanes: { type: 'string', default: '2' },
    seed: { type: 'string' },
    'max-acks': { type: 'string', default: '12' },
    keep: { type: 'boolean', default: false },
    sabotage: { type: 'string' },
  },
});

const runs = Number(values.runs);
const lanes = Number(values.lanes);
const maxAcks = Number(values['max-acks']);
const seed = values.seed === undefined ? undefined : Number(values.seed);
const sabotage = values.sabotage;
if (
  ![runs, lanes, maxAcks].every(Number.isInteger) || runs < 1 || lanes < 1 || lanes > runs || maxAcks < 0 || (seed !== undefined && !Number.isInteger(seed))
  || (sabotage !== undefined && !isSabotage(sabotage))
) {
  console.error(USAGE);
  process.exit(2);
}

const say = (text: string) => process.stdout.write(`${text}\n`);
const sum = (all: CrashFigures[], pick: (f: CrashFigures) => number) => all.reduce((total, f) => total + pick(f), 0);
const most = (all: CrashFigures[], pick: (f: CrashFigures) => number) => Math.max(...all.map(pick));

function report(all: CrashFigures[], totalMs: number): void {
  const line = (label: string, value: string | number) => say(`${`${label}:`.padEnd(46)}${value}`);
  line('runs (writer killed with SIGKILL)', `${sum(all, (f) => f.runs)} in ${all.length} lane(s)`);
  line('acknowledged changes, all found intact', sum(all, (f) => f.ackedChanges));
  line('killed inside a change', `${sum(all, (f) => f.killedMidChange)} (of which had committed, found whole with its audit entry: ${sum(all, (f) => f.committedWithoutAck)})`);
  line('audit entries checked against their changes', sum(all, (f) => f.auditedChanges));
  line('killed before it had unlocked and checked', sum(all, (f) => f.killedBeforeReady));
  line('checks of the office after a kill', sum(all, (f) => f.checks));
  line('lock/unlock cycles (WAL checkpoints)', sum(all, (f) => f.reopens));
  line('people on the registers at the end', sum(all, (f) => f.people));
  line('largest database at the end', `${(most(all, (f) => f.databaseBytes) / 1024).toFixed(0)} KB`);
  line('longest run / longest check', `${most(all, (f) => f.maxRunMs).toFixed(0)} ms / ${most(all, (f) => f.maxCheckMs).toFixed(0)} ms`);
  line('total time', `${(totalMs / 1000).toFixed(1)} s`);
  line('seeds', all.map((f) => f.seed).join(', '));
}

const dirs = Array.from({ length: lanes }, () => mkdtempSync(join(tmpdir(), 'peer-office-crash-')));
const started = performance.now();
let failed = false;
try {
  let done = 0;
  const figures = await Promise.all(
    dirs.map((dir, lane) =>
      runCrashCampaign({
        runs: Math.floor(runs / lanes) + (lane < runs % lanes ? 1 : 0),
        dir,
        maxAcks,
        ...(seed !== undefined ? { seed: seed + lane } : {}),
        ...(sabotage !== undefined && isSabotage(sabotage) ? { sabotage } : {}),
        onProgress: () => {
          done++;
          if (done % 100 === 0) say(`  ${done}/${runs} runs, all checked`);
        },
      }),
    ),
  );
  report(figures, performance.now() - started);
  say('Every acknowledged change was there after every kill, each with exactly one audit entry and no entry without its change, and the integrity check passed every time.');
} catch (err) {
  failed = true;
  console.error(err instanceof CrashCheckFailure ? `CRASH CHECK FAILED: ${err.message}` : err);
  console.error(`The offices are kept for inspection in ${dirs.join(', ')}`);
} finally {
  if (!failed && !values.keep) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  else if (!failed) say(`The offices are kept in ${dirs.join(', ')}`);
}
process.exit(failed ? 1 : 0);
