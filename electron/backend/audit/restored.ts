// A restore's audit entry, written into the restored database before it is put in place.
//
// A restore puts a backup's log in place of the current one, so without care everything recorded since
// the backup (changes, locks, failed unlocks, the unlock with the recovery key) would be left in the
// database kept aside, out of sight. So, in the one transaction that adds the restore's own entry:
//  - restoring the open office from Settings (the same office, its key in hand): the current log's entries
//    newer than the backup's newest are copied across, in order, with their own times and words (new
//    numbers), then the restore's entry says how many;
//  - otherwise (from the unlock screen, where the current file may be damaged or its key unknown; or a
//    different office's backup, whose records the entries would not be about): nothing is copied, and the
//    restore's entry names the file kept aside that holds them.
// Written into the checked copy before it is moved in: if the move fails, the copy and the entry go
// together, and a restore that happened always has its entry.
import { basename } from 'node:path';
import { THE_OFFICE } from '../../../shared/contract/audit';
import type { RestoredAuditLog } from '../../../shared/contract/backup';
import { londonDateTime } from '../../../shared/domain/pay/period-words';
import type { Logger } from '../context';
import { openEncrypted, type Sqlite } from '../db/open';
import { addEntries, type NewAuditEntry } from './log';

export interface RestoreFacts {
  at: Date;
  /** When the backup was made (its header's time). */
  backupMadeAt: string;
  /** The full path the current database is about to be kept aside under; null when there is none. */
  keptAsideAs: string | null;
  /** The current database, open, when it is the same office as the backup's; null otherwise. */
  current: Sqlite | null;
  logger: Logger;
}

const ENTRY_COLUMNS = 'at, action, area, channel, record_type AS recordType, record_id AS recordId, summary, by';

/** The current log's entries after the backup's newest one, oldest first (the order they were written in). */
function entriesAfter(current: Sqlite, newest: { at: string; id: number } | undefined): NewAuditEntry[] {
  if (!newest) return current.prepare(`SELECT ${ENTRY_COLUMNS} FROM audit_log ORDER BY id`).all() as NewAuditEntry[];
  // Up to the backup the two logs are one (a backup is a copy), so an entry of the same millisecond as the
  // backup's newest is told apart by its number.
  return current.prepare(`SELECT ${ENTRY_COLUMNS} FROM audit_log WHERE at > @at OR (at = @at AND id > @id) ORDER BY id`).all(newest) as NewAuditEntry[];
}

const entriesWord = (n: number) => `${n.toLocaleString('en-GB')} audit log ${n === 1 ? 'entry' : 'entries'}`;

function restoreSummary(facts: RestoreFacts, carried: number | null): string {
  const from = `restored from the backup made on ${londonDateTime(facts.backupMadeAt)}`;
  if (!facts.keptAsideAs) return `${from}; there was no database here before`;
  const aside = basename(facts.keptAsideAs);
  if (carried === 0) return `${from}; no audit log entries had been made after the backup; the database it replaced was kept aside as ${aside}`;
  if (carried !== null) {
    return `${from}; the ${entriesWord(carried)} made after the backup ${carried === 1 ? 'was' : 'were'} copied here from the database it replaced, kept aside as ${aside}`;
  }
  return `${from}; audit log entries made after the backup are not in this log: they are in the database it replaced, kept aside as ${aside}`;
}

/**
 * Adds the restore's entry (and, from the same open office, the entries made since the backup) to the
 * checked copy at `copyPath`. A copy made before the audit log existed has no log to add to: its
 * restore is noted for its first unlock instead (inLog false), after the update that adds the log.
 */
export function recordRestore(copyPath: string, dataKey: Buffer, facts: RestoreFacts): RestoredAuditLog {
  const notWritten: RestoredAuditLog = { carried: 0, laterEntriesIn: facts.keptAsideAs, inLog: false };
  let written: RestoredAuditLog | null = null;
  try {
    const { sqlite, db } = openEncrypted(copyPath, dataKey, { mustExist: true });
    try {
      const hasLog = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'`).get() !== undefined;
      if (!hasLog) return notWritten;
      const newest = sqlite.prepare('SELECT at, id FROM audit_log ORDER BY at DESC, id DESC LIMIT 1').get() as { at: string; id: number } | undefined;
      const later = facts.current && facts.keptAsideAs ? entriesAfter(facts.current, newest) : null;
      const restored: NewAuditEntry = {
        at: facts.at.toISOString(), action: 'restore', area: 'backup', channel: 'backup:restore', recordType: 'office', recordId: '',
        summary: restoreSummary(facts, later?.length ?? null), by: THE_OFFICE,
      };
      sqlite.transaction(() => addEntries(db, [...(later ?? []), restored]))();
      written = { carried: later?.length ?? 0, laterEntriesIn: later ? null : facts.keptAsideAs, inLog: true };
      // The copy is moved in as one file: nothing may stay behind in a -wal beside it.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      return written;
    } finally {
      sqlite.close();
    }
  } catch (err) {
    // The restore itself matters more than its entry: it goes ahead, and its entry is written at the next
    // unlock instead (record.ts), as for a backup from before the log.
    facts.logger.warn(`could not write the restore into the restored audit log: ${err instanceof Error ? err.name : 'unknown error'}`);
    return written ?? notWritten;
  }
}
