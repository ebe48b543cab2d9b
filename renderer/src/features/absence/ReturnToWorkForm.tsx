// The return-to-work conversation: when it was held, who held it, and the support agreed. Good practice
// rather than law; a welcome back and a look at what would help, with no medical details written down.
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { returnToWorkSchema, type Absence, type PersonAbsence } from '../../../../shared/contract/absence';
import { useAbsenceWrite } from '../../api/absence';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { useYourName } from '../payroll/yourName';
import { fid, FormProblem } from '../../components/FormProblem';

const PREFIX = 'rtw';
const LABELS: Record<string, string> = { heldOn: 'Date of the conversation', by: 'Held by', support: 'Support agreed' };

interface Props {
  absence: Absence;
  today: string;
  onSaved: (person: PersonAbsence) => void;
  onCancel?: () => void;
}

export function ReturnToWorkForm({ absence, today, onSaved, onCancel }: Props) {
  const [heldOn, setHeldOn] = useState(absence.rtwHeldOn || today);
  // Typed once, offered again to the next conversation until the office locks.
  const [yourName, setYourName] = useYourName();
  const [by, setBy] = useState(absence.rtwBy || yourName);
  const [support, setSupport] = useState(absence.rtwSupport);
  const hold = useAbsenceWrite('absence:returnToWork');
  const { problem, submit } = useCheckedSubmit(returnToWorkSchema, (input, onError) => hold.mutate(input, {
    onError,
    onSuccess: (person) => {
      setYourName(input.by.trim());
      onSaved(person);
    },
  }));
  const errors = problem?.fields ?? {};

  return (
    <form onSubmit={submit({ id: absence.id, heldOn, by, support })} noValidate aria-label="Return-to-work conversation">
      <Stack gap="sm">
        <FormProblem problem={problem} prefix={PREFIX} labels={LABELS} />
        <Group align="flex-start">
          <UkDateInput id={fid(PREFIX, 'heldOn')} name="heldOn" label={LABELS['heldOn']} description="Like 27/11/2026" value={heldOn} onChange={setHeldOn} error={errors['heldOn']} w={240} />
          <TextInput id={fid(PREFIX, 'by')} label={LABELS['by']} description="Who talked with them" autoComplete="name" value={by} onChange={(e) => setBy(e.currentTarget.value)} error={errors['by']} w={300} />
        </Group>
        <Textarea
          id={fid(PREFIX, 'support')} label="Support agreed (optional)" rows={2} value={support} onChange={(e) => setSupport(e.currentTarget.value)} error={errors['support']}
          description="A line or two of what will help, like a phased return or no ward sessions for a fortnight. No diagnosis or medical details."
        />
        <Group justify="flex-end">
          {onCancel && <Button variant="default" onClick={onCancel}>Cancel</Button>}
          <Button type="submit" loading={hold.isPending}>{absence.rtwHeldOn ? 'Save the conversation' : 'Record the conversation'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
