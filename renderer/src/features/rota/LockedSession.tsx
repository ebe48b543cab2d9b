// A session in an approved or exported pay period, shown read-only with why and where to change that.
import { Alert, Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { RotaSession } from '../../../../shared/contract/rota';
import { dayHeading } from '../../../../shared/domain/dates';
import { formatDuration } from '../../../../shared/domain/pay/shift';
import { formatMiles } from './sessionForm';
import { STATUS_WORDS, timeWords } from './sessionWords';

export function LockedSession({ session: s, onClose }: { session: RotaSession; onClose: () => void }) {
  const rows: [string, string][] = [
    ['Person', s.name],
    ['Date', dayHeading(s.date)],
    ['Time', `${timeWords(s)} (${formatDuration(s.workedMinutes)} worked, ${s.breakMinutes}-minute break)`],
    ['Place', s.placeLabel],
    ['Activity', s.elementName],
    ['Status', STATUS_WORDS[s.status]],
    ['Business miles', formatMiles(s.milesTenths) || 'None'],
  ];
  if (s.supportedOneToOne !== null) rows.push(['People supported one-to-one', String(s.supportedOneToOne)]);
  if (s.supportedInGroups !== null) rows.push(['People supported in groups', String(s.supportedInGroups)]);
  return (
    <Stack gap="md">
      {/* Approved is true of an exported period too (only approved periods are exported); "paid" may not be yet. */}
      <Alert color="gray" variant="light" title="Locked: its pay period has been approved" c="dark.8">
        It is in a pay period that has been approved or exported to payroll, so it cannot change. If it must, reopen the
        period on the <Anchor component={Link} to="/payroll">Payroll page</Anchor> (give the reason), change the session, then approve the period again.
      </Alert>
      <Table aria-label="The session" variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}><Table.Th scope="row" w={230}>{label}</Table.Th><Table.Td>{value}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end"><Button variant="default" onClick={onClose}>Close</Button></Group>
    </Stack>
  );
}
