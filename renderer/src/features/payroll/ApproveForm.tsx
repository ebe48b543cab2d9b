// The draft period's one action: approve it, under the name of the person doing it. The backend refuses
// while blocking problems remain, and its message says so: the office sees why in its own words.
import { Button, Stack, Text } from '@mantine/core';
import { approvePeriodSchema, type PeriodDetail } from '../../../../shared/contract/payroll';
import { formatUkDate, londonToday } from '../../../../shared/domain/dates';
import { useApprovePeriod } from '../../api/payroll';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { NameInput } from './NameInput';
import { PayrollProblem, prefixed } from './PayrollProblem';

interface Props { detail: PeriodDetail; name: string; onNameChange: (name: string) => void }

export function ApproveForm({ detail, name, onNameChange }: Props) {
  const approve = useApprovePeriod();
  const { problem, submit } = useCheckedSubmit(approvePeriodSchema, (input, onError) => {
    if (!approve.isPending) approve.mutate(input, { onError });
  });
  return (
    <form onSubmit={submit({ key: detail.key, by: name })} noValidate aria-label="Approve this period">
      <Stack gap="sm" align="flex-start">
        <PayrollProblem problem={problem} prefix="approve" labels={{ by: 'Your name' }} />
        <Text size="sm">
          Approving says the hours are right. The period's sessions are then locked, so the files sent to payroll match what was approved.
        </Text>
        {detail.end >= londonToday(new Date()) && (
          <Text size="sm" data-testid="period-running">This period runs until {formatUkDate(detail.end)}: approve it once it has ended and every session in it has been worked or cancelled.</Text>
        )}
        {detail.blocking > 0 && (
          <Text size="sm" fw={600} data-testid="approve-blocked">
            Fix the {detail.blocking === 1 ? 'problem marked' : `${detail.blocking} problems marked`} “Must fix” in the checklist first.
          </Text>
        )}
        <NameInput prefix="approve" value={name} onChange={onNameChange} error={prefixed('approve', problem?.fields)['approve.by']} />
        <Button type="submit" loading={approve.isPending}>Approve this period</Button>
      </Stack>
    </form>
  );
}
