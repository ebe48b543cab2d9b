// The members list as a table with sortable columns. Headers are buttons and say how they sort.
import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useNavigate } from 'react-router';
import type { MemberRow, MemberSearch } from '../../../../shared/contract/members';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatMemberNumber } from '../../../../shared/domain/members';

type SortBy = NonNullable<MemberSearch['sort']>;
interface Sort { by: SortBy; direction: 'asc' | 'desc' }

const COLUMNS: { key: SortBy | null; label: string }[] = [
  { key: 'memberNumber', label: 'Number' },
  { key: 'name', label: 'Name' },
  { key: null, label: 'Roles' },
  { key: 'status', label: 'Status' },
  { key: 'locality', label: 'Locality' },
  { key: 'postcode', label: 'Postcode' },
  { key: null, label: 'Phone' },
  { key: 'joinedOn', label: 'Joined' },
];

const STATUS_COLOUR = { active: 'teal', lapsed: 'yellow', left: 'gray' } as const;

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: Sort; onSort: (s: Sort) => void }) {
  if (!column.key) return <Table.Th scope="col">{column.label}</Table.Th>;
  const active = sort.by === column.key;
  const key = column.key;
  return (
    <Table.Th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort({ by: key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
        fw={700}
        fz="sm"
      >
        {column.label} {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}

export const MembersTable = memo(function MembersTable({ rows, sort, onSort }: { rows: MemberRow[]; sort: Sort; onSort: (s: Sort) => void }) {
  const navigate = useNavigate();
  if (rows.length === 0) return <Text py="xl">Nobody matches. Check the spelling, or clear the filters.</Text>;
  return (
    <Table striped highlightOnHover stickyHeader verticalSpacing="xs" aria-label="Members">
      <Table.Thead>
        <Table.Tr>
          {COLUMNS.map((c) => <SortHeader key={c.label} column={c} sort={sort} onSort={onSort} />)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id} onClick={() => navigate(`/members/${r.id}`)} style={{ cursor: 'pointer' }}>
            <Table.Td>{formatMemberNumber(r.memberNumber)}</Table.Td>
            <Table.Td>
              {/* A real link, so the row opens from the keyboard too. */}
              <a href={`#/members/${r.id}`} onClick={(e) => e.stopPropagation()}>{r.name}</a>
            </Table.Td>
            <Table.Td>{r.roles.join(', ')}</Table.Td>
            <Table.Td><Badge color={STATUS_COLOUR[r.status]} variant="light" c="dark.8">{r.status}</Badge></Table.Td>
            <Table.Td>{r.locality}</Table.Td>
            <Table.Td>{r.postcode}</Table.Td>
            <Table.Td>{r.phone}</Table.Td>
            <Table.Td>{formatUkDate(r.joinedOn)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
});
