// One page of the audit log as a table, newest first. Read only: there is nothing to edit or delete. Each
// record is named as the office knows it (a membership or works number, a pay period) and links to where
// it can be seen.
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { actionWords, AUDIT_AREA_WORDS, recordWords, summaryWords, type AuditEntry, type ListedAuditEntry } from '../../../../shared/contract/audit';
import { londonDateTime } from '../../../../shared/domain/pay/period-words';
import { recordPath } from './recordLinks';

/** A failed unlock (or a wrong passphrase) stands out in words as well as colour. */
function WhatWasDone({ entry }: { entry: AuditEntry }) {
  const words = actionWords(entry);
  return entry.action === 'unlock-failed' ? <Text span fw={700} c="red.9" size="sm">{words}</Text> : <>{words}</>;
}

function RecordCell({ entry }: { entry: ListedAuditEntry }) {
  const path = recordPath(entry);
  const words = recordWords(entry.record.words);
  return path ? <Anchor component={Link} to={path} underline="always">{words}</Anchor> : <>{words}</>;
}

export function AuditTable({ entries }: { entries: ListedAuditEntry[] }) {
  return (
    <Table striped withTableBorder verticalSpacing="xs" data-testid="audit-table">
      <Table.Caption>Newest first. Times are UK time.</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={170}>When</Table.Th>
          <Table.Th scope="col" w={120}>What was done</Table.Th>
          <Table.Th scope="col" w={120}>Area</Table.Th>
          <Table.Th scope="col" w={200}>Record</Table.Th>
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
            <Table.Td><RecordCell entry={e} /></Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{summaryWords(e.summary)}</Table.Td>
            <Table.Td>{e.by}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
