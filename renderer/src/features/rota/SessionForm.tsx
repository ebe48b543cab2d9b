// Booking or changing one session: who, when, where, as what, and, once it has happened, how it went.
import { Button, Fieldset, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { saveSessionSchema, SESSION_STATUSES, type PayElement, type Place, type SaveSessionInput, type SessionStatus } from '../../../../shared/contract/rota';
import type { StaffRow } from '../../../../shared/contract/staff';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { DateTimeFields } from './DateTimeFields';
import { STATUS_WORDS } from './sessionWords';
import { formToInput, lengthLine, type SessionFormValues } from './sessionForm';

/** In the order of the form, which the error summary follows (the schema's order is not the screen's). */
export const SESSION_LABELS: Record<string, string> = {
  staffId: 'Person', date: 'Date', placeId: 'Place', elementId: 'Activity', startMinutes: 'Starts', endMinutes: 'Ends',
  breakMinutes: 'Unpaid break', status: 'Status', cancelledAt: 'When notice was given', supportedOneToOne: 'People supported one-to-one',
  supportedInGroups: 'People supported in groups', milesTenths: 'Business miles', offeredAt: 'When it was offered',
};

const inFormOrder = (fields: Record<string, string>): Record<string, string> => {
  const order = Object.keys(SESSION_LABELS);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b)));
};

interface Props {
  initial: SessionFormValues;
  staff: StaffRow[];
  places: Place[];
  elements: PayElement[];
  saving: boolean;
  /** Called with clean input; `onError` takes the backend's refusal and shows it on the form. */
  onSave: (input: SaveSessionInput, onError: (err: unknown) => void) => void;
  onCancel: () => void;
  /** Shown under the buttons when changing a session (its delete). */
  children?: ReactNode;
}

/** People, places and activities that take bookings, plus whatever the session already has (a leaver, a retired ward). */
function options<T>(all: T[], keep: (t: T) => boolean, value: (t: T) => number, label: (t: T) => string, current: string, empty: string) {
  const shown = all.filter((t) => keep(t) || String(value(t)) === current);
  return [{ value: '', label: empty }, ...shown.map((t) => ({ value: String(value(t)), label: label(t) }))];
}

export function SessionForm({ initial, staff, places, elements, saving, onSave, onCancel, children }: Props) {
  const [v, setV] = useState(initial);
  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const { problem, submit } = useCheckedSubmit(saveSessionSchema, onSave);
  const errors = inFormOrder(problem?.fields ?? {});
  const place = places.find((p) => String(p.id) === v.placeId);
  // Counts belong to worked ward sessions; they stay on show while they hold anything, so a count typed
  // before the place changed is never dropped unseen (the backend then says why it cannot be kept).
  const showCounts = (place?.kind === 'ward' && v.status === 'worked') || v.oneToOne.trim() !== '' || v.inGroups.trim() !== '';
  const length = lengthLine(v);
  const isNew = v.id === undefined;

  return (
    <form onSubmit={submit(formToInput(v))} noValidate aria-label={isNew ? 'Book a session' : 'Change the session'}>
      <Stack gap="md">
        <ErrorSummary message={problem?.message ?? null} fields={errors} labels={SESSION_LABELS} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect id={fieldId('staffId')} label={SESSION_LABELS['staffId']} value={v.staffId} onChange={(e) => set('staffId', e.currentTarget.value)} error={errors['staffId']}
            data={options(staff, (s) => s.isCurrent, (s) => s.staffId, (s) => (s.isCurrent ? s.name : `${s.name} (left)`), v.staffId, 'Choose a person')} />
          <UkDateInput id={fieldId('date')} name="date" label={SESSION_LABELS['date']} description="The day it starts, like 27/11/2026" value={v.date} onChange={(d) => set('date', d)} error={errors['date']} />
          <NativeSelect id={fieldId('placeId')} label={SESSION_LABELS['placeId']} value={v.placeId} onChange={(e) => set('placeId', e.currentTarget.value)} error={errors['placeId']}
            data={options(places, (p) => p.active, (p) => p.id, (p) => (p.active ? p.label : `${p.label} (retired)`), v.placeId, 'Choose a place')} />
          <NativeSelect id={fieldId('elementId')} label={SESSION_LABELS['elementId']} value={v.elementId} onChange={(e) => set('elementId', e.currentTarget.value)} error={errors['elementId']}
            data={options(elements, (el) => el.kind === 'hours' && el.active, (el) => el.id, (el) => (el.active ? el.name : `${el.name} (retired)`), v.elementId, 'Choose an activity')} />
        </SimpleGrid>
        <div>
          <Group align="flex-start" gap="sm">
            <TextInput id={fieldId('startMinutes')} label={SESSION_LABELS['startMinutes']} description="24-hour, like 09:30" value={v.start} onChange={(e) => set('start', e.currentTarget.value)} error={errors['startMinutes']} w={150} autoComplete="off" />
            <TextInput id={fieldId('endMinutes')} label={SESSION_LABELS['endMinutes']} description="If before the start: next day" value={v.end} onChange={(e) => set('end', e.currentTarget.value)} error={errors['endMinutes']} w={180} autoComplete="off" />
            <TextInput id={fieldId('breakMinutes')} label="Unpaid break (minutes)" description="0 for no break" value={v.breakMinutes} onChange={(e) => set('breakMinutes', e.currentTarget.value)} error={errors['breakMinutes']} w={200} inputMode="numeric" autoComplete="off" />
          </Group>
          <Text size="sm" mt={6} aria-live="polite" data-testid="session-length" c={length && !length.ok ? 'red.9' : undefined} fw={length?.ok ? 600 : undefined}>
            {length?.text ?? ''}
          </Text>
        </div>
        <Radio.Group id={fieldId('status')} label={SESSION_LABELS['status']} value={v.status} onChange={(value) => set('status', value as SessionStatus)} error={errors['status']}>
          <Group gap="lg" mt={6}>
            {SESSION_STATUSES.map((s) => <Radio key={s} value={s} label={STATUS_WORDS[s]} />)}
          </Group>
        </Radio.Group>
        {v.status === 'cancelled' && (
          <DateTimeFields field="cancelledAt" legend="When notice of cancelling was given" dateLabel="Date of notice" timeLabel="Time of notice" date={v.cancelledDate} time={v.cancelledTime}
            onDate={(d) => set('cancelledDate', d)} onTime={(t) => set('cancelledTime', t)} error={errors['cancelledAt']} />
        )}
        {showCounts && (
          <Fieldset legend="People supported on the ward">
            <Text size="sm" fw={600} mb="xs">Counts only: never write who they were.</Text>
            <Group align="flex-start" gap="sm">
              <TextInput id={fieldId('supportedOneToOne')} label="One-to-one" description="How many people" value={v.oneToOne} onChange={(e) => set('oneToOne', e.currentTarget.value)} error={errors['supportedOneToOne']} w={170} inputMode="numeric" autoComplete="off" />
              <TextInput id={fieldId('supportedInGroups')} label="In groups" description="How many people" value={v.inGroups} onChange={(e) => set('inGroups', e.currentTarget.value)} error={errors['supportedInGroups']} w={170} inputMode="numeric" autoComplete="off" />
            </Group>
          </Fieldset>
        )}
        <TextInput id={fieldId('milesTenths')} label={SESSION_LABELS['milesTenths']} description="To one decimal place, like 12.5; leave empty for none" value={v.miles} onChange={(e) => set('miles', e.currentTarget.value)} error={errors['milesTenths']} w={340} inputMode="decimal" autoComplete="off" />
        <DateTimeFields field="offeredAt" legend="When it was offered (optional)" dateLabel="Date offered" timeLabel="Time offered" date={v.offeredDate} time={v.offeredTime}
          onDate={(d) => set('offeredDate', d)} onTime={(t) => set('offeredTime', t)} error={errors['offeredAt']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={saving}>{isNew ? 'Book the session' : 'Save the session'}</Button>
        </Group>
        {children}
      </Stack>
    </form>
  );
}
