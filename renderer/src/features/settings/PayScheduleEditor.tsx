// When staff are paid: monthly (a pay day, in the month worked or the month after) or every four weeks.
// The backend refuses a change once any period has been approved, because periods already paid would
// move; its message says so. A preview shows the current period the schedule would make, before saving.
import { Alert, Button, Fieldset, Group, Loader, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { savePayScheduleSchema, type PaySchedulePayload } from '../../../../shared/contract/payroll';
import { formatUkDate, londonToday } from '../../../../shared/domain/dates';
import { periodContaining } from '../../../../shared/domain/pay/pay-periods';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../../shared/domain/pay/uk-defaults';
import { usePaySchedule, useSavePaySchedule } from '../../api/payroll';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

const PAY_DAYS = [{ value: 'last', label: 'The last day of the month' }, ...Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))];
const LABELS = { 'schedule.kind': 'How often', 'schedule.payDay': 'Pay day', 'schedule.payMonthOffset': 'Paid in', 'schedule.anchor': 'First day of a period', 'schedule.payDaysAfterEnd': 'Days to pay day' };

interface Draft { kind: 'monthly' | 'four-weekly'; payDay: string; payMonthOffset: '0' | '1'; anchor: string; payDaysAfterEnd: string }

function draftOf(s: PaySchedulePayload): Draft {
  return s.kind === 'monthly'
    ? { kind: 'monthly', payDay: String(s.payDay), payMonthOffset: s.payMonthOffset === 1 ? '1' : '0', anchor: '', payDaysAfterEnd: '5' }
    : { kind: 'four-weekly', payDay: 'last', payMonthOffset: '0', anchor: s.anchor, payDaysAfterEnd: String(s.payDaysAfterEnd) };
}

function payloadOf(d: Draft): PaySchedulePayload {
  if (d.kind === 'monthly') return { kind: 'monthly', payDay: d.payDay === 'last' ? 'last' : Number(d.payDay), payMonthOffset: d.payMonthOffset === '1' ? 1 : 0 };
  const days = d.payDaysAfterEnd.trim();
  return { kind: 'four-weekly', anchor: d.anchor, payDaysAfterEnd: /^\d+$/.test(days) ? Number(days) : Number.NaN };
}

export function PayScheduleEditor() {
  const schedule = usePaySchedule();
  if (schedule.isPending) return <Loader aria-label="Loading the pay schedule" />;
  if (schedule.isError) return <Alert color="red" role="alert">{schedule.error.message}</Alert>;
  return <ScheduleForm key={JSON.stringify(schedule.data)} initial={schedule.data} />;
}

function ScheduleForm({ initial }: { initial: PaySchedulePayload }) {
  const save = useSavePaySchedule();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [saved, setSaved] = useState(false);
  const { problem, submit } = useCheckedSubmit(savePayScheduleSchema, (input, onError) => save.mutate(input, { onError, onSuccess: () => setSaved(true) }));
  const errors = problem?.fields ?? {};
  const change = (next: Partial<Draft>) => { setDraft({ ...draft, ...next }); setSaved(false); };
  const payload = payloadOf(draft);
  const checked = savePayScheduleSchema.safeParse({ schedule: payload });
  const preview = checked.success ? periodContaining({ ...checked.data.schedule, bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS }, londonToday(new Date())) : null;

  return (
    <form onSubmit={submit({ schedule: payload })} noValidate aria-label="Pay schedule">
      <Fieldset legend="Pay schedule">
        <Stack gap="sm">
          <Text size="sm">When staff are paid. Choose it before the first pay period is approved: after that it cannot change, because periods already paid would move. A pay day on a weekend or bank holiday moves to the working day before.</Text>
          <ErrorSummary message={problem?.message ?? null} fields={errors} labels={LABELS} />
          {saved && <Alert color="teal" variant="light" c="dark.8" role="status">Pay schedule saved.</Alert>}
          <Radio.Group id={fieldId('schedule.kind')} label="How often are staff paid?" value={draft.kind} onChange={(v) => change({ kind: v === 'four-weekly' ? 'four-weekly' : 'monthly' })}>
            <Group mt="xs"><Radio value="monthly" label="Monthly" /><Radio value="four-weekly" label="Every four weeks" /></Group>
          </Radio.Group>
          {draft.kind === 'monthly' ? (
            <Group align="flex-start">
              <NativeSelect id={fieldId('schedule.payDay')} label="Pay day" data={PAY_DAYS} value={draft.payDay} onChange={(e) => change({ payDay: e.currentTarget.value })} error={errors['schedule.payDay']} w={260} />
              <Radio.Group id={fieldId('schedule.payMonthOffset')} label="Paid in" value={draft.payMonthOffset} onChange={(v) => change({ payMonthOffset: v === '1' ? '1' : '0' })} error={errors['schedule.payMonthOffset']}>
                <Stack gap={6} mt="xs"><Radio value="0" label="The month worked" /><Radio value="1" label="The month after (in arrears)" /></Stack>
              </Radio.Group>
            </Group>
          ) : (
            <Group align="flex-start">
              <UkDateInput id={fieldId('schedule.anchor')} name="anchor" label="First day of any one period" description="A Monday keeps periods to whole weeks, like 05/01/2026" value={draft.anchor} onChange={(v) => change({ anchor: v })} error={errors['schedule.anchor']} w={260} />
              <TextInput id={fieldId('schedule.payDaysAfterEnd')} label="Days from the end of a period to pay day" description="For example, 5: the Friday after a period ending on Sunday" inputMode="numeric" value={draft.payDaysAfterEnd} onChange={(e) => change({ payDaysAfterEnd: e.currentTarget.value })} error={errors['schedule.payDaysAfterEnd']} w={300} />
            </Group>
          )}
          {preview && (
            <Text size="sm" data-testid="schedule-preview">
              With this schedule, the pay period holding today runs from {formatUkDate(preview.start)} to {formatUkDate(preview.end)} and is paid on {formatUkDate(preview.payDate)}.
            </Text>
          )}
          <Group><Button type="submit" variant="light" loading={save.isPending}>Save the pay schedule</Button></Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
