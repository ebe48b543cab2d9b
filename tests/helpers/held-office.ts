// An office held open by another process (tests/helpers/hold-office.ts), as the app holds it while a
// script runs the command line beside it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { PASSPHRASE } from './office';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NODE = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));

export interface HeldOffice {
  pid: number;
  /** Adds a member (its change stays in the -wal) and waits until it has committed. */
  add(firstName: string): Promise<void>;
  /** SIGKILL: what a crash leaves (the database, its -wal and its in-use marker). Waits until it has gone. */
  crash(): Promise<void>;
}

/** holdOffice for each test, with every holder still running killed after it. */
export function useHeldOffices(): { holdOffice: (dbPath: string) => Promise<HeldOffice> } {
  const held: HeldOffice[] = [];
  afterEach(async () => {
    await Promise.all(held.splice(0).map((h) => h.crash()));
  });
  return {
    holdOffice: async (dbPath) => {
      const office = await holdOffice(dbPath);
      held.push(office);
      return office;
    },
  };
}

function holdOffice(dbPath: string): Promise<HeldOffice> {
  const child: ChildProcessWithoutNullStreams = spawn(NODE, ['--import', 'tsx', 'tests/helpers/hold-office.ts', dbPath], {
    cwd: ROOT, env: { PATH: process.env.PATH ?? '', PEER_OFFICE_PASSPHRASE: PASSPHRASE }, stdio: 'pipe',
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const waiting: ((line: string) => void)[] = [];
  let partial = '';
  child.stdout.on('data', (d: Buffer) => {
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) waiting.shift()?.(line);
  });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const next = (expected: string) => new Promise<void>((resolve, reject) => {
    const gone = () => reject(new Error(`the office holder stopped before "${expected}": ${stderr.trim()}`));
    void exited.then(gone);
    waiting.push((line) => (line === expected ? resolve() : reject(new Error(`the office holder said "${line}", not "${expected}"`))));
  });
  // Killed even if it never says "held", so no test leaves it running.
  const killed = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return exited;
  };
  return next('held').catch(async (err: unknown) => {
    await killed();
    throw err;
  }).then(() => ({
    pid: child.pid!,
    add: (firstName) => {
      const added = next('added');
      child.stdin.write(`add ${firstName}\n`);
      return added;
    },
    crash: killed,
  }));
}
