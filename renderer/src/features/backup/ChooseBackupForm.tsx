// The first step of a restore: which backup (one from the list, or a file typed in: a USB stick, say), and
// the passphrase or recovery key that was in use when it was made. "Check this backup" previews it.
import { Anchor, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { openBackupSchema, type BackupFile } from '../../../../shared/contract/backup';
import { fid, FormProblem } from '../../components/FormProblem';
import { SECRET_LABELS, SecretField, type SecretKind } from '../../components/SecretField';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { backupWhen, FOLDER_WORDS, formatSize, REASON_WORDS } from '../../../../shared/domain/backup-words';

/** Field ids carry "restore." so they never clash with the unlock screen's own passphrase field. */
export const RESTORE_PREFIX = 'restore';
/** The restore's fields, in the order they are on screen (the preview's box for another office last). */
export const RESTORE_LABELS = { file: 'Backup', ...SECRET_LABELS, replaceDifferentOffice: 'Another office' };

export type OpenBackup = { file: string; passphrase: string } | { file: string; recoveryKey: string };

const OTHER = 'other';

const backupLabel = (b: BackupFile): string =>
  `${backupWhen(b)}: ${REASON_WORDS[b.reason].toLowerCase()}, ${formatSize(b.sizeBytes)}, ${FOLDER_WORDS[b.folder].toLowerCase()}`;

interface Props {
  backups: BackupFile[];
  /** The choice made before, when coming back from the preview. */
  initial: OpenBackup | null;
  checking: boolean;
  /** The check's progress, shown above the button while it runs. */
  progress: ReactNode;
  /** Previews the backup; a refusal (a wrong passphrase, say) comes back through onError. */
  onCheck: (choice: OpenBackup, onError: (err: unknown) => void) => void;
}

export function ChooseBackupForm({ backups, initial, checking, progress, onCheck }: Props) {
  const usable = backups.filter((b) => b.check === 'verified');
  const failed = backups.length - usable.length;
  const listed = initial && usable.some((b) => b.path === initial.file);
  const [choice, setChoice] = useState<string>(initial ? (listed ? initial.file : OTHER) : (usable[0]?.path ?? OTHER));
  const [typedPath, setTypedPath] = useState(initial && !listed ? initial.file : '');
  const [mode, setMode] = useState<SecretKind>(initial && 'recoveryKey' in initial ? 'recoveryKey' : 'passphrase');
  // The secret is never carried back from the preview: typed again, it is held for as short a time as can be.
  const [secret, setSecret] = useState('');
  const { problem, submit } = useCheckedSubmit(openBackupSchema, (input, onError) => onCheck(input as OpenBackup, onError));

  const file = choice === OTHER ? typedPath.trim() : choice;
  const input = mode === 'passphrase' ? { file, passphrase: secret } : { file, recoveryKey: secret };
  const check = submit(input);

  return (
    <form
      onSubmit={(e) => {
        // The dialog is a portal, but React passes a submit on up its own tree: the unlock screen's form must not get it.
        e.stopPropagation();
        if (!checking) check(e);
        else e.preventDefault();
      }}
      noValidate
      aria-label="Choose a backup"
    >
      <Stack gap="md">
        <FormProblem problem={problem} prefix={RESTORE_PREFIX} labels={RESTORE_LABELS} />
        <div id={choice === OTHER ? undefined : fid(RESTORE_PREFIX, 'file')}>
          <Radio.Group
            label="Which backup"
            description={failed > 0 ? `${failed === 1 ? 'One backup' : `${failed} backups`} that failed the check after writing ${failed === 1 ? 'is' : 'are'} not offered.` : undefined}
            value={choice}
            onChange={setChoice}
            error={choice === OTHER ? undefined : problem?.fields['file']}
          >
            <Stack gap={6} mt="xs">
              {usable.map((b) => <Radio key={b.path} value={b.path} label={backupLabel(b)} />)}
              <Radio value={OTHER} label="Another backup file (on a USB stick, say)" />
            </Stack>
          </Radio.Group>
        </div>
        {choice === OTHER && (
          <TextInput
            id={fid(RESTORE_PREFIX, 'file')}
            label="Full path of the backup file"
            description="Like E:\Peer Office backups\peer-office-3f9a1c2e-2026-11-27-100000-daily.pobackup"
            autoComplete="off"
            spellCheck={false}
            value={typedPath}
            onChange={(e) => setTypedPath(e.currentTarget.value)}
            error={problem?.fields['file']}
          />
        )}
        <SecretField kind={mode} id={fid(RESTORE_PREFIX, mode)} value={secret} onChange={setSecret} error={problem?.fields[mode]} which="The one in use when this backup was made." autoComplete="off" />
        <Anchor component="button" type="button" size="sm" style={{ alignSelf: 'flex-start' }} onClick={() => { setMode(mode === 'passphrase' ? 'recoveryKey' : 'passphrase'); setSecret(''); }}>
          {mode === 'passphrase' ? 'Use the recovery key instead' : 'Use the passphrase instead'}
        </Anchor>
        <Text size="sm">Nothing is changed yet: the backup is checked all the way through first, and you see what it holds.</Text>
        {progress}
        {/* Busy, the button keeps its words (and its focus), rather than turning into a spinner. */}
        <Group><Button type="submit" data-disabled={checking || undefined} aria-disabled={checking}>{checking ? 'Checking…' : 'Check this backup'}</Button></Group>
      </Stack>
    </form>
  );
}
