// The pay periods, the current one first: where each stands and how much work is in it.
import { Alert, Anchor, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatUkDate } from '../../../../shared/domain/dates';
import { usePayPeriods } from '../../api/payroll';
import { StatusBadge } from './StatusBadge';
import { decimalHours, periodDates, periodName } from './words';

const HEADINGS = ['Pay period', 'Dates', 'Pay date', 'Status', 'Sessions worked', 'Hours', 'People'];

export function PayrollPage() {
  const periods = usePayPeriods();
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Payroll</Title>
        <Anchor component={Link} to="/payroll/statement">Weekly hours and earnings statement</Anchor>
      </Group>
      <Text size="sm">
        Open a pay period to see its checklist, approve it and export it for payroll. Sessions in an approved or exported period cannot be changed until the period is reopened.
      </Text>
      {periods.isPending && <Loader aria-label="Loading the pay periods" />}
      {periods.isError && <Alert color="red" role="alert">{periods.error.message}</Alert>}
      {periods.data && (
        <Table striped highlightOnHover aria-label="Pay periods">
          <Table.Thead>
            <Table.Tr>{HEADINGS.map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.data.map((p, i) => (
              <Table.Tr key={p.key}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/payroll/${p.key}`}>{periodName(p.key)}</Anchor>
                  {i === 0 && <Text span size="sm" c="gray.7"> (current)</Text>}
                </Table.Th>
                <Table.Td>{periodDates(p)}</Table.Td>
                <Table.Td>{formatUkDate(p.payDate)}</Table.Td>
                <Table.Td><StatusBadge status={p.status} /></Table.Td>
                <Table.Td>
                  {p.workedSessions}
                  {p.plannedSessions > 0 && <Text span size="sm" c="gray.7"> ({p.plannedSessions} planned)</Text>}
                </Table.Td>
                <Table.Td>{decimalHours(p.workedMinutes)}</Table.Td>
                <Table.Td>{p.people}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
