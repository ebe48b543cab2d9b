// An absence in a dialog: the form to record a new one, or one absence with its details (and changing
// them), the return-to-work conversation, and deleting it. Opened from a staff record's Absence panel and
// from the Absence page (/absence?absence=12). Only Close or Cancel closes it: a stray click outside must
// not drop what was typed.
import { Alert, Button, Divider, Group, Loader, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Absence, AbsenceType, PersonAbsence } from '../../../../shared/contract/absence';
import { formatUkDate } from '../../../../shared/domain/dates';
import { problemOf } from '../../api/client';
import { useAbsenceTypes, useAbsenceWrite, usePersonAbsence } from '../../api/absence';
import { Notice } from '../../components/Notice';
import { AbsenceForm } from './AbsenceForm';
import { absenceToForm, emptyAbsence } from './absenceForm';
import { ReturnToWorkForm } from './ReturnToWorkForm';
import { absenceTitle, absenceWhen, certificateWords, daysText, hoursText } from './words';

/** What the dialog shows: the add form for someone, one of their absences, or an absence it cannot place. */
export type AbsenceTarget =
  | { staffId: number; absenceId: number | 'new' }
  | { staffId: null; absenceId: number };

interface Props {
  target: AbsenceTarget | null;
  today: string;
  onClose: () => void;
  /** After a save or delete, with what happened in words (the dialog has closed or stays open as fits). */
  onDone: (message: string) => void;
}

export function AbsenceDialog({ target, today, onClose, onDone }: Props) {
  const person = usePersonAbsence(target?.staffId ?? 0);
  const types = useAbsenceTypes();
  const absence = target && typeof target.absenceId === 'number' ? person.data?.absences.find((a) => a.id === target.absenceId) : undefined;
  const name = person.data?.staff.name;
  const title = target?.absenceId === 'new' ? `Record an absence${name ? ` for ${name}` : ''}` : absence && name ? `${name}: ${absenceTitle(absence)}` : 'Absence';
  const loading = target?.staffId !== null && (person.isPending || types.isPending);

  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="xl" closeOnClickOutside={false} closeOnEscape={false} closeButtonProps={{ 'aria-label': 'Close' }}>
      {target?.staffId === null && <NotFound />}
      {target && target.staffId !== null && loading && <Loader aria-label="Loading the absence" />}
      {person.isError && <Alert color="red" variant="light" role="alert">{person.error.message}</Alert>}
      {types.isError && <Alert color="red" variant="light" role="alert">{types.error.message}</Alert>}
      {target?.absenceId === 'new' && person.data && types.data && (
        <AbsenceForm
          initial={emptyAbsence(person.data.staff.staffId, today)} types={types.data} today={today} onCancel={onClose}
          onSaved={() => onDone(`Absence recorded for ${person.data.staff.name}.`)}
        />
      )}
      {typeof target?.absenceId === 'number' && person.data && types.data && !absence && target.staffId !== null && <NotFound />}
      {absence && person.data && types.data && (
        <AbsenceDetail key={absence.id} absence={absence} person={person.data} types={types.data} today={today} onClose={onClose} onDone={onDone} />
      )}
    </Modal>
  );
}

function NotFound() {
  return (
    <Alert color="red" variant="light" title="That absence is not here">
      It may have been deleted, or be from longer ago than this page shows. Close this, and open it from the person’s staff record.
    </Alert>
  );
}

interface DetailProps { absence: Absence; person: PersonAbsence; types: AbsenceType[]; today: string; onClose: () => void; onDone: (message: string) => void }

function AbsenceDetail({ absence, person, types, today, onClose, onDone }: DetailProps) {
  const [changing, setChanging] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      {note && <Alert color="teal" variant="light" role="status" title={note} withCloseButton closeButtonLabel="Dismiss" onClose={() => setNote(null)} />}
      {changing ? (
        <AbsenceForm
          initial={absenceToForm(absence)} types={types} today={today} onCancel={() => setChanging(false)}
          onSaved={() => { setChanging(false); setNote('Changes saved.'); }}
        />
      ) : (
        <Stack gap="sm">
          <AbsenceFacts absence={absence} />
          {absence.fitNoteNeeded && (
            <Notice role="note" title="A fit note is needed">
              <Text size="sm">This sickness runs past the 7 days people can self-certify. Ask {person.staff.name} for a fit note, then record its dates here.</Text>
            </Notice>
          )}
          {absence.approvedPayNote && (
            <Notice role="note" title="Not in the approved pay">
              <Text size="sm">{absence.approvedPayNote}</Text>
            </Notice>
          )}
          <Group><Button variant="default" onClick={() => { setNote(null); setChanging(true); }}>Change the details</Button></Group>
        </Stack>
      )}
      <Divider />
      <ReturnToWork absence={absence} person={person} today={today} onSaved={setNote} />
      <Divider />
      <Group justify="space-between" align="flex-start">
        <DeleteAbsence absence={absence} name={person.staff.name} onDeleted={() => onDone(`Absence deleted: ${absenceTitle(absence)}.`)} />
        <Button variant="default" onClick={onClose}>Close</Button>
      </Group>
    </Stack>
  );
}

function AbsenceFacts({ absence: a }: { absence: Absence }) {
  const reported = [a.reportedBy, a.reportedAt ? `${formatUkDate(a.reportedAt.slice(0, 10))} at ${a.reportedAt.slice(11, 16)}` : ''].filter(Boolean).join(', ');
  const facts: [string, string][] = [
    ['Kind', a.type.name],
    ['When', absenceWhen(a)],
    ['Days lost', `${daysText(a.daysLost)}${a.partDayMinutes === null ? '' : ` (${hoursText(a.partDayMinutes)})`}`],
    ['Calendar days', String(a.calendarDays)],
    ['Reported', reported || 'Not recorded'],
    ['Certificate', certificateWords(a)],
    ['Came back on', a.returnedOn ? formatUkDate(a.returnedOn) : a.lastDay ? 'Not recorded' : 'Still off'],
    ['Reason', a.reason || 'None given'],
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} component="dl" m={0} spacing="sm" data-testid="absence-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="gray.7">{label}</Text>
          <Text component="dd" m={0} size="sm" fw={500}>{value}</Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** Back (a day they came back, or a last day now past) and not yet talked with: the form is open at once. */
function ReturnToWork({ absence, person, today, onSaved }: { absence: Absence; person: PersonAbsence; today: string; onSaved: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const back = absence.returnedOn !== '' || (absence.lastDay !== '' && absence.lastDay < today);
  const saved = () => { setOpen(false); onSaved('Return-to-work conversation recorded.'); };
  // Earlier sickness still waiting for its conversation: the backend records this one for them too.
  const covered = absence.rtwHeldOn ? [] : person.absences.filter((a) => a.id !== absence.id && a.rtwToChase && a.lastDay !== '' && a.lastDay < absence.firstDay);
  return (
    <section aria-labelledby="rtw-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="rtw-heading">Return-to-work conversation</Title>
        {absence.rtwHeldOn && !open && (
          <>
            <Text size="sm">Held on {formatUkDate(absence.rtwHeldOn)}{absence.rtwBy && ` by ${absence.rtwBy}`}.</Text>
            <Text size="sm">Support agreed: {absence.rtwSupport || 'nothing recorded'}</Text>
            <Group><Button variant="default" size="compact-sm" onClick={() => setOpen(true)}>Change the conversation</Button></Group>
          </>
        )}
        {!absence.rtwHeldOn && !back && (
          <Text size="sm">When {person.staff.name} is back, talk with them about how they are and what would help, and record it here.</Text>
        )}
        {!absence.rtwHeldOn && back && !open && (
          <>
            <Text size="sm">{person.staff.name} is back. Talk with them about how they are and what would help, then record it here.</Text>
            <Group><Button onClick={() => setOpen(true)}>Hold the return-to-work conversation</Button></Group>
          </>
        )}
        {open && covered.length > 0 && (
          <Text size="sm" data-testid="rtw-covers">
            This conversation also covers {covered.length === 1 ? 'their earlier absence' : `their ${covered.length} earlier absences`} still waiting for one: {covered.map(absenceWhen).join('; ')}.
          </Text>
        )}
        {open && <ReturnToWorkForm absence={absence} today={today} onSaved={saved} onCancel={() => setOpen(false)} />}
      </Stack>
    </section>
  );
}

/** Asks first, in place. Deleting is for an absence recorded by mistake. */
function DeleteAbsence({ absence, name, onDeleted }: { absence: Absence; name: string; onDeleted: () => void }) {
  const remove = useAbsenceWrite('absence:delete');
  const [asking, setAsking] = useState(false);
  const problem = remove.error ? problemOf(remove.error).message : null;
  if (!asking) return <Button variant="subtle" color="red" c="red.9" onClick={() => setAsking(true)}>Delete this absence</Button>;
  return (
    <Alert color="red" variant="light" title="Delete this absence?" role="alertdialog" aria-label="Delete this absence?" style={{ flex: 1 }}>
      <Text size="sm">Delete {name}’s absence ({absenceTitle(absence)})? It will be gone from their record and from every figure.</Text>
      {problem && <Text size="sm" c="red.9" mt="xs" role="alert">{problem}</Text>}
      <Group mt="sm">
        <Button color="red" bg="red.9" c="white" loading={remove.isPending} onClick={() => remove.mutate({ id: absence.id }, { onSuccess: onDeleted })}>Yes, delete it</Button>
        <Button variant="default" onClick={() => { remove.reset(); setAsking(false); }} data-autofocus>Keep it</Button>
      </Group>
    </Alert>
  );
}
