// The year's sessions as a few calm cards, by date: when, where, the theme, and who came.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SupportSession } from '../../../../shared/contract/supervision';
import { dayHeading } from '../../../../shared/domain/dates';
import { countsLine, supportPlace, supportTimes, whenWord } from './supportWords';

const WORD_COLOURS: Record<string, string> = { Held: 'gray', Today: 'teal', 'Coming up': 'blue' };

interface Props {
  year: number;
  sessions: SupportSession[];
  today: string;
  hrefFor: (id: number) => string;
}

export function SupportSessionList({ year, sessions, today, hrefFor }: Props) {
  // The year's note already says none are booked.
  if (sessions.length === 0) return null;
  return (
    <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} spacing="md" aria-label={`Support sessions in ${year}`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {sessions.map((s) => {
        const word = whenWord(s.date, today);
        return (
          <Card component="li" key={s.id} withBorder padding="lg" radius="md" data-testid="support-session">
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Title order={3} size="h4">
                  <Anchor component={Link} to={hrefFor(s.id)}>{dayHeading(s.date)}</Anchor>
                </Title>
                <Badge color={WORD_COLOURS[word]} variant="light" c="dark.8">{word}</Badge>
              </Group>
              <Text size="sm">{supportTimes(s)}, {supportPlace(s)}</Text>
              <Text fw={600}>{s.theme}</Text>
              <Text size="sm" c="gray.7">{countsLine(s)}</Text>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
