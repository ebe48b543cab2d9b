// The unlock limiter: ten free mistakes within five minutes, then a growing wait. The clock is injected.
// Kept in a file beside the database, so a restart does not start the count afresh.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ATTEMPT_WINDOW_MS, AttemptLimiter, attemptsFilePath, FREE_ATTEMPTS } from '../../electron/backend/office/attempts';
import { FakeClock } from '../helpers/office';

const SECOND = 1000;

function failTimes(limiter: AttemptLimiter, n: number, clock?: FakeClock, gapMs = 0) {
  for (let i = 0; i < n; i++) {
    limiter.recordFailure();
    if (clock && gapMs) clock.advance(gapMs);
  }
}

describe('AttemptLimiter', () => {
  it('lets ten wrong attempts through without a wait', () => {
    const clock = new FakeClock();
    const limiter = new AttemptLimiter(clock.now);
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      expect(limiter.waitMs()).toBe(0);
      limiter.recordFailure();
      clock.advance(5 * SECOND);
    }
    expect(FREE_ATTEMPTS).toBe(10);
  });

  it('makes the eleventh attempt wait 30 seconds after the tenth failure', () => {
    const clock = new FakeClock();
    const limiter = new AttemptLimiter(clock.now);
    failTimes(limiter, 10);
    expect(limiter.waitMs()).toBe(30 * SECOND);
    clock.advance(10 * SECOND);
    expect(limiter.waitMs()).toBe(20 * SECOND);
    clock.advance(20 * SECOND);
    expect(limiter.waitMs()).toBe(0);
  });

  it('doubles the wait for each further failure, never beyond the window', () => {
    const clock = new FakeClock();
    const limiter = new AttemptLimiter(clock.now);
    failTimes(limiter, 11);
    expect(limiter.waitMs()).toBe(60 * SECOND);
    limiter.recordFailure();
    expect(limiter.waitMs()).toBe(120 * SECOND);
    failTimes(limiter, 5);
    expect(limiter.waitMs()).toBe(ATTEMPT_WINDOW_MS);
  });

  it('forgets failures older than five minutes', () => {
    const clock = new FakeClock();
    const limiter = new AttemptLimiter(clock.now);
    failTimes(limiter, 10);
    clock.advance(ATTEMPT_WINDOW_MS - 1);
    expect(limiter.waitMs()).toBe(0); // the 30-second wait has passed long since
    failTimes(limiter, 1); // eleven in the window now
    expect(limiter.waitMs()).toBeGreaterThan(0);
    clock.advance(ATTEMPT_WINDOW_MS);
    expect(limiter.waitMs()).toBe(0);
  });

  it('counts only failures inside a sliding window', () => {
    const clock = new FakeClock();
    const limiter = new AttemptLimiter(clock.now);
    failTimes(limiter, 20, clock, 31 * SECOND); // one every 31 s: never more than ten within five minutes
    expect(limiter.waitMs()).toBe(0);
  });

  it('starts afresh after a successful unlock', () => {
    const clock = new FakeClock();
    const limiter = new AttemptLimiter(clock.now);
    failTimes(limiter, 15);
    limiter.reset();
    expect(limiter.waitMs()).toBe(0);
  });
});

describe('AttemptLimiter kept beside the database', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const dbIn = () => {
    const dir = mkdtempSync(join(tmpdir(), 'peer-office-attempts-'));
    dirs.push(dir);
    return join(dir, 'office.db');
  };

  it('is still counting after a restart: a new limiter on the same database makes the next attempt wait', () => {
    const clock = new FakeClock();
    const db = dbIn();
    failTimes(new AttemptLimiter(clock.now, () => db), FREE_ATTEMPTS);
    const afterRestart = new AttemptLimiter(clock.now, () => db);
    expect(afterRestart.waitMs()).toBe(30 * SECOND);
    // Times only: nothing typed is kept.
    expect(JSON.parse(readFileSync(attemptsFilePath(db), 'utf8'))).toEqual({
      format: 'peer-office-attempts', failures: Array(FREE_ATTEMPTS).fill('2026-11-27T10:00:00.000Z'),
    });
    afterRestart.reset();
    expect(existsSync(attemptsFilePath(db))).toBe(false);
    expect(new AttemptLimiter(clock.now, () => db).waitMs()).toBe(0);
  });

  it('keeps each database its own count', () => {
    const clock = new FakeClock();
    const [office, demo] = [dbIn(), dbIn()];
    let current = office;
    const limiter = new AttemptLimiter(clock.now, () => current);
    failTimes(limiter, FREE_ATTEMPTS);
    current = demo;
    expect(limiter.waitMs()).toBe(0);
    current = office;
    expect(limiter.waitMs()).toBe(30 * SECOND);
  });

  it('counts a missing, damaged or hand-edited file as no attempts, and writes a good one at the next failure', () => {
    const clock = new FakeClock();
    const db = dbIn();
    const limiter = new AttemptLimiter(clock.now, () => db);
    expect(limiter.waitMs()).toBe(0);
    for (const body of ['{"format":"peer-office-attempts","failures":["2026-11-27T09:59', 'null', '{"format":"peer-office-attempts","failures":"lots"}',
      JSON.stringify({ format: 'peer-office-attempts', failures: [...Array(FREE_ATTEMPTS + 1).fill('2026-11-27T09:59:00.000Z').slice(0, 10), 'yesterday'] }),
      JSON.stringify({ format: 'something else', failures: Array(FREE_ATTEMPTS).fill('2026-11-27T09:59:00.000Z') })]) {
      writeFileSync(attemptsFilePath(db), body);
      expect(limiter.waitMs()).toBe(0);
    }
    limiter.recordFailure();
    expect(JSON.parse(readFileSync(attemptsFilePath(db), 'utf8')).failures).toEqual(['2026-11-27T10:00:00.000Z']);
  });

  it('never makes anyone wait for days because the clock was put back', () => {
    const clock = new FakeClock();
    const db = dbIn();
    failTimes(new AttemptLimiter(clock.now, () => db), 20);
    clock.advance(-24 * 60 * 60 * SECOND); // a day back: the failures now look a day ahead
    expect(new AttemptLimiter(clock.now, () => db).waitMs()).toBe(0);
  });

  it('still counts failures a few seconds ahead of the clock (a small correction of the time), as now', () => {
    const clock = new FakeClock();
    const db = dbIn();
    failTimes(new AttemptLimiter(clock.now, () => db), FREE_ATTEMPTS);
    clock.advance(-20 * SECOND);
    const limiter = new AttemptLimiter(clock.now, () => db);
    expect(limiter.waitMs()).toBe(30 * SECOND);
    // Once the clock has caught up, the wait runs from when they really were: 30 seconds after them.
    clock.advance(30 * SECOND);
    expect(limiter.waitMs()).toBe(20 * SECOND);
    clock.advance(20 * SECOND);
    expect(limiter.waitMs()).toBe(0);
  });

  it('keeps counting in memory when the file cannot be written, and says so without crashing', () => {
    const clock = new FakeClock();
    const db = dbIn();
    mkdirSync(attemptsFilePath(db)); // a folder where the file should be: it can be neither read nor replaced
    const warn = vi.fn();
    const limiter = new AttemptLimiter(clock.now, () => db, warn);
    failTimes(limiter, FREE_ATTEMPTS);
    expect(limiter.waitMs()).toBe(30 * SECOND);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^could not note a wrong attempt beside the database: /));
    limiter.reset();
    expect(limiter.waitMs()).toBe(0);
  });
});
