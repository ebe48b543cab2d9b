// Crash safety (issue 6): a writer process is killed with SIGKILL at random points, 200 times, while it
// changes an encrypted office through the backend, as the app's window does (unlock with the passphrase,
// then members created, changed and deleted through invoke(), each with its audit entry in the same
// transaction). After every kill the next writer unlocks the files as they were left (WAL recovery,
// through the app's own checks) and the office is checked: integrity check passes, every acknowledged
// change is there exactly as written, the change under way at the kill is wholly there or wholly absent,
// never half, and the audit log has exactly one entry for each change that is there and none for one
// that is not. `npm run crash-test -- --runs 2000` runs the same with as many kills as asked. See
// tests/crash/harness.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrashCampaign, type CrashFigures } from '../crash/harness';

// Two offices killed side by side, 100 times each: the kills are what is counted, and a run spends most
// of its time starting Node and unlocking as the app does (deriving the keys, checking every page), so
// two lanes halve the wait. That unlock makes each run about twice the work of writing through a service
// directly: 2¼ to 3 minutes on this project's shared two-core machine, and 8½ under heavy load. The limit (15 minutes) leaves room.
const LANES = 2;
const RUNS_PER_LANE = 100;
// Fixed seeds, one a lane, so that a failure here can be run again with the same kill points: `npm run
// crash-test -- --runs 200 --lanes 2 --max-acks 6 --seed 20261128` runs these two lanes (lane n gets seed + n).
// Without --seed, `npm run crash-test` picks new seeds each time, to find new patterns. The seeds fix which runs
// are killed on a timer (47 of the 200 here), so at least 153 are checked whatever the timing; where each kill
// lands still depends on the machine, so the other counts vary (they are in any failure). On the busy two-core
// machine these seeds gave 128 kills inside a change, 39 before the office was ready and 163 checks.
const SEEDS = [20261128, 20261129] as const;

describe('killing a writer at random points', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it(`loses no acknowledged change, leaves nothing half-written and no change without its audit entry, over ${LANES * RUNS_PER_LANE} kills`, async () => {
    const lanes: Promise<CrashFigures>[] = [];
    for (let lane = 0; lane < LANES; lane++) {
      const dir = mkdtempSync(join(tmpdir(), 'peer-office-crash-'));
      dirs.push(dir);
      lanes.push(runCrashCampaign({ runs: RUNS_PER_LANE, dir, maxAcks: 6, seed: SEEDS[lane]! }));
    }
    const figures = await Promise.all(lanes);
    const total = (pick: (f: CrashFigures) => number) => figures.reduce((sum, f) => sum + pick(f), 0);
    // Named in every message below: the seeds, and each lane's counts.
    const lanesWere = (what: string) => `${what}; lanes (seeds ${figures.map((f) => f.seed).join(', ')}): ${JSON.stringify(figures)}`;

    expect(total((f) => f.runs), lanesWere('runs')).toBe(LANES * RUNS_PER_LANE);
    // The kills must really have landed where it matters, or the test proves nothing: inside changes
    // (some of which had committed before their "ack" could be written), before the office was unlocked,
    // and across lock/unlock checkpoints; and the audit log was checked against the changes.
    expect(total((f) => f.ackedChanges), lanesWere('acknowledged changes')).toBeGreaterThan(200);
    expect(total((f) => f.auditedChanges), lanesWere('audited changes')).toBeGreaterThan(200);
    expect(total((f) => f.killedMidChange), lanesWere('kills inside a change')).toBeGreaterThan(20);
    expect(total((f) => f.killedBeforeReady), lanesWere('kills before the office was ready')).toBeGreaterThan(5);
    expect(total((f) => f.reopens), lanesWere('lock/unlock cycles')).toBeGreaterThan(0);
    expect(total((f) => f.checks), lanesWere('checks after a kill')).toBeGreaterThan(LANES * RUNS_PER_LANE * 0.7);
    expect(total((f) => f.people), lanesWere('people at the end')).toBeGreaterThan(0);
  }, 900_000);
});
