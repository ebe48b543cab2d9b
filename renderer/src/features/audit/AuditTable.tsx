// One page of the audit log as a table, newest first. Read only: there is nothing to edit or delete. Each
// record is named as the office knows it (a membership or works number, a pay period) and links to where
// it can be seen.
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { actionWords, AUDIT_AREA_WORDS, capitalised, type AuditEntry, type ListedAuditEntry } from '../../../../shared/contract/audit';
import { londonDateTime } from '../../../../shared/domain/pay/period-words';
import { recordPath } from './recordLinks';

/** A failed unlock (or a wrong passphrase) stands out in words as well as colour. */
function WhatWasDone({ entry }: { entry: AuditEntry }) {
  const words = actionWords(entry);
  return entry.action === 'unlock-failed' ? <Text span fw={700} c="red.9" size="sm">{words}</Text> : <>{words}</>;
}

function RecordCell({ entry }: { entry: ListedAuditEntry }) {
  const path = recordPath(entry);
  const words = capitalised(entry.record.words);
  return path ? <Anchor component={Link} to={path} underline="always">{words}</Anchor> : <>{words}</>;
}

export function AuditTable({ entries }: { entries: ListedAuditEntry[] }) {
  // Beside the Settings index, as every Settings page is: the short columns take what their words need and
  // "What changed" the rest; only on a narrow window does the table scroll sideways rather than squeeze it.
  return (
    <Table.ScrollContainer minWidth={680} type="native">
      <Table striped withTableBorder verticalSpacing="xs" data-testid="audit-table">
        <Table.Caption>Newest first. Times are UK time.</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={120}>When</Table.Th>
            <Table.Th scope="col">What was done</Table.Th>
            <Table.Th scope="col">Area</Table.Th>
            <Table.Th scope="col">Record</Table.Th>
            <Table.Th scope="col" miw={220}>What changed</Table.Th>
            <Table.Th scope="col">By</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{londonDateTime(e.at)}</Table.Td>
              <Table.Td><WhatWasDone entry={e} /></Table.Td>
              <Table.Td>{AUDIT_AREA_WORDS[e.area] ?? e.area}</Table.Td>
              <Table.Td><RecordCell entry={e} /></Table.Td>
              {/* break-word, not anywhere: a long name still breaks, but the column is not squeezed to a letter's width. */}
              <Table.Td style={{ overflowWrap: 'break-word' }}>{capitalised(e.summary)}</Table.Td>
              <Table.Td>{e.by}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
