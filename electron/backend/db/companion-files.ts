// The files that belong with one database file and go wherever it goes: moved aside with it by a restore
// (backup/restore.ts), cleared with a half-made copy, deleted with a demo that starts afresh (office/session.ts).
// One list, so that a file added beside the database one day is not moved by one of those and left by another.
import { inUseMarkerPath } from './in-use';
import { keyFilePath, nextKeyFilePath } from '../office/keyring';

/**
 * Beside `dbPath`, in the same order for every path (so two lists pair file for file):
 *  - `-wal`: committed changes not yet folded into the file; left beside another database it would be
 *    replayed into that one;
 *  - `-shm`: the WAL's shared-memory index, which describes that WAL and no other;
 *  - `-journal`: a rollback journal a crash can leave while the database is given a new key (db/rekey.ts),
 *    which the next read-write opening would play into whatever file is there;
 *  - the key file (`.keys.json`), without which the database opens with the recovery key only, and a next key
 *    file (`.keys.next.json`) a key change cut short leaves, which may be the one that opens it (office/key-switch.ts);
 *  - the in-use marker of a session that did not close cleanly (db/in-use.ts), which says the WAL beside it
 *    must not be missing: beside another file it would report that file's (absent) WAL as lost.
 * Not here, on purpose: the count of wrong attempts (`.attempts.json`, office/attempts.ts) and the audit
 * events waiting for the next unlock (`.audit-pending.json`, audit/pending.ts) are about the place the office
 * is kept, not the file: a restore leaves them, so it neither resets the limit on guessing nor loses a failed
 * unlock the log has yet to show.
 */
export const companionFiles = (dbPath: string): string[] => [
  `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`, keyFilePath(dbPath), nextKeyFilePath(dbPath), inUseMarkerPath(dbPath),
];
