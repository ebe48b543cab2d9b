// The office's extra backup folder (a USB stick, say), typed as a full path: the window has no folder
// picker of its own, and the backend checks the folder exists and takes a file before saving it.
import { Button, Code, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { saveBackupSettingsSchema, type BackupSettings } from '../../../../shared/contract/backup';
import { useSaveBackupSettings } from '../../api/backup';
import { Done } from '../../components/Done';
import { fid, FormProblem } from '../../components/FormProblem';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { StorageWarningNotice } from './StorageWarnings';

// A prefix of its own: the Backups page has the restore dialog's fields too.
const PREFIX = 'backup';
const LABELS = { extraFolder: 'Extra backup folder' };

export function ExtraFolderForm({ settings }: { settings: BackupSettings }) {
  const [folder, setFolder] = useState(settings.extraFolder ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveBackupSettings();
  const { problem, submit } = useCheckedSubmit(saveBackupSettingsSchema, (input, onError) =>
    save.mutate(input, {
      onError,
      onSuccess: (s) => {
        setFolder(s.extraFolder ?? '');
        setSaved(s.extraFolder ? `Saved: each backup is also written to ${s.extraFolder}.` : 'Saved: backups go to the default folder only.');
      },
    }));
  return (
    <form onSubmit={submit({ extraFolder: folder })} noValidate aria-label="Where backups go">
      <Fieldset legend="Where backups go">
        <Stack gap="sm">
          <Text size="sm">Every backup goes to the default folder, beside the database:</Text>
          <Code block data-testid="default-backup-folder">{settings.defaultFolder}</Code>
          <StorageWarningNotice warning={settings.defaultFolderWarning} what="The default backup folder" />
          <Text size="sm">
            A copy in a second place keeps the records safe if this PC’s disk fails or the PC is lost: a USB stick kept somewhere safe is good.
            If that folder cannot be reached when a backup is made, the backup still goes to the default folder and you are told.
          </Text>
          <Text size="sm" data-testid="office-code">
            This office’s backup files are named <Code>peer-office-{settings.officeCode}-…</Code>, then the date and time. The code is
            this office’s own: another office’s backups kept in the same folder have a different one, and Peer Office lists and removes
            only the files with this office’s code.
          </Text>
          <FormProblem problem={problem} prefix={PREFIX} labels={LABELS} />
          {saved && !problem && <Done>{saved}</Done>}
          <TextInput
            id={fid(PREFIX, 'extraFolder')}
            label={LABELS.extraFolder}
            description="The full path, like E:\Peer Office backups. Leave it empty for none."
            autoComplete="off"
            spellCheck={false}
            value={folder}
            onChange={(e) => {
              setFolder(e.currentTarget.value);
              setSaved(null);
            }}
            error={problem?.fields['extraFolder']}
            maw={560}
          />
          <StorageWarningNotice warning={settings.extraFolderWarning} what="The extra backup folder" />
          <Group><Button type="submit" variant="light" loading={save.isPending}>Save the extra folder</Button></Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
