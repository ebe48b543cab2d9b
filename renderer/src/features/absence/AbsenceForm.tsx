// Record an absence or change one: the kind, the days (still off, whole days, or part of one day), who
// reported it and when, the certificate, the day they came back, and a reason in plain words. There is no
// place for a diagnosis: the form says so where the reason is typed.
import { Button, Group, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { saveAbsenceSchema, type AbsenceType, type PersonAbsence } from '../../../../shared/contract/absence';
import { useAbsenceWrite } from '../../api/absence';
import { Notice } from '../../components/Notice';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { DateTimeFields } from '../rota/DateTimeFields';
import { fid, FormProblem } from '../../components/FormProblem';
import { absenceToInput, fitNoteHint, type AbsenceFormValues } from './absenceForm';

const PREFIX = 'absence';

/** In the form's order, so the error summary lists problems as the eye meets the fields. */
const LABELS: Record<string, string> = {
  typeId: 'Kind of absence', firstDay: 'First day off', lastDay: 'Last day off', partDayMinutes: 'Hours off', reportedBy: 'Reported by',
  reportedAt: 'Reported when', certification: 'Certificate', fitNoteFrom: 'Fit note from', fitNoteTo: 'Fit note to', returnedOn: 'The day they came back',
  reason: 'Reason',
};

type Length = 'still-off' | 'days' | 'part-day';
const lengthOf = (v: AbsenceFormValues): Length => (v.stillOff ? 'still-off' : v.partDay ? 'part-day' : 'days');

interface Props {
  initial: AbsenceFormValues;
  types: readonly AbsenceType[];
  today: string;
  onSaved: (person: PersonAbsence) => void;
  onCancel: () => void;
}

export function AbsenceForm({ initial, types, today, onSaved, onCancel }: Props) {
  const [v, setValues] = useState(initial);
  const set = <K extends keyof AbsenceFormValues>(key: K, value: AbsenceFormValues[K]) => setValues((old) => ({ ...old, [key]: value }));
  const save = useAbsenceWrite('absence:save');
  const checked = useCheckedSubmit(saveAbsenceSchema, (input, onError) => save.mutate(input, { onError, onSuccess: onSaved }));
  const { submit } = checked;
  const length = lengthOf(v);
  // A part day has one date, sent as its first and last day: a problem with the last is one with that date.
  const problem = length === 'part-day' ? lastDayAsFirst(checked.problem) : checked.problem;
  const errors = problem?.fields ?? {};
  const hint = fitNoteHint(v, types, today);
  const setLength = (l: Length) => setValues((old) => ({ ...old, stillOff: l === 'still-off', partDay: l === 'part-day' }));
  // Retired kinds take no new absences, but one already recorded keeps its kind on show.
  const kinds = types.filter((t) => t.active || String(t.id) === initial.typeId);

  return (
    <form onSubmit={submit(absenceToInput(v))} noValidate aria-label={v.id === undefined ? 'Record an absence' : 'Change the absence'}>
      <Stack gap="md">
        <FormProblem problem={problem} prefix={PREFIX} labels={LABELS} />
        <NativeSelect
          id={fid(PREFIX, 'typeId')} label={LABELS['typeId']} value={v.typeId} onChange={(e) => set('typeId', e.currentTarget.value)} error={errors['typeId']} w={320}
          data={[{ value: '', label: 'Choose the kind' }, ...kinds.map((t) => ({ value: String(t.id), label: t.active ? t.name : `${t.name} (retired)` }))]}
        />
        <UkDateInput id={fid(PREFIX, 'firstDay')} name="firstDay" label={LABELS['firstDay']} description="Like 27/11/2026" value={v.firstDay} onChange={(d) => set('firstDay', d)} error={errors['firstDay']} w={240} />
        <Radio.Group label="How long" value={length} onChange={(l) => setLength(l as Length)}>
          <Stack gap={8} mt={6}>
            <Radio value="still-off" label="Still off: no last day yet" />
            <Radio value="days" label="Whole days, to a last day" />
            <Radio value="part-day" label="Part of one day" />
          </Stack>
        </Radio.Group>
        {length === 'days' && (
          <UkDateInput id={fid(PREFIX, 'lastDay')} name="lastDay" label={LABELS['lastDay']} description="The last day they were off, like 27/11/2026" value={v.lastDay} onChange={(d) => set('lastDay', d)} error={errors['lastDay']} w={320} />
        )}
        {length === 'part-day' && (
          <TextInput
            id={fid(PREFIX, 'partDayMinutes')} label={LABELS['partDayMinutes']} description="Like 3.5 or 3:30. A part day counts as half a day." inputMode="decimal" autoComplete="off"
            value={v.hours} onChange={(e) => set('hours', e.currentTarget.value)} error={errors['partDayMinutes']} w={240}
          />
        )}
        {/* A still-off absence has nowhere to put an error on its last day but here. */}
        {length === 'still-off' && errors['lastDay'] && <Text size="sm" c="red.9" id={fid(PREFIX, 'lastDay')} tabIndex={-1}>{errors['lastDay']}</Text>}
        <TextInput
          id={fid(PREFIX, 'reportedBy')} label={LABELS['reportedBy']} description="Who told the office: them, or someone for them" autoComplete="off"
          value={v.reportedBy} onChange={(e) => set('reportedBy', e.currentTarget.value)} error={errors['reportedBy']} w={300}
        />
        <DateTimeFields
          field={`${PREFIX}.reportedAt`} legend={LABELS['reportedAt']!} dateLabel="Date reported" timeLabel="Time reported" date={v.reportedDate} time={v.reportedTime}
          onDate={(d) => set('reportedDate', d)} onTime={(t) => set('reportedTime', t)} error={errors['reportedAt']}
        />
        <Radio.Group id={fid(PREFIX, 'certification')} label={LABELS['certification']} value={v.certification} onChange={(c) => set('certification', c as AbsenceFormValues['certification'])} error={errors['certification']}>
          <Group gap="lg" mt={6}>
            <Radio value="self" label="Self-certified (up to 7 days)" />
            <Radio value="fit-note" label="Fit note" />
          </Group>
        </Radio.Group>
        {hint && <Notice role="note" title="A fit note is needed" data-testid="fit-note-hint"><Text size="sm">{hint}</Text></Notice>}
        {v.certification === 'fit-note' && (
          <Group align="flex-start">
            <UkDateInput id={fid(PREFIX, 'fitNoteFrom')} name="fitNoteFrom" label={LABELS['fitNoteFrom']} description="The date it starts" value={v.fitNoteFrom} onChange={(d) => set('fitNoteFrom', d)} error={errors['fitNoteFrom']} w={220} />
            <UkDateInput id={fid(PREFIX, 'fitNoteTo')} name="fitNoteTo" label={LABELS['fitNoteTo']} description="The date it ends" value={v.fitNoteTo} onChange={(d) => set('fitNoteTo', d)} error={errors['fitNoteTo']} w={220} />
          </Group>
        )}
        {length !== 'still-off' && (
          <UkDateInput
            id={fid(PREFIX, 'returnedOn')} name="returnedOn" label={LABELS['returnedOn']} description="Their first day back at work. Leave it empty until they are back."
            value={v.returnedOn} onChange={(d) => set('returnedOn', d)} error={errors['returnedOn']} w={360}
          />
        )}
        <TextInput
          id={fid(PREFIX, 'reason')} label="Reason (optional)" description="In plain words, like “unwell” or “family emergency”. No diagnosis or medical details." autoComplete="off"
          value={v.reason} onChange={(e) => set('reason', e.currentTarget.value)} error={errors['reason']} maw={520}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={save.isPending}>{v.id === undefined ? 'Record the absence' : 'Save the changes'}</Button>
        </Group>
      </Stack>
    </form>
  );
}

type ShownProblem = ReturnType<typeof useCheckedSubmit>['problem'];

function lastDayAsFirst(problem: ShownProblem): ShownProblem {
  if (!problem || problem.fields['lastDay'] === undefined) return problem;
  const { lastDay, ...fields } = problem.fields;
  const reword = (text: string) => text.replace(/last day off/g, 'day off');
  return { ...problem, message: problem.message === lastDay ? reword(lastDay) : problem.message, fields: { ...fields, firstDay: fields['firstDay'] ?? reword(lastDay) } };
}
