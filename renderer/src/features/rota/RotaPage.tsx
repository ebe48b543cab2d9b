// The rota: a week (or a month) of sessions, for everyone or one person or one place, with what to look
// at, booking and changing sessions, and the month-end "mark them worked".
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RotaSession, RotaWarning, SavedSession } from '../../../../shared/contract/rota';
import { dayHeading } from '../../../../shared/domain/dates';
import { shiftMinutes } from '../../../../shared/domain/pay/shift';
import { problemOf } from '../../api/client';
import { usePayElements, usePlaces, useRotaView, useSaveSession } from '../../api/rota';
import { useStaffList } from '../../api/staff';
import { MarkPastWorked, markedWorked } from './MarkPastWorked';
import { FlashNotice, RotaWarnings, type Flash } from './RotaNotices';
import { RotaTable, type RotaGroup } from './RotaTable';
import { RotaToolbar } from './RotaToolbar';
import { daysOf, rangeOf, rangeTitle, stepDate, weeksOf } from './rotaRange';
import { SessionDialog } from './SessionDialog';
import { sessionWords } from './sessionWords';
import { useRotaParams } from './useRotaParams';

/** Planned and its end has passed: it happened or it did not, and the rota should say which. */
function hasEnded(s: RotaSession, nowMs: number): boolean {
  const shift = shiftMinutes(s);
  return shift.ok && shift.endUtcMs <= nowMs;
}

function warningsBySession(warnings: RotaWarning[]): Map<number, RotaWarning[]> {
  const map = new Map<number, RotaWarning[]>();
  for (const w of warnings) for (const id of w.sessionIds) map.set(id, [...(map.get(id) ?? []), w]);
  return map;
}

export function RotaPage() {
  const { params, today, searchFor, go, openSession, closeSession } = useRotaParams();
  const range = rangeOf(params.date, params.scope);
  const view = useRotaView({ ...range, ...(params.staffId ? { staffId: params.staffId } : {}), ...(params.placeId ? { placeId: params.placeId } : {}) });
  const staff = useStaffList();
  const places = usePlaces();
  const elements = usePayElements();
  const quick = useSaveSession();
  const [flash, setFlash] = useState<Flash | null>(null);

  const title = rangeTitle(range, params.scope);
  const scopeWords = params.scope === 'week' ? `the week of ${dayHeading(range.from)}` : title;
  const hrefFor = (id: number) => searchFor({ session: id, as: null });
  const sessions = view.data?.sessions ?? [];
  const nowMs = Date.now();
  const overdue = (s: RotaSession) => s.status === 'planned' && hasEnded(s, nowMs);
  const groups: RotaGroup[] = params.scope === 'week'
    ? daysOf(range).map((day) => ({
      key: day, heading: dayHeading(day), sessions: sessions.filter((s) => s.date === day),
      bookHref: searchFor({ session: 'new', as: null, date: day }), bookLabel: `Book a session on ${dayHeading(day)}`,
    }))
    : weeksOf(range).map((w) => ({ key: w.monday, heading: `Week of ${dayHeading(w.monday)}`, sessions: sessions.filter((s) => w.days.includes(s.date)) }));

  const savedFlash = (saved: SavedSession, verb: string): Flash => ({ tone: 'done', title: `Session ${verb}`, text: `${sessionWords(saved.session)}, ${saved.session.placeLabel}.`, warnings: saved.warnings });
  const onSaved = (saved: SavedSession, isNew: boolean) => {
    setFlash(savedFlash(saved, isNew ? 'booked' : 'saved'));
    closeSession({ date: saved.session.date });
  };
  const markWorked = (s: RotaSession) =>
    quick.mutate(markedWorked(s), {
      onSuccess: (saved) => setFlash(savedFlash(saved, 'marked worked')),
      onError: (err) => setFlash({ tone: 'failed', title: 'Not marked worked', text: problemOf(err).message, warnings: [] }),
    });

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="center">
        <Title order={1}>Rota</Title>
        <Button component={Link} to={searchFor({ session: 'new', as: null })}>Book a session</Button>
      </Group>
      <RotaToolbar
        params={params} title={title} staff={staff.data ?? []} places={places.data ?? []}
        onScope={(scope) => go({ scope })}
        onStep={(direction) => go({ date: stepDate(params.date, params.scope, direction) })}
        onToday={() => go({ date: today })}
        onPerson={(staffId) => go({ staffId })}
        onPlace={(placeId) => go({ placeId })}
      />
      {staff.data?.length === 0 && <Text size="sm">Nobody is on the staff yet. Open a person’s record in Members and make them a member of staff, then book their sessions here.</Text>}
      {flash && <FlashNotice flash={flash} onClose={() => setFlash(null)} />}
      {view.isError && <Alert color="red" variant="light" role="alert" title="The rota cannot be shown">{view.error.message}</Alert>}
      {view.isPending && <Loader aria-label="Loading the rota" />}
      {view.data && (
        <>
          <RotaWarnings warnings={view.data.warnings} hrefFor={hrefFor} />
          <Group justify="flex-end">
            <MarkPastWorked sessions={sessions.filter((s) => overdue(s) && !s.locked)} scope={scopeWords} onDone={setFlash} />
          </Group>
          <RotaTable
            label={`Rota: ${title}`} groups={groups} showDay={params.scope === 'month'} warnings={warningsBySession(view.data.warnings)}
            hrefFor={hrefFor} isOverdue={overdue} busy={quick.isPending}
            onMarkWorked={markWorked} onMarkCancelled={(s) => openSession(s.id, 'cancelled')}
          />
        </>
      )}
      <SessionDialog
        open={params.session} sessions={view.data?.sessions} as={params.as}
        defaults={{ date: params.date, ...(params.staffId ? { staffId: params.staffId } : {}), ...(params.placeId ? { placeId: params.placeId } : {}) }}
        staff={staff.data ?? []} places={places.data ?? []} elements={elements.data ?? []}
        onClose={() => closeSession()} onSaved={onSaved}
        onDeleted={(s) => {
          setFlash({ tone: 'done', title: 'Session deleted', text: `${sessionWords(s)}, ${s.placeLabel}.`, warnings: [] });
          closeSession();
        }}
      />
    </Stack>
  );
}
