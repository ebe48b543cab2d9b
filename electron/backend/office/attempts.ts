// Slows down guessing: after more than 10 wrong attempts within 5 minutes, each further attempt must
// wait. The office manager who mistypes a few times never notices it.
//
// The times of the wrong attempts are kept in a small file beside the database, `<db>.attempts.json`,
// so that closing and reopening Peer Office (or running the command line) does not start the count
// afresh. It holds times only. A file that is missing or cannot be read counts as no attempts: never a
// reason to refuse the right passphrase or to crash. Someone who can delete it could also copy the
// database and guess offline, so it slows down guessing at the keyboard and claims no more than that.
import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { AppFailure } from '../../../shared/contract/result';
import { isoInstant, writeJsonAtomically } from '../files/json-file';
import { errorName } from '../context';

export const ATTEMPT_WINDOW_MS = 5 * 60 * 1000;
export const FREE_ATTEMPTS = 10;
const BASE_DELAY_MS = 30 * 1000;
/** More than enough: past about 14 failures in the window the wait is already the whole window. */
const MAX_KEPT = 100;
/** A failure dated this little ahead of the clock (a small correction of the PC's time) still counts, as now. */
const CLOCK_SLACK_MS = 60 * 1000;

export const attemptsFilePath = (dbPath: string): string => `${dbPath}.attempts.json`;

const attemptsFile = z.object({ format: z.literal('peer-office-attempts'), failures: z.array(isoInstant).max(MAX_KEPT * 2) });

/** The failures noted in the file, as times; none when it is missing, damaged or edited into nonsense. */
function readAttempts(dbPath: string): number[] {
  try {
    const parsed = attemptsFile.safeParse(JSON.parse(readFileSync(attemptsFilePath(dbPath), 'utf8')));
    return parsed.success ? parsed.data.failures.map((at) => Date.parse(at)).filter(Number.isFinite) : [];
  } catch {
    return [];
  }
}

// Not flushed to the disk: a count lost to a power cut only lets a few more guesses through.
function writeAttempts(dbPath: string, failures: number[]): void {
  writeJsonAtomically(attemptsFilePath(dbPath), { format: 'peer-office-attempts', failures: failures.map((t) => new Date(t).toISOString()) }, { fsync: false });
}

export class AttemptLimiter {
  /** This process's count: used where there is no database yet, or its folder cannot be written. */
  private inMemory: number[] = [];
  /** The database whose file could not be written: its count is kept in memory instead. */
  private unwritable: string | null = null;

  /**
   * @param databasePath the database whose attempts are counted (null before one exists: memory only).
   * @param warn told when the file cannot be written or removed; never with a secret.
   */
  constructor(
    private readonly now: () => Date,
    private readonly databasePath: () => string | null = () => null,
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** Milliseconds to wait before another attempt is allowed (0 when it may go ahead). */
  waitMs(): number {
    const t = this.now().getTime();
    const failures = this.recent(t);
    const excess = failures.length - FREE_ATTEMPTS;
    if (excess < 0) return 0;
    // 30 s after the 11th failure, doubling for each one after, capped at the window itself.
    const delay = Math.min(BASE_DELAY_MS * 2 ** excess, ATTEMPT_WINDOW_MS);
    const last = failures[failures.length - 1]!;
    return Math.max(0, last + delay - t);
  }

  /** Refuses (TOO_MANY_ATTEMPTS) while the next attempt must wait: the secret is then not even tried. */
  refuseIfWaiting(): void {
    const wait = this.waitMs();
    if (wait > 0) throw new AppFailure('TOO_MANY_ATTEMPTS', `Too many attempts that did not match. Wait ${Math.ceil(wait / 1000)} seconds, then try again.`);
  }

  recordFailure(): void {
    const t = this.now().getTime();
    const failures = [...this.recent(t), t].slice(-MAX_KEPT);
    this.inMemory = failures;
    const path = this.databasePath();
    if (!path) return;
    try {
      writeAttempts(path, failures);
      this.unwritable = null;
    } catch (err) {
      this.unwritable = path;
      this.warn(`could not note a wrong attempt beside the database: ${errorName(err)}`);
    }
  }

  reset(): void {
    this.inMemory = [];
    this.unwritable = null;
    const path = this.databasePath();
    if (!path) return;
    try {
      rmSync(attemptsFilePath(path), { force: true });
    } catch (err) {
      this.warn(`could not clear the wrong attempts noted beside the database: ${errorName(err)}`);
    }
  }

  /**
   * The failures inside the window, oldest first. One dated well ahead of the clock (the PC's clock was put
   * back) is dropped: counted as now, it would go on counting until the clock caught up with it, perhaps
   * days of waiting for the right passphrase. Whoever can change the PC's clock can delete the file anyway.
   */
  private recent(t: number): number[] {
    const path = this.databasePath();
    const noted = path && path !== this.unwritable ? readAttempts(path) : this.inMemory;
    return noted
      .filter((f) => f - t <= CLOCK_SLACK_MS)
      .map((f) => Math.min(f, t))
      .filter((f) => t - f < ATTEMPT_WINDOW_MS)
      .sort((a, b) => a - b);
  }
}
