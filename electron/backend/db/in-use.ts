// Noticing that the newest changes have gone missing with the database's -wal file.
//
// In WAL mode a committed change lives in `<db>-wal` until a checkpoint copies it into the database file.
// A clean close folds the WAL in and removes it; a crash or a power cut leaves it beside the database and
// SQLite replays it on the next open. If it is lost in between (a clean-up tool deletes it, or someone copies
// the database without it), SQLite opens the file as it was at its last checkpoint with no error at all: the
// changes are silently gone. SQLite3 Multiple Ciphers encrypts the WAL's pages but keeps this behaviour.
// So a small marker is written when the office is opened and removed only after a clean close has emptied the
// WAL: a marker with no WAL beside it means the WAL that held the newest changes is missing.
//
// What this cannot see: a -wal cut short or with a changed byte. SQLite keeps the commits before the damage
// and drops the rest, exactly as after a write torn by a power cut, and the two cannot be told apart.
//
// More than one process can have the office open at once: the app, and the command line run beside it by a
// script (a backup at lunchtime, say). The marker belongs to whoever wrote it; a process that finds one held by
// another that is still running leaves it exactly as it is, so the holder's own lost WAL is still noticed later
// (claimInUse, releaseBeforeClose and releaseAfterClose, used by open.ts). The process id and computer name in
// the marker tell a session still running from one that crashed: only for telling, never trusted beyond that
// (a crashed session's id can have been given to another program since; then the marker is merely left to
// the last connection to tidy away, never lost).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { AppFailure } from '../../../shared/contract/result';
import { londonDateTime } from '../../../shared/domain/pay/period-words';
import { writeJsonAtomically } from '../files/json-file';

/** The marker beside an office database that is open, or was not closed cleanly. */
export const inUseMarkerPath = (dbPath: string): string => `${dbPath}.in-use`;

interface InUseMarker {
  format: 'peer-office-in-use';
  /** When the office was opened: changes since then may be only in the WAL. */
  openedAt: string;
  /** Set once the person has been told the WAL is missing: the next unlock opens the file as it is. */
  missingWalReportedAt?: string;
  /** Which opening wrote it (random, one per opening): a close removes only its own marker. */
  holder?: string;
  /** The process that has the office open, and the computer it runs on. */
  pid?: number;
  host?: string;
}

function readMarker(dbPath: string): InUseMarker | null {
  try {
    const parsed = JSON.parse(readFileSync(inUseMarkerPath(dbPath), 'utf8')) as Partial<InUseMarker>;
    return parsed.format === 'peer-office-in-use' && typeof parsed.openedAt === 'string' ? (parsed as InUseMarker) : null;
  } catch {
    return null;
  }
}

/** Written and flushed to the disk: a marker lost to a power cut would hide the very loss it is for. */
function writeMarker(dbPath: string, marker: InUseMarker): void {
  writeJsonAtomically(inUseMarkerPath(dbPath), marker, { fsync: true });
}

/**
 * Refuses, once, to open a database whose WAL has gone missing since a session that did not close cleanly.
 * The person is told what happened and what they can do; the marker then records that they were told, so
 * unlocking again opens the file as it is (a consistent database, without the lost changes), and nothing
 * is ever deleted or changed to get there.
 */
export function refuseIfNewestChangesLost(dbPath: string, now: Date): void {
  if (!existsSync(inUseMarkerPath(dbPath)) || existsSync(`${dbPath}-wal`)) return;
  const marker = readMarker(dbPath);
  if (marker?.missingWalReportedAt) return;
  const openedAt = marker?.openedAt ?? '';
  writeMarker(dbPath, { format: 'peer-office-in-use', openedAt, missingWalReportedAt: now.toISOString() });
  // The marker is not trusted beyond its shape: a time that is no time is simply not said.
  const since = Number.isNaN(Date.parse(openedAt)) ? 'in its last session' : `since ${londonDateTime(openedAt)}`;
  throw new AppFailure(
    'DAMAGED',
    `The file ${dbPath}-wal is missing. Peer Office was not closed properly last time (the PC may have lost power), and that file held the changes saved ${since} that were not yet in the database file itself. Without it, some or all of those changes are lost. `
    + 'If you have a copy of that file, put it back beside the database and unlock again. Otherwise restore it from a backup, or unlock again to open the records as they were before those changes. Nothing has been changed or deleted.',
  );
}

/** Removes the marker: only once the WAL has been emptied into the database file. */
export function clearInUse(dbPath: string): void {
  rmSync(inUseMarkerPath(dbPath), { force: true });
}

/**
 * How an opening of the office stands to the marker:
 * - 'own': it wrote the marker, and removes it when it closes cleanly.
 * - 'guest': it found the marker of a session still running in another process (the app, while the command
 *   line backs up beside it) and leaves it as it is: that session's newest changes may still be only in the WAL.
 */
export type InUseClaim = { kind: 'own'; marker: InUseMarker } | { kind: 'guest'; found: string };

const processIsRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists (on Windows too)
    return true;
  } catch (err) {
    return (err as { code?: unknown }).code === 'EPERM'; // there, but another user's
  }
};

/** The openings in this process that hold their marker now, by database and holder (the app has one; tests more). */
const ownHolders = new Set<string>();
const holding = (dbPath: string, holder: string): string => `${dbPath}\u0000${holder}`;

/**
 * Whether a session that is still running has this office open, going by its marker, and where. A marker
 * from another computer (a database on a shared drive) cannot be checked, so it counts as open. A marker
 * with no -wal beside it, or whose process has ended, or from before markers named their process, is what a
 * closed or crashed session leaves: nobody holds it.
 */
function holderOf(dbPath: string, marker: InUseMarker | null): 'this process' | 'another process' | 'another computer' | null {
  if (!marker || marker.pid === undefined || marker.holder === undefined || !existsSync(`${dbPath}-wal`)) return null;
  if (marker.host !== hostname()) return 'another computer';
  // This process's own id: a marker from an opening here that is still open, or one left by a crash in an earlier life.
  if (marker.pid === process.pid) return ownHolders.has(holding(dbPath, marker.holder)) ? 'this process' : null;
  return processIsRunning(marker.pid) ? 'another process' : null;
}

/** Another process or computer that has the office open now: what a restore must not replace under it. */
export function heldOpenElsewhere(dbPath: string): { pid: number; host: string; openedAt: string } | null {
  const marker = readMarker(dbPath);
  const holder = holderOf(dbPath, marker);
  return marker && (holder === 'another process' || holder === 'another computer') ? { pid: marker.pid!, host: marker.host ?? '', openedAt: marker.openedAt } : null;
}

const rawMarker = (dbPath: string): string | null => {
  try {
    return readFileSync(inUseMarkerPath(dbPath), 'utf8');
  } catch {
    return null;
  }
};

/**
 * Marks the database as open: from now on its newest changes may be only in the WAL. `walWasThere` is
 * whether a -wal was beside the database before this opening made one. A marker with a WAL is either a
 * session still running in another process (left alone: this opening is its guest) or one that crashed
 * (taken over: its WAL is this session's now, and its time is kept, since its changes may be in it still).
 */
export function claimInUse(dbPath: string, now: Date, walWasThere: boolean): InUseClaim {
  const found = rawMarker(dbPath);
  const previous = found === null ? null : readMarker(dbPath);
  if (found !== null && walWasThere && holderOf(dbPath, previous)) return { kind: 'guest', found };
  const carriedOver = found !== null && walWasThere && previous && !previous.missingWalReportedAt ? previous.openedAt : null;
  const marker: InUseMarker = {
    format: 'peer-office-in-use', openedAt: carriedOver ?? now.toISOString(), holder: randomBytes(8).toString('hex'), pid: process.pid, host: hostname(),
  };
  writeMarker(dbPath, marker);
  ownHolders.add(holding(dbPath, marker.holder!));
  return { kind: 'own', marker };
}

/**
 * Before closing, once the WAL has been emptied into the database file: an owner removes its marker (while
 * the WAL is still there, so there is never a moment with the marker but not the WAL, which would read as
 * a lost WAL). Returns whether it did. A guest leaves the marker to its holder.
 */
export function releaseBeforeClose(dbPath: string, claim: InUseClaim): boolean {
  if (claim.kind !== 'own' || !isDeepStrictEqual(readMarker(dbPath), claim.marker)) return false;
  clearInUse(dbPath);
  return true;
}

/**
 * Puts back an owner's marker that releaseBeforeClose took away while the office stays open: the WAL was
 * emptied and switched off for a moment to re-encrypt the database (rekey.ts), and is in use again.
 */
export function reclaimInUse(dbPath: string, claim: InUseClaim): void {
  if (claim.kind === 'own' && rawMarker(dbPath) === null) writeMarker(dbPath, claim.marker);
}

/**
 * After closing. SQLite removes the WAL when the last connection closes, having emptied it into the file.
 * - An owner whose WAL is still there was not the last: another process (a guest) still has the office open
 *   and may write to the WAL, so the marker goes back for it, unless another has written one meanwhile.
 *   (Between the two, for a moment, that guest's WAL has no marker: a lost WAL then would go unseen.)
 * - A guest whose WAL has gone was the last (the holder closed or crashed while it worked): everything is in
 *   the database file, so the marker it found, if nobody has changed it, has nothing left to guard.
 */
export function releaseAfterClose(dbPath: string, claim: InUseClaim, removedBeforeClose: boolean): void {
  const walThere = existsSync(`${dbPath}-wal`);
  if (claim.kind === 'own') {
    ownHolders.delete(holding(dbPath, claim.marker.holder!));
    if (removedBeforeClose && walThere && rawMarker(dbPath) === null) writeMarker(dbPath, claim.marker);
    // The WAL could not be emptied before closing (a reader in the way), but closing emptied and removed it.
    else if (!removedBeforeClose && !walThere && isDeepStrictEqual(readMarker(dbPath), claim.marker)) clearInUse(dbPath);
  } else if (!walThere && rawMarker(dbPath) === claim.found) {
    clearInUse(dbPath);
  }
}
