// The Settings section "Backups": warnings about where things are kept, how the last automatic backup
// went, "Back up now", the list of backups, restoring one, and the extra folder.
import { Alert, Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { BackupOverview } from '../../../../shared/contract/backup';
import { formatUkDate } from '../../../../shared/domain/dates';
import { useBackupOverview, useBackupSettings } from '../../api/backup';
import { Notice } from '../../components/Notice';
import { BackupTable } from './BackupTable';
import { BackUpNow } from './BackUpNow';
import { ExtraFolderForm } from './ExtraFolderForm';
import { RestoreDialog } from './RestoreDialog';
import { StorageWarnings } from './StorageWarnings';
import { londonDateTime } from './words';

/** How the last automatic backup went since Peer Office started; else when the newest daily one was made. */
function LastAutomatic({ overview }: { overview: BackupOverview }) {
  const last = overview.lastAutomatic;
  if (last && !last.ok) {
    return (
      <Alert color="red" variant="light" role="alert" title={`The automatic backup on ${londonDateTime(last.at)} was not made`} data-testid="last-automatic">
        {last.message}
      </Alert>
    );
  }
  if (last) {
    return (
      <Stack gap={4} data-testid="last-automatic">
        <Text size="sm">
          The automatic backup {last.reason === 'daily' ? 'of the day' : 'before the update'} was made and checked on {londonDateTime(last.at)}. {last.message}
        </Text>
        {last.warnings.length > 0 && (
          <Notice title="Something to look at"><List size="sm">{last.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List></Notice>
        )}
      </Stack>
    );
  }
  // Newest first. The daily backup is skipped on a day that already has one (made by hand, say), so the
  // newest of any kind is what says the office is covered.
  const daily = overview.backups.find((b) => b.reason === 'daily' && b.check === 'verified');
  const latest = overview.backups.find((b) => b.check === 'verified');
  const since = daily
    ? ` The latest daily backup was made on ${formatUkDate(daily.date)} at ${daily.time}.`
    : latest
      ? ` The latest backup was made on ${formatUkDate(latest.date)} at ${latest.time}; the daily one is made only on a day with no backup yet.`
      : ' There is no backup yet.';
  return (
    <Text size="sm" data-testid="last-automatic">
      A backup is made automatically the first time Peer Office is unlocked each day, and before each update.{since}
    </Text>
  );
}

export function BackupsSection() {
  const overview = useBackupOverview();
  const settings = useBackupSettings();
  const [restoring, setRestoring] = useState(false);
  return (
    <Stack gap="lg" component="section" aria-labelledby="backups-heading">
      <Title order={2} size="h3" id="backups-heading">Backups</Title>
      <Text size="sm">
        Backups are encrypted: they open only with the passphrase or the recovery key that was in use when each was made.
        Each is checked straight after it is written.
      </Text>
      {overview.isPending && <Loader aria-label="Loading the backups" />}
      {overview.isError && <Alert color="red" role="alert">{overview.error.message}</Alert>}
      {overview.data && (
        <>
          <StorageWarnings overview={overview.data} />
          <LastAutomatic overview={overview.data} />
          <BackUpNow />
          <BackupTable backups={overview.data.backups} />
          <Group>
            <Button variant="default" onClick={() => setRestoring(true)}>Restore from a backup…</Button>
          </Group>
          <RestoreDialog opened={restoring} onClose={() => setRestoring(false)} />
        </>
      )}
      {settings.isError && <Alert color="red" role="alert">{settings.error.message}</Alert>}
      {settings.data && <ExtraFolderForm settings={settings.data} />}
    </Stack>
  );
}
