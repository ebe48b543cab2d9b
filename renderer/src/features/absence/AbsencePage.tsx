// The Absence page: the office's figures over the rolling 52 weeks, two charts (by month and by kind), who
// is off now, the return-to-work conversations to hold, fit notes to ask for, wellbeing check-ins to offer,
// and everyone's figures by Bradford score. /absence?absence=12 opens that absence in the dialog.
import { Alert, Anchor, List, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Absence, AbsenceOverview, AbsenceOverviewRow } from '../../../../shared/contract/absence';
import { absenceKindWords } from '../../../../shared/domain/absence';
import { formatUkDate } from '../../../../shared/domain/dates';
import { useAbsenceOverview, useAbsenceTypes } from '../../api/absence';
import { AbsenceCharts } from './AbsenceCharts';
import { AbsenceDialog, type AbsenceTarget } from './AbsenceDialog';
import { useAbsenceParams } from './useAbsenceParams';
import { absenceWhen, checkinOffer, daysNumber, daysText, offWords, rateText } from './words';

type Named = Absence & { name: string; personId: number };

const recordLink = (personId: number) => `/members/${personId}?section=absence`;

export function AbsencePage() {
  const { params, today, searchFor, close } = useAbsenceParams();
  const overview = useAbsenceOverview();
  const types = useAbsenceTypes();
  const [flash, setFlash] = useState<string | null>(null);
  const target = useDialogTarget(params.absence, overview.data);

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>Absence</Title>
      {flash && <Alert color="teal" variant="light" role="status" title={flash} withCloseButton closeButtonLabel="Dismiss" onClose={() => setFlash(null)} />}
      {overview.isError && <Alert color="red" variant="light" role="alert" title="The absence figures cannot be shown">{overview.error.message}</Alert>}
      {overview.isPending && <Loader aria-label="Loading the absence figures" />}
      {overview.data && (
        <>
          <Text size="sm">
            Over the 52 weeks from {formatUkDate(overview.data.from)} to {formatUkDate(overview.data.today)}. Days lost are the days people were due to work: their rota’s days, or for part-time staff the weekdays of a week with nothing on the rota. A day with a session worked is not lost. Record an absence on the person’s staff record.
          </Text>
          <OfficeFigures office={overview.data.office} />
          <AbsenceCharts overview={overview.data} types={types.data ?? overview.data.byType.map((r) => r.type)} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
            <ListPanel id="off-now" title="Off now" empty="Nobody is off today.">
              {overview.data.offNow.map((a) => (
                <Line key={a.id} absence={a}>
                  <Anchor component={Link} to={searchFor({ absence: a.id })} underline="always">{offWords(a)}</Anchor>
                </Line>
              ))}
            </ListPanel>
            <ListPanel id="rtw" title="Return-to-work conversations to hold" empty="None to hold.">
              {overview.data.rtwToChase.map((a) => (
                <Line key={a.id} absence={a}>
                  {backWords(a)}. <Anchor component={Link} to={searchFor({ absence: a.id })} underline="always">Hold the return-to-work conversation</Anchor>
                </Line>
              ))}
            </ListPanel>
            <ListPanel id="fit-notes" title="Fit notes needed" empty="None needed.">
              {overview.data.fitNotesNeeded.map((a) => (
                <Line key={a.id} absence={a}>
                  {offWords(a)}: past the 7 days people can self-certify. <Anchor component={Link} to={searchFor({ absence: a.id })} underline="always">Record the fit note</Anchor>
                </Line>
              ))}
            </ListPanel>
            <ListPanel id="checkins" title="Wellbeing check-ins to offer" empty="None to offer.">
              {overview.data.checkinsToDo.map((c) => (
                <List.Item key={c.id}>
                  <Text size="sm">
                    <Anchor component={Link} to={recordLink(c.personId)} underline="always">{checkinOffer(c.name)}</Anchor>{' '}
                    <Text span size="sm" c="gray.7">(Review point {c.reviewPoint} reached on {formatUkDate(c.reachedOn)}.)</Text>
                  </Text>
                </List.Item>
              ))}
            </ListPanel>
          </SimpleGrid>
          <People people={overview.data.people} />
        </>
      )}
      <AbsenceDialog
        target={target} today={today} onClose={close}
        onDone={(message) => { setFlash(message); close(); }}
      />
    </Stack>
  );
}

/**
 * The page knows an absence by its id alone; its person comes from the lists it is on (the home screen
 * links to those on them). Once found it is remembered: holding the conversation takes it off its list
 * while the dialog is still open. One on none of them still opens, to say it cannot be shown here.
 */
function useDialogTarget(absenceId: number | null, overview: AbsenceOverview | undefined): AbsenceTarget | null {
  const seen = useRef(new Map<number, number>());
  if (absenceId === null || !overview) return null;
  const found = [...overview.offNow, ...overview.rtwToChase, ...overview.fitNotesNeeded].find((a) => a.id === absenceId);
  if (found) seen.current.set(absenceId, found.staffId);
  const staffId = seen.current.get(absenceId);
  return staffId === undefined ? { staffId: null, absenceId } : { staffId, absenceId };
}

function backWords(a: Named): string {
  const after = `after ${absenceKindWords(a.type)} (${absenceWhen(a)})`;
  return a.returnedOn ? `back on ${formatUkDate(a.returnedOn)} ${after}` : `back ${after}`;
}

function OfficeFigures({ office }: { office: AbsenceOverview['office'] }) {
  const facts: [string, string][] = [
    ['Spells of absence', String(office.spells)],
    ['Days lost', daysNumber(office.days)],
    ['Days scheduled', daysNumber(office.daysScheduled)],
    ['Absence rate', office.absenceRate === null ? 'No rota to compare with' : rateText(office.absenceRate)],
  ];
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="office-figures-heading">
      <Title order={2} size="h3" id="office-figures-heading" mb="sm">The office, last 52 weeks</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} component="dl" m={0} spacing="sm" data-testid="office-figures">
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="gray.7">{label}</Text>
            <Text component="dd" m={0} size="xl" fw={600}>{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      <Text size="sm" mt="sm">All kinds of absence: {daysText(office.days)} lost of {daysText(office.daysScheduled)} people were due to work.</Text>
    </Paper>
  );
}

function ListPanel({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  const headingId = `absence-${id}-heading`;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">{title} ({children.length})</Title>
      {children.length === 0 ? <Text size="sm">{empty}</Text> : <List spacing="xs" size="sm" aria-labelledby={headingId}>{children}</List>}
    </Paper>
  );
}

/** One absence in a list: whose it is (a link to their record), then what it is and what to do. */
function Line({ absence, children }: { absence: Named; children: ReactNode }) {
  return (
    <List.Item>
      <Text size="sm">
        <Anchor component={Link} to={recordLink(absence.personId)} underline="always" fw={600}>{absence.name}</Anchor>: {children}
      </Text>
    </List.Item>
  );
}

function reachedWords(row: AbsenceOverviewRow): string {
  const p = row.figures.reachedPoint;
  if (p === null) return 'None reached';
  return row.openCheckin ? `${p} reached: offer a wellbeing check-in` : `${p} reached: check-in recorded`;
}

function People({ people }: { people: AbsenceOverviewRow[] }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="absence-people-heading">
      <Title order={2} size="h3" id="absence-people-heading" mb="xs">People by Bradford score</Title>
      <Text size="sm" mb="sm">
        Sickness over the last 52 weeks: the Bradford score is spells × spells × days, and weighs short, frequent absences. A review point reached is a prompt to offer a wellbeing check-in: a conversation about how they are and what would help.
      </Text>
      {people.length === 0 ? <Text size="sm">Nobody on the staff has any absence in the last 52 weeks.</Text> : (
        <Table aria-label="People by Bradford score" striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>{['Name', 'Sickness spells', 'Sickness days', 'Bradford score', 'Review point', 'Absence rate'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((p) => (
              <Table.Tr key={p.staffId}>
                <Table.Td><Anchor component={Link} to={recordLink(p.personId)} underline="always" size="sm">{p.name}</Anchor></Table.Td>
                <Table.Td>{p.figures.spells}</Table.Td>
                <Table.Td>{daysNumber(p.figures.days)}</Table.Td>
                <Table.Td>{p.figures.bradford}</Table.Td>
                <Table.Td>{reachedWords(p)}</Table.Td>
                <Table.Td>{p.figures.absenceRate === null ? 'No rota to compare with' : rateText(p.figures.absenceRate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
