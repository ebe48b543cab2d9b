// What `peer-office --help` prints, and the names offices get when --name is not given. Kept apart from
// the commands so --help and usage errors answer without loading the backend.
export const DEFAULT_OFFICE_NAME = 'My Peer Support Office';
export { DEMO_OFFICE_NAME } from '../../shared/domain/members';

export const USAGE = `Usage: peer-office <command> --db FILE [options]
       peer-office verify --file BACKUP

Commands:
  init  --db FILE [--name NAME]  Create an empty encrypted office database (name: "${DEFAULT_OFFICE_NAME}").
                                 Prints the recovery key once: write it down.
  demo  --db FILE [--name NAME]  Create a demo office: about 300 synthetic members, 40 staff and two
                                 years of sessions, last month's pay approved and ready to export.
  check --db FILE                Open the database read-only, check its integrity and links, print a JSON
                                 summary. The database is never written: no audit entry, no update,
                                 no backup. A wrong passphrase or recovery key is counted and noted
                                 beside it (FILE.attempts.json, FILE.audit-pending.json), as a failed
                                 unlock in the app is. A database waiting for an update from this
                                 version is reported (exit 5), not updated: unlocking it in the app
                                 updates it, after a backup.
  export payroll --db FILE --period KEY --format xlsx|sage|brightpay --out FILE [--by NAME] [--force]
                                 Write an approved pay period's file for payroll, as the app's
                                 "Export for payroll" does, and mark the period exported (recorded as
                                 done by NAME, or "peer-office command line"). KEY names the period as
                                 the office's pay schedule does: the month as YYYY-MM (2026-10) when
                                 pay is monthly, or the first day as YYYY-MM-DD (2026-10-12) when it
                                 is four-weekly. A period not approved yet, or with problems to fix,
                                 is refused, and its checklist printed after the reason.
                                 An existing --out file is replaced only with --force.
  backup --db FILE --to DIR [--keep-all]
                                 Write an encrypted backup of the database into DIR (which must
                                 exist: a USB stick, say), check it by reading it back, and print its
                                 path. Older backups of this database in DIR are thinned out as the
                                 app does (7 daily, 4 weekly, 12 monthly kept) unless --keep-all;
                                 other offices' backups and other files there are never touched.
  verify --file BACKUP           Open a backup with the passphrase or recovery key in use when it was
                                 made, check every part of it, print a JSON summary (counts only).
  restore --file BACKUP --db FILE [--yes] [--replace-different-office]
                                 Put a backup in place of the database. First the backup is checked
                                 through and what it holds is shown, as in the app: when and by which
                                 version it was made, whether it is this office's, another office's
                                 or the demo's, and how many records of each kind (counts only).
                                 In a terminal it then asks "Replace ... ? (y/N)"; a script, with no
                                 terminal, must add --yes instead. Another office's backup (the
                                 demo's, say), or one whose office cannot be told because the
                                 passphrase or recovery key does not open FILE's key file, also needs
                                 --replace-different-office, even with --yes. Refused while Peer
                                 Office has FILE open. The database and key file already there are
                                 first kept aside as FILE.before-restore-DATE-TIME (never deleted).
                                 A backup from a newer Peer Office is refused. Afterwards, open the
                                 office with the passphrase or recovery key of the backup's day.

The passphrase comes from the PEER_OFFICE_PASSPHRASE environment variable, or is asked for in the
terminal; it is never accepted as an argument. Every command but init and demo also accepts
PEER_OFFICE_RECOVERY_KEY.

Exit codes: 0 done, 1 failed (a file already there, a period not approved or with problems to fix,
            a --to folder that is not there, a restore while Peer Office has the database open or
            that could not put the backup in place),
            2 bad usage (including a period the office's pay schedule does not have),
            3 wrong passphrase or recovery key,
            4 file missing, damaged, not a Peer Office database or backup, or from a newer version,
            5 (check) sound, but waiting for a database update that the app makes at its next unlock,
            6 (restore) not confirmed: the answer was not yes, --yes was not given outside a terminal,
              or --replace-different-office was not given when it was needed. Nothing was changed.
`;
