// Move a planned meeting to another day. The old one is kept, marked rescheduled, so the history shows
// when it was first planned.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { rescheduleSupervisionSchema, type PersonSupervision, type SupervisionRow } from '../../../../shared/contract/supervision';
import { formatClock } from '../../../../shared/domain/pay/shift';
import { useSupervisionWrite } from '../../api/supervision';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { fid, FormProblem } from '../../components/FormProblem';
import { DateNotes, optionalClock } from './formBits';
import { meetingDateNotes } from './words';

const LABELS: Record<string, string> = { plannedOn: 'New date', startMinutes: 'Time' };

/** The meeting that replaced `row` once it moved to `plannedOn`: the newest planned one that came from its date. */
export function movedTo(person: PersonSupervision, row: SupervisionRow, plannedOn: string): SupervisionRow | undefined {
  return person.supervisions
    .filter((s) => s.id !== row.id && s.supervisee.staffId === row.supervisee.staffId && s.plannedOn === plannedOn && s.rescheduledFrom !== '')
    .sort((a, b) => b.id - a.id)[0];
}

interface Props {
  row: SupervisionRow;
  onMoved: (person: PersonSupervision, to: SupervisionRow | undefined) => void;
  onCancel: () => void;
}

export function RescheduleForm({ row, onMoved, onCancel }: Props) {
  const [plannedOn, setPlannedOn] = useState('');
  const [time, setTime] = useState(row.startMinutes === null ? '' : formatClock(row.startMinutes));
  const move = useSupervisionWrite('supervision:reschedule');
  const { problem, submit } = useCheckedSubmit(rescheduleSupervisionSchema, (input, onError) =>
    move.mutate(input, { onError, onSuccess: (person) => onMoved(person, movedTo(person, row, input.plannedOn)) }));
  const errors = problem?.fields ?? {};
  const prefix = 'reschedule';
  return (
    <form onSubmit={submit({ id: row.id, plannedOn, startMinutes: optionalClock(time) })} noValidate aria-label="Reschedule">
      <Stack gap="md">
        <FormProblem problem={problem} prefix={prefix} labels={LABELS} />
        <Text size="sm">The meeting moves to the new day; this one is kept in the history as rescheduled.</Text>
        <Group align="flex-start" gap="sm">
          <UkDateInput id={fid(prefix, 'plannedOn')} name="plannedOn" label={LABELS['plannedOn']} description="Like 27/11/2026" value={plannedOn} onChange={setPlannedOn} error={errors['plannedOn']} w={220} autoFocus />
          <TextInput id={fid(prefix, 'startMinutes')} label="Time (optional)" description="24-hour, like 10:00" value={time} onChange={(e) => setTime(e.currentTarget.value)} error={errors['startMinutes']} w={170} autoComplete="off" />
        </Group>
        {/* A past date is refused by the backend, with what to do instead: only the day of the week is said here. */}
        <DateNotes notes={meetingDateNotes(plannedOn, '', false)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={move.isPending}>Reschedule</Button>
        </Group>
      </Stack>
    </form>
  );
}
