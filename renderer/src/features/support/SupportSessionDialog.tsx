// A support session in a dialog over its year: the add form (?session=new), or one session (?session=12)
// with its details, who is invited and whether they came, inviting more, and deleting it. Only Close or
// Cancel closes it: a stray click outside must not drop what was typed.
import { Alert, Button, Divider, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Place } from '../../../../shared/contract/rota';
import type { StaffRow } from '../../../../shared/contract/staff';
import type { SupportSession, SupportYear } from '../../../../shared/contract/supervision';
import { problemOf } from '../../api/client';
import { useSupportWrite } from '../../api/support';
import { AttendanceTable } from './AttendanceTable';
import { InvitePeople } from './InvitePeople';
import { SupportSessionForm } from './SupportSessionForm';
import { emptySupportSession, supportToForm } from './supportForm';
import { countsLine, supportPlace, supportWhen } from './supportWords';

interface Props {
  open: number | 'new' | null;
  year: number;
  /** The year on screen; undefined while it loads. */
  data: SupportYear | undefined;
  places: Place[];
  staff: StaffRow[];
  today: string;
  onClose: () => void;
  /** After adding: the year the new session is in and its id, so it can be opened to invite people. */
  onAdded: (saved: SupportYear, id: number | null) => void;
  onDeleted: (session: SupportSession) => void;
}

/** The session a save just made: the newest on its day with what was typed (ids only grow). */
function addedId(saved: SupportYear, date: string): number | null {
  const ids = saved.sessions.filter((s) => s.date === date).map((s) => s.id);
  return ids.length ? Math.max(...ids) : null;
}

export function SupportSessionDialog({ open, year, data, places, staff, today, onClose, onAdded, onDeleted }: Props) {
  const session = typeof open === 'number' ? data?.sessions.find((s) => s.id === open) : undefined;
  const add = useSupportWrite('support:save');
  const title = open === 'new' ? 'Add a support session' : 'Support session';
  return (
    <Modal opened={open !== null} onClose={onClose} title={title} size="xl" closeOnClickOutside={false} closeOnEscape={false} closeButtonProps={{ 'aria-label': 'Close' }}>
      {open === 'new' && (
        <SupportSessionForm
          initial={emptySupportSession()} places={places} saving={add.isPending} onCancel={onClose}
          onSave={(input, onError) => add.mutate(input, { onError, onSuccess: (saved) => onAdded(saved, addedId(saved, input.date)) })}
        />
      )}
      {typeof open === 'number' && !data && <Loader aria-label="Loading" />}
      {typeof open === 'number' && data && !session && (
        <Alert color="red" variant="light" title={`Not in ${year}`}>
          That support session is not among {year}’s. It may have been deleted, or be in another year: close this and look again.
        </Alert>
      )}
      {session && <SessionDetail key={session.id} session={session} places={places} staff={staff} today={today} onClose={onClose} onDeleted={onDeleted} />}
    </Modal>
  );
}

interface DetailProps { session: SupportSession; places: Place[]; staff: StaffRow[]; today: string; onClose: () => void; onDeleted: (s: SupportSession) => void }

function SessionDetail({ session, places, staff, today, onClose, onDeleted }: DetailProps) {
  const [changing, setChanging] = useState(false);
  const save = useSupportWrite('support:save');
  return (
    <Stack gap="lg">
      {changing ? (
        <SupportSessionForm
          initial={supportToForm(session)} places={places} saving={save.isPending} onCancel={() => setChanging(false)}
          onSave={(input, onError) => save.mutate(input, { onError, onSuccess: () => setChanging(false) })}
        />
      ) : (
        <Stack gap={4}>
          <Title order={2} size="h3">{supportWhen(session)}</Title>
          <Text>{supportPlace(session)}</Text>
          <Text><Text span fw={600}>Theme:</Text> {session.theme}</Text>
          <Text size="sm" c="gray.7" data-testid="support-counts">{countsLine(session)}</Text>
          <Group mt="xs"><Button variant="default" onClick={() => setChanging(true)}>Change the details</Button></Group>
        </Stack>
      )}
      <Divider />
      <section aria-labelledby="support-attendance-heading">
        <Title order={3} size="h4" id="support-attendance-heading" mb="xs">Who is invited</Title>
        <AttendanceTable session={session} today={today} />
      </section>
      <section aria-labelledby="support-invite-heading">
        <Title order={3} size="h4" id="support-invite-heading" mb="xs">Invite people</Title>
        <InvitePeople session={session} staff={staff} />
      </section>
      <Divider />
      <Group justify="space-between" align="flex-start">
        <DeleteSupportSession session={session} onDeleted={onDeleted} />
        <Button variant="default" onClick={onClose}>Close</Button>
      </Group>
    </Stack>
  );
}

/** Asks first, in place. Deleting is for a session booked by mistake; one anybody attended stays (the backend says why). */
function DeleteSupportSession({ session, onDeleted }: { session: SupportSession; onDeleted: (s: SupportSession) => void }) {
  const remove = useSupportWrite('support:delete');
  const [asking, setAsking] = useState(false);
  const problem = remove.error ? problemOf(remove.error).message : null;
  if (!asking) return <Button variant="subtle" color="red" c="red.9" onClick={() => setAsking(true)}>Delete this session</Button>;
  return (
    <Alert color="red" variant="light" title="Delete this session?" role="alertdialog" aria-label="Delete this session?" style={{ flex: 1 }}>
      <Text size="sm">Delete the support session on {supportWhen(session)}? It and its list of who was invited will be gone.</Text>
      {problem && <Text size="sm" c="red.9" mt="xs" role="alert">{problem}</Text>}
      <Group mt="sm">
        <Button color="red" bg="red.9" c="white" loading={remove.isPending} onClick={() => remove.mutate({ id: session.id }, { onSuccess: () => onDeleted(session) })}>Yes, delete it</Button>
        <Button variant="default" onClick={() => { remove.reset(); setAsking(false); }} data-autofocus>Keep it</Button>
      </Group>
    </Alert>
  );
}
