// Errors cross every boundary (IPC, HTTP, CLI) as data: a thrown Error loses its shape over IPC.

export type ErrorCode =
  | 'VALIDATION' // input failed its schema or a domain rule; `fields` says where
  | 'NO_OFFICE' // no database has been created yet
  | 'LOCKED' // the database is locked: unlock first
  | 'WRONG_SECRET' // passphrase or recovery key did not unlock the database
  | 'TOO_MANY_ATTEMPTS' // unlocking is slowed down after repeated failures
  | 'NOT_FOUND'
  | 'CONFLICT' // the action clashes with what is stored (duplicate, not allowed in this state)
  | 'DAMAGED' // the file is not a Peer Office database, or is damaged
  | 'TOO_NEW' // the database was made by a newer version of Peer Office
  | 'FORBIDDEN' // the caller is not our own window or carries no valid token
  | 'INTERNAL';

export interface AppError {
  code: ErrorCode;
  /** Plain words for a person: what went wrong and what to do next. */
  message: string;
  /** Field path -> how to put it right, for forms. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
): { ok: false; error: AppError } => ({ ok: false, error: fields ? { code, message, fields } : { code, message } });

/** An error a service throws on purpose; the dispatcher turns it into a failed Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

/**
 * Refuses one field of a form: the message is both the summary and the words beside the field, so a
 * form can link the one to the other. VALIDATION for input that breaks a rule; CONFLICT when it clashes
 * with what is stored.
 */
export function refuseField(field: string, message: string, code: ErrorCode = 'VALIDATION'): never {
  throw new AppFailure(code, message, { [field]: message });
}
