// One meeting as it stands, read-only: who, when, what, its status in words, a review's outcome, the
// actions agreed at it, and the chain of days it was planned for when it was rescheduled.
import { List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { REVIEW_OUTCOME_LABELS, type PersonSupervision, type SupervisionRow } from '../../../../shared/contract/supervision';
import { dayHeading, formatUkDate } from '../../../../shared/domain/dates';
import { StatusBadge } from './formBits';
import { statusWords, timeWords, whatWords } from './words';

/** The rows this meeting was moved from and to, oldest first (itself included). */
export function rescheduleChain(all: readonly SupervisionRow[], row: SupervisionRow): SupervisionRow[] {
  const same = (r: SupervisionRow) => r.supervisee.staffId === row.supervisee.staffId && r.planItem === row.planItem;
  const chain = [row];
  for (let cur = row; cur.rescheduledFrom;) {
    const before = all.find((r) => same(r) && !chain.includes(r) && r.status === 'rescheduled' && r.rescheduledTo === cur.plannedOn && r.plannedOn === cur.rescheduledFrom);
    if (!before) break;
    chain.unshift(before);
    cur = before;
  }
  for (let cur = row; cur.status === 'rescheduled' && cur.rescheduledTo;) {
    const after = all.find((r) => same(r) && !chain.includes(r) && r.rescheduledFrom === cur.plannedOn && r.plannedOn === cur.rescheduledTo);
    if (!after) break;
    chain.push(after);
    cur = after;
  }
  return chain;
}

export function MeetingView({ row, person }: { row: SupervisionRow; person: PersonSupervision | undefined }) {
  const details: [string, ReactNode][] = [
    ['Who is supervised', row.supervisee.name],
    ['Supervisor', row.supervisor?.name ?? 'Nobody named yet'],
    ['What', whatWords(row)],
    ['Planned for', dayHeading(row.plannedOn)],
    ['Time', timeWords(row.startMinutes) || 'Not set'],
    ['Status', <StatusBadge key="status" status={row.status} overdue={row.overdue} words={statusWords(row)} />],
  ];
  if (row.outcome) details.push(['Outcome', REVIEW_OUTCOME_LABELS[row.outcome]]);
  const chain = person ? rescheduleChain(person.supervisions, row) : [row];
  return (
    <Stack gap="md">
      <Table aria-label="The meeting" variant="vertical" withTableBorder>
        <Table.Tbody>
          {details.map(([label, value]) => (
            <Table.Tr key={label}><Table.Th scope="row" w={200}>{label}</Table.Th><Table.Td>{value}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {row.actions.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">Actions agreed at this meeting</Title>
          <List size="sm" spacing={2}>
            {row.actions.map((a) => <List.Item key={a.id}>{a.text} ({a.doneOn ? `done on ${formatUkDate(a.doneOn)}` : 'still open'})</List.Item>)}
          </List>
        </Stack>
      )}
      {chain.length > 1 && (
        <Stack gap={4}>
          <Title order={3} size="h5">History</Title>
          <List size="sm" spacing={2} data-testid="meeting-history">
            {chain.map((r) => (
              <List.Item key={r.id}>
                Planned for {dayHeading(r.plannedOn)}{r.id === row.id ? ' (this one)' : ''}: {statusWords(r).toLowerCase()}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {chain.length === 1 && row.rescheduledFrom && <Text size="sm">First planned for {dayHeading(row.rescheduledFrom)}.</Text>}
    </Stack>
  );
}
