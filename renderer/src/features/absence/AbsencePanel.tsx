// "Absence" on a staff record: the person's figures in words, recording an absence, their absences (each
// opens to change it, hold the return-to-work conversation or delete it), how their absence is counted (a
// reasonable adjustment), and their wellbeing check-ins. A link with ?section=absence lands here.
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PersonAbsence } from '../../../../shared/contract/absence';
import { usePersonAbsence } from '../../api/absence';
import { Notice } from '../../components/Notice';
import { useSectionFocus } from '../supervision/useSectionFocus';
import { AbsenceDialog, type AbsenceTarget } from './AbsenceDialog';
import { AbsencesTable } from './AbsencesTable';
import { AdjustmentForm } from './AdjustmentForm';
import { Checkins } from './Checkins';
import { PersonFigures } from './PersonFigures';
import { checkinOffer } from './words';

export function AbsencePanel({ staffId, today }: { staffId: number; today: string }) {
  const person = usePersonAbsence(staffId);
  // The panels above this one load on their own and grow as they do: a link's scroll waits for the page
  // to settle, or the heading would be pushed from under it.
  // Once settled it stays so: later refreshes must not swap the heading under someone's focus.
  const settledNow = useIsFetching() === 0 && !person.isPending;
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (settledNow) setSettled(true);
  }, [settledNow]);
  return (
    <Paper component="section" id="absence" aria-labelledby="absence-heading" withBorder p="lg" radius="md">
      <Stack gap="md">
        {settled ? <LandingHeading /> : <PanelHeading />}
        {person.isPending && <Loader aria-label="Loading absence" />}
        {person.isError && <Alert color="red" variant="light" role="alert">{person.error.message}</Alert>}
        {person.data && <PanelBody person={person.data} today={today} />}
      </Stack>
    </Paper>
  );
}

// The margin keeps the heading clear of the app's fixed header when a link scrolls it into view.
const HEADING = { id: 'absence-heading', tabIndex: -1, style: { scrollMarginTop: 90 } } as const;

function PanelHeading() {
  return <Title order={3} {...HEADING}>Absence</Title>;
}

/** The heading once the page has settled: a link to ?section=absence scrolls here and focuses it. */
function LandingHeading() {
  const ref = useSectionFocus<HTMLHeadingElement>('absence');
  return <Title order={3} ref={ref} {...HEADING}>Absence</Title>;
}

function PanelBody({ person, today }: { person: PersonAbsence; today: string }) {
  const [dialog, setDialog] = useState<AbsenceTarget | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const staffId = person.staff.staffId;
  const toOffer = person.checkins.filter((c) => c.status === 'to-do');
  const done = (message: string) => {
    setDialog(null);
    setNote(message);
  };

  return (
    <>
      {note && <Alert color="teal" variant="light" role="status" title={note} withCloseButton closeButtonLabel="Dismiss" onClose={() => setNote(null)} />}
      <PersonFigures person={person} />
      {toOffer.length > 0 && (
        <Notice role="note" title="A wellbeing check-in to offer" data-testid="checkin-to-offer">
          <Text size="sm">{checkinOffer(person.staff.name)} Record it under Wellbeing check-ins below.</Text>
        </Notice>
      )}
      <Group><Button variant="default" onClick={() => { setNote(null); setDialog({ staffId, absenceId: 'new' }); }}>Record an absence</Button></Group>
      <Stack gap="xs">
        <Title order={4}>Absences</Title>
        <AbsencesTable absences={person.absences} onOpen={(absenceId) => { setNote(null); setDialog({ staffId, absenceId }); }} />
      </Stack>
      <Stack gap="xs">
        <Title order={4}>How their absence is counted</Title>
        <AdjustmentForm person={person} />
      </Stack>
      <Stack gap="xs">
        <Title order={4}>Wellbeing check-ins</Title>
        <Checkins person={person} today={today} onSaved={setNote} />
      </Stack>
      <AbsenceDialog target={dialog} today={today} onClose={() => setDialog(null)} onDone={done} />
    </>
  );
}
