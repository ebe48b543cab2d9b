// Book a supervision by hand, or change the supervisor, type or time of one still planned. Its date is
// changed by rescheduling instead, so the history keeps where it was first planned.
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  saveSupervisionSchema, SUPERVISION_TYPE_LABELS, SUPERVISION_TYPES, type PersonSupervision, type SupervisionRow, type SupervisionType,
} from '../../../../shared/contract/supervision';
import type { StaffRow } from '../../../../shared/contract/staff';
import { dayHeading } from '../../../../shared/domain/dates';
import { formatClock } from '../../../../shared/domain/pay/shift';
import { usePersonSupervision, useSupervisionWrite } from '../../api/supervision';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { fid, FormProblem } from '../../components/FormProblem';
import { DateNotes, optionalClock, StaffSelect } from './formBits';
import { meetingDateNotes } from './words';

const LABELS: Record<string, string> = {
  superviseeStaffId: 'Who is supervised', supervisorStaffId: 'Supervisor', type: 'Type', plannedOn: 'Date', startMinutes: 'Time',
};

interface Props {
  /** The planned meeting being changed, or null to book a new one. */
  row: SupervisionRow | null;
  staff: readonly StaffRow[];
  /** The office's today, to say when a new booking's date has passed. */
  today: string;
  /** For a new booking: who it is for and the day, when known. */
  defaults?: { superviseeStaffId?: number | null; date?: string };
  onSaved: (person: PersonSupervision) => void;
  onCancel: () => void;
}

export function BookForm({ row, staff, today, defaults, onSaved, onCancel }: Props) {
  const [v, setV] = useState({
    supervisee: row ? String(row.supervisee.staffId) : defaults?.superviseeStaffId ? String(defaults.superviseeStaffId) : '',
    supervisor: row?.supervisor ? String(row.supervisor.staffId) : '',
    type: row?.type ?? ('one-to-one' as SupervisionType),
    plannedOn: row?.plannedOn ?? defaults?.date ?? '',
    time: row?.startMinutes == null ? '' : formatClock(row.startMinutes),
  });
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));
  const save = useSupervisionWrite('supervision:save');
  const { problem, submit } = useCheckedSubmit(saveSupervisionSchema, (input, onError) => save.mutate(input, { onError, onSuccess: onSaved }));
  const errors = problem?.fields ?? {};

  // A new booking offers the person's usual supervisor, until someone chooses one themselves.
  const [supervisorChosen, setSupervisorChosen] = useState(row !== null);
  const person = usePersonSupervision(row ? 0 : Number(v.supervisee) || 0);
  // undefined while loading; '' when they have nobody named.
  const usual = person.data ? String(person.data.supervisor?.staffId ?? '') : undefined;
  useEffect(() => {
    if (!supervisorChosen && usual !== undefined && usual !== v.supervisee) setV((old) => ({ ...old, supervisor: usual }));
  }, [usual, supervisorChosen, v.supervisee]);

  const input = {
    ...(row ? { id: row.id } : {}),
    superviseeStaffId: Number(v.supervisee) || 0,
    supervisorStaffId: v.supervisor === '' ? null : Number(v.supervisor),
    type: v.type,
    plannedOn: v.plannedOn,
    startMinutes: optionalClock(v.time),
  };
  const prefix = 'book';
  return (
    <form onSubmit={submit(input)} noValidate aria-label={row ? 'Change the supervision' : 'Book a supervision'}>
      <Stack gap="md">
        <FormProblem problem={problem} prefix={prefix} labels={LABELS} />
        {row ? (
          <Text size="sm"><strong>{row.supervisee.name}</strong>, {dayHeading(row.plannedOn)}. To move it to another day, reschedule it instead.</Text>
        ) : (
          <StaffSelect
            id={fid(prefix, 'superviseeStaffId')} label={LABELS['superviseeStaffId']!} staff={staff} empty="Choose a person" value={v.supervisee}
            error={errors['superviseeStaffId']}
            onChange={(value) => setV((old) => ({ ...old, supervisee: value, supervisor: old.supervisor === value ? '' : old.supervisor }))}
          />
        )}
        <StaffSelect
          id={fid(prefix, 'supervisorStaffId')} label={LABELS['supervisorStaffId']!} description="Any member of staff: a manager, or a peer"
          staff={staff} empty="Nobody named yet" exclude={v.supervisee} value={v.supervisor} error={errors['supervisorStaffId']}
          onChange={(value) => { setSupervisorChosen(true); set('supervisor', value); }}
        />
        <NativeSelect
          id={fid(prefix, 'type')} label={LABELS['type']} value={v.type} error={errors['type']} w={320}
          onChange={(e) => set('type', e.currentTarget.value as SupervisionType)}
          data={SUPERVISION_TYPES.map((t) => ({ value: t, label: SUPERVISION_TYPE_LABELS[t] }))}
        />
        <Group align="flex-start" gap="sm">
          {!row && (
            <UkDateInput id={fid(prefix, 'plannedOn')} name="plannedOn" label={LABELS['plannedOn']} description="Like 27/11/2026" value={v.plannedOn} onChange={(d) => set('plannedOn', d)} error={errors['plannedOn']} w={200} />
          )}
          <TextInput
            id={fid(prefix, 'startMinutes')} label="Time (optional)" description="24-hour, like 10:00" value={v.time} w={170} autoComplete="off"
            onChange={(e) => set('time', e.currentTarget.value)} error={errors['startMinutes']}
          />
        </Group>
        {!row && <DateNotes notes={meetingDateNotes(v.plannedOn, today, true)} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={save.isPending}>{row ? 'Save the changes' : 'Book the supervision'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
