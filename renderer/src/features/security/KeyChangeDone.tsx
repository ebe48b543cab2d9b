// What a passphrase or recovery key change did, said once: one teal panel with what changed and, when the
// backup made straight after it was checked, where it went (not a second panel saying "saved" again). A
// backup that was not made stands apart, in yellow, as something still to do.
import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { BackupAfterChange } from '../../../../shared/contract/security';
import { Done } from '../../components/Done';
import { Notice } from '../../components/Notice';

interface Props {
  title: string;
  /** null when no backup is made after a change (the demo office). */
  backup: BackupAfterChange | null;
  children: ReactNode;
}

export function KeyChangeDone({ title, backup, children }: Props) {
  return (
    <>
      <Done title={title}>
        <Stack gap={4}>
          {children}
          {backup?.ok && <Text size="sm" data-testid="backup-after-change">{backup.message}</Text>}
        </Stack>
      </Done>
      {backup && !backup.ok && <Notice role="alert" title="The backup after the change was not made">{backup.message}</Notice>}
    </>
  );
}
