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
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { AppFailure } from '../../../shared/contract/result';

/** The marker beside an office database that is open, or was not closed cleanly. */
export const inUseMarkerPath = (dbPath: string): string => `${dbPath}.in-use`;

interface InUseMarker {
  format: 'peer-office-in-use';
  /** When the office was opened: changes since then may be only in the WAL. */
  openedAt: string;
  /** Set once the person has been told the WAL is missing: the next unlock opens the file as it is. */
  missingWalReportedAt?: string;
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
  const fd = openSync(inUseMarkerPath(dbPath), 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(marker));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const londonDateTime = (iso: string): string => {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return 'it was last opened';
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(when).replace(',', ' at');
};

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
  const since = openedAt ? `since ${londonDateTime(openedAt)}` : 'in its last session';
  throw new AppFailure(
    'DAMAGED',
    `The file ${dbPath}-wal is missing. Peer Office was not closed properly last time (the PC may have lost power), and that file held the changes saved ${since} that were not yet in the database file itself. Without it, some or all of those changes are lost. `
    + 'If you have a copy of that file, put it back beside the database and unlock again. Otherwise restore it from a backup, or unlock again to open the records as they were before those changes. Nothing has been changed or deleted.',
  );
}

/** Marks the database as open: from now on its newest changes may be only in the WAL. */
export function markInUse(dbPath: string, now: Date): void {
  writeMarker(dbPath, { format: 'peer-office-in-use', openedAt: now.toISOString() });
}

/** Removes the marker: only once the WAL has been emptied into the database file. */
export function clearInUse(dbPath: string): void {
  rmSync(inUseMarkerPath(dbPath), { force: true });
}
