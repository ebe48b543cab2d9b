// Adding or changing a support session: the day, the times, where, and the theme. GOV.UK errors: a
// summary linking to each field, and the message beside it; what was typed stays when a save fails.
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Place } from '../../../../shared/contract/rota';
import { saveSupportSessionSchema, type SaveSupportSessionInput } from '../../../../shared/contract/supervision';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { supportFormToInput, type SupportFormValues } from './supportForm';

/** In the order of the form, which the error summary follows. */
export const SUPPORT_LABELS: Record<string, string> = { date: 'Date', startMinutes: 'Starts', endMinutes: 'Ends', placeId: 'Place', theme: 'Theme' };

const inFormOrder = (fields: Record<string, string>): Record<string, string> => {
  const order = Object.keys(SUPPORT_LABELS);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b)));
};

interface Props {
  initial: SupportFormValues;
  places: Place[];
  saving: boolean;
  /** Called with clean input; `onError` takes the backend's refusal and shows it on the form. */
  onSave: (input: SaveSupportSessionInput, onError: (err: unknown) => void) => void;
  onCancel: () => void;
}

export function SupportSessionForm({ initial, places, saving, onSave, onCancel }: Props) {
  const [v, setV] = useState(initial);
  const set = <K extends keyof SupportFormValues>(key: K, value: SupportFormValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const { problem, submit } = useCheckedSubmit(saveSupportSessionSchema, onSave);
  const errors = inFormOrder(problem?.fields ?? {});
  const isNew = v.id === undefined;
  // Places in use, plus the one the session already has if it has since been retired.
  const shown = places.filter((p) => p.active || String(p.id) === v.placeId);
  const placeOptions = [{ value: '', label: 'Choose a place' }, ...shown.map((p) => ({ value: String(p.id), label: p.active ? p.label : `${p.label} (retired)` }))];

  return (
    <form onSubmit={submit(supportFormToInput(v))} noValidate aria-label={isNew ? 'Add a support session' : 'Change the support session'}>
      <Stack gap="md">
        <ErrorSummary message={problem?.message ?? null} fields={errors} labels={SUPPORT_LABELS} />
        <UkDateInput id={fieldId('date')} name="date" label={SUPPORT_LABELS['date']} description="For example, 27/11/2026" value={v.date} onChange={(d) => set('date', d)} error={errors['date']} w={280} />
        <Group align="flex-start" gap="sm">
          <TextInput id={fieldId('startMinutes')} label={SUPPORT_LABELS['startMinutes']} description="24-hour, like 10:00" value={v.start} onChange={(e) => set('start', e.currentTarget.value)} error={errors['startMinutes']} w={170} autoComplete="off" />
          <TextInput id={fieldId('endMinutes')} label={SUPPORT_LABELS['endMinutes']} description="24-hour, like 13:00" value={v.end} onChange={(e) => set('end', e.currentTarget.value)} error={errors['endMinutes']} w={170} autoComplete="off" />
        </Group>
        <NativeSelect id={fieldId('placeId')} label={SUPPORT_LABELS['placeId']} description="A group venue, usually; add places in Settings, Lists and places" value={v.placeId} onChange={(e) => set('placeId', e.currentTarget.value)} error={errors['placeId']} data={placeOptions} maw={460} />
        <TextInput id={fieldId('theme')} label={SUPPORT_LABELS['theme']} description="What the session is about, in a line, like Looking after yourself on the ward" value={v.theme} onChange={(e) => set('theme', e.currentTarget.value)} error={errors['theme']} maxLength={200} autoComplete="off" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={saving}>{isNew ? 'Add the session' : 'Save the changes'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
