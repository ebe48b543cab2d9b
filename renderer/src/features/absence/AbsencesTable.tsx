// A person's absences, latest first. Each opens in the dialog to change it, hold the return-to-work
// conversation or delete it. What needs doing (a fit note, a conversation) is said in words in its row.
import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { Absence } from '../../../../shared/contract/absence';
import { absenceTitle, absenceWhen, certificateWords, daysNumber, returnToWorkWords } from './words';

// A badge squeezed by a crowded row would cut its words short: they must read whole.
const NO_SHRINK = { flexShrink: 0, overflow: 'visible' } as const;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export function AbsencesTable({ absences, onOpen }: { absences: readonly Absence[]; onOpen: (id: number) => void }) {
  if (absences.length === 0) return <Text size="sm">No absences recorded.</Text>;
  return (
    <Table aria-label="Absences" striped verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>{['When', 'Kind', 'Days lost', 'Certificate', 'Return to work', 'Reason'].map((h) => <Table.Th scope="col" key={h} style={NO_WRAP}>{h}</Table.Th>)}</Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {absences.map((a) => (
          <Table.Tr key={a.id} data-testid={`absence-${a.id}`}>
            <Table.Td>
              <Anchor component="button" type="button" size="sm" underline="always" ta="left" onClick={() => onOpen(a.id)} aria-label={`${absenceTitle(a)}: open`}>{absenceWhen(a)}</Anchor>
              {a.approvedPayNote && <Text size="xs" c="dark.6">Not in the approved pay: open it to see why.</Text>}
            </Table.Td>
            <Table.Td>{a.type.name}</Table.Td>
            <Table.Td>{daysNumber(a.daysLost)}</Table.Td>
            <Table.Td style={a.certification === 'self' ? NO_WRAP : undefined}>
              {a.fitNoteNeeded
                ? <Badge variant="light" color="orange" c="dark.8" tt="none" radius="sm" style={NO_SHRINK}>{certificateWords(a)}</Badge>
                : certificateWords(a)}
            </Table.Td>
            <Table.Td>
              {a.rtwToChase
                ? <Badge variant="light" color="blue" c="dark.8" tt="none" radius="sm" style={NO_SHRINK}>{returnToWorkWords(a)}</Badge>
                : returnToWorkWords(a)}
            </Table.Td>
            <Table.Td>{a.reason}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
