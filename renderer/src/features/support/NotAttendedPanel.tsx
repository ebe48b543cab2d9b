// Who has been to none of the year's sessions: each name opens the person's record, where the office
// can see why (a new starter, someone on leave) before inviting them to the next one.
import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { StaffName } from '../../../../shared/contract/supervision';

interface Props {
  year: number;
  isThisYear: boolean;
  /** Whether any of the year's sessions has happened: before then the list would be everyone, which says nothing. */
  anyHeld: boolean;
  people: StaffName[];
}

export function NotAttendedPanel({ year, isThisYear, anyHeld, people }: Props) {
  const when = isThisYear ? 'this year' : `in ${year}`;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="not-attended-heading">
      <Title order={2} size="h3" id="not-attended-heading" mb="xs">Not attended any {when}</Title>
      {!anyHeld ? (
        <Text size="sm">No support session has been held {when} yet.</Text>
      ) : people.length === 0 ? (
        <Text size="sm">Everyone employed in {year} has attended at least one support session.</Text>
      ) : (
        <>
          <Text size="sm" mb="sm">
            {people.length === 1 ? '1 person' : `${people.length} people`} employed in {year} {people.length === 1 ? 'has' : 'have'} not attended a support session {when}.
          </Text>
          <List size="sm" spacing={4} style={{ columns: '16rem' }} data-testid="not-attended">
            {people.map((p) => (
              <List.Item key={p.staffId}><Anchor component={Link} to={`/members/${p.personId}`}>{p.name}</Anchor></List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
