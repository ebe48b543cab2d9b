// Who approved, exported and reopened the period, and when: the record kept for the payroll audit trail.
import { Stack, Table, Text, Title } from '@mantine/core';
import type { PeriodEvent } from '../../../../shared/contract/payroll';
import { eventWords, londonDateTime } from './words';

export function PeriodHistory({ events }: { events: readonly PeriodEvent[] }) {
  return (
    <Stack gap="xs">
      <Title order={2}>History</Title>
      {events.length === 0 ? (
        <Text size="sm">Not yet approved or exported.</Text>
      ) : (
        <Table aria-label="History" striped>
          <Table.Thead>
            <Table.Tr>{['What', 'Who', 'When', 'Reason or file'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((e, i) => {
              const words = eventWords(e);
              return (
                <Table.Tr key={i}>
                  <Table.Td>{words.what}</Table.Td>
                  <Table.Td>{e.by}</Table.Td>
                  <Table.Td>{londonDateTime(e.at)}</Table.Td>
                  <Table.Td>{words.detail}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
