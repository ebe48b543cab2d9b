// Record a planned meeting as held: the day, a review's outcome (a final review's is the probation
// decision), which earlier actions are done, and a few short new ones. Never notes: the form says so.
import { Alert, Button, Checkbox, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  FINAL_OUTCOMES, holdSupervisionSchema, MAX_ACTION_LENGTH, MAX_ACTIONS_PER_SUPERVISION, MID_POINT_OUTCOMES, REVIEW_OUTCOME_LABELS,
  type PersonSupervision, type ReviewOutcome, type SupervisionRow,
} from '../../../../shared/contract/supervision';
import { formatUkDate } from '../../../../shared/domain/dates';
import { latestProbationEnd } from '../../../../shared/domain/probation';
import { useSupervisionWrite } from '../../api/supervision';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { useYourName } from '../payroll/yourName';
import { fid, FormProblem } from '../../components/FormProblem';
import { ReasonField } from './formBits';

const LABELS: Record<string, string> = {
  heldOn: 'Date held', outcome: 'Outcome', extendTo: 'New end of probation', lastDay: 'Last day of employment', reason: 'Reason',
  by: 'Your name', doneActionIds: 'Earlier actions', newActions: 'New action',
};

/** What each final decision goes on to do, said before it is recorded. */
const FINAL_EFFECT: Record<(typeof FINAL_OUTCOMES)[number], string> = {
  confirm: 'Probation ends here: they are confirmed in post, the remaining planned probation meetings are cancelled, and supervision carries on at their usual pace.',
  extend: 'Probation runs to the new date and the plan grows to cover it. Confirm an extension in writing before the original end date.',
  end: 'Their employment ends on the last day, and meetings planned after it are cancelled. Tell them in writing, with the notice they are owed.',
};

interface Props {
  row: SupervisionRow;
  person: PersonSupervision;
  today: string;
  onHeld: (person: PersonSupervision) => void;
  onCancel: () => void;
}

export function HoldForm({ row, person, today, onHeld, onCancel }: Props) {
  const [heldOn, setHeldOn] = useState(row.plannedOn < today ? row.plannedOn : today);
  const [outcome, setOutcome] = useState<'' | ReviewOutcome>('');
  const [done, setDone] = useState<number[]>([]);
  const [actions, setActions] = useState<string[]>([]);
  const [extendTo, setExtendTo] = useState('');
  const [lastDay, setLastDay] = useState('');
  const [reason, setReason] = useState('');
  // Typed once, offered again to the next decision (and to payroll) until the office locks.
  const [by, setBy] = useYourName();
  const hold = useSupervisionWrite('supervision:hold');
  const { problem, submit } = useCheckedSubmit(holdSupervisionSchema, (input, onError) => hold.mutate(input, { onError, onSuccess: onHeld }));
  const errors = problem?.fields ?? {};
  const prefix = 'hold';

  const outcomes = row.planItem === 'mid-point-review' ? MID_POINT_OUTCOMES : row.planItem === 'final-review' ? FINAL_OUTCOMES : null;
  const decides = outcome === 'confirm' || outcome === 'extend' || outcome === 'end';
  const input = {
    id: row.id,
    heldOn,
    outcome,
    doneActionIds: done,
    newActions: actions,
    extendTo: outcome === 'extend' ? extendTo : '',
    lastDay: outcome === 'end' ? lastDay : '',
    reason: outcome === 'extend' || outcome === 'end' ? reason : '',
    by: decides ? by : '',
  };

  return (
    <form onSubmit={submit(input)} noValidate aria-label="Record as held">
      <Stack gap="md">
        <FormProblem problem={problem} prefix={prefix} labels={LABELS} />
        <UkDateInput id={fid(prefix, 'heldOn')} name="heldOn" label={LABELS['heldOn']} description="The day it took place, like 27/11/2026" value={heldOn} onChange={setHeldOn} error={errors['heldOn']} w={240} autoFocus />
        {outcomes && (
          <Radio.Group id={fid(prefix, 'outcome')} label={row.planItem === 'final-review' ? 'The probation decision' : 'Outcome of the review'} value={outcome} onChange={(o) => setOutcome(o as ReviewOutcome)} error={errors['outcome']}>
            <Stack gap={8} mt={6}>{outcomes.map((o) => <Radio key={o} value={o} label={REVIEW_OUTCOME_LABELS[o]} />)}</Stack>
          </Radio.Group>
        )}
        {decides && <Text size="sm">{FINAL_EFFECT[outcome]}</Text>}
        {outcome === 'extend' && (
          <UkDateInput id={fid(prefix, 'extendTo')} name="extendTo" label={LABELS['extendTo']} description={`It ends on ${formatUkDate(person.probation.endDate)} now, and can run to ${formatUkDate(latestProbationEnd(person.probation.startDate))} at most`} value={extendTo} onChange={setExtendTo} error={errors['extendTo']} w={240} />
        )}
        {outcome === 'end' && (
          <UkDateInput id={fid(prefix, 'lastDay')} name="lastDay" label={LABELS['lastDay']} description="After their notice, like 27/11/2026" value={lastDay} onChange={setLastDay} error={errors['lastDay']} w={240} />
        )}
        {(outcome === 'extend' || outcome === 'end') && (
          <ReasonField id={fid(prefix, 'reason')} value={reason} onChange={setReason} error={errors['reason']} />
        )}
        {decides && (
          <TextInput
            id={fid(prefix, 'by')} label={LABELS['by']} description="Recorded with the decision, so the record shows who decided" autoComplete="name" w={360}
            value={by} onChange={(e) => setBy(e.currentTarget.value)} error={errors['by']}
          />
        )}
        {person.openActions.length > 0 && (
          <Checkbox.Group
            id={fid(prefix, 'doneActionIds')} label="Actions from earlier meetings" description="Tick those that are now done; the rest carry on to the next meeting."
            value={done.map(String)} onChange={(ids) => setDone(ids.map(Number))} error={errors['doneActionIds']}
          >
            <Stack gap={6} mt={6}>
              {person.openActions.map((a) => <Checkbox key={a.id} value={String(a.id)} label={`Done: ${a.text}`} description={`Agreed on ${formatUkDate(a.raisedOn)}`} />)}
            </Stack>
          </Checkbox.Group>
        )}
        <NewActions actions={actions} onChange={setActions} errors={errors} prefix={prefix} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={hold.isPending}>Record as held</Button>
        </Group>
      </Stack>
    </form>
  );
}

function NewActions({ actions, onChange, errors, prefix }: {
  actions: string[]; onChange: (a: string[]) => void; errors: Record<string, string>; prefix: string;
}) {
  const setAt = (i: number, text: string) => onChange(actions.map((a, j) => (j === i ? text : a)));
  // A line just added takes the focus, so the keyboard goes on typing where the eye goes.
  const [added, setAdded] = useState<{ index: number } | null>(null);
  useEffect(() => {
    if (added) document.getElementById(fid(prefix, `newActions.${added.index}`))?.focus();
  }, [added, prefix]);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>Actions agreed at this meeting</Text>
      <Alert color="gray" variant="light" c="dark.8" p="xs" role="note">
        <Text size="sm">A few short lines of what was agreed, each up to {MAX_ACTION_LENGTH} characters. This is not for notes about anyone’s health, or about anyone on the wards.</Text>
      </Alert>
      <Text size="sm" aria-live="polite" data-testid="action-count">{actions.length} of {MAX_ACTIONS_PER_SUPERVISION} actions</Text>
      {actions.map((text, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            id={fid(prefix, `newActions.${i}`)} label={`Action ${i + 1}`} value={text} autoComplete="off" style={{ flex: 1 }}
            description={`${text.trim().length} of ${MAX_ACTION_LENGTH} characters`} onChange={(e) => setAt(i, e.currentTarget.value)} error={errors[`newActions.${i}`]}
          />
          <Button variant="subtle" mt={48} aria-label={`Remove action ${i + 1}`} onClick={() => onChange(actions.filter((_, j) => j !== i))}>Remove</Button>
        </Group>
      ))}
      {actions.length < MAX_ACTIONS_PER_SUPERVISION && (
        <div><Button variant="default" size="compact-sm" onClick={() => { onChange([...actions, '']); setAdded({ index: actions.length }); }}>{actions.length === 0 ? 'Add an action' : 'Add another action'}</Button></div>
      )}
    </Stack>
  );
}
