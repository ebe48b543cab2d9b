// Pay elements: the activities sessions are booked as, and the lines the payroll calculation makes
// (mileage, holiday). Each carries its number in Sage 50 and its code in BrightPay, so the files match the
// payroll product's own payments. Used elements are retired, never deleted: past sessions and files name them.
import { Button, Checkbox, Fieldset, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { savePayElementSchema, type PayElement } from '../../../../shared/contract/rota';
import { usePayElements, useSavePayElement } from '../../api/payroll';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { useRetirableListEditor } from './useRetirableListEditor';

interface Draft { id?: number; kind: PayElement['kind']; name: string; sageCode: string; brightpayCode: string; active: boolean }

const EMPTY: Draft = { kind: 'hours', name: '', sageCode: '', brightpayCode: '', active: true };
const LABELS: Record<string, string> = { 'element-name': 'Name', 'element-sageCode': 'Sage payment number', 'element-brightpayCode': 'BrightPay code', 'element-active': 'In use' };
// The calculated elements are made by the payroll calculation, so they cannot be retired (the backend refuses too).
const KIND_WORDS: Record<PayElement['kind'], string> = {
  hours: 'Activity',
  mileage: 'Calculated from miles',
  'holiday-accrued': 'Calculated: a record, not paid',
  'rolled-up-holiday': 'Calculated from pay',
  'ssp-days': 'Calculated: sickness days for SSP',
};

const toDraft = (e: PayElement): Draft => ({ id: e.id, kind: e.kind, name: e.name, sageCode: e.sageCode, brightpayCode: e.brightpayCode, active: e.active });

export function PayElementsEditor() {
  const elements = usePayElements();
  const save = useSavePayElement();
  const { draft, set, edit, cancel, saved, rowProblem, problem, submit, errors, editing, toggle: saveToggle } =
    useRetirableListEditor({ schema: savePayElementSchema, empty: EMPTY, prefix: 'element', save: save.mutate });

  const toggle = (e: PayElement) => {
    const { kind: _kind, ...values } = toDraft(e);
    saveToggle({ ...values, active: !e.active }, `${e.name} ${e.active ? 'retired: new sessions cannot be booked as it' : 'is in use again'}.`);
  };
  const { kind: _kind, ...input } = draft;

  return (
    <Fieldset legend="Pay elements">
      <Stack gap="sm">
        <Text size="sm">
          The activities sessions are booked as, and the lines the payroll calculation adds. Give each the number of the matching payment in Sage 50, or its code in BrightPay, so the exported file goes straight in. Retire an activity you no longer use: past sessions keep it.
        </Text>
        {saved && !problem && <div role="status" className="saved-note">{saved}</div>}
        {rowProblem && <Text size="sm" c="red.9" role="alert">{rowProblem}</Text>}
        {elements.isError && <Text size="sm" c="red.9" role="alert">{elements.error.message}</Text>}
        <Table striped aria-label="Pay elements">
          <Table.Thead>
            <Table.Tr>{['Name', 'What it is', 'Sage payment number', 'BrightPay code', 'In use'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}<Table.Th scope="col"><span className="visually-hidden">Actions</span></Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(elements.data ?? []).map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{e.name}</Table.Td>
                <Table.Td>{KIND_WORDS[e.kind]}</Table.Td>
                <Table.Td>{e.sageCode || <Text span size="sm" c="gray.7">Not set</Text>}</Table.Td>
                <Table.Td>{e.brightpayCode || <Text span size="sm" c="gray.7">Not set</Text>}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.active ? 'In use' : 'Retired'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button size="compact-sm" variant="subtle" onClick={() => edit(toDraft(e))} aria-label={`Change ${e.name}`}>Change</Button>
                    {e.kind === 'hours' && (
                      <Button size="compact-sm" variant="subtle" onClick={() => toggle(e)} aria-label={`${e.active ? 'Retire' : 'Bring back'} ${e.name}`}>{e.active ? 'Retire' : 'Bring back'}</Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <form onSubmit={submit(input)} noValidate aria-label={editing ? 'Change a pay element' : 'Add an activity'}>
          <Stack gap="sm">
            <Text fw={600} size="sm">{editing ? `Change ${draft.name || 'the pay element'}` : 'Add an activity'}</Text>
            <ErrorSummary message={problem?.message ?? null} fields={errors} labels={LABELS} />
            <Group align="flex-start" wrap="wrap">
              <TextInput id={fieldId('element-name')} label="Name" description="Like Training delivery" value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors['element-name']} w={250} />
              <TextInput id={fieldId('element-sageCode')} label="Sage payment number" description="1 to 999, or leave empty" inputMode="numeric" value={draft.sageCode} onChange={(e) => set('sageCode', e.currentTarget.value)} error={errors['element-sageCode']} w={190} />
              <TextInput id={fieldId('element-brightpayCode')} label="BrightPay code" description="As mapped in BrightPay" value={draft.brightpayCode} onChange={(e) => set('brightpayCode', e.currentTarget.value)} error={errors['element-brightpayCode']} w={190} />
            </Group>
            {editing && draft.kind === 'hours' && (
              <Checkbox id={fieldId('element-active')} label="In use (untick to retire it: new sessions cannot be booked as it)" checked={draft.active} onChange={(e) => set('active', e.currentTarget.checked)} error={errors['element-active']} />
            )}
            {editing && draft.kind !== 'hours' && <Text size="sm">{draft.name} is worked out by the payroll calculation, so it stays in use. Leave its codes empty if your payroll does not take it.</Text>}
            <Group>
              <Button type="submit" variant="light" loading={save.isPending}>{editing ? 'Save the pay element' : 'Add the activity'}</Button>
              {editing && <Button variant="default" onClick={cancel}>Cancel</Button>}
            </Group>
          </Stack>
        </form>
      </Stack>
    </Fieldset>
  );
}
