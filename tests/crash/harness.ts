// Kills a writer process at random points, over and over, on one encrypted office. Each new writer
// opens the files exactly as the last one died over them (so it does the WAL recovery, and may itself
// be killed in it), checks them through and reports what it found before it changes anything; the
// harness compares that with every change acknowledged so far. At the end the harness opens the files
// itself and checks them once more.
// Used by tests/integration/crash-safety.test.ts (200+ runs) and `npm run crash-test` (as many as asked).
//
// SIGKILL is a process crash: what the dead process had written is still in the OS's cache, so this
// proves atomicity and recovery, not what a power cut would lose. For that the harness checks, on each
// writer's live connection, that it runs as the app does (WAL, synchronous=FULL: every commit is
// fsynced before it returns). Dropping unsynced writes as a power cut would needs a fault-injecting
// file system or VFS, which this machine does not have: not simulated here.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import { createBackend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';
import { readEnvelope, unwrapKey } from '../../electron/backend/office/keyring';
import { memberInputSchema } from '../../shared/contract/members';
import { FakeClock, MIGRATIONS_DIR, PASSPHRASE } from '../helpers/office';
import { memberFor, seeded, type WriterLine } from './changes';
import { checkOfficeFile, compareWithAcknowledged, type Committed, type Pending } from './check';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Node 22 from node_modules, as every npm script uses: the system Node 20 cannot load the SQLite module.
const NODE = join(ROOT, 'node_modules/.bin/node');
const BUILD_DIR = join(ROOT, 'tests/.output/crash');

export class CrashCheckFailure extends Error {}

/**
 * Bundles the writer into one ES module for plain Node (tsx would cost ~0.5 s a start). drizzle-orm and
 * zod go into the bundle too: loading them as hundreds of separate modules took ~0.7 s a start here.
 * Only the native SQLite module stays outside, loaded from node_modules as the app loads it.
 */
export async function buildWriter(): Promise<{ file: string; remove: () => void }> {
  mkdirSync(BUILD_DIR, { recursive: true });
  const file = join(BUILD_DIR, `writer-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'tests/crash/writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3'],
    outfile: file,
    logLevel: 'silent',
  });
  return { file, remove: () => rmSync(file, { force: true }) };
}

/** A new office made through the app's own create path (migrations, seeded lists), and its data key. */
export async function createCrashOffice(dir: string): Promise<{ dbPath: string; key: Buffer }> {
  const dbPath = join(dir, 'office.db');
  const backend = createBackend({ dataDir: dir, databasePath: dbPath, migrationsDir: MIGRATIONS_DIR, now: new FakeClock().now, logger: silentLogger });
  try {
    const created = await backend.invoke('office:create', { officeName: 'Crash test office', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE });
    if (!created.ok) throw new Error(`could not create the crash test office: ${created.error.code}`);
  } finally {
    backend.close();
  }
  // The one scrypt of the whole campaign: every writer gets the raw data key.
  const key = await unwrapKey(readEnvelope(dbPath)!.wraps.passphrase, PASSPHRASE, 'passphrase');
  if (!key) throw new Error('the crash test office did not unwrap with its own passphrase');
  return { dbPath, key };
}

/** The writer hands the members service its values ready-parsed: prove they are what the contract's schema would give it. */
export function assertWriterValuesMatchSchema(upTo: number): void {
  for (let seq = 1; seq <= upTo; seq++) {
    const parsed = memberInputSchema.parse(memberFor(seq));
    if (!isDeepStrictEqual(parsed, memberFor(seq))) throw new CrashCheckFailure(`change ${seq}'s values are not what the schema makes of them`);
  }
}

export interface CrashFigures {
  runs: number;
  /** Changes the writers said had committed: every one was found. */
  ackedChanges: number;
  /** Kills that landed between "about to change" and "committed", i.e. inside a change. */
  killedMidChange: number;
  /** ...of which the change had in fact committed before the kill (found whole; never half). */
  committedWithoutAck: number;
  /** Kills before the writer had opened and checked the database: in open, key check, WAL recovery or the check. */
  killedBeforeReady: number;
  /** Lock/unlock cycles (close checkpoints the WAL into the file) the writers made. */
  reopens: number;
  /** Times the office was checked through after a kill (every run that got as far as reporting). */
  checks: number;
  /** People on the register at the end, each checked field by field on every check. */
  people: number;
  maxRunMs: number;
  maxCheckMs: number;
  totalMs: number;
  databaseBytes: number;
  seed: number;
}

export interface CrashOptions {
  runs: number;
  /** A folder of its own; the office is made in it. */
  dir: string;
  /** Seeds the kill points; printed with any failure so the pattern of kills can be repeated. */
  seed?: number;
  /** Acknowledged changes after which a writer is killed: 0..maxAcks. */
  maxAcks?: number;
  onProgress?: (run: number, figures: CrashFigures) => void;
}

interface RunOutcome {
  lines: WriterLine[];
  ms: number;
  readyMs: number | null;
}

/** One writer, killed with SIGKILL at a random point chosen by `random`. */
function runOnce(writer: string, env: Record<string, string>, random: () => number, typicalReadyMs: number, maxAcks: number): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(NODE, [writer], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: WriterLine[] = [];
    let readyMs: number | null = null;
    let partial = '';
    let stderr = '';
    let acks = 0;
    let killScheduled = false;
    const kill = () => child.kill('SIGKILL');
    const killSoon = () => {
      if (killScheduled) return;
      killScheduled = true;
      // Sometimes at once, sometimes a moment later, so kills land all through the next change.
      const wait = random();
      if (wait < 0.3) kill();
      else if (wait < 0.6) setImmediate(kill);
      else setTimeout(kill, Math.floor(random() * 4));
    };

    // One run in five is killed on a timer from the start, which may fall while it opens the file.
    const byTimer = random() < 0.2;
    const ackTarget = Math.floor(random() * (maxAcks + 1));
    if (byTimer) {
      killScheduled = true;
      setTimeout(kill, Math.floor(random() * typicalReadyMs * 1.5));
    }

    child.stdout.on('data', (chunk: Buffer) => {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      // A line cut off by the kill has no newline: it never counts.
      partial = parts.pop() ?? '';
      for (const part of parts) {
        const line = JSON.parse(part) as WriterLine;
        lines.push(line);
        if (line.t === 'ready') readyMs = performance.now() - started;
        if (line.t === 'ack') acks++;
        if (!byTimer && ((line.t === 'ready' && ackTarget === 0) || (line.t === 'ack' && acks >= ackTarget))) killSoon();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) {
        // The writer's own check of the office it opened throws here, as would a change that failed.
        reject(new CrashCheckFailure(`the writer stopped with an error (exit ${code}): ${stderr.trim().slice(0, 2000)}`));
        return;
      }
      resolve({ lines, ms: performance.now() - started, readyMs });
    });
  });
}

/** The change that was under way when the writer died, if any: it may or may not have committed. */
function pendingOf(lines: WriterLine[]): Pending | null {
  const last = lines.at(-1);
  if (!last || last.t !== 'intent') return null;
  const { t: _t, ...change } = last;
  return change;
}

/** The changes the writer acknowledged, in order: each had committed before its "ack" was written. */
function committedChanges(lines: WriterLine[]): Committed[] {
  const intents = new Map<number, Pending>();
  const committed: Committed[] = [];
  for (const line of lines) {
    if (line.t === 'intent') {
      const { t: _t, ...change } = line;
      intents.set(line.seq, change);
    } else if (line.t === 'ack') {
      const intent = intents.get(line.seq);
      if (!intent) throw new CrashCheckFailure(`the writer acknowledged change ${line.seq} without announcing it`);
      committed.push(intent.op === 'create' ? { ...intent, id: line.id! } : intent);
    }
  }
  return committed;
}

export async function runCrashCampaign(options: CrashOptions): Promise<CrashFigures> {
  const started = performance.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = seeded(seed);
  const maxAcks = options.maxAcks ?? 12;
  assertWriterValuesMatchSchema(500);
  const { dbPath, key } = await createCrashOffice(options.dir);
  const writer = await buildWriter();
  const figures: CrashFigures = {
    runs: 0, ackedChanges: 0, killedMidChange: 0, committedWithoutAck: 0, killedBeforeReady: 0, reopens: 0, checks: 0, people: 0,
    maxRunMs: 0, maxCheckMs: 0, totalMs: 0, databaseBytes: 0, seed,
  };
  // What the last check found (person id -> the change that last wrote them), and what has happened since.
  let checked = new Map<number, number>();
  let sinceCheck: { committed: Committed[]; pending: Pending | null } = { committed: [], pending: null };
  let nextSeq = 1;
  let typicalReadyMs = 250;
  const failure = (run: number, err: unknown) =>
    new CrashCheckFailure(`run ${run} (seed ${seed}, changes from ${nextSeq}): ${err instanceof Error ? err.message : String(err)}`);
  const resolveCheck = (found: Map<number, number>) => {
    const { pendingCommitted } = compareWithAcknowledged(found, checked, sinceCheck.committed, sinceCheck.pending);
    figures.committedWithoutAck += pendingCommitted ? 1 : 0;
    checked = found;
  };
  try {
    for (let run = 1; run <= options.runs; run++) {
      // V8's compile cache spares each start re-parsing the ~1 MB bundle (zod, which the members service uses, is most of it).
      const env = {
        CRASH_DB: dbPath, CRASH_KEY: key.toString('hex'), CRASH_NEXT_SEQ: String(nextSeq), CRASH_MAX_CHANGES: '1000',
        NODE_COMPILE_CACHE: join(options.dir, 'compile-cache'),
      };
      let outcome: RunOutcome;
      try {
        outcome = await runOnce(writer.file, env, random, typicalReadyMs, maxAcks);
      } catch (err) {
        throw failure(run, err);
      }
      const { lines } = outcome;
      const ready = lines.find((l) => l.t === 'ready');
      if (ready) {
        if (ready.journal !== 'wal' || ready.synchronous !== 2 || ready.foreignKeys !== 1 || ready.cipher !== 'chacha20') {
          throw failure(run, `the writer's connection is not set up as the app's: ${JSON.stringify({ ...ready, register: undefined })}`);
        }
        try {
          resolveCheck(new Map(ready.register));
        } catch (err) {
          throw failure(run, err);
        }
        figures.checks++;
        figures.maxCheckMs = Math.max(figures.maxCheckMs, ready.checkMs);
        typicalReadyMs = typicalReadyMs * 0.8 + outcome.readyMs! * 0.2;
        sinceCheck = { committed: committedChanges(lines), pending: pendingOf(lines) };
      } else if (lines.length) {
        throw failure(run, 'the writer changed something before it had checked the office');
      }
      const intents = lines.filter((l) => l.t === 'intent');
      nextSeq = Math.max(nextSeq, ...intents.map((l) => l.seq + 1));
      figures.runs = run;
      figures.ackedChanges += lines.filter((l) => l.t === 'ack').length;
      figures.killedMidChange += pendingOf(lines) ? 1 : 0;
      figures.killedBeforeReady += ready ? 0 : 1;
      figures.reopens += intents.filter((l) => l.op === 'reopen').length;
      figures.people = checked.size;
      figures.maxRunMs = Math.max(figures.maxRunMs, outcome.ms);
      options.onProgress?.(run, figures);
    }
    // Last, the harness itself opens the files the last writer died over, through the app's open path.
    try {
      resolveCheck(checkOfficeFile(dbPath, key));
    } catch (err) {
      throw new CrashCheckFailure(`the office itself after ${options.runs} runs (seed ${seed}): ${err instanceof Error ? err.message : String(err)}`);
    }
    figures.checks++;
    figures.people = checked.size;
    figures.databaseBytes = statSync(dbPath).size;
    figures.totalMs = performance.now() - started;
    return figures;
  } finally {
    writer.remove();
    key.fill(0);
  }
}
