// Real encrypted offices in throwaway folders, with a clock the test controls. Every folder and backend
// made through useOffices() is closed and removed after each test.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { silentLogger, type Logger } from '../../electron/backend/context';
import { REGISTER } from './members';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../electron/backend/db/migrations', import.meta.url));
export const PASSPHRASE = 'kettle orchard lantern';
/** What every recovery key looks like: five groups of five Crockford base32 characters. */
export const RECOVERY_KEY_FORMAT = /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/;

/** A clock that only moves when the test says so. Starts on a weekday morning in November 2026. */
export class FakeClock {
  constructor(public ms = Date.parse('2026-11-27T10:00:00Z')) {}
  readonly now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

export interface TestOffice {
  backend: Backend;
  dir: string;
  dbPath: string;
  clock: FakeClock;
  recoveryKey: string;
}

interface BackendOptions {
  dir: string;
  dbPath?: string;
  clock?: FakeClock;
  migrationsDir?: string;
  logger?: Logger;
}

function makeBackend(options: BackendOptions): Backend {
  return createBackend({
    dataDir: options.dir,
    databasePath: options.dbPath ?? join(options.dir, 'office.db'),
    migrationsDir: options.migrationsDir ?? MIGRATIONS_DIR,
    now: (options.clock ?? new FakeClock()).now,
    logger: options.logger ?? silentLogger,
  });
}

const makeTempDir = (): string => mkdtempSync(join(tmpdir(), 'peer-office-test-'));

async function createIn(dir: string, clock: FakeClock, officeName: string): Promise<TestOffice> {
  const dbPath = join(dir, 'office.db');
  const backend = makeBackend({ dir, dbPath, clock });
  const created = await backend.invoke('office:create', { officeName, passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE });
  if (!created.ok) {
    backend.close();
    throw new Error(`could not create a test office: ${created.error.code}`);
  }
  return { backend, dir, dbPath, clock, recoveryKey: created.value.recoveryKey };
}

/** Offices and folders for one test each: all closed and removed after every test. */
export function useOffices() {
  const dirs: string[] = [];
  const backends: Backend[] = [];
  afterEach(() => {
    for (const b of backends.splice(0)) b.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  const tempDir = (): string => {
    const dir = makeTempDir();
    dirs.push(dir);
    return dir;
  };

  /** A backend on `<dir>/office.db` (or dbPath); nothing is created until the test asks. */
  const backendAt = (options: BackendOptions): Backend => {
    const backend = makeBackend(options);
    backends.push(backend);
    return backend;
  };

  /** A new, empty, unlocked office. */
  const newOffice = async (options: { clock?: FakeClock; officeName?: string } = {}): Promise<TestOffice> => {
    const office = await createIn(tempDir(), options.clock ?? new FakeClock(), options.officeName ?? 'Quaintance Peer Support');
    backends.push(office.backend);
    return office;
  };

  /**
   * How each secret fares against the office as it is on disk now, each with a fresh backend (as after a
   * restart): 'opens' or the refusal's code. `open`, the office's own backend, is locked first; the office is
   * left locked.
   */
  const whatOpens = async (at: { dir: string; dbPath: string; clock?: FakeClock }, secrets: Record<string, Secret>, open?: Backend): Promise<Record<string, string>> => {
    if (open) expectOk(await open.invoke('office:lock', {}));
    const opens: Record<string, string> = {};
    for (const [name, secret] of Object.entries(secrets)) {
      const backend = backendAt({ dir: at.dir, dbPath: at.dbPath, clock: at.clock });
      const result = await backend.invoke('office:unlock', secret);
      opens[name] = result.ok ? 'opens' : result.error.code;
      backend.close();
    }
    return opens;
  };

  return { tempDir, backendAt, newOffice, whatOpens };
}

/** A secret that unlocks an office. */
export type Secret = { passphrase: string } | { recoveryKey: string };

/** The first names on an unlocked office's register, sorted. */
export const memberFirstNames = async (backend: Backend): Promise<string[]> =>
  expectOk(await backend.invoke('members:search', {})).rows.map((r) => r.name.split(' ')[0]!).sort();

/**
 * An office backed up before it chose a USB stick as its extra backup folder, still open: a restore of that
 * backup must keep the stick (where backups go is about this PC, not the records).
 */
export async function backedUpBeforeItsStick(offices: { newOffice(): Promise<TestOffice>; tempDir(): string }): Promise<{ office: TestOffice; file: string; usb: string }> {
  const office = await offices.newOffice();
  const file = expectOk(await office.backend.invoke('backup:make', {})).written[0]!.path;
  const usb = join(offices.tempDir(), 'USB stick');
  mkdirSync(usb);
  expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: usb }));
  return { office, file, usb };
}

/**
 * A new office holding the small register (helpers/members.ts REGISTER), closed as the app leaves it, with an
 * empty folder standing in for a USB stick. `whileOpen` takes what else the test needs before it is closed.
 * Takes useOffices()'s newOffice and tempDir.
 */
export async function closedRegisterOffice<T extends object = Record<never, never>>(
  offices: { newOffice(): Promise<TestOffice>; tempDir(): string },
  whileOpen: (backend: Backend) => T | Promise<T> = () => ({}) as T,
): Promise<TestOffice & { usb: string; names: string[] } & T> {
  const office = await offices.newOffice();
  for (const m of REGISTER) expectOk(await office.backend.invoke('members:create', m));
  const names = await memberFirstNames(office.backend);
  const extra = await whileOpen(office.backend);
  office.backend.close();
  const usb = join(offices.tempDir(), 'USB STICK');
  mkdirSync(usb);
  return { ...office, usb, names, ...extra };
}

/**
 * One office shared by every test in a file, for tests that only read: made once, removed at the end.
 * `fill` runs once after creation. Returns a getter, since the office exists only once beforeAll has run.
 */
export function useSharedOffice(fill: (backend: Backend) => Promise<void>): () => TestOffice {
  let office: TestOffice | null = null;
  beforeAll(async () => {
    office = await createIn(makeTempDir(), new FakeClock(), 'Shared test office');
    await fill(office.backend);
  });
  afterAll(() => {
    if (!office) return;
    office.backend.close();
    rmSync(office.dir, { recursive: true, force: true });
  });
  return () => {
    if (!office) throw new Error('the shared office is made in beforeAll');
    return office;
  };
}

/** Unwraps a Result in a test, failing loudly with its error when it is not ok. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}
