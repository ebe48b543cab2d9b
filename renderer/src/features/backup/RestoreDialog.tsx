// Restoring from a backup, in three steps: choose the backup and type its secret; see what it holds (the
// whole file is checked first); confirm, and watch it put in place. The office is then locked, and the
// unlock screen says where the database it replaced was kept.
import { Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { RestorePreview } from '../../../../shared/contract/backup';
import { problemOf } from '../../api/client';
import { useBackupOverview, usePreviewBackup, useRestoreBackup } from '../../api/backup';
import type { Problem } from '../../components/useCheckedSubmit';
import { BackupPreviewPanel } from './BackupPreviewPanel';
import { ChooseBackupForm, type OpenBackup } from './ChooseBackupForm';
import { JobProgress } from './JobProgress';
import { ExtraFolderMissing } from './StorageWarnings';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** After the restore, as the dialog closes: the office is locked, and the screen behind may have something to put away. */
  onRestored?: () => void;
}

export function RestoreDialog({ opened, onClose, onRestored }: Props) {
  // While a check or the restore runs, the dialog stays: closing it would hide the progress, not stop the work.
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      opened={opened}
      onClose={() => { if (!busy) onClose(); }}
      title="Restore from a backup"
      size="lg"
      closeOnClickOutside={false}
      closeOnEscape={!busy}
      withCloseButton={!busy}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {/* Mounted only while open: the secret typed into it goes when it closes. */}
      {opened && (
        <RestoreSteps
          onBusy={setBusy}
          onRestored={() => {
            onClose();
            onRestored?.();
          }}
        />
      )}
    </Modal>
  );
}

function RestoreSteps({ onRestored, onBusy }: { onRestored: () => void; onBusy: (busy: boolean) => void }) {
  const overview = useBackupOverview();
  const preview = usePreviewBackup();
  const restore = useRestoreBackup();
  const [chosen, setChosen] = useState<OpenBackup | null>(null);
  const [shown, setShown] = useState<RestorePreview | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = preview.isPending || restore.isPending;
  useEffect(() => onBusy(busy), [busy, onBusy]);

  if (overview.isPending) return <Loader aria-label="Loading the backups" />;

  // Above the button that started it, so it is in view where the person is looking (the dialog scrolls).
  const progress = <JobProgress running={busy} label={restore.isPending ? 'Restoring the backup' : 'Checking the backup'} />;

  const check = (choice: OpenBackup, onError: (err: unknown) => void) => {
    if (busy) return;
    setChosen(choice);
    preview.mutate(choice, { onSuccess: setShown, onError });
  };

  const confirm = (replaceDifferentOffice: boolean) => {
    if (!chosen || !shown || busy) return;
    const different = shown.office === 'different';
    if (different && !replaceDifferentOffice) {
      const field = 'Tick the box to confirm that you mean to replace this office’s records with the other office’s, or choose another backup';
      setProblem({ message: field, fields: { replaceDifferentOffice: field } });
      return;
    }
    setProblem(null);
    restore.mutate(different ? { ...chosen, replaceDifferentOffice: true } : chosen, {
      // The office is locked now: the unlock screen shows, with the notice of what happened.
      onSuccess: () => {
        setChosen(null);
        onRestored();
      },
      onError: (err) => setProblem(problemOf(err)),
    });
  };

  return (
    <Stack gap="md">
      {shown && chosen ? (
        <BackupPreviewPanel
          preview={shown}
          restoring={restore.isPending}
          progress={progress}
          problem={problem}
          onRestore={confirm}
          onBack={() => {
            setShown(null);
            setProblem(null);
          }}
        />
      ) : (
        <>
          <Text size="sm">
            {overview.data ? 'Choose a backup from the list, or type where another one is.' : 'The list of backups could not be read: type where the backup file is.'}
          </Text>
          {overview.data?.folders.filter((f) => f.kind === 'extra' && !f.available).map((f) => (
            <ExtraFolderMissing key={f.path} path={f.path} next="then close this and choose “Restore from a backup” again." />
          ))}
          <ChooseBackupForm backups={overview.data?.backups ?? []} initial={chosen} checking={preview.isPending} progress={progress} onCheck={check} />
        </>
      )}
    </Stack>
  );
}
