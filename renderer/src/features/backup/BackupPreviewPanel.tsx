// What a backup holds, before anything is replaced: when and by which version it was made, whether it is
// of this office database or another, and how many records of each kind are in it. Counts only: a
// backup's preview never shows anyone's details.
import { Alert, Anchor, Button, Checkbox, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { RestorePreview } from '../../../../shared/contract/backup';
import { londonDateTime } from '../../../../shared/domain/pay/period-words';
import { fid, FormProblem } from '../../components/FormProblem';
import { Notice } from '../../components/Notice';
import type { Problem } from '../../components/useCheckedSubmit';
import { RESTORE_LABELS, RESTORE_PREFIX } from './ChooseBackupForm';
import { describeTables, formatSize, REASON_WORDS, type TableCount } from '../../../../shared/domain/backup-words';

function CountsTable({ rows, caption }: { rows: TableCount[]; caption: string }) {
  return (
    <Table withTableBorder striped data-testid="backup-counts">
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr><Table.Th scope="col">Records</Table.Th><Table.Th scope="col" ta="right">How many</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.table}><Table.Td>{r.label}</Table.Td><Table.Td ta="right">{r.count.toLocaleString('en-GB')}</Table.Td></Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface Props {
  preview: RestorePreview;
  restoring: boolean;
  /** The restore's progress, shown above the buttons while it runs. */
  progress: ReactNode;
  problem: Problem | null;
  /** With the person's confirmation, when the backup is of a different office database. */
  onRestore: (replaceDifferentOffice: boolean) => void;
  onBack: () => void;
}

/**
 * Another office's backup (the demo's over the real office, say) can be restored, but it replaces every
 * record with that office's: said by code (the one in both offices' backup file names), never by name,
 * and ticked to confirm before the restore goes ahead (the backend refuses it otherwise).
 */
function DifferentOffice({ preview, understood, onUnderstood, error }: {
  preview: RestorePreview; understood: boolean; onUnderstood: (v: boolean) => void; error: string | undefined;
}) {
  return (
    <Notice title="This is a backup of a different office database" data-testid="different-office">
      <Stack gap="xs">
        <Text size="sm">
          It was made from the office database with the code <strong>{preview.officeCode}</strong>; the one open now has the
          code <strong>{preview.openOfficeCode}</strong>. Each office’s backup files carry its code in their names.
          Restoring this backup replaces this office’s records with the other office’s.
        </Text>
        <Checkbox
          id={fid(RESTORE_PREFIX, 'replaceDifferentOffice')}
          label="I understand: replace this office’s records with the other office’s"
          checked={understood}
          onChange={(e) => onUnderstood(e.currentTarget.checked)}
          error={error}
        />
      </Stack>
    </Notice>
  );
}

/**
 * What the restore replaces. With the demo open, the backup goes to the office's usual database file and
 * the demo's file is left as it is (backup/service.ts restoreTarget), which is said here, before anything is done.
 */
function WhatIsReplaced({ preview }: { preview: RestorePreview }) {
  const then = 'Peer Office then locks: unlock it with the passphrase or recovery key that was in use when this backup was made.';
  if (preview.restoresTo.demoLeftAsItWas) {
    return (
      <Notice title="The demo is left as it is" data-testid="restore-replaces">
        <Stack gap="xs">
          <Text size="sm">The backup goes to your office’s usual database file, not over the demo, and Peer Office opens that file from then on:</Text>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{preview.restoresTo.databasePath}</Code>
          <Text size="sm">If there is a database in that place already, it is kept aside under another name, not deleted. {then}</Text>
        </Stack>
      </Notice>
    );
  }
  return (
    <Notice title="Restoring replaces the records you have now" data-testid="restore-replaces">
      The database as it is now is kept aside under another name, not deleted. {then}
    </Notice>
  );
}

export function BackupPreviewPanel({ preview, restoring, progress, problem, onRestore, onBack }: Props) {
  const [everything, setEverything] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const { main, other } = describeTables(preview.tables);
  const tooNew = preview.compatibility === 'newer';
  return (
    <Stack gap="md" data-testid="backup-preview">
      <FormProblem problem={problem} prefix={RESTORE_PREFIX} labels={RESTORE_LABELS} />
      <Text>
        Made on <strong>{londonDateTime(preview.createdAt)}</strong> ({REASON_WORDS[preview.reason].toLowerCase()}) by Peer Office {preview.appVersion}.
        {' '}The file is {formatSize(preview.sizeBytes)}. It was checked just now: the whole file was read and checked, and its records counted.
      </Text>
      {preview.office === 'different' && !tooNew && (
        <DifferentOffice preview={preview} understood={understood} onUnderstood={setUnderstood} error={problem?.fields['replaceDifferentOffice']} />
      )}
      {preview.isDemo && <Notice title="This is a backup of the demo office">Everyone in it is made up.</Notice>}
      {preview.compatibility === 'older' && (
        <Notice title="Made by an older version of Peer Office">When you unlock it after the restore, it is updated to this version. A backup is made first.</Notice>
      )}
      {tooNew && (
        <Alert color="red" variant="light" title="Made by a newer version of Peer Office" role="alert">
          This version cannot open it. Install the latest version of Peer Office, then restore it. Nothing has been changed.
        </Alert>
      )}
      <CountsTable rows={main} caption="What it holds" />
      {other.length > 0 && (
        <Anchor component="button" type="button" size="sm" onClick={() => setEverything(!everything)} aria-expanded={everything}>
          {everything ? 'Hide the other records' : `Show the other records (${other.length} kinds)`}
        </Anchor>
      )}
      {everything && <CountsTable rows={other} caption="Everything else" />}
      {!tooNew && <WhatIsReplaced preview={preview} />}
      {progress}
      <Group>
        {/* Busy, the button keeps its words (and its focus), rather than turning into a spinner. */}
        {!tooNew && (
          <Button color="red" bg="red.9" c="white" onClick={() => { if (!restoring) onRestore(understood); }} data-disabled={restoring || undefined} aria-disabled={restoring}>
            {restoring ? 'Restoring…' : 'Restore this backup'}
          </Button>
        )}
        <Button variant="default" onClick={onBack} disabled={restoring}>Choose another backup</Button>
      </Group>
    </Stack>
  );
}
