// Pay rates by the date they start: a rise from 1 April is a new row, so March keeps its rate.
import { Button, Fieldset, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { addRateSchema, type StaffRecord } from '../../../../shared/contract/staff';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatPounds } from '../../../../shared/domain/pay/rounding';
import { useStaffWrite } from '../../api/staff';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { parsePounds } from '../../components/money';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

export function PayRatesPanel({ record, today }: { record: StaffRecord; today: string }) {
  const [from, setFrom] = useState(today);
  const [rate, setRate] = useState('');
  const add = useStaffWrite('staff:addRate');
  const remove = useStaffWrite('staff:removeRate');
  const { problem, submit } = useCheckedSubmit(addRateSchema, (input, onError) => add.mutate(input, { onError, onSuccess: () => setRate('') }));
  const errors = problem?.fields ?? {};
  return (
    <Fieldset legend="Pay rates">
      <Stack gap="sm">
        {record.rates.length === 0 ? (
          <Text size="sm">No pay rate yet.</Text>
        ) : (
          <Table aria-label="Pay rates" striped>
            <Table.Thead><Table.Tr><Table.Th scope="col">From</Table.Th><Table.Th scope="col">An hour</Table.Th><Table.Th scope="col"><span className="visually-hidden">Actions</span></Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {record.rates.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatUkDate(r.effectiveFrom)}{record.currentRate?.id === r.id ? ' (current)' : ''}</Table.Td>
                  <Table.Td>{formatPounds(r.hourlyPence)}</Table.Td>
                  <Table.Td><Button size="xs" variant="subtle" color="red" c="red.9" onClick={() => remove.mutate({ rateId: r.id })} aria-label={`Remove the rate from ${formatUkDate(r.effectiveFrom)}`}>Remove</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form onSubmit={submit({ staffId: record.id, effectiveFrom: from, hourlyPence: parsePounds(rate) ?? Number.NaN })} noValidate aria-label="Add a pay rate">
          <ErrorSummary message={problem?.message ?? null} fields={errors} labels={{ effectiveFrom: 'From', hourlyPence: 'Rate' }} />
          <Group align="flex-start">
            <UkDateInput id={fieldId('effectiveFrom')} name="effectiveFrom" label="New rate from" value={from} onChange={setFrom} error={errors['effectiveFrom']} w={200} />
            <TextInput id={fieldId('hourlyPence')} label="Pounds an hour" description="For example, 12.71" value={rate} onChange={(e) => setRate(e.currentTarget.value)} error={errors['hourlyPence']} w={180} />
            <Button type="submit" variant="light" mt={46} loading={add.isPending}>Add the rate</Button>
          </Group>
        </form>
      </Stack>
    </Fieldset>
  );
}
