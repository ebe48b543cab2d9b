// The backups in every folder that can be reached, newest first, with when, what kind, how big, where,
// and whether the check after writing passed (in words as well as colour).
import { Badge, Table, Text } from '@mantine/core';
import type { BackupFile } from '../../../../shared/contract/backup';
import { formatUkDate } from '../../../../shared/domain/dates';
import { FOLDER_WORDS, formatSize, REASON_WORDS } from './words';

export function BackupTable({ backups }: { backups: BackupFile[] }) {
  if (backups.length === 0) return <Text size="sm" data-testid="no-backups">There are no backups yet. Make one with “Back up now”.</Text>;
  return (
    <Table.ScrollContainer minWidth={600} maxHeight={420}>
      <Table striped withTableBorder stickyHeader data-testid="backup-list">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Backups, newest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Made</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col" ta="right">Size</Table.Th>
            <Table.Th scope="col">Where</Table.Th>
            <Table.Th scope="col">Check</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((b) => (
            <Table.Tr key={b.path}>
              <Table.Td>{formatUkDate(b.date)} at {b.time}</Table.Td>
              <Table.Td>{REASON_WORDS[b.reason]}</Table.Td>
              <Table.Td ta="right">{formatSize(b.sizeBytes)}</Table.Td>
              <Table.Td title={b.path}>{FOLDER_WORDS[b.folder]}</Table.Td>
              <Table.Td>
                {b.check === 'verified'
                  ? <Badge color="teal" variant="light" c="dark.8" tt="none" radius="sm">Checked</Badge>
                  : <Badge color="red" variant="light" c="dark.8" tt="none" radius="sm">Failed its check: do not use</Badge>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
