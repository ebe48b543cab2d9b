// The session form in a dialog over the rota: book a new session, change one, delete one, or read a
// locked one. Which is open comes from the address (?session=new or ?session=12). Only Cancel or Close
// closes it: a stray click outside or an Escape meant for a dropdown must not drop what was typed.
import { Alert, Button, Group, Loader, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import type { PayElement, Place, RotaSession, SavedSession } from '../../../../shared/contract/rota';
import type { StaffRow } from '../../../../shared/contract/staff';
import { problemOf } from '../../api/client';
import { useDeleteSession, useSaveSession } from '../../api/rota';
import { LockedSession } from './LockedSession';
import { SessionForm } from './SessionForm';
import { emptySession, sessionToForm } from './sessionForm';
import { sessionWords } from './sessionWords';

interface Props {
  open: number | 'new' | null;
  /** The sessions on screen; undefined while the rota is loading. */
  sessions: RotaSession[] | undefined;
  as: 'cancelled' | null;
  defaults: { date: string; staffId?: number; placeId?: number };
  staff: StaffRow[];
  places: Place[];
  elements: PayElement[];
  onClose: () => void;
  onSaved: (saved: SavedSession, isNew: boolean) => void;
  onDeleted: (session: RotaSession) => void;
}

export function SessionDialog({ open, sessions, as, defaults, staff, places, elements, onClose, onSaved, onDeleted }: Props) {
  const session = typeof open === 'number' ? sessions?.find((s) => s.id === open) : undefined;
  const title = open === 'new' ? 'Book a session' : session?.locked ? 'A locked session' : 'Change the session';
  return (
    <Modal opened={open !== null} onClose={onClose} title={title} size="xl" closeOnClickOutside={false} closeOnEscape={false} closeButtonProps={{ 'aria-label': 'Close' }}>
      {open === 'new' && <SessionEditor key="new" session={null} as={null} defaults={defaults} staff={staff} places={places} elements={elements} onClose={onClose} onSaved={onSaved} onDeleted={onDeleted} />}
      {typeof open === 'number' && !sessions && <Loader aria-label="Loading" />}
      {typeof open === 'number' && sessions && !session && (
        <Alert color="red" variant="light" title="Not on this rota">
          That session is not on the rota shown. It may have been deleted, or be on another day: close this and look again.
        </Alert>
      )}
      {session?.locked && <LockedSession session={session} onClose={onClose} />}
      {session && !session.locked && (
        <SessionEditor key={`${session.id}:${as ?? ''}`} session={session} as={as} defaults={defaults} staff={staff} places={places} elements={elements} onClose={onClose} onSaved={onSaved} onDeleted={onDeleted} />
      )}
    </Modal>
  );
}

type EditorProps = Omit<Props, 'open' | 'sessions'> & { session: RotaSession | null };

function SessionEditor({ session, as, defaults, staff, places, elements, onClose, onSaved, onDeleted }: EditorProps) {
  const save = useSaveSession();
  const initial = session ? { ...sessionToForm(session), ...(as ? { status: as } : {}) } : emptySession(defaults);
  return (
    <SessionForm
      initial={initial}
      staff={staff}
      places={places}
      elements={elements}
      saving={save.isPending}
      onSave={(input, onError) => save.mutate(input, { onError, onSuccess: (saved) => onSaved(saved, !session) })}
      onCancel={onClose}
    >
      {session && <DeleteSession session={session} onDeleted={onDeleted} />}
    </SessionForm>
  );
}

/** Asks first, in place: deleting is for a session booked by mistake; a session that did not happen is cancelled. */
function DeleteSession({ session, onDeleted }: { session: RotaSession; onDeleted: (s: RotaSession) => void }) {
  const remove = useDeleteSession();
  const [asking, setAsking] = useState(false);
  const problem = remove.error ? problemOf(remove.error).message : null;
  if (!asking) {
    return <Group><Button variant="subtle" color="red" c="red.9" onClick={() => setAsking(true)}>Delete this session</Button></Group>;
  }
  return (
    <Alert color="red" variant="light" title="Delete this session?" role="alertdialog" aria-label="Delete this session?">
      <Text size="sm">Delete {sessionWords(session)}? It will be gone from the rota and from payroll. If it was booked but did not happen, choose Cancelled instead.</Text>
      {problem && <Text size="sm" c="red.9" mt="xs" role="alert">{problem}</Text>}
      <Group mt="sm">
        <Button color="red" bg="red.9" c="white" loading={remove.isPending} onClick={() => remove.mutate({ id: session.id }, { onSuccess: () => onDeleted(session) })}>Yes, delete it</Button>
        <Button variant="default" onClick={() => setAsking(false)} data-autofocus>Keep it</Button>
      </Group>
    </Alert>
  );
}
