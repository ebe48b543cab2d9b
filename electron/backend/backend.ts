// The backend's single entry point: invoke(channel, input) -> Result. Electron's IPC handlers, the
// browser host and the CLI all come through here, so validation and error shaping happen once.
import type { MadeBackup } from '../../shared/contract/backup';
import { contract, fieldErrors, isChannel, type Channel, type InputOf, type OutputOf } from '../../shared/contract/channels';
import { AppFailure, fail, ok, type Result } from '../../shared/contract/result';
import { errorName, type BackendEnv } from './context';
import { handlers } from './handlers';
import { OfficeSession } from './office/session';
import type { BackupOptions } from './backup/service';
import { isDamage } from './db/open';
import { COMMAND_LINE_BACKUP } from './audit/channels';
import { runAudited } from './audit/record';
import { recordPrinted, type PrintedPage } from './audit/printed';
import { malformedTextPath } from './input-text';

export interface Backend {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  /** For hosts that receive untyped input (IPC, HTTP): the same checks, nothing assumed. */
  invokeUnknown(channel: unknown, input: unknown): Promise<Result<unknown>>;
  /**
   * The desktop app's main process only, never a channel (so no page can add entries): records a print
   * page saved as a PDF (`write` saves the file, inside the entry's transaction) or sent to the printer.
   * In the queue like every call.
   */
  recordPrinted(page: PrintedPage, write?: () => Promise<void>): Promise<Result<null>>;
  /**
   * office:unlock for a caller that must know the secret was checked (the main process, before keeping
   * the passphrase on this Windows account): refused (CONFLICT) when the office is already unlocked,
   * where office:unlock answers OK without checking anything. Decided in the queue, at the unlock's own
   * turn: asked beforehand, another unlock still in the queue could open the office in between.
   */
  unlockChecked(input: InputOf<'office:unlock'>): Promise<Result<OutputOf<'office:unlock'>>>;
  /**
   * `peer-office backup --to DIR`: a checked backup of the unlocked office into `folder`, thinning out older
   * ones there when `rotate`. In the queue, and in the audit log as a backup made in the app is
   * (audit/channels.ts COMMAND_LINE_BACKUP): a whole copy of every record taken away must be on record.
   */
  backupTo(folder: string, rotate: boolean): Promise<Result<MadeBackup>>;
  /**
   * The command line's restore preview (cli/restore.ts), which works out the office it would replace for
   * itself: `open` opens the backup with the secret in `input`, counted with unlocking's attempts and, when
   * wrong, in the audit log as backup:preview's is. In the queue like every call.
   */
  previewChecked<T>(input: InputOf<'backup:preview'>, open: () => Promise<T>): Promise<Result<T>>;
  session: OfficeSession;
  close(): void;
}

export { isDamage } from './db/open';

// Channels that only read what is in memory, answered at once: a progress bar must move while the
// backup or restore it reports on holds the queue. Never office:lock: a lock asked for during a restore
// (the idle lock, Windows locking, the menu) must wait for it, since the restore reads the open office's
// audit log at its end to carry the entries made since the backup across (audit/restored.ts), then locks
// the office itself; the waiting lock finds it locked. Only closing the app locks at once (close below).
const UNQUEUED: ReadonlySet<Channel> = new Set<Channel>(['backup:progress']);

export function createBackend(env: BackendEnv, backupOptions: BackupOptions = {}): Backend {
  const session = new OfficeSession(env, backupOptions);
  // One call at a time: SQLite work is synchronous, but unlock and import await, and two overlapping
  // calls (a double click on Import) must not interleave their transactions.
  let queue: Promise<unknown> = Promise.resolve();

  async function run(channel: Channel, input: unknown): Promise<Result<unknown>> {
    const broken = malformedTextPath(input);
    if (broken !== null) {
      const message = 'Some of the text could not be read: a character in it is broken, perhaps by copying and pasting. Type it again.';
      return fail('VALIDATION', message, { [broken]: message });
    }
    let parsed;
    try {
      parsed = contract[channel].input.safeParse(input ?? {});
    } catch (err) {
      // A schema's own check that throws on input it was never meant to see: a refusal, not a crash.
      env.logger.error(`${channel} input check failed unexpectedly`, errorName(err));
      return fail('VALIDATION', 'That request could not be read. Check what was entered and try again.');
    }
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      const messages = Object.values(fields);
      // Forms show this under a "There is a problem" heading, with each field's message listed below it.
      const message = messages.length === 1 ? `${messages[0]}.` : `${messages.length} things need putting right: ${messages.join('; ')}.`;
      return fail('VALIDATION', message, fields);
    }
    const handler = handlers[channel] as (input: unknown, s: OfficeSession) => unknown;
    // Every change is written to the audit log here, in the same transaction where it can be (audit/channels.ts).
    return answered(channel, () => runAudited(channel, parsed.data, session, env, () => handler(parsed.data, session)));
  }

  /** The work's answer as a Result: a refusal in its own words, damage as damage, anything else without its message. */
  async function answered<T>(channel: Channel, work: () => Promise<unknown>): Promise<Result<T>> {
    try {
      return ok((await work()) as T);
    } catch (err) {
      if (err instanceof AppFailure) return fail(err.code, err.message, err.fields);
      // A page that fails its checksum or authentication tag: the person needs their backup, not a restart.
      if (isDamage(err)) {
        env.logger.error(`${channel} found the database damaged`, (err as { code: string }).code);
        return fail('DAMAGED', 'Part of the database file is damaged, so this could not be done. Restore the database from a backup.');
      }
      // Never the message itself: it could quote a person's details from a failed statement.
      env.logger.error(`${channel} failed unexpectedly`, errorName(err));
      return fail('INTERNAL', 'Something went wrong and nothing was changed. Try again; if it keeps happening, restart Peer Office.');
    }
  }

  const queued = <T>(work: () => Promise<Result<T>>): Promise<Result<T>> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  const invokeUnknown = (channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isChannel(channel)) return Promise.resolve(fail('VALIDATION', 'Unknown request.'));
    if (UNQUEUED.has(channel)) return run(channel, input);
    return queued(() => run(channel, input));
  };

  const printed = (page: PrintedPage, write?: () => Promise<void>): Promise<Result<null>> => queued(async () => {
    try {
      return ok(await recordPrinted(session, env, page, write));
    } catch (err) {
      if (err instanceof AppFailure) return fail(err.code, err.message, err.fields);
      env.logger.error('recording a printed page failed unexpectedly', errorName(err));
      return fail('INTERNAL', 'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Peer Office.');
    }
  });

  const unlockChecked = (input: InputOf<'office:unlock'>): Promise<Result<OutputOf<'office:unlock'>>> => queued(async () => (
    session.state() === 'unlocked' ? fail('CONFLICT', 'Peer Office is already unlocked.') : run('office:unlock', input) as Promise<Result<OutputOf<'office:unlock'>>>
  ));

  const backupTo = (folder: string, rotate: boolean): Promise<Result<MadeBackup>> => queued(() => answered('backup:make', () => runAudited('backup:make', {}, session, env, () => {
    session.context(); // refused (LOCKED) while locked
    return session.backups.makeFrom(session.backupSource()!, 'command-line', [{ kind: 'default', path: folder }], rotate);
  }, COMMAND_LINE_BACKUP)));

  const previewChecked = <T>(input: InputOf<'backup:preview'>, open: () => Promise<T>): Promise<Result<T>> =>
    queued(() => answered('backup:preview', () => runAudited('backup:preview', input, session, env, () => session.withSecretAttempt(open))));

  return {
    invoke: (channel, input) => invokeUnknown(channel, input) as never,
    invokeUnknown,
    recordPrinted: printed,
    unlockChecked,
    backupTo,
    previewChecked,
    session,
    // Not queued: the process is ending, and the database must be closed before it does, even mid-restore.
    close: () => session.lock(),
  };
}
