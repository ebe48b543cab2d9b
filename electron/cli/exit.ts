// Exit codes a script can act on. They are part of the CLI's promise: change them only with care.
import type { ErrorCode } from '../../shared/contract/result';

export const EXIT = {
  OK: 0,
  /** Anything else that went wrong: the file already exists, an unexpected error. */
  FAILED: 1,
  /** Unknown command, missing or bad option: usage is printed. */
  USAGE: 2,
  /** The passphrase or recovery key did not match, or too many attempts. */
  WRONG_SECRET: 3,
  /** The file is missing, damaged, not a Peer Office database, or from a newer version. */
  DAMAGED: 4,
  /** `check`: the database is sound but waits for a database update, which only the app makes (after a backup). */
  NEEDS_UPDATE: 5,
  /**
   * `restore`: not confirmed, so nothing was changed: the answer was not yes; or, not run in a terminal,
   * --yes was not given; or the backup is not known to be of the office it would replace and
   * --replace-different-office was not given.
   */
  NOT_CONFIRMED: 6,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure the CLI reports in plain words and exits with. The message never carries personal data; the
 * detail lines may (a checklist names people): they are printed after it, on the terminal only.
 */
export class CliError extends Error {
  constructor(readonly exitCode: ExitCode, message: string, readonly showUsage = false, readonly detail: readonly string[] = []) {
    super(message);
    this.name = 'CliError';
  }
}

export function exitCodeFor(code: ErrorCode): ExitCode {
  switch (code) {
    case 'WRONG_SECRET':
    case 'TOO_MANY_ATTEMPTS':
      return EXIT.WRONG_SECRET;
    case 'DAMAGED':
    case 'TOO_NEW':
    case 'NO_OFFICE':
      return EXIT.DAMAGED;
    case 'VALIDATION':
      return EXIT.USAGE;
    default:
      return EXIT.FAILED;
  }
}
