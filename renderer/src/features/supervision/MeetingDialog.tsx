// One supervision meeting in a dialog: book one, or open one to record it as held, reschedule it, change
// it, or mark it missed or cancelled (and put that back). Held and rescheduled meetings are read-only with
// their history. Only Close or Cancel closes it: a stray click outside must not drop what was typed.
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PersonSupervision, SupervisionRow } from '../../../../shared/contract/supervision';
import type { StaffRow } from '../../../../shared/contract/staff';
import { formatUkDate } from '../../../../shared/domain/dates';
import { problemOf } from '../../api/client';
import { usePersonSupervision, useSupervisionWrite } from '../../api/supervision';
import { BookForm } from './BookForm';
import { HoldForm } from './HoldForm';
import { MeetingView } from './MeetingView';
import { RescheduleForm } from './RescheduleForm';
import { meetingWords, whenWords } from './words';

export type MeetingTarget =
  | { kind: 'new'; superviseeStaffId: number | null; date?: string }
  /** staffId null: not yet known whose it is (the lists that say so are loading, or it is not in them). */
  | { kind: 'meeting'; supervisionId: number; staffId: number | null };

interface Props {
  target: MeetingTarget | null;
  /** True while the page is still loading what would say whose meeting it is. */
  finding?: boolean;
  staff: readonly StaffRow[];
  today: string;
  onClose: () => void;
  /** A meeting was rescheduled: show the new one from now on. */
  onMoved: (to: SupervisionRow) => void;
  /** A meeting was booked (the dialog closes; say so on the page). */
  onBooked: (message: string) => void;
}

export function MeetingDialog({ target, finding = false, staff, today, onClose, onMoved, onBooked }: Props) {
  const staffId = target?.kind === 'meeting' ? target.staffId ?? 0 : 0;
  const person = usePersonSupervision(staffId);
  const row = target?.kind === 'meeting' ? person.data?.supervisions.find((s) => s.id === target.supervisionId) : undefined;
  // What the last action did, kept while the dialog stays open (a reschedule moves it to the new meeting).
  const [done, setDone] = useState<string | null>(null);
  const close = () => {
    setDone(null);
    onClose();
  };
  const title = target?.kind === 'new' ? 'Book a supervision' : row ? meetingWords(row) : 'A supervision';

  return (
    <Modal opened={target !== null} onClose={close} title={title} size="xl" closeOnClickOutside={false} closeOnEscape={false} closeButtonProps={{ 'aria-label': 'Close' }}>
      {target?.kind === 'new' && (
        <BookForm
          row={null} staff={staff} today={today} defaults={{ superviseeStaffId: target.superviseeStaffId, ...(target.date ? { date: target.date } : {}) }}
          onCancel={close}
          onSaved={(saved) => {
            const booked = newestPlanned(saved);
            onBooked(booked ? `Booked: ${meetingWords(booked)}.` : 'The supervision is booked.');
            close();
          }}
        />
      )}
      {target?.kind === 'meeting' && (person.isPending && staffId > 0 || (staffId === 0 && finding)) && <Loader aria-label="Loading the meeting" />}
      {target?.kind === 'meeting' && person.isError && <Alert color="red" variant="light" role="alert" title="The meeting cannot be shown">{person.error.message}</Alert>}
      {target?.kind === 'meeting' && !row && ((staffId === 0 && !finding) || person.data) && (
        <Alert color="red" variant="light" role="note" title="Not found here">
          That supervision is not in the lists or the month shown. It may be in another month: close this and choose its month, or open it from the person’s staff record.
        </Alert>
      )}
      {row && person.data && (
        <MeetingBody
          key={row.id} row={row} person={person.data} staff={staff} today={today} done={done} onDone={setDone} onClose={close}
          onMoved={(to) => {
            setDone(`Rescheduled to ${whenWords(to.plannedOn, to.startMinutes)}. The old date is kept in the history.`);
            onMoved(to);
          }}
        />
      )}
    </Modal>
  );
}

/** The meeting a booking just made: the newest planned one. */
const newestPlanned = (p: PersonSupervision): SupervisionRow | undefined =>
  [...p.supervisions].filter((s) => s.status === 'planned').sort((a, b) => b.id - a.id)[0];

type Mode = 'choose' | 'hold' | 'reschedule' | 'edit';

interface BodyProps {
  row: SupervisionRow;
  person: PersonSupervision;
  staff: readonly StaffRow[];
  today: string;
  done: string | null;
  onDone: (message: string | null) => void;
  onClose: () => void;
  onMoved: (to: SupervisionRow) => void;
}

function MeetingBody({ row, person, staff, today, done, onDone, onClose, onMoved }: BodyProps) {
  const [mode, setMode] = useState<Mode>('choose');
  const setStatus = useSupervisionWrite('supervision:setStatus');
  const mark = (status: 'planned' | 'cancelled' | 'missed', message: string) => {
    onDone(null);
    setStatus.mutate({ id: row.id, status }, { onSuccess: () => onDone(message) });
  };
  const back = () => setMode('choose');
  const planned = row.status === 'planned';

  return (
    <Stack gap="md">
      {done && <Alert color="teal" variant="light" role="status" title="Done">{done}</Alert>}
      {setStatus.isError && <Alert color="red" variant="light" role="alert" title="There is a problem">{problemOf(setStatus.error).message}</Alert>}
      <MeetingView row={row} person={person} />
      {planned && mode === 'choose' && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>What happened?</Text>
          <Group gap="sm">
            <Button onClick={() => { onDone(null); setMode('hold'); }}>Record as held</Button>
            <Button variant="default" onClick={() => { onDone(null); setMode('reschedule'); }}>Reschedule</Button>
            <Button variant="default" onClick={() => { onDone(null); setMode('edit'); }}>Change supervisor, type or time</Button>
          </Group>
          <Group gap="sm">
            <Button variant="default" loading={setStatus.isPending && setStatus.variables?.status === 'missed'} onClick={() => mark('missed', `Marked as missed. If that was a mistake, put it back to planned.`)}>Mark as missed</Button>
            <Button variant="default" loading={setStatus.isPending && setStatus.variables?.status === 'cancelled'} onClick={() => mark('cancelled', `Marked as cancelled. If that was a mistake, put it back to planned.`)}>Mark as cancelled</Button>
          </Group>
        </Stack>
      )}
      {planned && mode === 'hold' && (
        <HoldForm row={row} person={person} today={today} onCancel={back}
          onHeld={(p) => { setMode('choose'); onDone(heldMessage(p, row)); }} />
      )}
      {planned && mode === 'reschedule' && (
        <RescheduleForm row={row} onCancel={back} onMoved={(_, to) => { if (to) onMoved(to); else back(); }} />
      )}
      {planned && mode === 'edit' && (
        <BookForm row={row} staff={staff} today={today} onCancel={back} onSaved={() => { setMode('choose'); onDone('The changes are saved.'); }} />
      )}
      {(row.status === 'cancelled' || row.status === 'missed') && (
        <Group>
          <Button variant="default" loading={setStatus.isPending} onClick={() => mark('planned', 'Put back to planned.')}>Put back to planned</Button>
        </Group>
      )}
      {(mode === 'choose' || !planned) && <Group justify="flex-end"><Button variant="default" onClick={onClose}>Close</Button></Group>}
    </Stack>
  );
}

/** After holding: what it recorded, and the probation decision when a final review made one. */
function heldMessage(person: PersonSupervision, row: SupervisionRow): string {
  const held = person.supervisions.find((s) => s.id === row.id);
  const base = `Recorded as held${held?.heldOn ? ` on ${formatUkDate(held.heldOn)}` : ''}.`;
  if (held?.outcome === 'extend') return `${base} Probation now ends on ${formatUkDate(person.probation.endDate)}; the plan has grown to cover it.`;
  if (held?.outcome === 'confirm') return `${base} Probation is passed: ${person.staff.name} is confirmed in post.`;
  if (held?.outcome === 'end') return `${base} ${person.staff.name}’s employment ends on ${formatUkDate(person.staff.endDate)}; meetings planned after it are cancelled.`;
  return base;
}
