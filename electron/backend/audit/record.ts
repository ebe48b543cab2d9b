// Writes the audit log for every call that changes something, at the one place every call passes
// (backend.ts). channels.ts says for each channel what is recorded and how; this carries it out.
import type { Channel } from '../../../shared/contract/channels';
import { THE_OFFICE } from '../../../shared/contract/audit';
import type { RestoreOutcome } from '../../../shared/contract/backup';
import { AppFailure } from '../../../shared/contract/result';
import { londonDateTime } from '../../../shared/domain/pay/period-words';
import { errorName, type BackendEnv, type OfficeContext } from '../context';
import type { OfficeSession } from '../office/session';
import { clearChanges, ensureCapture, takeChanges, type RowChange } from './capture';
import { CHANNEL_AUDIT, type Recorded } from './channels';
import { addEntries, type NewAuditEntry } from './log';
import { addPending, clearPending, readPending, type SecretChannel } from './pending';
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
    env.logger.warn(`could not write ${what} to the audit log: ${errorName(err)}`);
  }
}

/** A secret that did not match, or was refused unchecked while wrong attempts must wait. */
interface FailedSecret {
  at: string;
  channel: SecretChannel;
  secret: 'passphrase' | 'recovery key';
  refused: 'WRONG_SECRET' | 'TOO_MANY_ATTEMPTS';
}

/** Its entry: the same whether written at once (the office open) or after waiting in the pending file. */
function failedUnlockEntry(e: FailedSecret): NewAuditEntry {
  const rule = CHANNEL_AUDIT[e.channel] as AnyRule;
  const tried = e.channel.startsWith('security:') ? 'the current passphrase' : `the ${e.secret}`;
  const wrong = e.channel.startsWith('backup:') ? `${tried} did not open the backup` : `${tried} did not match`;
  return {
    at: e.at, action: 'unlock-failed', area: rule.area, channel: e.channel, recordType: rule.record, recordId: '', by: THE_OFFICE,
    summary: e.refused === 'WRONG_SECRET' ? wrong : `refused unchecked after too many attempts (${e.secret})`,
  };
}

/** The failed unlocks, restores and late printed pages waiting beside the database, as entries. */
function pendingEntries(dbPath: string): NewAuditEntry[] {
  const { events, notListed } = readPending(dbPath);
  const entries: NewAuditEntry[] = events.map((e): NewAuditEntry => {
    switch (e.kind) {
      case 'unlock-failed':
        return failedUnlockEntry(e);
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
    entries.push({ ...failedUnlockEntry(lastFailure), summary: `and ${notListed} more failed attempts before this time, not listed one by one` });
  }
  return entries;
}

const UNLOCK_REFUSALS = new Set(['WRONG_SECRET', 'TOO_MANY_ATTEMPTS']);

/** Which secret the input carries: the security:* channels take the passphrase only. */
const secretIn = (input: unknown): FailedSecret['secret'] =>
  typeof (input as { recoveryKey?: unknown }).recoveryKey === 'string' ? 'recovery key' : 'passphrase';

/**
 * A call that checks a secret (channels.ts checksPassphrase) and was refused: a wrong passphrase tried at an
 * unlocked PC (to change it, or to open a backup) is as telling as a failed unlock. Written at once while
 * the office is open; while it is locked, noted beside the database for the next unlock.
 */
async function failedPassphraseNoted(channel: Channel, rule: AnyRule, input: unknown, session: OfficeSession, env: BackendEnv, call: Call): Promise<unknown> {
  try {
    return await call();
  } catch (err) {
    if (rule.checksPassphrase && err instanceof AppFailure && UNLOCK_REFUSALS.has(err.code)) {
      const failed: FailedSecret = { at: env.now().toISOString(), channel: channel as SecretChannel, secret: secretIn(input), refused: err.code as FailedSecret['refused'] };
      const dbPath = session.databasePath();
      if (session.state() === 'unlocked') {
        writeOrWarn(session.context(), () => [failedUnlockEntry(failed)], env, channel);
      } else if (dbPath) {
        try {
          addPending(dbPath, { kind: 'unlock-failed', ...failed });
        } catch (writeErr) {
          env.logger.warn(`could not note a wrong secret for the audit log: ${writeErr instanceof Error ? writeErr.name : 'unknown error'}`);
        }
      }
    }
    throw err;
  }
}

async function unlock(rule: AnyRule, input: unknown, session: OfficeSession, env: BackendEnv, call: Call): Promise<unknown> {
  if (session.state() === 'unlocked') return call(); // already open: nothing happened to record
  const dbPath = session.databasePath();
  // Written the moment the office is open, before the day's first backup (session.ts), so that backup
  // holds them. Entries that cannot be written now stay in the file for the next unlock; the office opens anyway.
  const stopListening = session.onOpened((ctx) => {
    try {
      writeNow(ctx, [...(dbPath ? pendingEntries(dbPath) : []), entryFor('office:unlock', rule, input, undefined, [], ctx.now())]);
      if (dbPath) clearPending(dbPath);
    } catch (err) {
      env.logger.warn(`could not write the unlock to the audit log: ${errorName(err)}`);
    }
  });
  try {
    return await failedPassphraseNoted('office:unlock', rule, input, session, env, call);
  } finally {
    stopListening();
  }
}

/**
 * Runs a channel's call, writing its audit entry as channels.ts says (or as `rule` says, for work done
 * outside any channel but recorded as one: backend.ts backupTo). A call that fails or is refused writes no
 * entry, except a wrong secret, which is what the log is there to show.
 */
export async function runAudited<C extends Channel>(
  channel: C, input: unknown, session: OfficeSession, env: BackendEnv, call: Call, ruleOfCall: 'read' | Recorded<C> = CHANNEL_AUDIT[channel],
): Promise<unknown> {
  const rule = ruleOfCall as 'read' | AnyRule;
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
    case 'read-with-secret':
      return failedPassphraseNoted(channel, rule, input, session, env, call);
    case 'after': {
      const output = await failedPassphraseNoted(channel, rule, input, session, env, call);
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
    case 'key-change': {
      // Written the moment the new passphrase or key is in place, before the backup made after it (office/keys.ts),
      // so that backup holds the change's entry, as the day's first backup holds the unlock's.
      const stopListening = session.keys.onChanged(() => {
        if (session.state() !== 'unlocked') {
          env.logger.warn(`${channel} finished after Peer Office was locked, so it is not in the audit log`);
          return;
        }
        const ctx = session.context();
        writeOrWarn(ctx, () => [entryFor(channel, rule, input, undefined, [], ctx.now())], env, channel);
      });
      try {
        return await failedPassphraseNoted(channel, rule, input, session, env, call);
      } finally {
        stopListening();
      }
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
      const output = (await failedPassphraseNoted(channel, rule, input, session, env, call)) as RestoreOutcome;
      // The restore wrote its entry into the restored database (audit/restored.ts), but for a backup made
      // before the log existed: that one has no log until its first unlock updates it, so it waits till then.
      const dbPath = session.databasePath();
      if (dbPath && !output.auditLog.inLog) {
        try {
          addPending(dbPath, { kind: 'restore', at: env.now().toISOString(), backupMadeAt: output.createdAt });
        } catch (err) {
          env.logger.warn(`could not note the restore for the audit log: ${errorName(err)}`);
        }
      }
      return output;
    }
  }
}
