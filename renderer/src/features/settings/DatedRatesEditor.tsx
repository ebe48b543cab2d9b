// The figures the law changes, one row per change with the day it takes effect. A new figure is a new
// row: past rows stay as they were, so pay for earlier dates is checked against what applied then.
// What each kind's fields are called, mean and are typed in lives in datedFields.ts.
import { Button, Fieldset, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { addDatedRateSchema, DATED_KIND_LABELS, type DatedKind, type DatedSettingRow } from '../../../../shared/contract/dated-settings';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { InputOf } from '../../../../shared/contract/channels';
import { call } from '../../api/client';
import { fid, FormProblem } from '../../components/FormProblem';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { DATED_EDITORS, parseDatedField, showDatedField, typedDatedField, type DatedField } from './datedFields';

// Hint under the box, not between label and box: the hints differ in length, and boxes in a row stay level.
const HINT_BELOW = ['label', 'input', 'description', 'error'] as const;

/** The row in effect last of all: the one a new row is most like. */
const newestOf = (rows: readonly DatedSettingRow[]): DatedSettingRow | null =>
  rows.reduce<DatedSettingRow | null>((newest, row) => (!newest || row.effectiveFrom > newest.effectiveFrom ? row : newest), null);

/** What the office manager has typed in the new row, and the date of the row its figures were copied from. */
interface Draft { copiedFrom: string | null; text: Record<string, string> }

export function DatedRatesEditor({ kind }: { kind: DatedKind }) {
  const client = useQueryClient();
  const rows = useQuery({ queryKey: ['settings', 'dated', kind], queryFn: () => call('settings:datedRates', { kind }) });
  const add = useMutation({
    mutationFn: (input: InputOf<'settings:addDatedRate'>) => call('settings:addDatedRate', input),
    // The answer is the kind's rows as they are now: shown at once, so the next new row copies the one just added.
    onSuccess: (answer) => client.setQueryData(['settings', 'dated', kind], answer),
  });
  const { description } = DATED_EDITORS[kind];
  const fields: DatedField[] = DATED_EDITORS[kind].fields;
  const [from, setFrom] = useState('');
  // Until the office manager types, the new row shows the newest row's figures: a change (next April's SSP
  // rate, say) usually moves one or two of them, and the rest carry on. The date is theirs to type.
  const [draft, setDraft] = useState<Draft | null>(null);
  const newest = newestOf(rows.data ?? []);
  const copied: Draft = {
    copiedFrom: newest?.effectiveFrom ?? null,
    text: newest ? Object.fromEntries(fields.map((f) => [f.key, typedDatedField(f, (newest.values as Record<string, number | null>)[f.key] ?? null)])) : {},
  };
  const { copiedFrom, text } = draft ?? copied;
  const hintId = `${kind}-copied-from`;
  const [added, setAdded] = useState<string | null>(null);
  const { problem, submit } = useCheckedSubmit(addDatedRateSchema, (input, onError) => add.mutate(input, {
    onError,
    onSuccess: () => {
      setAdded(`Added the figures from ${formatUkDate(input.effectiveFrom)}.`);
      setFrom('');
      setDraft(null);
    },
  }));
  const values = Object.fromEntries(fields.map((f) => [f.key, parseDatedField(f, text[f.key] ?? '')]));
  // The page shows five of these forms: ids carry the kind ("ssp.values.weeklyRatePence"), so each summary link finds its own field.
  const errors = problem?.fields ?? {};
  const labels = { effectiveFrom: 'From', ...Object.fromEntries(fields.map((f) => [`values.${f.key}`, f.label])) };
  const legend = DATED_KIND_LABELS[kind];

  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        <Text size="sm">{description}</Text>
        {rows.isError && <Text size="sm" c="red.9" role="alert">{rows.error.message}</Text>}
        <Table striped aria-label={legend}>
          <Table.Thead><Table.Tr><Table.Th scope="col">From</Table.Th>{fields.map((f) => <Table.Th scope="col" key={f.key}>{f.label}</Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {(rows.data ?? []).map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatUkDate(row.effectiveFrom)}</Table.Td>
                {fields.map((f) => <Table.Td key={f.key}>{showDatedField(f, (row.values as Record<string, number | null>)[f.key] ?? null)}</Table.Td>)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {added && !problem && <div role="status" className="saved-note">{added}</div>}
        {/* The values' shape follows `kind` (datedFields.ts); the schema checks it, so the cast only quiets the type checker. */}
        <form
          onSubmit={(e) => { setAdded(null); submit({ kind, effectiveFrom: from, values } as InputOf<'settings:addDatedRate'>)(e); }}
          noValidate aria-label={`Add new ${legend.toLowerCase()}`} aria-describedby={copiedFrom ? hintId : undefined}
        >
          <FormProblem problem={problem} prefix={kind} labels={labels} />
          <Stack gap="sm">
            {copiedFrom && (
              <Text size="sm" id={hintId}>
                The figures below are copied from the row from {formatUkDate(copiedFrom)}. Change the ones that differ, and enter the day the new figures take effect.
              </Text>
            )}
            <Group align="flex-start" wrap="wrap">
              <UkDateInput
                id={fid(kind, 'effectiveFrom')} name="effectiveFrom" label="From" description="The day it takes effect, like 06/04/2027"
                inputWrapperOrder={[...HINT_BELOW]} value={from} onChange={setFrom} error={errors.effectiveFrom} w={200}
              />
              {fields.map((f) => (
                <TextInput
                  key={f.key}
                  id={fid(kind, `values.${f.key}`)}
                  label={f.label}
                  description={f.hint}
                  inputWrapperOrder={[...HINT_BELOW]}
                  autoComplete="off"
                  value={text[f.key] ?? ''}
                  onChange={(e) => setDraft({ copiedFrom, text: { ...text, [f.key]: e.currentTarget.value } })}
                  error={errors[`values.${f.key}`]}
                  w={200}
                />
              ))}
            </Group>
            <Group><Button type="submit" variant="light" loading={add.isPending}>Add these figures</Button></Group>
          </Stack>
        </form>
      </Stack>
    </Fieldset>
  );
}
