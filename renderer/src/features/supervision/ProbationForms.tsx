// The probation decisions made outside a final review: extend (a new end, why, who decided), confirm or
// end. Each is recorded under the name of the person doing it; there are no user accounts.
import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { decideProbationSchema, extendProbationSchema, type PersonSupervision } from '../../../../shared/contract/supervision';
import { formatUkDate } from '../../../../shared/domain/dates';
import { latestProbationEnd, MAX_PROBATION_MONTHS } from '../../../../shared/domain/probation';
import { useSupervisionWrite } from '../../api/supervision';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { useYourName } from '../payroll/yourName';
import { fid, FormProblem } from '../../components/FormProblem';
import { ReasonField } from './formBits';

interface FormProps { person: PersonSupervision; today: string; onDone: (person: PersonSupervision, message: string) => void; onCancel: () => void }

function YourNameField({ prefix, error }: { prefix: string; error: string | undefined }) {
  const [name, setName] = useYourName();
  return (
    <TextInput
      id={fid(prefix, 'by')} label="Your name" description="Recorded with the decision, so the record shows who decided" autoComplete="name" w={360}
      value={name} onChange={(e) => setName(e.currentTarget.value)} error={error}
    />
  );
}

const EXTEND_LABELS: Record<string, string> = { newEndDate: 'New end of probation', reason: 'Reason', by: 'Your name' };

export function ExtendForm({ person, onDone, onCancel }: FormProps) {
  const [newEndDate, setNewEndDate] = useState('');
  const [reason, setReason] = useState('');
  const [by] = useYourName();
  const extend = useSupervisionWrite('probation:extend');
  const { problem, submit } = useCheckedSubmit(extendProbationSchema, (input, onError) =>
    extend.mutate(input, { onError, onSuccess: (p) => onDone(p, `Probation extended: it now ends on ${formatUkDate(p.probation.endDate)}, and the plan has grown to cover it.`) }));
  const errors = problem?.fields ?? {};
  const prefix = 'extend';
  return (
    <form onSubmit={submit({ staffId: person.staff.staffId, newEndDate, reason, by })} noValidate aria-label="Extend probation">
      <Stack gap="md">
        <FormProblem problem={problem} prefix={prefix} labels={EXTEND_LABELS} />
        <Text size="sm">
          Probation ends on {formatUkDate(person.probation.endDate)} now. Extending it adds supervisions and a new final review up to the new end;
          a final review still planned is cancelled. Confirm an extension to {person.staff.name} in writing before the current end date.
        </Text>
        <UkDateInput id={fid(prefix, 'newEndDate')} name="newEndDate" label={EXTEND_LABELS['newEndDate']} value={newEndDate}
          description={`Like 27/11/2026, up to ${formatUkDate(latestProbationEnd(person.probation.startDate))}: ${MAX_PROBATION_MONTHS} months from the start at most`} onChange={setNewEndDate} error={errors['newEndDate']} w={240} autoFocus />
        <ReasonField id={fid(prefix, 'reason')} value={reason} onChange={setReason} error={errors['reason']} />
        <YourNameField prefix={prefix} error={errors['by']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={extend.isPending}>Extend probation</Button>
        </Group>
      </Stack>
    </form>
  );
}

const DECIDE_LABELS: Record<string, string> = { decision: 'Decision', on: 'Date of the decision', lastDay: 'Last day of employment', reason: 'Reason', by: 'Your name' };

export function DecideForm({ person, today, initial, onDone, onCancel }: FormProps & { initial: 'confirm' | 'end' }) {
  const [decision, setDecision] = useState(initial);
  const [on, setOn] = useState(today);
  const [lastDay, setLastDay] = useState('');
  const [reason, setReason] = useState('');
  const [by] = useYourName();
  const decide = useSupervisionWrite('probation:decide');
  const name = person.staff.name;
  const { problem, submit } = useCheckedSubmit(decideProbationSchema, (input, onError) =>
    decide.mutate(input, {
      onError,
      onSuccess: (p) => onDone(p, input.decision === 'confirm'
        ? `Probation passed: ${name} is confirmed in post.`
        : `Probation not passed: ${name}’s employment ends on ${formatUkDate(p.staff.endDate)}.`),
    }));
  const errors = problem?.fields ?? {};
  const prefix = 'decide';
  const input = { staffId: person.staff.staffId, decision, on, lastDay: decision === 'end' ? lastDay : '', reason: decision === 'end' ? reason : '', by };
  return (
    <form onSubmit={submit(input)} noValidate aria-label="Record the probation decision">
      <Stack gap="md">
        <FormProblem problem={problem} prefix={prefix} labels={DECIDE_LABELS} />
        <Radio.Group id={fid(prefix, 'decision')} label={DECIDE_LABELS['decision']} value={decision} onChange={(d) => setDecision(d as 'confirm' | 'end')} error={errors['decision']}>
          <Stack gap={8} mt={6}>
            <Radio value="confirm" label={`Confirm ${name} in post: probation passed`} />
            <Radio value="end" label="End their employment: probation not passed" />
          </Stack>
        </Radio.Group>
        <Text size="sm">
          {decision === 'confirm'
            ? 'The remaining planned probation meetings are cancelled, and supervision carries on at their usual pace. Let them know in writing.'
            : 'Their leaving date is set to the last day, and meetings planned after it are cancelled. Tell them in writing, with the notice they are owed.'}
        </Text>
        <UkDateInput id={fid(prefix, 'on')} name="on" label={DECIDE_LABELS['on']} description="Like 27/11/2026" value={on} onChange={setOn} error={errors['on']} w={240} />
        {decision === 'end' && (
          <>
            <UkDateInput id={fid(prefix, 'lastDay')} name="lastDay" label={DECIDE_LABELS['lastDay']} description="After their notice, like 27/11/2026" value={lastDay} onChange={setLastDay} error={errors['lastDay']} w={240} />
            <ReasonField id={fid(prefix, 'reason')} value={reason} onChange={setReason} error={errors['reason']} />
          </>
        )}
        <YourNameField prefix={prefix} error={errors['by']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={decide.isPending} color={decision === 'end' ? 'red.9' : undefined}>
            {decision === 'confirm' ? 'Confirm in post' : 'End their employment'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
