// Writes the audit log for every call that changes something, at the one place every call passes
// (backend.ts). channels.ts says for each channel what is recorded and how; this carries it out.
import type { Channel } from '../../../shared/contract/channels';
import { THE_OFFICE } from '../../../shared/contract/audit';
import type { RestoreOutcome } from '../../../shared/contract/backup';
import { AppFailure } from '../../../shared/contract/result';
import { londonDateTime } from '../../../shared/domain/pay/period-words';
import type { BackendEnv, OfficeContext } from '../context';
import type { OfficeSession } from '../office/session';
import { clearChanges, ensureCapture, takeChanges, type RowChange } from './capture';
import { CHANNEL_AUDIT, type Recorded } from './channels';
import { addEntries, type NewAuditEntry } from './log';
import { addPending, clearPending, readPending, type PendingEvent } from './pending';
import { pendingPrintedEntry } from './printed';
import { actionFor, netChanges, recordIdFor, summarise } from './summary';

type AnyRule = Recorded<Channel>;
type Call = () => unknown;

const MAX_BY = 80;

/** The entry for a call, as it is stored. Exported for the test that feeds every note builder distinctive values. */
export function entryFor(channel: Channel, rule: AnyRule, input: unknown, output: unknown, changes: RowChange[], at: Date): NewAuditEntry {
  const i = input as never;
  const o = output as never;
  const by = rule.by?.(i).trim().slice(0, MAX_BY);
  return {
    at: at.toISOString(),
    action: actionFor(rule.action, rule.table, changes),
    area: rule.area,
    channel,
    recordType: rule.record,
    recordId: recordIdFor(rule.id?.(i, o), rule.table, changes),
    summary: summarise(changes, rule.note?.(i, o) ?? '', rule.table),
    by: by || THE_OFFICE,
  };
}

/**
 * Runs the call and its audit entry in one transaction. The services' own transactions nest inside it
 * (better-sqlite3 turns them into savepoints), and the backend runs one call at a time, so nothing else
 * uses the connection while an asynchronous call (a workbook being written) awaits.
 */
async function inTransaction(channel: Channel, rule: AnyRule, input: unknown, session: OfficeSession, call: Call): Promise<unknown> {
  const ctx = session.context();
  const { sqlite } = ctx;
  ensureCapture(sqlite);
  clearChanges(sqlite);
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const output = await call();
    // Locked part-way (closing the connection rolled everything back): what the call returned is not in
    // the database, so it must not be reported as done.
    if (!sqlite.open || !sqlite.inTransaction) throw new AppFailure('LOCKED', 'Peer Office was locked before this was saved, so nothing was changed. Unlock it and try again.');
    addEntries(ctx.db, [entryFor(channel, rule, input, output, netChanges(takeChanges(sqlite)), ctx.now())]);
    sqlite.exec('COMMIT');
    return output;
  } catch (err) {
    if (sqlite.open && sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw err;
  }
}

function writeNow(ctx: OfficeContext, entries: NewAuditEntry[]): void {
  ctx.sqlite.transaction(() => addEntries(ctx.db, entries))();
}

/** For entries about something already done (a lock, a backup): a failure to write one must not undo or block it. */
function writeOrWarn(ctx: OfficeContext, entries: () => NewAuditEntry[], env: BackendEnv, what: string): void {
  try {
    writeNow(ctx, entries());
  } catch (err) {
    env.logger.warn(`could not write ${what} to the audit log: ${err instanceof Error ? err.name : 'unknown error'}`);
  }
}

const failedUnlockSummary = (e: Extract<PendingEvent, { kind: 'unlock-failed' }>) =>
  e.refused === 'WRONG_SECRET' ? `the ${e.secret} did not match` : `refused unchecked after too many attempts (${e.secret})`;

/** The failed unlocks, restores and late printed pages waiting beside the database, as entries. */
function pendingEntries(dbPath: string): NewAuditEntry[] {
  const { events, notListed } = readPending(dbPath);
  const entries: NewAuditEntry[] = events.map((e): NewAuditEntry => {
    switch (e.kind) {
      case 'unlock-failed':
        return { at: e.at, action: 'unlock-failed', area: 'office', channel: 'office:unlock', recordType: 'office', recordId: '', summary: failedUnlockSummary(e), by: THE_OFFICE };
      case 'restore':
        return {
          at: e.at, action: 'restore', area: 'backup', channel: 'backup:restore', recordType: 'office', recordId: '', by: THE_OFFICE,
          summary: `restored from the backup made on ${londonDateTime(e.backupMadeAt)}; audit log entries made after the backup are not in this log: they are in the database it replaced, which was kept aside`,
        };
      case 'printed':
        return pendingPrintedEntry(e);
    }
  });
  const lastFailure = events.filter((e) => e.kind === 'unlock-failed').at(-1);
  if (notListed > 0 && lastFailure) {
    entries.push({ at: lastFailure.at, action: 'unlock-failed', area: 'office', channel: 'office:unlock', recordType: 'office', recordId: '', summary: `and ${notListed} more failed attempts before this time, not listed one by one`, by: THE_OFFICE });
  }
  return entries;
}

const UNLOCK_REFUSALS = new Set(['WRONG_SECRET', 'TOO_MANY_ATTEMPTS']);

async function unlock(rule: AnyRule, input: unknown, session: OfficeSession, env: BackendEnv, call: Call): Promise<unknown> {
  if (session.state() === 'unlocked') return call(); // already open: nothing happened to record
  const dbPath = session.databasePath();
  let output: unknown;
  try {
    output = await call();
  } catch (err) {
    if (dbPath && err instanceof AppFailure && UNLOCK_REFUSALS.has(err.code)) {
      const secret = (input as { passphrase?: string }).passphrase !== undefined ? 'passphrase' : 'recovery key';
      try {
        addPending(dbPath, { kind: 'unlock-failed', at: env.now().toISOString(), secret, refused: err.code as 'WRONG_SECRET' | 'TOO_MANY_ATTEMPTS' });
      } catch (writeErr) {
        env.logger.warn(`could not note a failed unlock for the audit log: ${writeErr instanceof Error ? writeErr.name : 'unknown error'}`);
      }
    }
    throw err;
  }
  const ctx = session.context();
  const unlocked = entryFor('office:unlock', rule, input, output, [], ctx.now());
  // Entries that cannot be written now stay in the file for the next unlock; the office opens anyway.
  try {
    writeNow(ctx, [...(dbPath ? pendingEntries(dbPath) : []), unlocked]);
    if (dbPath) clearPending(dbPath);
  } catch (err) {
    env.logger.warn(`could not write the unlock to the audit log: ${err instanceof Error ? err.name : 'unknown error'}`);
  }
  return output;
}

/**
 * Someone at an unlocked PC typing a wrong current passphrase (to change it, say) is as telling as a failed
 * unlock, and the database is open to say so at once.
 */
async function failedPassphraseNoted(channel: Channel, rule: AnyRule, session: OfficeSession, env: BackendEnv, call: Call): Promise<unknown> {
  try {
    return await call();
  } catch (err) {
    if (rule.checksPassphrase && err instanceof AppFailure && UNLOCK_REFUSALS.has(err.code) && session.state() === 'unlocked') {
      const ctx = session.context();
      const summary = err.code === 'WRONG_SECRET' ? 'the current passphrase did not match' : 'refused unchecked after too many attempts (passphrase)';
      writeOrWarn(ctx, () => [{ at: ctx.now().toISOString(), action: 'unlock-failed', area: rule.area, channel, recordType: rule.record, recordId: '', summary, by: THE_OFFICE }], env, channel);
    }
    throw err;
  }
}

/**
 * Runs a channel's call, writing its audit entry as channels.ts says. A call that fails or is refused
 * writes no entry, except a failed unlock, which is what the log is there to show.
 */
export async function runAudited(channel: Channel, input: unknown, session: OfficeSession, env: BackendEnv, call: Call): Promise<unknown> {
  const rule = CHANNEL_AUDIT[channel] as 'read' | AnyRule;
  if (rule === 'read') return call();
  switch (rule.how) {
    case 'transaction':
      return inTransaction(channel, rule, input, session, call);
    case 'unlock':
      return unlock(rule, input, session, env, call);
    case 'before': {
      if (session.state() === 'unlocked') {
        const ctx = session.context();
        writeOrWarn(ctx, () => (rule.when?.(ctx) ?? true ? [entryFor(channel, rule, input, undefined, [], ctx.now())] : []), env, channel);
      }
      return call();
    }
    case 'after': {
      const output = await failedPassphraseNoted(channel, rule, session, env, call);
      // Done, whatever happens to its entry: locked meanwhile (the app quitting), the office has no open
      // database to write it to, and reporting the finished backup or key change as failed would be untrue.
      if (session.state() !== 'unlocked') {
        env.logger.warn(`${channel} finished after Peer Office was locked, so it is not in the audit log`);
        return output;
      }
      const ctx = session.context();
      writeOrWarn(ctx, () => [entryFor(channel, rule, input, output, [], ctx.now())], env, channel);
      return output;
    }
    case 'create': {
      const output = await call();
      const ctx = session.context();
      // Whatever was waiting belonged to a database that is no longer there.
      const dbPath = session.databasePath();
      if (dbPath) clearPending(dbPath);
      writeOrWarn(ctx, () => [entryFor(channel, rule, input, output, [], ctx.now())], env, channel);
      // As create leaves it: the one file holds everything, and closing it later rewrites nothing.
      ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      return output;
    }
    case 'restore': {
      const output = (await call()) as RestoreOutcome;
      // The restore wrote its entry into the restored database (audit/restored.ts), but for a backup made
      // before the log existed: that one has no log until its first unlock updates it, so it waits till then.
      const dbPath = session.databasePath();
      if (dbPath && !output.auditLog.inLog) {
        try {
          addPending(dbPath, { kind: 'restore', at: env.now().toISOString(), backupMadeAt: output.createdAt });
        } catch (err) {
          env.logger.warn(`could not note the restore for the audit log: ${err instanceof Error ? err.name : 'unknown error'}`);
        }
      }
      return output;
    }
  }
}
