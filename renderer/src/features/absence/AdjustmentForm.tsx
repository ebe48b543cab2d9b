// A reasonable adjustment to how someone's absence is counted (Equality Act 2010): disability-related
// sickness left out of their Bradford score (it is still recorded, and shown apart), and review points of
// their own in place of the office's.
import { Alert, Button, Checkbox, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { saveAdjustmentSchema, type PersonAbsence } from '../../../../shared/contract/absence';
import { useAbsenceSettings, useAbsenceWrite } from '../../api/absence';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { fid, FormProblem } from '../../components/FormProblem';
import { oneBoxForPoints, parseReviewPoints, reviewPointsText } from './reviewPoints';
import { listWords } from './words';

const PREFIX = 'adjust';
const LABELS: Record<string, string> = { leaveOutDisabilityRelated: 'Disability-related absence', reviewPoints: 'Their review points' };

export function AdjustmentForm({ person }: { person: PersonAbsence }) {
  const office = useAbsenceSettings();
  const [leaveOut, setLeaveOut] = useState(person.adjustment.leaveOutDisabilityRelated);
  const [own, setOwn] = useState(person.adjustment.reviewPoints !== null);
  const [points, setPoints] = useState(reviewPointsText(person.adjustment.reviewPoints ?? office.data?.reviewPoints ?? []));
  const [saved, setSaved] = useState(false);
  const save = useAbsenceWrite('absence:saveAdjustment');
  const { problem: raw, submit } = useCheckedSubmit(saveAdjustmentSchema, (input, onError) => save.mutate(input, { onError, onSuccess: () => setSaved(true) }));
  const problem = oneBoxForPoints(raw);
  const errors = problem?.fields ?? {};
  const changed = <T,>(set: (v: T) => void) => (v: T) => { set(v); setSaved(false); };
  // Their own points start from the office's, to be raised.
  const chooseOwn = (yes: boolean) => {
    changed(setOwn)(yes);
    if (yes && points.trim() === '' && office.data) setPoints(reviewPointsText(office.data.reviewPoints));
  };
  const officePoints = office.data ? listWords(office.data.reviewPoints) : '';
  const input = { staffId: person.staff.staffId, leaveOutDisabilityRelated: leaveOut, reviewPoints: own ? parseReviewPoints(points) : null };

  return (
    <form onSubmit={submit(input)} noValidate aria-label="How their absence is counted">
      <Stack gap="sm">
        <FormProblem problem={problem} prefix={PREFIX} labels={LABELS} />
        {saved && !problem && <Alert color="teal" variant="light" c="dark.8" role="status">Saved: their figures are counted this way from now on.</Alert>}
        <Checkbox
          id={fid(PREFIX, 'leaveOutDisabilityRelated')} checked={leaveOut} onChange={(e) => changed(setLeaveOut)(e.currentTarget.checked)}
          label="Leave disability-related absence out of their Bradford score"
          description="A reasonable adjustment. It is still recorded, and shown apart in their figures."
        />
        <Radio.Group label="Review points" value={own ? 'own' : 'office'} onChange={(v) => chooseOwn(v === 'own')}>
          <Stack gap={8} mt={6}>
            <Radio value="office" label={`The office’s${officePoints ? ` (${officePoints})` : ''}`} />
            <Radio value="own" label="Their own, higher points" />
          </Stack>
        </Radio.Group>
        {own && (
          <TextInput
            id={fid(PREFIX, 'reviewPoints')} label={LABELS['reviewPoints']} description={`Bradford scores from lowest to highest, separated by commas, each at least the office’s${officePoints ? ` (${officePoints})` : ''}, like 101, 301, 601`} autoComplete="off"
            value={points} onChange={(e) => changed(setPoints)(e.currentTarget.value)} error={errors['reviewPoints']} w={620} styles={{ wrapper: { width: 320 } }}
          />
        )}
        <Text size="sm" c="gray.7">Agree an adjustment with them, and review it from time to time.</Text>
        <Group><Button type="submit" variant="light" loading={save.isPending}>Save how their absence is counted</Button></Group>
      </Stack>
    </form>
  );
}
