// What a backup holds, before anything is replaced: when and by which version it was made, and how many
// records of each kind are in it. Counts only: a backup's preview never shows anyone's details.
import { Alert, Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { BackupPreview } from '../../../../shared/contract/backup';
import { Notice } from '../../components/Notice';
import type { Problem } from '../../components/useCheckedSubmit';
import { RestoreProblem } from './ChooseBackupForm';
import { describeTables, formatSize, londonDateTime, REASON_WORDS, type TableCount } from './words';

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
  preview: BackupPreview;
  restoring: boolean;
  problem: Problem | null;
  onRestore: () => void;
  onBack: () => void;
}

export function BackupPreviewPanel({ preview, restoring, problem, onRestore, onBack }: Props) {
  const [everything, setEverything] = useState(false);
  const { main, other } = describeTables(preview.tables);
  const tooNew = preview.compatibility === 'newer';
  return (
    <Stack gap="md" data-testid="backup-preview">
      <RestoreProblem problem={problem} />
      <Text>
        Made on <strong>{londonDateTime(preview.createdAt)}</strong> ({REASON_WORDS[preview.reason].toLowerCase()}) by Peer Office {preview.appVersion}.
        {' '}The file is {formatSize(preview.sizeBytes)}, and was checked just now: every page read, every table counted.
      </Text>
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
      <Text size="sm" c="dark.6">Database updates applied to it: {preview.migrations}.</Text>
      {!tooNew && (
        <Notice title="Restoring replaces the records you have now">
          The database as it is now is kept aside under another name, not deleted. Peer Office then locks: unlock it with the passphrase
          or recovery key that was in use when this backup was made.
        </Notice>
      )}
      <Group>
        {!tooNew && <Button color="red" bg="red.9" c="white" onClick={onRestore} loading={restoring}>Restore this backup</Button>}
        <Button variant="default" onClick={onBack} disabled={restoring}>Choose another backup</Button>
      </Group>
    </Stack>
  );
}
