// Benefits that limit someone's work. Sensitive: hidden until the office manager asks to see it.
import { Button, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { setBenefitStatusSchema, type StaffRecord } from '../../../../shared/contract/staff';
import { formatUkDate } from '../../../../shared/domain/dates';
import { BENEFIT_KIND_LABELS, BENEFIT_KINDS, type BenefitKind } from '../../../../shared/domain/staff';
import { useStaffWrite } from '../../api/staff';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

export function BenefitPanel({ record, today }: { record: StaffRecord; today: string }) {
  const [shown, setShown] = useState(false);
  const [kind, setKind] = useState<BenefitKind>(record.currentBenefit);
  const [from, setFrom] = useState(today);
  const change = useStaffWrite('staff:setBenefitStatus');
  const { problem, submit } = useCheckedSubmit(setBenefitStatusSchema, (input, onError) => change.mutate(input, { onError }));
  if (!shown) {
    return (
      <Fieldset legend="Benefits and permitted work">
        <Button variant="default" onClick={() => setShown(true)}>Show benefits information</Button>
      </Fieldset>
    );
  }
  return (
    <Fieldset legend="Benefits and permitted work">
      <Stack gap="sm">
        <Text size="sm"><strong>Now:</strong> {BENEFIT_KIND_LABELS[record.currentBenefit]}</Text>
        {record.benefitHistory.map((b) => <Text key={b.id} size="sm">From {formatUkDate(b.fromDate)}: {BENEFIT_KIND_LABELS[b.kind]}</Text>)}
        <form onSubmit={submit({ staffId: record.id, fromDate: from, kind })} noValidate aria-label="Record a change in benefits">
          <ErrorSummary message={problem?.message ?? null} fields={problem?.fields} />
          <Group align="flex-start">
            <NativeSelect id={fieldId('kind')} label="Benefit" value={kind} onChange={(e) => setKind(e.currentTarget.value as BenefitKind)} data={BENEFIT_KINDS.map((k) => ({ value: k, label: BENEFIT_KIND_LABELS[k] }))} w={320} />
            <UkDateInput id={fieldId('fromDate')} name="fromDate" label="From" value={from} onChange={setFrom} error={problem?.fields['fromDate']} w={200} />
            <Button type="submit" variant="light" mt={46} loading={change.isPending}>Record the change</Button>
          </Group>
        </form>
        <Group><Button variant="subtle" onClick={() => setShown(false)}>Hide benefits information</Button></Group>
      </Stack>
    </Fieldset>
  );
}
