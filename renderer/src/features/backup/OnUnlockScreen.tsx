// What the unlock screen shows about backups: after a restore, what happened and where the replaced database
// was kept; when the database is damaged, the way back (restoring from a backup, which works while locked).
import { Button, Code, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RestoreOutcome } from '../../../../shared/contract/backup';
import { londonDateTime } from '../../../../shared/domain/pay/period-words';
import { useLastRestore } from '../../api/backup';
import { Done } from '../../components/Done';
import { RestoreDialog } from './RestoreDialog';

const PATH_STYLE = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** What became of the audit log's entries from after the backup: copied across, or left in the file kept aside. */
function AuditLogWords({ restored }: { restored: RestoreOutcome }) {
  const { carried, laterEntriesIn } = restored.auditLog;
  if (laterEntriesIn) {
    const name = laterEntriesIn.split(/[\\/]/).at(-1);
    return (
      <Text size="sm" data-testid="restored-audit-log">
        The restored audit log ends at the backup: entries made after {londonDateTime(restored.createdAt)} (changes, locks,
        unlocks) are not in it. They are kept in the database set aside, <Code>{name}</Code>.
      </Text>
    );
  }
  if (carried === 0) return null;
  return (
    <Text size="sm" data-testid="restored-audit-log">
      The audit log still holds the {carried === 1 ? 'entry' : `${carried.toLocaleString('en-GB')} entries`} made since the backup,
      copied from the database it replaced, followed by this restore.
    </Text>
  );
}

/**
 * Where the backup went and what was kept aside. With the demo open, the backup went to the office's usual
 * database file, and what was kept aside (if anything) was the office database there, not the demo.
 */
function WhereItWent({ restored }: { restored: RestoreOutcome }) {
  // keptAside lists the database first, then its WAL, key file and the like that went with it.
  const [database, ...withIt] = restored.keptAside;
  const { databasePath, demoLeftAsItWas } = restored.restoredTo;
  return (
    <>
      {demoLeftAsItWas && (
        <>
          <Text size="sm">The demo is left as it was. The backup was put in your office’s usual database file, which Peer Office opens from now on:</Text>
          <Code block style={PATH_STYLE}>{databasePath}</Code>
        </>
      )}
      {database ? (
        <>
          <Text size="sm">{demoLeftAsItWas ? 'The office database that was there before' : 'The database as it was before the restore'} is kept aside, not deleted:</Text>
          <Code block style={PATH_STYLE}>{database}</Code>
          {withIt.length > 0 && <Text size="sm">with {withIt.length === 1 ? 'its companion file' : `${withIt.length} companion files`} beside it (the same name with an ending added).</Text>}
        </>
      ) : (
        <Text size="sm">{demoLeftAsItWas ? 'There was no office database there before' : 'There was no database here before'}, so nothing needed keeping aside.</Text>
      )}
    </>
  );
}

export function RestoredNotice() {
  const { restored } = useLastRestore();
  if (!restored) return null;
  return (
    <Done title="The backup has been restored" data-testid="restored-notice">
      <Stack gap="xs">
        <Text size="sm">
          The records are now as they were on {londonDateTime(restored.createdAt)}. Unlock with the passphrase or the recovery key that was in use then.
        </Text>
        <WhereItWent restored={restored} />
        {/* Kept from before the restore: where backups go is about this PC, so a restore never quietly stops the USB copies. */}
        {restored.extraBackupFolder && (
          <Text size="sm" data-testid="restored-extra-folder">
            Backups still go to the extra folder <Code>{restored.extraBackupFolder}</Code> as well, as set before the restore.
          </Text>
        )}
        <AuditLogWords restored={restored} />
      </Stack>
    </Done>
  );
}

/** Offered with a DAMAGED answer (the message above it says what is wrong): then the screen's main action. */
export function RestoreOffer({ onRestored }: { onRestored: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <Stack gap="xs" data-testid="restore-offer">
      <Button size="md" variant="filled" onClick={() => setOpen(true)}>Restore from a backup</Button>
      <RestoreDialog opened={open} onClose={() => setOpen(false)} onRestored={onRestored} />
    </Stack>
  );
}
