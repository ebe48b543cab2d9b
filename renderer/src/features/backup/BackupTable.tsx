// The backups in every folder that can be reached, newest first, with when, what kind, how big, where,
// and whether the check after writing passed (in words as well as colour).
import { Badge, Table, Text } from '@mantine/core';
import type { BackupFile } from '../../../../shared/contract/backup';
import { backupWhen, FOLDER_WORDS, formatSize, REASON_WORDS } from '../../../../shared/domain/backup-words';

// A badge squeezed by the file name beside it would cut its words short ("Check…"): they must read whole.
const WHOLE_WORDS = { root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } } as const;

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
              <Table.Td>{backupWhen(b)}</Table.Td>
              <Table.Td>{REASON_WORDS[b.reason]}</Table.Td>
              <Table.Td ta="right">{formatSize(b.sizeBytes)}</Table.Td>
              {/* The file's name in words on screen, not only on hover: it is what to look for in the folder (shown below). */}
              <Table.Td>
                <Text size="sm">{FOLDER_WORDS[b.folder]}</Text>
                <Text size="xs" c="dark.6" style={{ overflowWrap: 'anywhere' }}>{b.fileName}</Text>
              </Table.Td>
              <Table.Td>
                {b.check === 'verified'
                  ? <Badge color="teal" variant="light" c="dark.8" tt="none" radius="sm" styles={WHOLE_WORDS}>Checked</Badge>
                  : <Badge color="red" variant="light" c="dark.8" tt="none" radius="sm" styles={WHOLE_WORDS}>Failed its check: do not use</Badge>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
