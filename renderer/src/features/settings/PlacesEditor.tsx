// The places sessions are booked at: hospital wards, group venues, the office. A place is retired rather
// than deleted, because past sessions and payroll files name it.
import { Button, Checkbox, Fieldset, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { PLACE_KIND_LABELS, PLACE_KINDS, savePlaceSchema, type Place, type PlaceKind } from '../../../../shared/contract/rota';
import { usePlaces, useSavePlace } from '../../api/rota';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { useRetirableListEditor } from './useRetirableListEditor';

interface Draft { id?: number; name: string; site: string; kind: PlaceKind; active: boolean }

const EMPTY: Draft = { name: '', site: '', kind: 'ward', active: true };
const LABELS: Record<string, string> = { 'place-name': 'Name', 'place-site': 'Site', 'place-kind': 'Kind of place', 'place-active': 'In use' };

export function PlacesEditor() {
  const places = usePlaces();
  const save = useSavePlace();
  const { draft, set, edit: startEditing, cancel, saved, rowProblem, problem, submit, errors, editing, toggle: saveToggle } =
    useRetirableListEditor({ schema: savePlaceSchema, empty: EMPTY, prefix: 'place', save: save.mutate });

  const edit = (p: Place) => {
    startEditing({ id: p.id, name: p.name, site: p.site, kind: p.kind, active: p.active });
    // The form is below the list: take the person to it.
    document.getElementById(fieldId('place-name'))?.focus();
  };

  const toggle = (p: Place) => saveToggle(
    { id: p.id, name: p.name, site: p.site, kind: p.kind, active: !p.active },
    `${p.label} ${p.active ? 'retired: it takes no new bookings' : 'is in use again'}.`,
  );

  return (
    <Fieldset legend="Places">
      <Stack gap="sm">
        <Text size="sm">Where sessions happen: hospital wards, group venues, the office. Ward sessions need two peer supporters and record counts of people supported. Retire a place you no longer use: past sessions keep it.</Text>
        {saved && !problem && <div role="status" className="saved-note">{saved}</div>}
        {rowProblem && <Text size="sm" c="red.9" role="alert">{rowProblem}</Text>}
        <Table striped aria-label="Places">
          <Table.Thead>
            <Table.Tr>{['Name', 'Site', 'Kind', 'In use'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}<Table.Th scope="col"><span className="visually-hidden">Actions</span></Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(places.data ?? []).map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{p.site}</Table.Td>
                <Table.Td>{PLACE_KIND_LABELS[p.kind]}</Table.Td>
                <Table.Td>{p.active ? 'In use' : 'Retired'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button size="compact-sm" variant="subtle" onClick={() => edit(p)} aria-label={`Change ${p.label}`}>Change</Button>
                    <Button size="compact-sm" variant="subtle" onClick={() => toggle(p)} aria-label={`${p.active ? 'Retire' : 'Bring back'} ${p.label}`}>{p.active ? 'Retire' : 'Bring back'}</Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <form onSubmit={submit(draft)} noValidate aria-label={editing ? 'Change a place' : 'Add a place'}>
          <Stack gap="sm">
            <Text fw={600} size="sm">{editing ? `Change ${draft.name || 'the place'}` : 'Add a place'}</Text>
            <ErrorSummary message={problem?.message ?? null} fields={errors} labels={LABELS} />
            <Group align="flex-start" wrap="wrap">
              <TextInput id={fieldId('place-name')} label="Name" description="Like Oaklands Ward" value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors['place-name']} w={230} />
              <TextInput id={fieldId('place-site')} label="Site" description="The hospital or building, if any" value={draft.site} onChange={(e) => set('site', e.currentTarget.value)} error={errors['place-site']} w={230} />
              <NativeSelect id={fieldId('place-kind')} label="Kind of place" description="Wards need two on each visit" value={draft.kind} onChange={(e) => set('kind', e.currentTarget.value as PlaceKind)} error={errors['place-kind']} w={200}
                data={PLACE_KINDS.map((k) => ({ value: k, label: PLACE_KIND_LABELS[k] }))} />
            </Group>
            {editing && <Checkbox id={fieldId('place-active')} label="In use (untick to retire it: it takes no new bookings)" checked={draft.active} onChange={(e) => set('active', e.currentTarget.checked)} />}
            <Group>
              <Button type="submit" variant="light" loading={save.isPending}>{editing ? 'Save the place' : 'Add the place'}</Button>
              {editing && <Button variant="default" onClick={cancel}>Cancel</Button>}
            </Group>
          </Stack>
        </form>
      </Stack>
    </Fieldset>
  );
}
