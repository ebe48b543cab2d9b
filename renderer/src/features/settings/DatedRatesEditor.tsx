// The figures the law changes, one row per change with the day it takes effect. A new figure is a new
// row: past rows stay as they were, so pay for earlier dates is checked against what applied then.
import { Button, Fieldset, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { addDatedRateSchema, DATED_KIND_LABELS } from '../../../../shared/contract/dated-settings';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatPounds } from '../../../../shared/domain/pay/rounding';
import type { InputOf } from '../../../../shared/contract/channels';
import { call } from '../../api/client';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { formatHours, parseHours, parsePounds } from '../../components/money';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

type Editable = 'minimum-wage' | 'permitted-work';
interface Field { key: string; label: string; unit: 'pence' | 'minutes' }

const FIELDS: Record<Editable, Field[]> = {
  'minimum-wage': [
    { key: 'age21AndOverPence', label: '21 and over', unit: 'pence' },
    { key: 'age18To20Pence', label: '18 to 20', unit: 'pence' },
    { key: 'under18Pence', label: 'Under 18', unit: 'pence' },
    { key: 'apprenticePence', label: 'Apprentice', unit: 'pence' },
  ],
  'permitted-work': [
    { key: 'lowerEarningsPence', label: 'Lower limit a week', unit: 'pence' },
    { key: 'higherEarningsPence', label: 'Higher limit a week', unit: 'pence' },
    { key: 'hoursLimitMinutes', label: 'Hours a week under', unit: 'minutes' },
  ],
};

const show = (unit: Field['unit'], value: number) => (unit === 'pence' ? formatPounds(value) : formatHours(value));

export function DatedRatesEditor({ kind, description }: { kind: Editable; description: string }) {
  const client = useQueryClient();
  const rows = useQuery({ queryKey: ['settings', 'dated', kind], queryFn: () => call('settings:datedRates', { kind }) });
  const add = useMutation({
    mutationFn: (input: InputOf<'settings:addDatedRate'>) => call('settings:addDatedRate', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['settings', 'dated', kind] }),
  });
  const fields = FIELDS[kind];
  const [from, setFrom] = useState('');
  const [text, setText] = useState<Record<string, string>>({});
  const { problem, submit } = useCheckedSubmit(addDatedRateSchema, (input, onError) => add.mutate(input, { onError, onSuccess: () => setText({}) }));
  const values = Object.fromEntries(fields.map((f) => [f.key, (f.unit === 'pence' ? parsePounds(text[f.key] ?? '') : parseHours(text[f.key] ?? '')) ?? Number.NaN]));
  const errors = problem?.fields ?? {};
  const legend = DATED_KIND_LABELS[kind];

  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        <Text size="sm">{description}</Text>
        <Table striped aria-label={legend}>
          <Table.Thead><Table.Tr><Table.Th scope="col">From</Table.Th>{fields.map((f) => <Table.Th scope="col" key={f.key}>{f.label}</Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {(rows.data ?? []).map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{formatUkDate(row.effectiveFrom)}</Table.Td>
                {fields.map((f) => <Table.Td key={f.key}>{show(f.unit, (row.values as unknown as Record<string, number>)[f.key]!)}</Table.Td>)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {/* The values' shape follows `kind` (FIELDS above); the schema checks it, so the cast only quiets the type checker. */}
        <form onSubmit={submit({ kind, effectiveFrom: from, values } as InputOf<'settings:addDatedRate'>)} noValidate aria-label={`Add new ${legend.toLowerCase()}`}>
          <ErrorSummary message={problem?.message ?? null} fields={errors} />
          <Group align="flex-start" wrap="wrap">
            <UkDateInput id={fieldId(`${kind}-effectiveFrom`)} name="effectiveFrom" label="From" value={from} onChange={setFrom} error={errors['effectiveFrom']} w={170} />
            {fields.map((f) => (
              <TextInput
                key={f.key}
                id={fieldId(`values.${f.key}`)}
                label={f.label}
                description={f.unit === 'pence' ? 'Pounds, like 12.71' : 'Hours, like 16'}
                value={text[f.key] ?? ''}
                onChange={(e) => setText({ ...text, [f.key]: e.currentTarget.value })}
                error={errors[`values.${f.key}`]}
                w={150}
              />
            ))}
            <Button type="submit" variant="light" mt={46} loading={add.isPending}>Add these figures</Button>
          </Group>
        </form>
      </Stack>
    </Fieldset>
  );
}
