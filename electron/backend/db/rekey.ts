// Re-encrypting the open office database with a new data key, in place (office/key-switch.ts says when
// and how the key files follow it).
//
// SQLite3 Multiple Ciphers cannot re-key a database in WAL mode: it does not refuse, it leaves a file that
// no key opens (better-sqlite3-multiple-ciphers issues 64 and 91). So the WAL is emptied and switched off
// first, and back on after. In rollback-journal mode the re-key is one ordinary write transaction: every
// page is read with the old key and written with the new one, and the journal keeps each original page
// encrypted with the OLD key (sqlite3mc's "case 7"). A crash part-way leaves a hot journal that the next
// read-write opening rolls back, whatever key it holds, to the old-key database as it was; once the
// transaction commits, the file is wholly under the new key. Either way one of the two keys opens it.
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/contract/result';
import { heldOpenElsewhere, reclaimInUse, releaseBeforeClose } from './in-use';
import { inUseClaimOf, type Sqlite } from './open';

type WithCipher = Database.Database & { rekey(key: Buffer): number };

/** The points a re-key passes, in order, for the crash test's failure hook (office/key-switch.ts). */
export type RekeyStep = 'journal-switched' | 'rekeyed' | 'wal-restored';

const openElsewhere = (): AppFailure => new AppFailure(
  'CONFLICT',
  'Another Peer Office window or command has the office open, so the database could not be given its new key. Nothing was changed: the old recovery key still works. Close the other window or command, then try again.',
);

/** Whether SQLite gave up waiting for another connection's lock. */
const isBusy = (err: unknown): boolean => /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown }).code ?? ''));

/**
 * Re-encrypts the open database with `newKey`, on its own connection, which goes on working with it.
 * Throws only when the database is still under the old key (SQLite rolled the re-key back whole).
 * Returns whether the WAL could be switched back on; if not, the connection works on in rollback-journal
 * mode until it closes, and the next opening turns WAL on again (open.ts).
 */
export function rekeyInPlace(sqlite: Sqlite, dbPath: string, newKey: Buffer, onStep: (step: RekeyStep) => void): { walRestored: boolean } {
  // Every other connection must be closed: one still reading with the old key would write old-key pages
  // into a new-key file. SQLite refuses to leave WAL mode while one is open; these say so sooner and plainly.
  const claim = inUseClaimOf(sqlite);
  if (claim?.kind !== 'own' || heldOpenElsewhere(dbPath) || sqlite.inTransaction) throw openElsewhere();
  const [checkpoint] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (checkpoint?.busy !== 0) throw openElsewhere();
  // The WAL is empty now, so the in-use marker has nothing to guard: it goes before the WAL does (a marker
  // with no WAL beside it would read, after a crash here, as newest changes lost: db/in-use.ts).
  const setAside = releaseBeforeClose(dbPath, claim);
  let failure: unknown = null;
  let rekeyed = false;
  try {
    if (sqlite.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw openElsewhere();
    onStep('journal-switched');
    // As open.ts keys the connection: the key as bytes, never as text in SQL.
    (sqlite as WithCipher).rekey(newKey);
    rekeyed = true;
    onStep('rekeyed');
  } catch (err) {
    failure = isBusy(err) ? openElsewhere() : err;
  }
  let walRestored = false;
  try {
    walRestored = sqlite.pragma('journal_mode = WAL', { simple: true }) === 'wal';
    // The WAL file is made by the first read in WAL mode; the marker goes back only once it is there.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    if (walRestored && setAside) reclaimInUse(dbPath, claim);
  } catch (err) {
    if (!rekeyed) failure ??= err;
  }
  if (failure && !rekeyed) throw failure;
  onStep('wal-restored');
  return { walRestored };
}
