// "This week": the home screen for whoever is in the office. Everything due, one plain sentence a line,
// each a link to where it is done, with how soon in words. An empty week says so.
import { Alert, Anchor, Badge, Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Dashboard, DashboardItem } from '../../../../shared/contract/supervision';
import { dayHeading } from '../../../../shared/domain/dates';
import { useDashboard } from '../../api/supervision';
import { groupItems, linkFor, whenWords, type Grouped } from './dashboardSections';

export function HomePage() {
  const dashboard = useDashboard();
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>This week</Title>
      {dashboard.isPending && <Loader aria-label="Loading this week" />}
      {dashboard.isError && <Alert color="red" variant="light" role="alert" title="This week cannot be shown">{dashboard.error.message}</Alert>}
      {dashboard.data && <Week dashboard={dashboard.data} />}
    </Stack>
  );
}

function Week({ dashboard }: { dashboard: Dashboard }) {
  const groups = groupItems(dashboard.items);
  return (
    <>
      <Text>{dayHeading(dashboard.weekFrom)} to {dayHeading(dashboard.weekTo)}</Text>
      {groups.length === 0 && (
        <Stack gap={4} data-testid="week-clear">
          <Text fw={600}>Nothing is due this week.</Text>
          <Text size="sm">No supervisions, probation reviews, DBS renewals or support sessions need anything from you. They will show here when they do.</Text>
        </Stack>
      )}
      {groups.map((g) => <Section key={g.section.key} {...g} />)}
    </>
  );
}

/** A long section shows its first few, so one long list does not bury the rest of the week. */
const SHOWN = 8;

function Section({ section, items }: Grouped) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  const headingId = `home-${section.key}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>{section.title} ({items.length})</Title>
      <List spacing="xs" listStyleType="none" ml={0} pl={0} aria-labelledby={headingId}>
        {shown.map((item, i) => <Item key={`${item.kind}:${i}`} item={item} />)}
      </List>
      {shown.length < items.length && (
        <div><Button variant="subtle" size="compact-sm" onClick={() => setAll(true)}>Show all {items.length}</Button></div>
      )}
    </Stack>
  );
}

function Item({ item }: { item: DashboardItem }) {
  const link = linkFor(item);
  const words = whenWords(item);
  // Red is for what is late; a "To do" (a conversation to offer, a prompt) is never shown as late.
  const late = words !== 'To do' && (item.daysLeft < 0 || item.kind === 'probation-decision-overdue');
  return (
    <List.Item>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Badge variant="light" color={late ? 'red' : words === 'To do' ? 'yellow' : 'blue'} c="dark.8" tt="none" radius="sm" miw={160} mt={2} style={{ flexShrink: 0 }}>
          {words}
        </Badge>
        <Text size="sm">
          {link ? <Anchor component={Link} to={link.to} underline="always">{item.message}</Anchor> : item.message}
          {link && <Text span size="xs" c="gray.7"> ({link.where})</Text>}
        </Text>
      </Group>
    </List.Item>
  );
}
