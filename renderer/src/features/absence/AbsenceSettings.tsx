// Settings for absence: the office's review points (the Bradford scores at which to offer a wellbeing
// check-in) and the kinds of absence. A kind is retired rather than deleted: past absences name it.
import { Alert, Button, Checkbox, Fieldset, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { absenceSettingsSchema, saveAbsenceTypeSchema, type AbsenceSettings as Settings, type AbsenceType } from '../../../../shared/contract/absence';
import { useAbsenceSettings, useAbsenceTypes, useSaveAbsenceSettings, useSaveAbsenceType } from '../../api/absence';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { useRetirableListEditor } from '../settings/useRetirableListEditor';
import { fid, FormProblem } from '../../components/FormProblem';
import { oneBoxForPoints, parseReviewPoints, reviewPointsText } from './reviewPoints';

export function AbsenceSettings() {
  return (
    <Fieldset legend="Absence">
      <Stack gap="lg">
        <ReviewPoints />
        <AbsenceTypesEditor />
      </Stack>
    </Fieldset>
  );
}

function ReviewPoints() {
  const settings = useAbsenceSettings();
  if (settings.isPending) return <Loader aria-label="Loading the review points" />;
  if (settings.isError) return <Alert color="red" role="alert">{settings.error.message}</Alert>;
  // Built once from what was loaded: a save answers with the same values, and rebuilding would lose "Saved".
  return <ReviewPointsForm initial={settings.data} />;
}

const POINTS_PREFIX = 'absenceSettings';

function ReviewPointsForm({ initial }: { initial: Settings }) {
  const [points, setPoints] = useState(reviewPointsText(initial.reviewPoints));
  const [saved, setSaved] = useState(false);
  const save = useSaveAbsenceSettings();
  const { problem: raw, submit } = useCheckedSubmit(absenceSettingsSchema, (input, onError) => save.mutate(input, { onError, onSuccess: () => setSaved(true) }));
  const problem = oneBoxForPoints(raw);
  return (
    <form onSubmit={submit({ reviewPoints: parseReviewPoints(points) })} noValidate aria-label="Review points">
      <Stack gap="sm">
        <Title order={2} size="h5">Review points</Title>
        <Text size="sm">
          The Bradford scores (spells × spells × days of sickness, over 52 weeks) at which to offer someone a wellbeing check-in: a conversation about how they are and what would help. A person can have higher points of their own, on their staff record.
        </Text>
        <FormProblem problem={problem} prefix={POINTS_PREFIX} labels={{ reviewPoints: 'The office’s review points' }} />
        {saved && !problem && <Alert color="teal" variant="light" c="dark.8" role="status">Review points saved.</Alert>}
        <TextInput
          id={fid(POINTS_PREFIX, 'reviewPoints')} label="The office’s review points" description="Whole numbers from lowest to highest, separated by commas, like 51, 201, 401, 601" autoComplete="off"
          value={points} onChange={(e) => { setPoints(e.currentTarget.value); setSaved(false); }} error={problem?.fields['reviewPoints']} w={620} styles={{ wrapper: { width: 320 } }}
        />
        <Group><Button type="submit" variant="light" loading={save.isPending}>Save the review points</Button></Group>
      </Stack>
    </form>
  );
}

interface Draft { id?: number; name: string; isSickness: boolean; isDisabilityRelated: boolean; active: boolean }

const EMPTY: Draft = { name: '', isSickness: false, isDisabilityRelated: false, active: true };
const LABELS: Record<string, string> = {
  'absenceType-name': 'Name', 'absenceType-isSickness': 'Counts as sickness', 'absenceType-isDisabilityRelated': 'Disability-related', 'absenceType-active': 'In use',
};
const toDraft = (t: AbsenceType): Draft => ({ id: t.id, name: t.name, isSickness: t.isSickness, isDisabilityRelated: t.isDisabilityRelated, active: t.active });
const yesNo = (yes: boolean) => (yes ? 'Yes' : 'No');

function AbsenceTypesEditor() {
  const types = useAbsenceTypes();
  const save = useSaveAbsenceType();
  const { draft, set, edit: startEditing, cancel, saved, rowProblem, problem, submit, errors, editing, toggle: saveToggle } =
    useRetirableListEditor({ schema: saveAbsenceTypeSchema, empty: EMPTY, prefix: 'absenceType', save: save.mutate });

  const edit = (t: AbsenceType) => {
    startEditing(toDraft(t));
    // The form is below the list: take the person to it.
    document.getElementById(fieldId('absenceType-name'))?.focus();
  };
  const toggle = (t: AbsenceType) => saveToggle({ ...toDraft(t), active: !t.active }, `${t.name} ${t.active ? 'retired: new absences cannot be recorded as it' : 'is in use again'}.`);

  return (
    <Stack gap="sm">
      <Title order={2} size="h5">Kinds of absence</Title>
      <Text size="sm">
        Sickness kinds count towards the Bradford score, need a fit note after 7 days and count for Statutory Sick Pay. Disability-related sickness is shown apart, and can be left out of someone’s score as a reasonable adjustment. Retire a kind you no longer use: past absences keep it.
      </Text>
      {saved && !problem && <div role="status" className="saved-note">{saved}</div>}
      {rowProblem && <Text size="sm" c="red.9" role="alert">{rowProblem}</Text>}
      {types.isError && <Text size="sm" c="red.9" role="alert">{types.error.message}</Text>}
      <Table striped aria-label="Kinds of absence">
        <Table.Thead>
          <Table.Tr>{['Name', 'Counts as sickness', 'Disability-related', 'In use'].map((h) => <Table.Th scope="col" key={h} style={{ whiteSpace: 'nowrap' }}>{h}</Table.Th>)}<Table.Th scope="col"><span className="visually-hidden">Actions</span></Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(types.data ?? []).map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.name}</Table.Td>
              <Table.Td>{yesNo(t.isSickness)}</Table.Td>
              <Table.Td>{yesNo(t.isDisabilityRelated)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t.active ? 'In use' : 'Retired'}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  <Button size="compact-sm" variant="subtle" onClick={() => edit(t)} aria-label={`Change ${t.name}`}>Change</Button>
                  <Button size="compact-sm" variant="subtle" onClick={() => toggle(t)} aria-label={`${t.active ? 'Retire' : 'Bring back'} ${t.name}`}>{t.active ? 'Retire' : 'Bring back'}</Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form onSubmit={submit(draft)} noValidate aria-label={editing ? 'Change a kind of absence' : 'Add a kind of absence'}>
        <Stack gap="sm">
          <Text fw={600} size="sm">{editing ? `Change ${draft.name || 'the kind of absence'}` : 'Add a kind of absence'}</Text>
          <ErrorSummary message={problem?.message ?? null} fields={errors} labels={LABELS} />
          <TextInput id={fieldId('absenceType-name')} label="Name" description="Like Jury service" value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors['absenceType-name']} w={300} />
          <Checkbox id={fieldId('absenceType-isSickness')} label="Counts as sickness" description="Bradford score, fit notes and SSP" checked={draft.isSickness} onChange={(e) => set('isSickness', e.currentTarget.checked)} error={errors['absenceType-isSickness']} />
          <Checkbox id={fieldId('absenceType-isDisabilityRelated')} label="Disability-related" description="Shown apart, and can be left out of someone’s score" checked={draft.isDisabilityRelated} onChange={(e) => set('isDisabilityRelated', e.currentTarget.checked)} error={errors['absenceType-isDisabilityRelated']} />
          {editing && <Checkbox id={fieldId('absenceType-active')} label="In use (untick to retire it: new absences cannot be recorded as it)" checked={draft.active} onChange={(e) => set('active', e.currentTarget.checked)} />}
          <Group>
            <Button type="submit" variant="light" loading={save.isPending}>{editing ? 'Save the kind of absence' : 'Add the kind of absence'}</Button>
            {editing && <Button variant="default" onClick={cancel}>Cancel</Button>}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
