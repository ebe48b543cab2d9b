// Events that happen while the database cannot be written (a failed unlock, or a wrong secret for a
// backup opened from the unlock screen or the command line: it is locked; a page that
// reached the printer after a lock; a restore from a backup made before the audit log existed, whose
// database has no log until its first unlock adds one) wait in a small file beside it,
// `<db>.audit-pending.json`, and go into the log at the next successful unlock, each with its own time.
// Any other restore writes its entry into the restored database itself (audit/restored.ts).
// A file rather than memory, so a wrong passphrase tried before the app was closed, or such a restore
// made with the command line, is still logged.
//
// The file holds times and kinds only (no path, no name). It is not encrypted, so someone with the PC
// could delete it to hide failed attempts; the database's own log cannot be changed that way. What it
// says is checked on reading, so a file edited by hand can add nothing but well-formed events.
import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { isoInstant, writeJsonAtomically } from '../files/json-file';

export const pendingFilePath = (dbPath: string): string => `${dbPath}.audit-pending.json`;

/** Failed attempts beyond this are counted, not listed: the log stays readable after a guessing spree. */
export const MAX_PENDING = 100;

/** The channels that check a secret (audit/channels.ts checksPassphrase): a wrong one made while locked waits here. */
const SECRET_CHANNELS = ['office:unlock', 'backup:preview', 'backup:restore', 'security:changePassphrase', 'security:newRecoveryKey'] as const;
export type SecretChannel = (typeof SECRET_CHANNELS)[number];

const pendingEvent = z.discriminatedUnion('kind', [
  // Which channel was refused: a file written before backups were told apart holds failed unlocks only.
  z.object({
    kind: z.literal('unlock-failed'), at: isoInstant, channel: z.enum(SECRET_CHANNELS).default('office:unlock'),
    secret: z.enum(['passphrase', 'recovery key']), refused: z.enum(['WRONG_SECRET', 'TOO_MANY_ATTEMPTS']),
  }),
  z.object({ kind: z.literal('restore'), at: isoInstant, backupMadeAt: isoInstant }),
  // A page that reached the printer after the office was locked (audit/printed.ts): its kind of page only.
  z.object({ kind: z.literal('printed'), at: isoInstant, page: z.string().regex(/^[a-z-]{1,40}$/), action: z.enum(['print', 'pdf']) }),
]);
export type PendingEvent = z.infer<typeof pendingEvent>;

const pendingFile = z.object({
  format: z.literal('peer-office-audit-pending'),
  events: z.array(z.unknown()).max(MAX_PENDING * 2),
  notListed: z.number().int().min(0).default(0),
});

export interface Pending { events: PendingEvent[]; notListed: number }

export function readPending(dbPath: string): Pending {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(pendingFilePath(dbPath), 'utf8'));
  } catch {
    return { events: [], notListed: 0 };
  }
  const parsed = pendingFile.safeParse(raw);
  if (!parsed.success) return { events: [], notListed: 0 };
  const events = parsed.data.events.flatMap((e) => {
    const event = pendingEvent.safeParse(e);
    return event.success ? [event.data] : [];
  });
  return { events, notListed: parsed.data.notListed };
}

// Not flushed to the disk (as before): a power cut within seconds of an event can still lose its note.
function writePending(dbPath: string, pending: Pending): void {
  writeJsonAtomically(pendingFilePath(dbPath), { format: 'peer-office-audit-pending', ...pending }, { fsync: false });
}

/** Adds an event. Failed unlocks past MAX_PENDING are only counted; a restore is always listed. */
export function addPending(dbPath: string, event: PendingEvent): void {
  const pending = readPending(dbPath);
  const failures = pending.events.filter((e) => e.kind === 'unlock-failed').length;
  if (event.kind === 'unlock-failed' && failures >= MAX_PENDING) pending.notListed++;
  else pending.events.push(event);
  writePending(dbPath, pending);
}

/** Called once the events are in the log (or the database they belonged to is gone). */
export function clearPending(dbPath: string): void {
  rmSync(pendingFilePath(dbPath), { force: true });
}
