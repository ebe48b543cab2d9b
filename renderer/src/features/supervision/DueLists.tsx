// What supervision needs doing now: overdue, due this week, and who has nobody named to supervise them.
// Each line is a sentence with its status in words, and a link to where it is done.
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DueSupervision, SupervisionLists } from '../../../../shared/contract/supervision';
import { dayHeading } from '../../../../shared/domain/dates';
import { daysWords, dueSentence } from './words';

interface Props {
  lists: SupervisionLists;
  /** Where a planned meeting opens (its dialog on this page). */
  meetingHref: (d: DueSupervision & { supervisionId: number }) => string;
  /** Where a supervision due by someone's cadence, with none booked, is booked. */
  bookHref: (d: DueSupervision) => string;
}

const hasMeeting = (d: DueSupervision): d is DueSupervision & { supervisionId: number } => d.supervisionId !== null;

function DueList({ label, items, empty, meetingHref, bookHref }: { label: string; items: DueSupervision[]; empty: string } & Omit<Props, 'lists'>) {
  const headingId = `due-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>{label}{items.length > 0 ? ` (${items.length})` : ''}</Title>
      {items.length === 0 ? <Text size="sm">{empty}</Text> : (
        <List spacing="xs" listStyleType="none" ml={0} pl={0} aria-labelledby={headingId}>
          {items.map((d) => (
            <List.Item key={`${d.staff.staffId}:${d.supervisionId ?? d.due}`}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Badge variant="light" color={d.daysLeft < 0 ? 'red' : 'blue'} c="dark.8" tt="none" radius="sm" miw={160} mt={2} style={{ flexShrink: 0 }}>{daysWords(d.daysLeft)}</Badge>
                <Text size="sm">
                  {hasMeeting(d)
                    ? <Anchor component={Link} to={meetingHref(d)} underline="always">{dueSentence(d)}</Anchor>
                    : <>{dueSentence(d)} <Anchor component={Link} to={bookHref(d)} underline="always" aria-label={`Book a supervision for ${d.staff.name}`}>Book one</Anchor></>}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

export function DueLists({ lists, meetingHref, bookHref }: Props) {
  return (
    <Stack gap="lg">
      <DueList label="Overdue" items={lists.overdue} empty="Nothing is overdue." meetingHref={meetingHref} bookHref={bookHref} />
      <DueList label="Due this week" items={lists.dueThisWeek} empty={`Nothing is due between ${dayHeading(lists.weekFrom)} and ${dayHeading(lists.weekTo)}.`} meetingHref={meetingHref} bookHref={bookHref} />
      {lists.noSupervisor.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="due-no-supervisor">
          <Title order={2} size="h3" id="due-no-supervisor">People with no supervisor ({lists.noSupervisor.length})</Title>
          <List spacing={4} size="sm" aria-labelledby="due-no-supervisor">
            {lists.noSupervisor.map((s) => (
              <List.Item key={s.staffId}>
                <Anchor component={Link} to={`/members/${s.personId}?section=supervision`} underline="always">{s.name} has nobody named to supervise them: choose someone on their staff record.</Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
