// Slows down guessing: after more than 10 wrong attempts within 5 minutes, each further attempt must
// wait. The office manager who mistypes a few times never notices it.
export const ATTEMPT_WINDOW_MS = 5 * 60 * 1000;
export const FREE_ATTEMPTS = 10;
const BASE_DELAY_MS = 30 * 1000;

export class AttemptLimiter {
  private failures: number[] = [];

  constructor(private readonly now: () => Date) {}

  /** Milliseconds to wait before another attempt is allowed (0 when it may go ahead). */
  waitMs(): number {
    const t = this.now().getTime();
    this.failures = this.failures.filter((f) => t - f < ATTEMPT_WINDOW_MS);
    const excess = this.failures.length - FREE_ATTEMPTS;
    if (excess < 0) return 0;
    // 30 s after the 11th failure, doubling for each one after, capped at the window itself.
    const delay = Math.min(BASE_DELAY_MS * 2 ** excess, ATTEMPT_WINDOW_MS);
    const last = this.failures[this.failures.length - 1]!;
    return Math.max(0, last + delay - t);
  }

  recordFailure(): void {
    this.failures.push(this.now().getTime());
  }

  reset(): void {
    this.failures = [];
  }
}
