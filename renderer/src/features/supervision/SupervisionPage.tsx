// Supervision for the whole office: what is overdue and due this week, who has no supervisor, and a month
// of meetings (everyone's or one supervisor's) to print. ?session=ID opens a meeting in its dialog.
import { Alert, Anchor, Button, Divider, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { SupervisionLists, SupervisionMonth } from '../../../../shared/contract/supervision';
import { useStaffList } from '../../api/staff';
import { useSupervisionLists, useSupervisionMonth } from '../../api/supervision';
import { DueLists } from './DueLists';
import { MeetingDialog, type MeetingTarget } from './MeetingDialog';
import { MonthTable } from './MonthTable';
import { useSupervisionParams, type SupervisionParams } from './useSupervisionParams';
import { monthTitle, stepMonth } from './words';

/** Whose meeting an id is, from what the page has loaded: the lists, then the month. */
function superviseeOf(id: number, lists: SupervisionLists | undefined, month: SupervisionMonth | undefined): number | null {
  const due = [...(lists?.overdue ?? []), ...(lists?.dueThisWeek ?? [])].find((d) => d.supervisionId === id);
  if (due) return due.staff.staffId;
  return month?.rows.find((r) => r.id === id)?.supervisee.staffId ?? null;
}

function targetOf(params: SupervisionParams, found: number | null): MeetingTarget | null {
  if (params.session === 'new') return { kind: 'new', superviseeStaffId: params.superviseeStaffId };
  if (params.session === null) return null;
  return { kind: 'meeting', supervisionId: params.session, staffId: params.superviseeStaffId ?? found };
}

export function SupervisionPage() {
  const { params, today, searchFor, go, closeSession } = useSupervisionParams();
  const lists = useSupervisionLists();
  const month = useSupervisionMonth(params.month, params.supervisorStaffId ?? undefined);
  const staff = useStaffList();
  const [flash, setFlash] = useState<string | null>(null);

  // A link from the home screen names only the meeting: once the page knows whose it is, the address says
  // so too, and the dialog stays on it when holding it takes it off the lists. (`go` is new on every
  // render; `found` alone says when there is something to write down.)
  const found = typeof params.session === 'number' && params.superviseeStaffId === null ? superviseeOf(params.session, lists.data, month.data) : null;
  useEffect(() => {
    if (found !== null) go({ superviseeStaffId: found }, { replace: true });
  }, [found]);

  const supervisor = staff.data?.find((s) => s.staffId === params.supervisorStaffId);
  const monthLabel = monthTitle(params.month);
  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="center">
        <Title order={1}>Supervision</Title>
        <Button component={Link} to={searchFor({ session: 'new', superviseeStaffId: null })}>Book a supervision</Button>
      </Group>
      {flash && <Alert color="teal" variant="light" role="status" title="Booked" withCloseButton closeButtonLabel="Dismiss" onClose={() => setFlash(null)}>{flash}</Alert>}
      {lists.isError && <Alert color="red" variant="light" role="alert" title="The lists cannot be shown">{lists.error.message}</Alert>}
      {lists.isPending && <Loader aria-label="Loading what is due" />}
      {lists.data && (
        <DueLists
          lists={lists.data}
          meetingHref={(d) => searchFor({ session: d.supervisionId, superviseeStaffId: d.staff.staffId })}
          bookHref={(d) => searchFor({ session: 'new', superviseeStaffId: d.staff.staffId })}
        />
      )}
      <Divider />
      <Stack gap="sm" component="section" aria-labelledby="supervision-month">
        <Group justify="space-between" align="flex-end" gap="md">
          <Group gap="sm" align="center">
            <Button variant="default" onClick={() => go({ month: stepMonth(params.month, -1) })} aria-label="Previous month">← Previous</Button>
            <Button variant="default" onClick={() => go({ month: today.slice(0, 7) })}>This month</Button>
            <Button variant="default" onClick={() => go({ month: stepMonth(params.month, 1) })} aria-label="Next month">Next →</Button>
            <Title order={2} size="h3" ml="sm" id="supervision-month" data-testid="supervision-month">{monthLabel}</Title>
          </Group>
          <NativeSelect
            label="Supervisor" w={260}
            value={params.supervisorStaffId === null ? '' : String(params.supervisorStaffId)}
            onChange={(e) => go({ supervisorStaffId: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })}
            data={[{ value: '', label: 'Everyone' }, ...(staff.data ?? []).map((s) => ({ value: String(s.staffId), label: s.isCurrent ? s.name : `${s.name} (left)` }))]}
          />
        </Group>
        <Group gap="lg">
          <Anchor component={Link} to={`/preview/supervisions?month=${params.month}`} size="sm" underline="always">Print this month</Anchor>
          {supervisor && (
            <Anchor component={Link} to={`/preview/supervisor/${supervisor.staffId}?month=${params.month}`} size="sm" underline="always">Print {supervisor.name}’s month</Anchor>
          )}
        </Group>
        {month.isError && <Alert color="red" variant="light" role="alert" title="The month cannot be shown">{month.error.message}</Alert>}
        {month.isPending && <Loader aria-label="Loading the month" />}
        {month.data && (
          <MonthTable
            label={`Supervisions in ${monthLabel}${supervisor ? ` with ${supervisor.name}` : ''}`}
            rows={month.data.rows}
            hrefFor={(r) => searchFor({ session: r.id, superviseeStaffId: r.supervisee.staffId })}
          />
        )}
        {month.data && month.data.rows.length > 0 && <Text size="xs" c="gray.7">Open a meeting by its date to record it as held, reschedule it or mark it missed or cancelled.</Text>}
      </Stack>
      <MeetingDialog
        target={targetOf(params, found)}
        finding={lists.isPending || month.isPending}
        staff={staff.data ?? []}
        today={today}
        onClose={closeSession}
        onMoved={(to) => go({ session: to.id, superviseeStaffId: to.supervisee.staffId }, { replace: true })}
        onBooked={setFlash}
      />
    </Stack>
  );
}
