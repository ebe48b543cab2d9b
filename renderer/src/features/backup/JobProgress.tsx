// The progress of a running backup, preview or restore, polled from the backend while it runs.
import { Group, Progress, Stack, Text } from '@mantine/core';
import { useBackupProgress } from '../../api/backup';
import { progressPercent, progressWords } from '../../../../shared/domain/backup-words';

export function JobProgress({ running, label }: { running: boolean; label: string }) {
  // Mounted only while running: the last job's final step is never shown at the start of the next.
  return running ? <Polled label={label} /> : null;
}

function Polled({ label }: { label: string }) {
  const progress = useBackupProgress(true);
  const now = progress.data ?? null;
  const percent = now ? progressPercent(now) : 0;
  return (
    <Stack gap={4} data-testid="backup-progress">
      {/* The step is announced as it changes; the percentage is the bar's own value, not read out four times a second. */}
      <Group justify="space-between" gap="xs">
        <Text size="sm" aria-live="polite">{now ? progressWords(now) : `${label}…`}</Text>
        <Text size="sm" aria-hidden>{percent}%</Text>
      </Group>
      <Progress value={percent} aria-label={label} size="lg" />
    </Stack>
  );
}
