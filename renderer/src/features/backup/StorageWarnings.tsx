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

/**
 * The extra folder out of reach (the USB stick not plugged in): the same words on the Backups page and when
 * choosing a backup to restore, each followed by what to do there.
 */
export function ExtraFolderMissing({ path, next }: { path: string; next: string }) {
  return (
    <Notice title="The extra backup folder cannot be reached" data-testid="extra-folder-missing">
      {path} cannot be found, so its backups are not in the list. If it is on a USB stick, plug the stick in, {next}
    </Notice>
  );
}

/** The database's own warning, and an extra folder out of reach; each folder's warning shows beside its path. */
export function StorageWarnings({ overview }: { overview: BackupOverview }) {
  const unreachable = overview.folders.filter((f) => f.kind === 'extra' && !f.available);
  if (!overview.databaseWarning && unreachable.length === 0) return null;
  return (
    <Stack gap="xs">
      <StorageWarningNotice warning={overview.databaseWarning} what="The database" />
      {unreachable.map((f) => (
        <ExtraFolderMissing key={f.path} path={f.path} next="or choose another folder below. Until then, backups go to the default folder only." />
      ))}
    </Stack>
  );
}
