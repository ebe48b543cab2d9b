// The rota as one table, grouped by day (a week) or by week (a month), one row a session. Each session
// carries its status in words, "Locked" when its pay period is closed, and the warnings about it.
import { Anchor, Badge, Button, Group, List, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { RotaSession, RotaWarning } from '../../../../shared/contract/rota';
import { shortDay } from './rotaRange';
import { sessionWords, STATUS_COLOURS, STATUS_WORDS, timeWords } from './sessionWords';

export interface RotaGroup {
  key: string;
  heading: string;
  sessions: RotaSession[];
  /** A link to book a session on this group's day (week view only). */
  bookHref?: string;
  bookLabel?: string;
}

interface Props {
  label: string;
  groups: RotaGroup[];
  showDay: boolean;
  warnings: Map<number, RotaWarning[]>;
  hrefFor: (sessionId: number) => string;
  /** Planned sessions that have ended: the rows that offer "Mark worked" and "Cancelled". */
  isOverdue: (s: RotaSession) => boolean;
  busy: boolean;
  onMarkWorked: (s: RotaSession) => void;
  onMarkCancelled: (s: RotaSession) => void;
}

const HEADINGS = ['Time', 'Person', 'Place', 'Activity', 'Status'];
const NO_WRAP = { whiteSpace: 'nowrap' } as const;
// A badge shrunk by a crowded row would cut its word short ("Wo..."): the status must read whole.
const NO_SHRINK = { flexShrink: 0, overflow: 'visible' } as const;

export function RotaTable({ label, groups, showDay, warnings, hrefFor, isOverdue, busy, onMarkWorked, onMarkCancelled }: Props) {
  const columns = HEADINGS.length + (showDay ? 2 : 1);
  return (
    <Table aria-label={label} verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          {showDay && <Table.Th scope="col">Day</Table.Th>}
          {HEADINGS.map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}
          <Table.Th scope="col"><span className="visually-hidden">Quick actions</span></Table.Th>
        </Table.Tr>
      </Table.Thead>
      {groups.map((g) => (
        <Table.Tbody key={g.key}>
          <Table.Tr bg="gray.1">
            <Table.Th scope="colgroup" colSpan={columns}>
              <Group justify="space-between">
                <span>{g.heading}</span>
                {g.bookHref && <Anchor component={Link} to={g.bookHref} size="sm" fw={400} aria-label={g.bookLabel}>Book on this day</Anchor>}
              </Group>
            </Table.Th>
          </Table.Tr>
          {g.sessions.length === 0 && (
            <Table.Tr><Table.Td colSpan={columns}><Text size="sm" c="gray.7">Nothing booked.</Text></Table.Td></Table.Tr>
          )}
          {g.sessions.map((s) => {
            const mine = warnings.get(s.id) ?? [];
            return (
              <Fragment key={s.id}>
                <Table.Tr data-testid={`session-${s.id}`}>
                  {showDay && <Table.Td style={NO_WRAP}>{shortDay(s.date)}</Table.Td>}
                  <Table.Td style={NO_WRAP}><Anchor component={Link} to={hrefFor(s.id)} aria-label={`${timeWords(s)}, ${s.name}: open the session`}>{timeWords(s)}</Anchor></Table.Td>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{s.placeLabel}</Table.Td>
                  <Table.Td>{s.elementName}</Table.Td>
                  <Table.Td miw={190}>
                    <Group gap={6}>
                      <Badge variant="light" color={STATUS_COLOURS[s.status]} c="dark.8" tt="none" style={NO_SHRINK}>{STATUS_WORDS[s.status]}</Badge>
                      {s.locked && <Text span size="sm" fw={600}><span aria-hidden="true">🔒 </span>Locked</Text>}
                      {mine.length > 0 && <Badge variant="light" color="yellow" c="dark.8" tt="none" style={NO_SHRINK}><span aria-hidden="true">⚠ </span>{mine.length === 1 ? '1 warning' : `${mine.length} warnings`}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {isOverdue(s) && !s.locked && (
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="light" disabled={busy} onClick={() => onMarkWorked(s)} aria-label={`Mark worked: ${sessionWords(s)}`}>Mark worked</Button>
                        <Button size="compact-xs" variant="subtle" disabled={busy} onClick={() => onMarkCancelled(s)} aria-label={`Cancelled: ${sessionWords(s)}`}>Cancelled…</Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
                {mine.length > 0 && (
                  // Beside the session, on a line of its own: the backend's full words would squeeze a column.
                  <Table.Tr data-testid={`session-${s.id}-warnings`} bg="yellow.0">
                    <Table.Td colSpan={columns} pl="xl">
                      <List size="sm" spacing={2}>
                        {mine.map((w) => <List.Item key={`${w.kind}:${w.message}`}>{w.message}</List.Item>)}
                      </List>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      ))}
    </Table>
  );
}
