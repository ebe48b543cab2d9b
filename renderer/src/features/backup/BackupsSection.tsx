// The Settings section "Backups": warnings about where things are kept, how the last automatic backup
// went, "Back up now", the list of backups, restoring one, and the extra folder.
import { Alert, Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BackupOverview } from '../../../../shared/contract/backup';
import { londonToday } from '../../../../shared/domain/dates';
import { londonDateTime } from '../../../../shared/domain/pay/period-words';
import { useBackupOverview, useBackupSettings } from '../../api/backup';
import { useOfficeStatus } from '../../api/office';
import { Notice } from '../../components/Notice';
import { SettingsSection } from '../settings/SettingsSection';
import { BackupTable } from './BackupTable';
import { BackUpNow } from './BackUpNow';
import { ExtraFolderForm } from './ExtraFolderForm';
import { RestoreDialog } from './RestoreDialog';
import { StorageWarnings } from './StorageWarnings';
import { backupWhen } from '../../../../shared/domain/backup-words';

/** When backups are made without asking: the demo has no daily one (backup/service.ts dailyIfDue). */
const AUTOMATIC_WORDS = {
  office: 'A backup is made automatically the first time Peer Office is unlocked each day, and before each update.',
  demo: 'In the demo no daily backup is made, since everyone in it is made up; one is still made before each update.',
};

/** How the last automatic backup went since Peer Office started; else when the newest daily one was made. */
function LastAutomatic({ overview, isDemo }: { overview: BackupOverview; isDemo: boolean }) {
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
    ? ` The latest daily backup was made on ${backupWhen(daily)}.`
    : latest
      ? (latest.date === londonToday(new Date()) ? ` Today’s backup has been made, at ${latest.time}.` : ` The latest backup was made on ${backupWhen(latest)}.`)
      : ' There is no backup yet.';
  return <Text size="sm" data-testid="last-automatic">{AUTOMATIC_WORDS[isDemo ? 'demo' : 'office']}{since}</Text>;
}

export function BackupsSection() {
  const overview = useBackupOverview();
  const settings = useBackupSettings();
  const isDemo = useOfficeStatus().data?.isDemo === true;
  const [restoring, setRestoring] = useState(false);
  return (
    <SettingsSection
      title="Backups"
      intro="Backups are encrypted: they open only with the passphrase or the recovery key that was in use when each was made. Each is checked straight after it is written."
    >
      {overview.isPending && <Loader aria-label="Loading the backups" />}
      {overview.isError && <Alert color="red" role="alert" title="The list of backups could not be read">{overview.error.message}</Alert>}
      {overview.data && (
        <>
          <StorageWarnings overview={overview.data} />
          <LastAutomatic overview={overview.data} isDemo={isDemo} />
        </>
      )}
      <BackUpNow />
      {overview.data && <BackupTable backups={overview.data.backups} />}
      {/* Offered even when the list cannot be read: a backup file's place can be typed in. */}
      <Group>
        <Button variant="default" onClick={() => setRestoring(true)}>Restore from a backup</Button>
      </Group>
      <RestoreDialog opened={restoring} onClose={() => setRestoring(false)} />
      {settings.isError && <Alert color="red" role="alert">{settings.error.message}</Alert>}
      {settings.data && <ExtraFolderForm settings={settings.data} />}
    </SettingsSection>
  );
}
