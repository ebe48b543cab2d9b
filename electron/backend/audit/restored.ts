// A restore's audit entry, written into the restored database before it is put in place.
//
// A restore puts a backup's log in place of the current one, so without care everything recorded since
// the backup (changes, locks, failed unlocks, the unlock with the recovery key) would be left in the
// database kept aside, out of sight. So, in the one transaction that adds the restore's own entry:
//  - restoring the open office from Settings (the same office, its key in hand): the current log's entries
//    made after the backup are copied across, in order, whole (their numbers too), then the restore's entry
//    says how many. They are told by their numbers, never by their times: the PC's clock may have been put
//    back since the backup (or forward, then corrected), and a log's order is the order it was written in;
//  - when the current log does not carry on from the backup's (it was itself restored from another backup
//    since, say), which entries came "after" cannot be known: nothing is copied, and the restore's entry
//    names the file kept aside that holds them;
//  - otherwise (from the unlock screen, where the current file may be damaged or its key unknown; or a
//    different office's backup, whose records the entries would not be about; or the office closed part-way
//    by the app quitting): nothing is copied either, and the restore's entry names the file kept aside.
// Written into the checked copy before it is moved in: if the move fails, the copy and the entry go
// together, and a restore that happened always has its entry. Entries committed that cannot be shown to be
// in the copy's own file stop the restore (recordRestore), rather than going in with a log that may lack them.
import { basename } from 'node:path';
import { THE_OFFICE } from '../../../shared/contract/audit';
import type { RestoredAuditLog } from '../../../shared/contract/backup';
import { AppFailure } from '../../../shared/contract/result';
import { londonDateTime } from '../../../shared/domain/pay/period-words';
import { errorName, type Logger } from '../context';
import { openEncrypted, type Db, type Sqlite } from '../db/open';
import { auditLog, officeSettings } from '../db/schema';
import { EXTRA_FOLDER_SETTING } from '../backup/folders';
import { addEntries, type NewAuditEntry } from './log';

export interface RestoreFacts {
  at: Date;
  /** When the backup was made (its header's time). */
  backupMadeAt: string;
  /** The full path the current database is about to be kept aside under; null when there is none. */
  keptAsideAs: string | null;
  /**
   * The current database's connection when it is the same office as the backup's (null otherwise), as it was
   * when the restore began: closed since if the app quit part-way.
   */
  current: Sqlite | null;
  /**
   * The extra backup folder setting to write into the restored copy (null folder: none), when the backup is
   * of the same office as the one replaced: where backups go is about this PC, not the records, and a
   * backup made before the folder was chosen must not quietly switch it off. null: the backup is another
   * office's (or whose cannot be told), and keeps its own setting.
   */
  extraFolder: { folder: string | null } | null;
  logger: Logger;
}

const ENTRY_COLUMNS = 'id, at, action, area, channel, record_type AS recordType, record_id AS recordId, summary, by';

type LoggedEntry = NewAuditEntry & { id: number };

/** Two entries are one when everything about them is the same: a number alone could have been given twice, by two logs that have parted. */
const sameEntry = (a: LoggedEntry, b: LoggedEntry): boolean =>
  a.id === b.id && a.at === b.at && a.action === b.action && a.area === b.area && a.channel === b.channel
  && a.recordType === b.recordType && a.recordId === b.recordId && a.summary === b.summary && a.by === b.by;

/**
 * The current log's entries made after the backup, oldest first (the order they were written in); null when
 * the current log does not carry on from the backup's. A backup is a copy, so up to it the two logs are one,
 * number for number: when the current log's entry numbered as the backup's newest is that very entry, every
 * later number was written after the backup, whatever the clock said. When it is not (or is missing), the
 * two have parted: the current was restored from another backup since (from the unlock screen, or a
 * different office's), and neither times nor numbers can say which of its entries the backup lacks.
 */
function entriesAfter(current: Sqlite, backupNewest: LoggedEntry | undefined): LoggedEntry[] | null {
  const after = current.prepare(`SELECT ${ENTRY_COLUMNS} FROM audit_log WHERE id > ? ORDER BY id`);
  // An empty log (a backup made at the unlock whose update added the log, before its first entry) is the start of every log.
  if (!backupNewest) return after.all(0) as LoggedEntry[];
  const same = current.prepare(`SELECT ${ENTRY_COLUMNS} FROM audit_log WHERE id = ?`).get(backupNewest.id) as LoggedEntry | undefined;
  if (!same || !sameEntry(same, backupNewest)) return null;
  return after.all(backupNewest.id) as LoggedEntry[];
}

/**
 * Adds the copied entries under their own numbers (all greater than any in the restored log), so that the
 * two logs stay one up to the restore, and a later restore from Settings can match them again by number.
 * A few hundred at a time, as addEntries does, well inside SQLite's limit on parameters.
 */
function addCopied(db: Db, entries: LoggedEntry[]): void {
  for (let i = 0; i < entries.length; i += 500) db.insert(auditLog).values(entries.slice(i, i + 500)).run();
}

/** What the restore could do with the entries made after the backup: copied (how many), or left in the file kept aside, and why. */
type LaterEntries = { copied: number } | { left: 'not-read' | 'parted' };

const entriesWord = (n: number) => `${n.toLocaleString('en-GB')} audit log ${n === 1 ? 'entry' : 'entries'}`;

/**
 * What became of the extra backup folder setting, for the summary: never its path (a folder name can say
 * more than it should, and the audit log is read by more people than the Settings page); null when unchanged.
 */
type FolderKept = 'kept' | 'left-off' | null;

const FOLDER_WORDS: Record<Exclude<FolderKept, null>, string> = {
  kept: '; the extra backup folder was kept',
  'left-off': '; backups still go to the default folder only, as before the restore',
};

function restoreSummary(facts: RestoreFacts, later: LaterEntries, folder: FolderKept): string {
  return `${entriesSummary(facts, later)}${folder ? FOLDER_WORDS[folder] : ''}`;
}

/**
 * Whether the restored copy's extra folder setting is to be changed, and how the summary says it: 'kept'
 * whenever the office had a folder (written even when the backup had the same one, so that the summary
 * says where backups go); 'left-off' when the office had none but the backup did; null when nothing changes.
 */
function folderToKeep(sqlite: Sqlite, facts: RestoreFacts): FolderKept {
  if (!facts.extraFolder) return null;
  if (facts.extraFolder.folder) return 'kept';
  const inBackup = sqlite.prepare('SELECT value FROM office_settings WHERE key = ?').get(EXTRA_FOLDER_SETTING) as { value: string } | undefined;
  return inBackup?.value ? 'left-off' : null;
}

function entriesSummary(facts: RestoreFacts, later: LaterEntries): string {
  const from = `restored from the backup made on ${londonDateTime(facts.backupMadeAt)}`;
  if (!facts.keptAsideAs) return `${from}; there was no database here before`;
  const aside = basename(facts.keptAsideAs);
  if ('copied' in later) {
    const n = later.copied;
    if (n === 0) return `${from}; no audit log entries had been made after the backup; the database it replaced was kept aside as ${aside}`;
    return `${from}; the ${entriesWord(n)} made after the backup ${n === 1 ? 'was' : 'were'} copied here from the database it replaced, kept aside as ${aside}`;
  }
  const notHere = `audit log entries made after the backup are not in this log: they are in the database it replaced, kept aside as ${aside}`;
  // Said, so that no one takes the gap for entries removed: the log of the database replaced had itself been restored since.
  if (later.left === 'parted') return `${from}; the audit log of the database it replaced does not carry on from this backup’s, so ${notHere}`;
  return `${from}; ${notHere}`;
}

/**
 * Adds the restore's entry (and, from the same open office, the entries made since the backup) to the
 * checked copy at `copyPath`. A copy made before the audit log existed has no log to add to: its
 * restore is noted for its first unlock instead (inLog false), after the update that adds the log.
 */
export function recordRestore(copyPath: string, dataKey: Buffer, facts: RestoreFacts): RestoredAuditLog {
  const notWritten: RestoredAuditLog = { carried: 0, laterEntriesIn: facts.keptAsideAs, inLog: false };
  // Set once the entries are committed: from then on they may be in the copy's -wal alone.
  let committed = false;
  try {
    const { sqlite, db } = openEncrypted(copyPath, dataKey, { mustExist: true });
    try {
      const hasLog = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'`).get() !== undefined;
      if (!hasLog) return notWritten;
      const backupNewest = sqlite.prepare(`SELECT ${ENTRY_COLUMNS} FROM audit_log ORDER BY id DESC LIMIT 1`).get() as LoggedEntry | undefined;
      // A lock that does not wait for the restore (the app quitting: see backend.ts) may have closed the
      // current office part-way: its entries cannot be read now, and stay in the file kept aside, named.
      const readable = facts.current?.open === true && facts.keptAsideAs !== null ? facts.current : null;
      const copied = readable ? entriesAfter(readable, backupNewest) : null;
      const later: LaterEntries = copied ? { copied: copied.length } : { left: readable ? 'parted' : 'not-read' };
      if (readable && !copied) facts.logger.info('the current audit log does not carry on from the backup’s: its later entries stay in the file kept aside');
      const folder = folderToKeep(sqlite, facts);
      const restored: NewAuditEntry = {
        at: facts.at.toISOString(), action: 'restore', area: 'backup', channel: 'backup:restore', recordType: 'office', recordId: '',
        summary: restoreSummary(facts, later, folder), by: THE_OFFICE,
      };
      // One transaction: the copied entries, the folder kept and the restore's entry saying so are all written, or none is.
      sqlite.transaction(() => {
        addCopied(db, copied ?? []);
        if (folder) {
          const value = facts.extraFolder?.folder ?? '';
          db.insert(officeSettings).values({ key: EXTRA_FOLDER_SETTING, value }).onConflictDoUpdate({ target: officeSettings.key, set: { value } }).run();
        }
        addEntries(db, [restored]);
      })();
      committed = true;
      // The copy is moved in as one file, without its -wal (which the restore clears away): the entries are in
      // the copy only once the checkpoint has folded every frame into it, which busy 0 says and nothing else does.
      const [checkpoint] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (checkpoint?.busy !== 0) throw new Error('the checkpoint could not fold the whole WAL into the copy');
      return { carried: copied?.length ?? 0, laterEntriesIn: copied ? null : facts.keptAsideAs, inLog: true };
    } finally {
      sqlite.close();
    }
  } catch (err) {
    const why = errorName(err);
    // Committed but perhaps only in the -wal: neither "written" (the entries may be lost with the -wal,
    // copied ones too) nor "not written" (closing may still have folded them in, and the next unlock would
    // write the restore twice) is then known to be true. So the restore stops here, before the office is
    // touched, and the caller clears the copy away: nothing has changed, and it can be tried again.
    if (committed) {
      facts.logger.warn(`could not finish writing the restore into the restored audit log: ${why}`);
      throw new AppFailure('INTERNAL', 'The backup was checked, but its copy could not be finished (the disk may be full or failing, or another program may have the copy open), so it was not put in place. Nothing has been changed. Try the restore again; if it fails again, check the disk.');
    }
    // Nothing committed: the copy is as checked. The restore itself matters more than its entry: it goes
    // ahead, and its entry is written at the next unlock instead (record.ts), as for a backup from before the log.
    facts.logger.warn(`could not write the restore into the restored audit log: ${why}`);
    return notWritten;
  }
}
