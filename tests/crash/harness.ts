// Kills a writer process at random points, over and over, on one encrypted office. Each writer drives a
// real backend (createBackend, unlock with the passphrase, changes through invoke(), each with its audit
// entry in one transaction). Each new writer unlocks the files exactly as the last one died over them
// (so it does the WAL recovery through the app's own checks, and may itself be killed in it), checks them
// through and reports what it found before it changes anything; the harness compares that, register and
// audit log, with every change acknowledged so far. At the end the harness unlocks the office itself and
// checks it once more.
// Used by tests/integration/crash-safety.test.ts (200+ runs) and `npm run crash-test` (as many as asked).
//
// SIGKILL is a process crash: what the dead process had written is still in the OS's cache, so this
// proves atomicity and recovery, not what a power cut would lose. For that the harness checks, on each
// writer's live connection, that it runs as the app does (WAL, synchronous=FULL: every commit is
// fsynced before it returns). Dropping unsynced writes as a power cut would needs a fault-injecting
// file system or VFS, which this machine does not have: not simulated here.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import { createBackend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';
import { readEnvelope, SCRYPT, unwrapKey, writeEnvelope, type KeyEnvelope } from '../../electron/backend/office/keyring';
import { memberInputSchema } from '../../shared/contract/members';
import { FakeClock, MIGRATIONS_DIR, PASSPHRASE } from '../helpers/office';
import { CRASH_NOW, memberFor, seeded, type AuditReport, type WriterLine } from './changes';
import { sabotagePlugin, type SabotageName } from './sabotage';
import { compareAudit, compareWithAcknowledged, readAudit, readRegister, type AuditKnown, type Committed, type Pending } from './check';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Node 22 from node_modules, as every npm script uses: the system Node 20 cannot load the SQLite module.
const NODE = join(ROOT, 'node_modules/.bin/node');
const BUILD_DIR = join(ROOT, 'tests/.output/crash');

export class CrashCheckFailure extends Error {}

/**
 * Bundles the writer, and with it the whole backend, into one ES module for plain Node (tsx would cost
 * ~0.5 s a start). drizzle-orm and zod go into the bundle too: loading them as hundreds of separate
 * modules took ~0.7 s a start here. Only the native SQLite module stays outside, loaded from node_modules
 * as the app loads it. The workbook library and the demo's name generator are swapped for a module that
 * throws if it is ever used (not-in-writer.ts): the writer's channels never reach them, and loading
 * them took another ~0.5 s a start (the workbook library, CommonJS, would also need require() shimmed).
 */
export async function buildWriter(sabotage?: SabotageName): Promise<{ file: string; remove: () => void }> {
  mkdirSync(BUILD_DIR, { recursive: true });
  const file = join(BUILD_DIR, `writer-${process.pid}-${Date.now()}.mjs`);
  const notInWriter = join(ROOT, 'tests/crash/not-in-writer.ts');
  await build({
    entryPoints: [join(ROOT, 'tests/crash/writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3'],
    plugins: [
      {
        name: 'not-in-writer',
        setup: (bundler) => bundler.onResolve({ filter: /^(exceljs|@faker-js\/faker)(\/.*)?$/ }, () => ({ path: notInWriter })),
      },
      ...(sabotage ? [sabotagePlugin(sabotage)] : []),
    ],
    outfile: file,
    logLevel: 'silent',
  });
  return { file, remove: () => rmSync(file, { force: true }) };
}

const backendAt = (dbPath: string) =>
  createBackend({ dataDir: dirname(dbPath), databasePath: dbPath, migrationsDir: MIGRATIONS_DIR, now: () => new Date(CRASH_NOW), logger: silentLogger });

/** A new office made through the app's own create path (migrations, seeded lists). */
export async function createCrashOffice(dir: string): Promise<{ dbPath: string }> {
  const dbPath = join(dir, 'office.db');
  const backend = createBackend({ dataDir: dir, databasePath: dbPath, migrationsDir: MIGRATIONS_DIR, now: new FakeClock().now, logger: silentLogger });
  try {
    const created = await backend.invoke('office:create', { officeName: 'Crash test office', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE });
    if (!created.ok) throw new Error(`could not create the crash test office: ${created.error.code}`);
  } finally {
    backend.close();
  }
  await cheapenPassphraseUnlock(dbPath);
  return { dbPath };
}

/** The lowest scrypt cost the app accepts in a key file (keyring.ts envelopeSchema). */
const CRASH_SCRYPT = { N: 2 ** 14, r: SCRYPT.r, p: SCRYPT.p };

/**
 * Wraps the crash office's data key under the passphrase again, with scrypt at the lowest cost the app
 * accepts in a key file: a quarter of the app's own (~0.07 s of CPU here rather than ~0.29 s). Every
 * writer still unlocks with the passphrase through the app's own unwrap, which takes the cost from the key
 * file; over hundreds of unlocks this was a third of the campaign's time, and what is tested here is the
 * database and its audit log, not the key derivation. The new wrap is proved with the app's own
 * unwrapKey before it is written, so a change to how keys are wrapped fails here, saying so, rather than
 * as a passphrase that does not match.
 */
async function cheapenPassphraseUnlock(dbPath: string): Promise<void> {
  const envelope = readEnvelope(dbPath)!;
  const dataKey = await unwrapKey(envelope.wraps.passphrase, PASSPHRASE, 'passphrase');
  if (!dataKey) throw new Error('the crash test office does not unlock with its own passphrase');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = scryptSync(PASSPHRASE.normalize('NFC'), salt, 32, CRASH_SCRYPT);
  const cipher = createCipheriv('aes-256-gcm', kek, iv).setAAD(Buffer.from('peer-office data key, wrapped by passphrase'));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  const wrap: KeyEnvelope['wraps']['passphrase'] = {
    kdf: 'scrypt', ...CRASH_SCRYPT, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), wrapped: wrapped.toString('base64'),
  };
  const unwrapped = await unwrapKey(wrap, PASSPHRASE, 'passphrase');
  if (!unwrapped?.equals(dataKey)) throw new Error('keyring.ts no longer wraps keys as cheapenPassphraseUnlock does (tests/crash/harness.ts): update it');
  writeEnvelope(dbPath, { ...envelope, wraps: { ...envelope.wraps, passphrase: wrap } });
  dataKey.fill(0);
  unwrapped.fill(0);
}

/** Unlocks the office as the app does, in this process, and reads its register and audit log, checked. */
async function checkOffice(dbPath: string, auditAfter: number): Promise<{ register: Map<number, number>; audit: AuditReport }> {
  const backend = backendAt(dbPath);
  try {
    const unlocked = await backend.invoke('office:unlock', { passphrase: PASSPHRASE });
    if (!unlocked.ok) throw new Error(`the office would not unlock: ${unlocked.error.code}: ${unlocked.error.message}`);
    const { sqlite, db } = backend.session.context();
    return { register: readRegister(sqlite, db), audit: readAudit(db, auditAfter) };
  } finally {
    backend.close();
  }
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
  /** ...of which the change had in fact committed before the kill (found whole, with its audit entry; never half). */
  committedWithoutAck: number;
  /** Audit entries checked against the changes they record: one for each change found, none other. */
  auditedChanges: number;
  /** Kills before the writer had unlocked and checked the office: in the key derivation, the page check, WAL recovery, its audit entry, or the check. */
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
  /** A deliberately broken backend (sabotage.ts), to prove the checks notice: the campaign must then fail. */
  sabotage?: SabotageName;
  onProgress?: (run: number, figures: CrashFigures) => void;
}

interface RunOutcome {
  lines: WriterLine[];
  ms: number;
  readyMs: number | null;
}

/** Where a writer starts: its first change number, and the last audit entry already checked. */
export interface WriterStart {
  nextSeq: number;
  auditAfter: number;
}

/**
 * A writer started ahead of its run: Node up and the bundle loaded while the writer before it still runs,
 * waiting for its start on stdin. Until then it touches nothing: it has not even made its backend.
 */
interface StandbyWriter {
  child: ChildProcessWithoutNullStreams;
  /** Every stdout line, as they come; stderr kept for a failure. */
  onLine: (listener: (line: WriterLine) => void) => void;
  stderr: () => string;
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startWriter(writer: string, env: Record<string, string>): StandbyWriter {
  const child = spawn(NODE, [writer], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'pipe' });
  let listener: (line: WriterLine) => void = () => {};
  let partial = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    // A line cut off by the kill has no newline: it never counts.
    partial = parts.pop() ?? '';
    for (const part of parts) listener(JSON.parse(part) as WriterLine);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  // Written to after the writer has died (killed before its start was read): nothing to say, and no crash.
  child.stdin.on('error', () => {});
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
    child.on('error', () => resolve({ code: -1, signal: null }));
  });
  return { child, onLine: (l) => (listener = l), stderr: () => stderr, closed };
}

/** One writer, told where to start and then killed with SIGKILL at a random point chosen by `random`. */
async function runOnce(writer: StandbyWriter, start: WriterStart, random: () => number, typicalReadyMs: number, maxAcks: number): Promise<RunOutcome> {
  const { child } = writer;
  const started = performance.now();
  const lines: WriterLine[] = [];
  let readyMs: number | null = null;
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

  // One run in five is killed on a timer from its start, which may fall while it unlocks the office.
  const byTimer = random() < 0.2;
  const ackTarget = Math.floor(random() * (maxAcks + 1));
  writer.onLine((line) => {
    lines.push(line);
    if (line.t === 'ready') readyMs = performance.now() - started;
    if (line.t === 'ack') acks++;
    if (!byTimer && ((line.t === 'ready' && ackTarget === 0) || (line.t === 'ack' && acks >= ackTarget))) killSoon();
  });
  child.stdin.end(`${JSON.stringify(start)}\n`);
  if (byTimer) {
    killScheduled = true;
    setTimeout(kill, Math.floor(random() * typicalReadyMs * 1.5));
  }
  const { code, signal } = await writer.closed;
  if (signal !== 'SIGKILL' && code !== 0) {
    // The writer's own check of the office it opened throws here, as would a change that failed.
    throw new CrashCheckFailure(`the writer stopped with an error (exit ${code}): ${writer.stderr().trim().slice(0, 2000)}`);
  }
  return { lines, ms: performance.now() - started, readyMs };
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
  const { dbPath } = await createCrashOffice(options.dir);
  const writer = await buildWriter(options.sabotage);
  const figures: CrashFigures = {
    runs: 0, ackedChanges: 0, killedMidChange: 0, committedWithoutAck: 0, auditedChanges: 0, killedBeforeReady: 0, reopens: 0, checks: 0, people: 0,
    maxRunMs: 0, maxCheckMs: 0, totalMs: 0, databaseBytes: 0, seed,
  };
  // What the last check found (person id -> the change that last wrote them; the audit log up to which
  // entry), and what has happened since.
  let checked = new Map<number, number>();
  let auditKnown: AuditKnown = { lastId: 0, count: 0, changes: 0 };
  let sinceCheck: { committed: Committed[]; pending: Pending | null } = { committed: [], pending: null };
  let nextSeq = 1;
  let typicalReadyMs = 1000;
  const failure = (run: number, err: unknown) =>
    new CrashCheckFailure(`run ${run} (seed ${seed}, changes from ${nextSeq}): ${err instanceof Error ? err.message : String(err)}`);
  const resolveCheck = (found: Map<number, number>, audit: AuditReport) => {
    const pending = compareWithAcknowledged(found, checked, sinceCheck.committed, sinceCheck.pending);
    const known = compareAudit(audit, auditKnown, sinceCheck.committed, pending);
    figures.committedWithoutAck += pending.committed ? 1 : 0;
    checked = found;
    auditKnown = known;
    figures.auditedChanges = known.changes;
  };
  // V8's compile cache spares each start re-parsing the ~1.5 MB bundle (zod and the backend's own code are most of it).
  const env = {
    CRASH_DB: dbPath, CRASH_PASSPHRASE: PASSPHRASE, CRASH_MIGRATIONS: MIGRATIONS_DIR, CRASH_MAX_CHANGES: '1000',
    NODE_COMPILE_CACHE: join(options.dir, 'compile-cache'),
  };
  // Each writer starts Node and loads its code while the one before it runs (startWriter).
  let standby = startWriter(writer.file, env);
  try {
    for (let run = 1; run <= options.runs; run++) {
      const current = standby;
      standby = startWriter(writer.file, env);
      let outcome: RunOutcome;
      try {
        outcome = await runOnce(current, { nextSeq, auditAfter: auditKnown.lastId }, random, typicalReadyMs, maxAcks);
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
          resolveCheck(new Map(ready.register), ready.audit);
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
    // Last, the harness itself unlocks the files the last writer died over, as the app does.
    try {
      const { register, audit } = await checkOffice(dbPath, auditKnown.lastId);
      resolveCheck(register, audit);
    } catch (err) {
      throw new CrashCheckFailure(`the office itself after ${options.runs} runs (seed ${seed}): ${err instanceof Error ? err.message : String(err)}`);
    }
    figures.checks++;
    figures.people = checked.size;
    figures.databaseBytes = statSync(dbPath).size;
    figures.totalMs = performance.now() - started;
    return figures;
  } finally {
    standby.child.kill('SIGKILL');
    await standby.closed;
    writer.remove();
  }
}
