// "Back up now": one backup at a time, with its progress, then what was written and checked, and
// anything that did not go to plan (the extra folder missing, say) in words.
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import type { BackupFile } from '../../../../shared/contract/backup';
import { errorOf } from '../../api/client';
import { useMakeBackup } from '../../api/backup';
import { Done } from '../../components/Done';
import { Notice } from '../../components/Notice';
import { JobProgress } from './JobProgress';
import { FOLDER_WORDS, formatSize } from '../../../../shared/domain/backup-words';

const whereWritten = (written: BackupFile[]): string =>
  written.filter((w) => w.check === 'verified').map((w) => FOLDER_WORDS[w.folder].toLowerCase()).join(' and the ');

export function BackUpNow() {
  const make = useMakeBackup();
  // A second click before the first has re-rendered the button as busy must not start a second backup.
  const started = useRef(false);
  const start = () => {
    if (started.current || make.isPending) return;
    started.current = true;
    make.mutate(undefined, { onSettled: () => { started.current = false; } });
  };
  const made = make.data;
  const first = made?.written.find((w) => w.check === 'verified');
  return (
    <Stack gap="sm">
      <Group>
        <Button onClick={start} loading={make.isPending} disabled={make.isPending}>Back up now</Button>
      </Group>
      <JobProgress running={make.isPending} label="Backing up" />
      {make.isError && (
        <Alert color="red" variant="light" title="The backup was not made" role="alert">{errorOf(make.error).message}</Alert>
      )}
      {made && first && (
        <Done title="Backed up and checked" data-testid="backup-made">
          <Text size="sm">
            {first.fileName} ({formatSize(first.sizeBytes)}) in the {whereWritten(made.written)}.
            {made.removed > 0 && ` ${made.removed === 1 ? 'One older backup was' : `${made.removed} older backups were`} removed. Every backup made today is kept; from earlier days, the newest of each of the last 7 days, 4 weeks and 12 months.`}
          </Text>
        </Done>
      )}
      {made && made.warnings.length > 0 && (
        <Notice title="Something to look at" role="alert">
          <List size="sm" spacing={4}>{made.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List>
        </Notice>
      )}
    </Stack>
  );
}
