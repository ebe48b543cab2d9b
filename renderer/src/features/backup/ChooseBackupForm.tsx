// The first step of a restore: which backup (one from the list, or a file typed in: a USB stick, say), and
// the passphrase or recovery key that was in use when it was made. "Check this backup" previews it.
import { Anchor, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { openBackupSchema, type BackupFile } from '../../../../shared/contract/backup';
import { fieldErrors } from '../../../../shared/contract/channels';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { SECRET_LABELS, SecretField, type SecretKind } from '../../components/SecretField';
import type { Problem } from '../../components/useCheckedSubmit';
import { formatUkDate } from '../../../../shared/domain/dates';
import { FOLDER_WORDS, formatSize, REASON_WORDS } from './words';

/** Field ids carry "restore." so they never clash with the unlock screen's own passphrase field. */
export const restoreFieldId = (name: string): string => fieldId(`restore.${name}`);
const LABELS = { file: 'Backup', ...SECRET_LABELS, replaceDifferentOffice: 'Another office' };

export type OpenBackup = { file: string; passphrase: string } | { file: string; recoveryKey: string };

const OTHER = 'other';

export const backupLabel = (b: BackupFile): string =>
  `${formatUkDate(b.date)} at ${b.time}: ${REASON_WORDS[b.reason].toLowerCase()}, ${formatSize(b.sizeBytes)}, ${FOLDER_WORDS[b.folder].toLowerCase()}`;

export function RestoreProblem({ problem }: { problem: Problem | null }) {
  const fields = Object.fromEntries(Object.entries(problem?.fields ?? {}).map(([k, v]) => [k === 'form' ? k : `restore.${k}`, v]));
  const labels = Object.fromEntries(Object.entries(LABELS).map(([k, v]) => [`restore.${k}`, v]));
  return <ErrorSummary message={problem?.message ?? null} fields={fields} labels={labels} />;
}

interface Props {
  backups: BackupFile[];
  /** The choice made before, when coming back from the preview. */
  initial: OpenBackup | null;
  checking: boolean;
  problem: Problem | null;
  onCheck: (choice: OpenBackup) => void;
  onProblem: (problem: Problem) => void;
}

export function ChooseBackupForm({ backups, initial, checking, problem, onCheck, onProblem }: Props) {
  const usable = backups.filter((b) => b.check === 'verified');
  const failed = backups.length - usable.length;
  const listed = initial && usable.some((b) => b.path === initial.file);
  const [choice, setChoice] = useState<string>(initial ? (listed ? initial.file : OTHER) : (usable[0]?.path ?? OTHER));
  const [typedPath, setTypedPath] = useState(initial && !listed ? initial.file : '');
  const [mode, setMode] = useState<SecretKind>(initial && 'recoveryKey' in initial ? 'recoveryKey' : 'passphrase');
  // The secret is never carried back from the preview: typed again, it is held for as short a time as can be.
  const [secret, setSecret] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The dialog is a portal, but React passes a submit on up its own tree: the unlock screen's form must not get it.
    e.stopPropagation();
    const file = choice === OTHER ? typedPath.trim() : choice;
    const input = mode === 'passphrase' ? { file, passphrase: secret } : { file, recoveryKey: secret };
    const checked = openBackupSchema.safeParse(input);
    if (!checked.success) return onProblem({ message: 'Check the details below.', fields: fieldErrors(checked.error) });
    onCheck(input);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Choose a backup">
      <Stack gap="md">
        <RestoreProblem problem={problem} />
        <div id={choice === OTHER ? undefined : restoreFieldId('file')}>
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
            id={restoreFieldId('file')}
            label="Full path of the backup file"
            description="Like E:\Peer Office backups\peer-office-3f9a1c2e-2026-11-27-100000-daily.pobackup"
            autoComplete="off"
            spellCheck={false}
            value={typedPath}
            onChange={(e) => setTypedPath(e.currentTarget.value)}
            error={problem?.fields['file']}
          />
        )}
        <SecretField kind={mode} id={restoreFieldId(mode)} value={secret} onChange={setSecret} error={problem?.fields[mode]} which="The one in use when this backup was made." autoComplete="off" />
        <Anchor component="button" type="button" size="sm" onClick={() => { setMode(mode === 'passphrase' ? 'recoveryKey' : 'passphrase'); setSecret(''); }}>
          {mode === 'passphrase' ? 'Use the recovery key instead' : 'Use the passphrase instead'}
        </Anchor>
        <Text size="sm">Nothing is changed yet: the backup is checked all the way through first, and you see what it holds.</Text>
        <Group><Button type="submit" loading={checking}>Check this backup</Button></Group>
      </Stack>
    </form>
  );
}
