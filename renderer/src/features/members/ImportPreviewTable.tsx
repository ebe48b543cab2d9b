// Every row of the file with what will happen to it: imported, left out as a duplicate, or a problem to fix.
import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import { IMPORT_FIELD_LABELS, type ImportField, type ImportPreview } from '../../../../shared/contract/transfer';
import { formatMemberNumber } from '../../../../shared/domain/members';
import { formatUkDate, parseUkDate } from '../../../../shared/domain/dates';

const SHOWN_FIELDS: ImportField[] = ['firstName', 'lastName', 'postcode', 'email', 'phone', 'joinedOn', 'status'];
const DATE_FIELDS: ImportField[] = ['joinedOn', 'dateOfBirth', 'leftOn'];

/** Dates read from Excel cells and dates typed as text both show the UK way; anything else as it is. */
const shown = (field: ImportField, value: string) => (DATE_FIELDS.includes(field) ? formatUkDate(parseUkDate(value) ?? '') || value : value);

export function ImportPreviewTable({ preview, skipDuplicates }: { preview: ImportPreview; skipDuplicates: boolean }) {
  return (
    <ScrollArea.Autosize mah={520} type="auto">
      <Table striped stickyHeader aria-label="Rows in the file">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            {SHOWN_FIELDS.map((f) => <Table.Th scope="col" key={f}>{IMPORT_FIELD_LABELS[f]}</Table.Th>)}
            <Table.Th scope="col">What will happen</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td>{row.rowNumber}</Table.Td>
              {SHOWN_FIELDS.map((f) => <Table.Td key={f}>{shown(f, row.values[f] ?? '')}</Table.Td>)}
              <Table.Td>
                {row.errors.length > 0 ? (
                  <>
                    <Badge color="red" variant="light" c="red.9">Problem</Badge>
                    {row.errors.map((e, i) => (
                      <Text key={i} size="sm" c="red.9">{e.field === 'row' ? '' : `${IMPORT_FIELD_LABELS[e.field]}: `}{e.message}</Text>
                    ))}
                  </>
                ) : row.duplicateOf ? (
                  <>
                    <Badge color="yellow" variant="light" c="dark.8">{skipDuplicates ? 'Already on the register: left out' : 'Already on the register: added again'}</Badge>
                    <Text size="sm">Matches {formatMemberNumber(row.duplicateOf.memberNumber)} {row.duplicateOf.name}</Text>
                  </>
                ) : (
                  <Badge color="teal" variant="light" c="dark.8">Ready</Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
