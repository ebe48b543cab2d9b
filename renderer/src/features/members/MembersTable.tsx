// The members list as a table with sortable columns. Headers are buttons and say how they sort.
// Only the rows in view are drawn (TanStack Virtual): the list redraws on every key press in the
// search box, and drawing thousands of rows each time would be a visible pause.
import { Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { MemberRow, MemberSearch } from '../../../../shared/contract/members';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatMemberNumber } from '../../../../shared/domain/members';

type SortBy = NonNullable<MemberSearch['sort']>;
interface Sort { by: SortBy; direction: 'asc' | 'desc' }

const COLUMNS: { key: SortBy | null; label: string; width: string }[] = [
  { key: 'memberNumber', label: 'Number', width: '96px' },
  { key: 'name', label: 'Name', width: '22%' },
  { key: null, label: 'Roles', width: '18%' },
  { key: 'status', label: 'Status', width: '96px' },
  { key: 'locality', label: 'Locality', width: '15%' },
  { key: 'postcode', label: 'Postcode', width: '104px' },
  { key: null, label: 'Phone', width: '136px' },
  { key: 'joinedOn', label: 'Joined', width: '112px' },
];

const ROW_HEIGHT = 37;

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: Sort; onSort: (s: Sort) => void }) {
  if (!column.key) return <th scope="col" style={{ width: column.width }}>{column.label}</th>;
  const active = sort.by === column.key;
  const key = column.key;
  return (
    <th scope="col" style={{ width: column.width }} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort({ by: key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })} fw={700} fz="sm">
        {column.label} <span aria-hidden="true">{active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}</span>
      </UnstyledButton>
    </th>
  );
}

const MemberRowView = memo(function MemberRowView({ row: r, index, onOpen }: { row: MemberRow; index: number; onOpen: (to: string) => void }) {
  return (
    <tr className="member-row" aria-rowindex={index + 2} onClick={() => onOpen(`/members/${r.id}`)}>
      <td>{formatMemberNumber(r.memberNumber)}</td>
      <td>
        {/* A real link, so the row opens from the keyboard too. */}
        <a href={`#/members/${r.id}`} onClick={(e) => e.stopPropagation()} title={r.name}>{r.name}</a>
      </td>
      <td title={r.roles.join(', ')}>{r.roles.join(', ')}</td>
      <td><span className={`status status-${r.status}`}>{r.status}</span></td>
      <td title={r.locality}>{r.locality}</td>
      <td>{r.postcode}</td>
      <td>{r.phone}</td>
      <td>{formatUkDate(r.joinedOn)}</td>
    </tr>
  );
});

export const MembersTable = memo(function MembersTable({ rows, sort, onSort }: { rows: MemberRow[]; sort: Sort; onSort: (s: Sort) => void }) {
  const navigate = useNavigate();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12, initialRect: { width: 1200, height: 700 } });
  if (rows.length === 0) return <Text py="xl">Nobody matches. Check the spelling, or clear the filters.</Text>;
  const items = virtual.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div ref={scroller} className="members-scroller" tabIndex={0} role="region" aria-label="Members list, scrollable">
      <table className="members-table" aria-label="Members" aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => <SortHeader key={c.label} column={c} sort={sort} onSort={onSort} />)}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => <MemberRowView key={rows[item.index]!.id} row={rows[item.index]!} index={item.index} onOpen={navigate} />)}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
});
