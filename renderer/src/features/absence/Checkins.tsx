// Wellbeing check-ins: offered when someone's Bradford score reaches a review point. Each is a
// conversation about how they are and what would help: recorded as held, offered but declined, or not
// needed, with the date, who, and the support agreed.
import { Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { recordCheckinSchema, type PersonAbsence, type WellbeingCheckin } from '../../../../shared/contract/absence';
import { formatUkDate } from '../../../../shared/domain/dates';
import { useAbsenceWrite } from '../../api/absence';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { useYourName } from '../payroll/yourName';
import { fid, FormProblem } from '../../components/FormProblem';
import { CHECKIN_STATUS_LABELS, checkinOffer, checkinOutcome } from './words';

export function Checkins({ person, today, onSaved }: { person: PersonAbsence; today: string; onSaved: (message: string) => void }) {
  const [open, setOpen] = useState<number | null>(null);
  if (person.checkins.length === 0) return <Text size="sm">None yet. One is offered when their score reaches a review point.</Text>;
  return (
    <Stack gap="sm">
      {person.checkins.map((c) => (
        <Paper key={c.id} withBorder p="sm" radius="sm" data-testid={`checkin-${c.id}`}>
          <Stack gap={6}>
            <Group gap="sm" justify="space-between" align="flex-start">
              <Text size="sm" fw={600}>Review point {c.reviewPoint} reached on {formatUkDate(c.reachedOn)} (score {c.score})</Text>
              <Badge variant="light" color={c.status === 'to-do' ? 'blue' : 'gray'} c="dark.8" tt="none" radius="sm" style={{ flexShrink: 0 }}>{CHECKIN_STATUS_LABELS[c.status]}</Badge>
            </Group>
            <Text size="sm">{c.status === 'to-do' ? checkinOffer(person.staff.name) : checkinOutcome(c)}</Text>
            {open === c.id ? (
              <CheckinForm checkin={c} today={today} onCancel={() => setOpen(null)} onSaved={() => { setOpen(null); onSaved('Wellbeing check-in recorded.'); }} />
            ) : (
              <Group>
                <Button variant={c.status === 'to-do' ? 'light' : 'default'} size="compact-sm" onClick={() => setOpen(c.id)}>
                  {c.status === 'to-do' ? 'Record the check-in' : 'Change what was recorded'}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

const LABELS: Record<string, string> = { status: 'What happened', heldOn: 'Date', by: 'Who held or offered it', supportAgreed: 'Support agreed' };
type Outcome = 'held' | 'declined' | 'not-needed';

function CheckinForm({ checkin, today, onSaved, onCancel }: { checkin: WellbeingCheckin; today: string; onSaved: () => void; onCancel: () => void }) {
  const [status, setStatus] = useState<Outcome | ''>(checkin.status === 'to-do' ? '' : checkin.status);
  const [heldOn, setHeldOn] = useState(checkin.heldOn || today);
  const [yourName, setYourName] = useYourName();
  const [by, setBy] = useState(checkin.heldBy || yourName);
  const [support, setSupport] = useState(checkin.supportAgreed);
  const record = useAbsenceWrite('absence:recordCheckin');
  const { problem, submit } = useCheckedSubmit(recordCheckinSchema, (input, onError) => record.mutate(input, {
    onError,
    onSuccess: () => {
      if (input.by) setYourName(input.by.trim());
      onSaved();
    },
  }));
  const errors = problem?.fields ?? {};
  const prefix = `checkin-${checkin.id}`;
  return (
    <form onSubmit={submit({ id: checkin.id, status: status as Outcome, heldOn, by, supportAgreed: support })} noValidate aria-label="Record the wellbeing check-in">
      <Stack gap="sm">
        <FormProblem problem={problem} prefix={prefix} labels={LABELS} />
        <Radio.Group id={fid(prefix, 'status')} label={LABELS['status']} value={status} onChange={(s) => setStatus(s as Outcome)} error={errors['status']}>
          <Stack gap={8} mt={6}>
            <Radio value="held" label="Held: we talked" />
            <Radio value="declined" label="Offered, but they chose not to have one" />
            <Radio value="not-needed" label="Not needed (for example, the absence is already well supported)" />
          </Stack>
        </Radio.Group>
        <Group align="flex-start">
          <UkDateInput id={fid(prefix, 'heldOn')} name="heldOn" label={LABELS['heldOn']} description="When it was held or offered, like 27/11/2026" value={heldOn} onChange={setHeldOn} error={errors['heldOn']} w={320} />
          <TextInput id={fid(prefix, 'by')} label={LABELS['by']} autoComplete="name" value={by} onChange={(e) => setBy(e.currentTarget.value)} error={errors['by']} w={300} description="Your name, or whoever it was" />
        </Group>
        <Textarea
          id={fid(prefix, 'supportAgreed')} label="Support agreed (optional)" rows={2} value={support} onChange={(e) => setSupport(e.currentTarget.value)} error={errors['supportAgreed']}
          description="A line or two of what will help. No diagnosis or medical details."
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={record.isPending}>Record the check-in</Button>
        </Group>
      </Stack>
    </form>
  );
}
