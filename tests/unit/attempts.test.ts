// The unlock limiter: ten free mistakes within five minutes, then a growing wait. The clock is injected.
import { describe, expect, it } from 'vitest';
import { ATTEMPT_WINDOW_MS, AttemptLimiter, FREE_ATTEMPTS } from '../../electron/backend/office/attempts';
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
