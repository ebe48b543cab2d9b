// What `peer-office --help` prints, and the names offices get when --name is not given. Kept apart from
// the commands so --help and usage errors answer without loading the backend.
export const DEFAULT_OFFICE_NAME = 'My Peer Support Office';
export { DEMO_OFFICE_NAME } from '../../shared/domain/members';

export const USAGE = `Usage: peer-office <command> --db FILE [options]

Commands:
  init  --db FILE [--name NAME]  Create an empty encrypted office database (name: "${DEFAULT_OFFICE_NAME}").
                                 Prints the recovery key once: write it down.
  demo  --db FILE [--name NAME]  Create a demo office filled with about 300 synthetic members.
  check --db FILE                Unlock the database, check its integrity and links, print a JSON summary.

The passphrase comes from the PEER_OFFICE_PASSPHRASE environment variable, or is asked for in the
terminal; it is never accepted as an argument. check also accepts PEER_OFFICE_RECOVERY_KEY instead.

Exit codes: 0 done, 1 failed, 2 bad usage, 3 wrong passphrase or recovery key,
            4 file missing, damaged, not a Peer Office database or from a newer version.
`;
