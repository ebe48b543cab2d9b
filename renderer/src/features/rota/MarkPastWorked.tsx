// The month-end chore in one step: every planned session on screen that has ended is marked worked, after
// a confirmation that says how many. One at a time with progress; it cannot be started twice.
import { Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RotaSession } from '../../../../shared/contract/rota';
import { useSaveSessions } from '../../api/rota';
import type { Flash } from './RotaNotices';
import { formToInput, sessionToForm } from './sessionForm';
import { sessionWords } from './sessionWords';

const plural = (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'}`;
const SHOWN = 8;

/** A session as it is, marked worked: everything else stays as stored. */
export const markedWorked = (s: RotaSession) => ({ ...formToInput(sessionToForm(s)), status: 'worked' as const });

export function MarkPastWorked({ sessions, scope, onDone }: { sessions: RotaSession[]; scope: string; onDone: (flash: Flash) => void }) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(0);
  const saveAll = useSaveSessions();
  if (sessions.length === 0) return null;
  const count = plural(sessions.length);

  const run = () => {
    setDone(0);
    saveAll.mutate({ inputs: sessions.map(markedWorked), onProgress: setDone }, {
      onSuccess: ({ saved, failures }) => {
        setAsking(false);
        onDone({
          tone: failures.length ? 'failed' : 'done',
          title: failures.length ? `${plural(saved)} marked worked; ${plural(failures.length)} could not be` : `${plural(saved)} marked worked`,
          text: failures.length ? 'These were left as they were:' : `Every planned session in ${scope} that has ended is now worked.`,
          warnings: [],
          problems: failures.map((f) => f.message),
        });
      },
    });
  };

  return (
    <>
      {/* Secondary to "Book a session" but plainly enabled: white with a border and dark text (the pale light
          variant read as disabled). */}
      <Button variant="default" onClick={() => setAsking(true)}>Mark {count} worked…</Button>
      <Modal opened={asking} onClose={() => !saveAll.isPending && setAsking(false)} title={`Mark ${count} worked?`} size="lg">
        <Stack gap="sm">
          <Text size="sm">
            {sessions.length === 1 ? 'This session' : `These ${sessions.length} sessions`} in {scope} have ended and are still planned. Only
            mark them worked if they happened; cancel any that did not. Ward counts can be added afterwards by opening a session.
          </Text>
          <List size="sm" spacing={2}>
            {sessions.slice(0, SHOWN).map((s) => <List.Item key={s.id}>{sessionWords(s)}, {s.placeLabel}</List.Item>)}
            {sessions.length > SHOWN && <List.Item>and {sessions.length - SHOWN} more</List.Item>}
          </List>
          {saveAll.isPending && (
            <div>
              <Text size="sm" aria-live="polite">Marked {done} of {sessions.length}…</Text>
              <Progress value={(done / sessions.length) * 100} aria-label="Marking sessions worked" mt={4} />
            </div>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)} disabled={saveAll.isPending}>Keep them planned</Button>
            <Button onClick={run} loading={saveAll.isPending}>Mark {count} worked</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
