// A month of supervisions by date: one row a meeting, its status in words. Rescheduled rows stay in, so
// the month shows a move as well as where it went.
import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { SupervisionRow } from '../../../../shared/contract/supervision';
import { shortDay } from '../rota/rotaRange';
import { StatusBadge } from './formBits';
import { meetingWords, statusWords, timeWords, whatWords } from './words';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export function MonthTable({ label, rows, hrefFor }: { label: string; rows: SupervisionRow[]; hrefFor: (row: SupervisionRow) => string }) {
  if (rows.length === 0) return <Text size="sm" py="sm">No supervisions are planned or recorded in this month.</Text>;
  return (
    <Table aria-label={label} striped verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>{['Date', 'Time', 'Supervisee', 'Supervisor', 'What', 'Status'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}</Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id} data-testid={`supervision-${r.id}`}>
            <Table.Td style={NO_WRAP}>
              <Anchor component={Link} to={hrefFor(r)} size="sm" aria-label={`${meetingWords(r)}: open`}>{shortDay(r.plannedOn)}</Anchor>
            </Table.Td>
            <Table.Td style={NO_WRAP}>{timeWords(r.startMinutes)}</Table.Td>
            <Table.Td>{r.supervisee.name}</Table.Td>
            <Table.Td>{r.supervisor?.name ?? <Text span size="sm" fs="italic">Nobody named yet</Text>}</Table.Td>
            <Table.Td>{whatWords(r)}</Table.Td>
            <Table.Td miw={170}><Group gap={6}><StatusBadge status={r.status} overdue={r.overdue} words={statusWords(r)} /></Group></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
