// The county-wide support sessions: a year at a time, four planned, with who was invited and came, and
// who has been to none. The address says which year and which session is open (/support?year=2026&session=12).
import { Alert, Anchor, Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { SUPPORT_SESSIONS_A_YEAR, type SupportYear } from '../../../../shared/contract/supervision';
import { usePlaces } from '../../api/rota';
import { useStaffList } from '../../api/staff';
import { useSupportYear } from '../../api/support';
import { Notice } from '../../components/Notice';
import { NotAttendedPanel } from './NotAttendedPanel';
import { SupportSessionDialog } from './SupportSessionDialog';
import { SupportSessionList } from './SupportSessionList';
import { supportWhen } from './supportWords';
import { useSupportParams } from './useSupportParams';

export function SupportPage() {
  const { params, today, thisYear, searchFor, open, close } = useSupportParams();
  const year = useSupportYear(params.year);
  const places = usePlaces();
  const staff = useStaffList();
  const [flash, setFlash] = useState<string | null>(null);
  const stepTo = (y: number) => searchFor({ year: y, session: null });

  const onAdded = (saved: SupportYear, id: number | null) => {
    setFlash('Support session added.');
    if (id === null) close({ year: saved.year });
    // In place of the add form, so Back does not bring back an empty one.
    else open(id, saved.year, { replace: true });
  };

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="center">
        <Title order={1}>Support sessions</Title>
        <Button component={Link} to={searchFor({ session: 'new' })}>Add a support session</Button>
      </Group>
      <Text size="sm">The county-wide support and training sessions for everyone on the staff: {SUPPORT_SESSIONS_A_YEAR} a year, at a group venue.</Text>
      <Group justify="space-between" align="center">
        <Group gap="sm" align="center">
          <Button component={Link} variant="default" to={stepTo(params.year - 1)} disabled={params.year <= 2000}><span aria-hidden="true">←&nbsp;</span>{params.year - 1}</Button>
          <Title order={2} size="h3" data-testid="support-year" mx="xs">{params.year}</Title>
          <Button component={Link} variant="default" to={stepTo(params.year + 1)} disabled={params.year >= 2100}>{params.year + 1}<span aria-hidden="true">&nbsp;→</span></Button>
          {params.year !== thisYear && <Button component={Link} variant="subtle" to={stepTo(thisYear)}>This year</Button>}
        </Group>
        <Anchor component={Link} to={`/preview/support?year=${params.year}`}>Print the calendar</Anchor>
      </Group>
      {flash && (
        <Alert color="teal" variant="light" role="status" title={flash} withCloseButton closeButtonLabel="Dismiss" onClose={() => setFlash(null)} />
      )}
      {year.isError && <Alert color="red" variant="light" role="alert" title="The support sessions cannot be shown">{year.error.message}</Alert>}
      {year.isPending && <Loader aria-label="Loading the support sessions" />}
      {year.data && (
        <>
          {year.data.notes.length > 0 && (
            <Notice title="To look at" data-testid="support-notes">
              <List size="sm" spacing={2}>{year.data.notes.map((n) => <List.Item key={n}>{n}</List.Item>)}</List>
            </Notice>
          )}
          <SupportSessionList year={params.year} sessions={year.data.sessions} today={today} hrefFor={(id) => searchFor({ session: id })} />
          <NotAttendedPanel year={params.year} isThisYear={params.year === thisYear} anyHeld={year.data.sessions.some((s) => s.date <= today)} people={year.data.notAttended} />
        </>
      )}
      <SupportSessionDialog
        open={params.session} year={params.year} data={year.data} places={places.data ?? []} staff={staff.data ?? []} today={today}
        onClose={() => close()} onAdded={onAdded}
        onDeleted={(s) => {
          setFlash(`Support session on ${supportWhen(s)} deleted.`);
          close();
        }}
      />
    </Stack>
  );
}
