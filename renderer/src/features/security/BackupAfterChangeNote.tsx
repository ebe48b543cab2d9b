// What became of the backup made straight after a passphrase or recovery key change.
import type { BackupAfterChange } from '../../../../shared/contract/security';
import { Done } from '../../components/Done';
import { Notice } from '../../components/Notice';

export function BackupAfterChangeNote({ backup }: { backup: BackupAfterChange | null }) {
  if (!backup) return null;
  if (backup.ok) return <Done>{backup.message}</Done>;
  return <Notice role="alert" title="The backup after the change was not made">{backup.message}</Notice>;
}
