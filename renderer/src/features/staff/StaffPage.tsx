// Everyone on the staff, current first, with what is coming up: DBS renewals and probation ends.
import { Notice } from '../../components/Notice';
import { Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatMemberNumber } from '../../../../shared/domain/members';
import { formatPounds } from '../../../../shared/domain/pay/rounding';
import { useStaffList, useStaffReminders } from '../../api/staff';

export function StaffPage() {
  const list = useStaffList();
  const reminders = useStaffReminders();
  return (
    <Stack gap="md" maw={1200}>
      <Title order={1}>Staff</Title>
      <Text size="sm">To add someone, open their record in Members and choose “Make them a member of staff”.</Text>
      {reminders.data && reminders.data.length > 0 && (
        <Notice title="Coming up in the next 60 days" data-testid="staff-reminders">
          <List size="sm" spacing={4}>
            {reminders.data.map((r, i) => (
              // The message names the person: it is the link to their record.
              <List.Item key={i}><Anchor component={Link} to={`/members/${r.personId}`}>{r.message}</Anchor></List.Item>
            ))}
          </List>
        </Notice>
      )}
      {list.isError && <Text role="alert" c="red.9">{list.error.message}</Text>}
      {list.data && list.data.length === 0 && <Text py="md">Nobody is on the staff yet.</Text>}
      {list.data && list.data.length > 0 && (
        <Table striped aria-label="Staff">
          <Table.Thead>
            <Table.Tr>{['Name', 'Works number', 'Job role', 'Contract', 'Started', 'Rate now', 'DBS renewal', 'To look at'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((s) => (
              <Table.Tr key={s.staffId}>
                <Table.Td><Anchor component={Link} to={`/members/${s.personId}`}>{s.name}</Anchor> <Text span size="xs" c="gray.7">{formatMemberNumber(s.memberNumber)}</Text>{!s.isCurrent && ' (left)'}</Table.Td>
                <Table.Td>{s.worksNumber}</Table.Td>
                <Table.Td>{s.jobRole}</Table.Td>
                <Table.Td>{s.contractType === 'bank' ? 'Bank' : 'Part-time'}</Table.Td>
                <Table.Td>{formatUkDate(s.startDate)}</Table.Td>
                <Table.Td>{s.currentRatePence === null ? 'None' : formatPounds(s.currentRatePence)}</Table.Td>
                <Table.Td>{formatUkDate(s.dbsRenewalDueOn)}</Table.Td>
                <Table.Td>{s.warningCount === 0 ? '' : `${s.warningCount} ${s.warningCount === 1 ? 'thing' : 'things'}`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
