// DBS checks: the latest one's renewal date drives the reminders.
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { saveDbsSchema, type StaffRecord } from '../../../../shared/contract/staff';
import { formatUkDate } from '../../../../shared/domain/dates';
import { DBS_LEVEL_LABELS, DBS_LEVELS, type DbsLevel } from '../../../../shared/domain/staff';
import { useStaffWrite } from '../../api/staff';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

export function DbsPanel({ record }: { record: StaffRecord }) {
  const empty = { level: 'enhanced' as DbsLevel, certificateNumber: '', issuedOn: '', updateService: false, renewalDueOn: '', lastStatusCheckOn: '' };
  const [v, setV] = useState(empty);
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));
  const save = useStaffWrite('staff:saveDbs');
  const { problem, submit } = useCheckedSubmit(saveDbsSchema, (input, onError) => save.mutate(input, { onError, onSuccess: () => setV(empty) }));
  const errors = problem?.fields ?? {};
  return (
    <Fieldset legend="DBS checks">
      <Stack gap="sm">
        {record.dbsChecks.length === 0 ? (
          <Text size="sm">No DBS check recorded.</Text>
        ) : (
          <Table aria-label="DBS checks" striped>
            <Table.Thead><Table.Tr>{['Level', 'Certificate', 'Issued', 'Update Service', 'Renewal due', 'Last status check'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}</Table.Tr></Table.Thead>
            <Table.Tbody>
              {record.dbsChecks.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{DBS_LEVEL_LABELS[d.level]}</Table.Td><Table.Td>{d.certificateNumber}</Table.Td><Table.Td>{formatUkDate(d.issuedOn)}</Table.Td>
                  <Table.Td>{d.updateService ? 'Yes' : 'No'}</Table.Td><Table.Td>{formatUkDate(d.renewalDueOn)}</Table.Td><Table.Td>{formatUkDate(d.lastStatusCheckOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form onSubmit={submit({ staffId: record.id, ...v })} noValidate aria-label="Record a DBS check">
          <ErrorSummary message={problem?.message ?? null} fields={errors} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <NativeSelect id={fieldId('level')} label="Level" value={v.level} onChange={(e) => set('level', e.currentTarget.value as DbsLevel)} data={DBS_LEVELS.map((l) => ({ value: l, label: DBS_LEVEL_LABELS[l] }))} />
            <TextInput id={fieldId('certificateNumber')} label="Certificate number" description="12 digits" value={v.certificateNumber} onChange={(e) => set('certificateNumber', e.currentTarget.value)} error={errors['certificateNumber']} />
            <UkDateInput id={fieldId('issuedOn')} name="issuedOn" label="Issued on" value={v.issuedOn} onChange={(d) => set('issuedOn', d)} error={errors['issuedOn']} />
            <UkDateInput id={fieldId('renewalDueOn')} name="renewalDueOn" label="Renewal due" value={v.renewalDueOn} onChange={(d) => set('renewalDueOn', d)} error={errors['renewalDueOn']} />
            <UkDateInput id={fieldId('lastStatusCheckOn')} name="lastStatusCheckOn" label="Last status check" value={v.lastStatusCheckOn} onChange={(d) => set('lastStatusCheckOn', d)} error={errors['lastStatusCheckOn']} />
            <Checkbox mt={40} label="On the DBS Update Service" checked={v.updateService} onChange={(e) => set('updateService', e.currentTarget.checked)} />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm"><Button type="submit" variant="light" loading={save.isPending}>Record the DBS check</Button></Group>
        </form>
      </Stack>
    </Fieldset>
  );
}
