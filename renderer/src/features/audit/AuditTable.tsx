// One page of the audit log as a table, newest first. Read only: there is nothing to edit or delete.
import { Table, Text } from '@mantine/core';
import { AUDIT_ACTION_WORDS, AUDIT_AREA_WORDS, type AuditEntry } from '../../../../shared/contract/audit';
import { londonDateTime } from '../../../../shared/domain/pay/period-words';

/** A failed unlock stands out in words as well as colour. */
function WhatWasDone({ entry }: { entry: AuditEntry }) {
  const words = AUDIT_ACTION_WORDS[entry.action] ?? entry.action;
  return entry.action === 'unlock-failed' ? <Text span fw={700} c="red.9" size="sm">{words}</Text> : <>{words}</>;
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <Table striped withTableBorder verticalSpacing="xs" data-testid="audit-table">
      <Table.Caption>Newest first. Times are UK time.</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={170}>When</Table.Th>
          <Table.Th scope="col" w={120}>What was done</Table.Th>
          <Table.Th scope="col" w={120}>Area</Table.Th>
          <Table.Th scope="col" w={170}>Record</Table.Th>
          <Table.Th scope="col">What changed</Table.Th>
          <Table.Th scope="col" w={150}>By</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{londonDateTime(e.at)}</Table.Td>
            <Table.Td><WhatWasDone entry={e} /></Table.Td>
            <Table.Td>{AUDIT_AREA_WORDS[e.area] ?? e.area}</Table.Td>
            <Table.Td>{[e.recordType, e.recordId].filter(Boolean).join(' ')}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.summary}</Table.Td>
            <Table.Td>{e.by}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
