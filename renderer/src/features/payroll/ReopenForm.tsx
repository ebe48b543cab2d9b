// Reopening an approved or exported period: a deliberate, recorded step (why, who, when), so it sits
// behind its own button and asks first. Its sessions become editable again on the rota.
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { reopenPeriodSchema, type PeriodDetail } from '../../../../shared/contract/payroll';
import { useReopenPeriod } from '../../api/payroll';
import { fieldId } from '../../components/ErrorSummary';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { NameInput } from './NameInput';
import { PayrollProblem, prefixed } from './PayrollProblem';

interface Props { detail: PeriodDetail; name: string; onNameChange: (name: string) => void }

export function ReopenForm({ detail, name, onNameChange }: Props) {
  const reopen = useReopenPeriod();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { problem, submit } = useCheckedSubmit(reopenPeriodSchema, (input, onError) => {
    if (reopen.isPending) return;
    reopen.mutate(input, { onError, onSuccess: () => { setOpen(false); setReason(''); } });
  });
  if (!open) {
    return <div><Button variant="default" onClick={() => setOpen(true)}>Reopen this period</Button></div>;
  }
  const errors = prefixed('reopen', problem?.fields);
  return (
    <form onSubmit={submit({ key: detail.key, by: name, reason })} noValidate aria-label="Reopen this period">
      <Stack gap="sm" align="flex-start">
        <PayrollProblem problem={problem} prefix="reopen" labels={{ reason: 'Why', by: 'Your name' }} />
        <Text size="sm" maw={640}>
          Reopening makes the period a draft again: its sessions can be changed on the rota, and it must be approved again before it is exported.
          {detail.status === 'exported' && ' It has already been exported: tell your payroll software or bureau about any change.'}
          {' '}The reason, your name and the time are recorded in the history.
        </Text>
        <Textarea
          id={fieldId('reopen.reason')}
          label="Why is it being reopened?"
          description="For example, a session on 14/10 was recorded at the wrong place"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors['reopen.reason']}
          w={520}
        />
        <NameInput prefix="reopen" value={name} onChange={onNameChange} error={errors['reopen.by']} />
        <Group gap="sm">
          <Button type="submit" variant="default" loading={reopen.isPending}>Reopen the period</Button>
          <Button variant="subtle" onClick={() => setOpen(false)} disabled={reopen.isPending}>Cancel</Button>
        </Group>
      </Stack>
    </form>
  );
}
