// "Probation and supervision" on a staff record: probation in words with its dates and warnings, the
// plan and every meeting, who supervises them and how often, and the probation decisions. A link with
// ?section=supervision lands here.
import { Alert, Anchor, Badge, Button, Group, List, Loader, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  PROBATION_STATE_LABELS, REVIEW_OUTCOME_LABELS, type PersonSupervision, type ProbationState, type ProbationWarning,
} from '../../../../shared/contract/supervision';
import { formatUkDate } from '../../../../shared/domain/dates';
import { problemOf } from '../../api/client';
import { useStaffList } from '../../api/staff';
import { supervisionKeys, usePersonSupervision, useSupervisionWrite } from '../../api/supervision';
import { Notice } from '../../components/Notice';
import { ArrangementForm } from './ArrangementForm';
import { StatusBadge } from './formBits';
import { MeetingDialog, type MeetingTarget } from './MeetingDialog';
import { DecideForm, ExtendForm } from './ProbationForms';
import { useSectionFocus } from './useSectionFocus';
import { cadenceWords, meetingWords, shortDate, statusWords, whatWords } from './words';

const STATE_COLOURS: Record<ProbationState, string> = {
  'not-started': 'gray', 'in-probation': 'blue', confirmed: 'teal', ended: 'gray', 'overdue-decision': 'red',
};
/** Warnings that something may already be wrong; the rest are things coming up. */
const URGENT: ReadonlySet<ProbationWarning['kind']> = new Set(['decision-overdue', 'six-months-service']);

interface Props {
  staffId: number;
  /** The staff record's version: saving new start or end dates re-plans probation, so the panel reloads. */
  recordVersion?: string;
  today: string;
}

export function ProbationPanel({ staffId, recordVersion, today }: Props) {
  const headingRef = useSectionFocus<HTMLHeadingElement>('supervision');
  const person = usePersonSupervision(staffId);
  const client = useQueryClient();
  const seen = useRef(recordVersion);
  useEffect(() => {
    if (seen.current === recordVersion) return;
    seen.current = recordVersion;
    void client.invalidateQueries({ queryKey: supervisionKeys.person(staffId) });
  }, [client, recordVersion, staffId]);
  return (
    <Paper component="section" id="supervision" aria-labelledby="supervision-heading" withBorder p="lg" radius="md">
      <Stack gap="md">
        {/* The margin keeps the heading clear of the app's fixed header when a link scrolls it into view. */}
        <Title order={3} id="supervision-heading" ref={headingRef} tabIndex={-1} style={{ scrollMarginTop: 90 }}>Probation and supervision</Title>
        {person.isPending && <Loader aria-label="Loading probation and supervision" />}
        {person.isError && <Alert color="red" variant="light" role="alert">{person.error.message}</Alert>}
        {person.data && <PanelBody person={person.data} today={today} />}
      </Stack>
    </Paper>
  );
}

type Decision = 'extend' | 'confirm' | 'end';

function PanelBody({ person, today }: { person: PersonSupervision; today: string }) {
  const staff = useStaffList();
  const [meeting, setMeeting] = useState<MeetingTarget | null>(null);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const p = person.probation;
  const undecided = person.staff.isCurrent && p.state !== 'confirmed' && p.state !== 'ended';
  const done = (_: PersonSupervision, message: string) => {
    setDeciding(null);
    setNote(message);
  };

  return (
    <>
      {note && <Alert color="teal" variant="light" role="status" title="Done" withCloseButton closeButtonLabel="Dismiss" onClose={() => setNote(null)}>{note}</Alert>}
      <ProbationFacts person={person} />
      <Warnings warnings={p.warnings} />
      {/* Someone already confirmed or gone has no use for a plan: it is offered while probation is undecided. */}
      {!p.hasPlan && undecided && <CreatePlan person={person} onDone={setNote} />}
      <Meetings person={person} onOpen={(id) => setMeeting({ kind: 'meeting', supervisionId: id, staffId: person.staff.staffId })} />
      {person.openActions.length > 0 && (
        <Stack gap={4}>
          <Title order={4}>Open actions</Title>
          <List size="sm" spacing={2}>
            {person.openActions.map((a) => <List.Item key={a.id}>{a.text} (agreed {formatUkDate(a.raisedOn)})</List.Item>)}
          </List>
        </Stack>
      )}
      {p.events.length > 0 && (
        <Stack gap={4}>
          <Title order={4}>Probation decisions</Title>
          <List size="sm" spacing={2}>
            {p.events.map((e) => (
              <List.Item key={e.id}>
                {e.kind === 'extended' && `Extended on ${formatUkDate(e.onDate)} from ${formatUkDate(e.previousEndDate)} to ${formatUkDate(e.newEndDate)}`}
                {e.kind === 'confirmed' && `Confirmed in post on ${formatUkDate(e.onDate)}`}
                {e.kind === 'ended' && `Not passed: decided on ${formatUkDate(e.onDate)}`}
                {e.by && `, by ${e.by}`}{e.reason && `. Reason: ${e.reason}`}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Group gap="sm">
        {person.staff.isCurrent && <Button variant="default" onClick={() => setMeeting({ kind: 'new', superviseeStaffId: person.staff.staffId })}>Book a supervision</Button>}
        {undecided && <Button variant="default" onClick={() => setDeciding('extend')}>Extend probation</Button>}
        {undecided && <Button variant="default" onClick={() => setDeciding('confirm')}>Confirm probation</Button>}
        {undecided && <Button variant="default" onClick={() => setDeciding('end')}>End probation</Button>}
        <Anchor component={Link} to={`/preview/probation/${person.staff.staffId}`} size="sm" underline="always">Print probation schedule</Anchor>
      </Group>
      <Stack gap="xs" mt="sm">
        <Title order={4}>Supervisor and how often</Title>
        <ArrangementForm person={person} staff={staff.data ?? []} />
      </Stack>
      <MeetingDialog
        target={meeting} staff={staff.data ?? []} today={today} onClose={() => setMeeting(null)}
        onMoved={(to) => setMeeting({ kind: 'meeting', supervisionId: to.id, staffId: to.supervisee.staffId })}
        onBooked={setNote}
      />
      <Modal
        opened={deciding !== null} onClose={() => setDeciding(null)} size="lg" closeOnClickOutside={false} closeOnEscape={false} closeButtonProps={{ 'aria-label': 'Close' }}
        title={deciding === 'extend' ? `Extend ${person.staff.name}’s probation` : `Record the probation decision for ${person.staff.name}`}
      >
        {deciding === 'extend' && <ExtendForm person={person} today={today} onDone={done} onCancel={() => setDeciding(null)} />}
        {(deciding === 'confirm' || deciding === 'end') && <DecideForm person={person} today={today} initial={deciding} onDone={done} onCancel={() => setDeciding(null)} />}
      </Modal>
    </>
  );
}

function ProbationFacts({ person }: { person: PersonSupervision }) {
  const p = person.probation;
  const facts: [string, string][] = [
    ['Started', formatUkDate(p.startDate)],
    ['Probation ends', p.originalEndDate && p.originalEndDate !== p.endDate ? `${formatUkDate(p.endDate)} (first agreed: ${formatUkDate(p.originalEndDate)})` : formatUkDate(p.endDate)],
    ['Supervisor', person.supervisor?.name ?? 'Nobody named yet'],
    ['After probation', `Supervision ${cadenceWords(person.cadenceWeeks)}`],
    ['Next due', nextDueWords(person)],
  ];
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Text fw={600}>Probation:</Text>
        <Badge variant="light" color={STATE_COLOURS[p.state]} c="dark.8" tt="none" size="lg" radius="sm" data-testid="probation-state">{PROBATION_STATE_LABELS[p.state]}</Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 5 }} component="dl" m={0} spacing="sm">
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="gray.7">{label}</Text>
            <Text component="dd" m={0} size="sm" fw={500}>{value}</Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The next meeting owed: by the cadence after probation, else the next one planned, else as required. */
function nextDueWords(person: PersonSupervision): string {
  if (person.nextDue) return formatUkDate(person.nextDue);
  const next = person.supervisions.filter((s) => s.status === 'planned').sort((a, b) => a.plannedOn.localeCompare(b.plannedOn))[0];
  if (next) return `${formatUkDate(next.plannedOn)} (planned)`;
  return person.cadenceWeeks === null ? 'As required' : 'Nothing planned';
}

function Warnings({ warnings }: { warnings: ProbationWarning[] }) {
  if (warnings.length === 0) return null;
  const urgent = warnings.filter((w) => URGENT.has(w.kind));
  const rest = warnings.filter((w) => !URGENT.has(w.kind));
  return (
    <Stack gap="xs" data-testid="probation-warnings">
      {urgent.map((w) => <Alert key={w.kind} color="red" variant="light" role="note" title="Act on this now">{w.message}</Alert>)}
      {rest.length > 0 && (
        <Notice title="Things to do" role="note">
          <List size="sm" spacing={4}>{rest.map((w) => <List.Item key={w.kind}>{w.message}</List.Item>)}</List>
        </Notice>
      )}
    </Stack>
  );
}

function CreatePlan({ person, onDone }: { person: PersonSupervision; onDone: (message: string) => void }) {
  const create = useSupervisionWrite('supervision:createPlan');
  return (
    <Notice title="No probation plan yet" role="note">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">This record was made before probation plans. Create one from the start and end dates above: supervisions through probation, a mid-point review and a final review, on working days.</Text>
        {create.isError && <Text size="sm" c="red.9" role="alert">{problemOf(create.error).message}</Text>}
        <Button variant="default" loading={create.isPending} onClick={() => create.mutate({ staffId: person.staff.staffId }, { onSuccess: () => onDone('The probation plan is made: its meetings are in the table.') })}>
          Create the probation plan
        </Button>
      </Stack>
    </Notice>
  );
}

function Meetings({ person, onOpen }: { person: PersonSupervision; onOpen: (id: number) => void }) {
  if (person.supervisions.length === 0) return <Text size="sm">No supervisions yet.</Text>;
  return (
    <Table aria-label="Supervisions and reviews" striped verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>{['Date', 'What', 'Supervisor', 'Status', 'Outcome', 'Actions agreed'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}</Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {person.supervisions.map((r) => (
          <Table.Tr key={r.id} data-testid={`meeting-${r.id}`}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Anchor component="button" type="button" size="sm" underline="always" onClick={() => onOpen(r.id)} aria-label={`${meetingWords(r)}: open`}>{shortDate(r.plannedOn)}</Anchor>
            </Table.Td>
            <Table.Td>{whatWords(r)}</Table.Td>
            <Table.Td>{r.supervisor?.name ?? 'Nobody named yet'}</Table.Td>
            <Table.Td miw={170}><StatusBadge status={r.status} overdue={r.overdue} words={statusWords(r)} /></Table.Td>
            <Table.Td>{r.outcome ? REVIEW_OUTCOME_LABELS[r.outcome] : ''}</Table.Td>
            <Table.Td>{r.actions.length === 0 ? '' : r.actions.map((a) => a.text).join('; ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
