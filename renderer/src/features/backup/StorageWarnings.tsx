// Warnings in words when the database or a backup folder is on a network drive or inside a cloud-synced
// folder, and when the extra folder cannot be reached (the USB stick is not plugged in).
import { Stack } from '@mantine/core';
import type { BackupOverview, StorageWarning } from '../../../../shared/contract/backup';
import { Notice } from '../../components/Notice';

const titleOf = (w: StorageWarning, what: string): string =>
  w.kind === 'network' ? `${what} is on a network drive` : `${what} is inside ${w.service}`;

export function StorageWarningNotice({ warning, what = 'This folder' }: { warning: StorageWarning | null; what?: string }) {
  if (!warning) return null;
  return <Notice title={titleOf(warning, what)} data-testid="storage-warning">{warning.message}</Notice>;
}

/** The database's own warning, and an extra folder out of reach; each folder's warning shows beside its path. */
export function StorageWarnings({ overview }: { overview: BackupOverview }) {
  const unreachable = overview.folders.filter((f) => f.kind === 'extra' && !f.available);
  if (!overview.databaseWarning && unreachable.length === 0) return null;
  return (
    <Stack gap="xs">
      <StorageWarningNotice warning={overview.databaseWarning} what="The database" />
      {unreachable.map((f) => (
        <Notice key={f.path} title="The extra backup folder cannot be reached" data-testid="extra-folder-unreachable">
          {f.path} cannot be found, so backups go to the default folder only, and the backups in it are not listed. Plug in the drive,
          or choose another folder below.
        </Notice>
      ))}
    </Stack>
  );
}
