// What became of the backup made straight after a passphrase or recovery key change.
import { Alert } from '@mantine/core';
import type { BackupAfterChange } from '../../../../shared/contract/security';
import { Notice } from '../../components/Notice';

export function BackupAfterChangeNote({ backup }: { backup: BackupAfterChange | null }) {
  if (!backup) return null;
  if (backup.ok) return <Alert color="teal" variant="light" c="dark.8" role="status">{backup.message}</Alert>;
  return <Notice role="alert" title="The backup after the change was not made">{backup.message}</Notice>;
}
