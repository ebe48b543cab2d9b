// The problems in a pay period, blocking ones first, each a link to where it is put right: the session
// on the rota, or the person's record (staff record, pay rates) for their pay or when no session is at fault.
import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ChecklistItem, ChecklistKind } from '../../../../shared/contract/payroll';
import type { PeriodStatus } from '../../../../shared/contract/payroll-model';

// A missing or low pay rate names a session but is put right on the person's record, where their rates are.
const FIXED_ON_RECORD: ReadonlySet<ChecklistKind> = new Set(['no-rate', 'below-minimum-wage', 'no-age-for-minimum-wage']);
// Done in Sage itself (entering the SSP days in its sickness screen): nothing in the app to go to.
const DONE_IN_PAYROLL: ReadonlySet<ChecklistKind> = new Set(['ssp-days-for-sage']);

export function fixLink(item: ChecklistItem): { to: string; where: string } | null {
  if (DONE_IN_PAYROLL.has(item.kind)) return null;
  // A fit note is recorded with the absence, on the Absence panel of their staff record.
  if (item.kind === 'fit-note-needed' && item.personId !== undefined) return { to: `/members/${item.personId}?section=absence`, where: 'on their staff record' };
  const onRecord = item.personId !== undefined ? { to: `/members/${item.personId}`, where: 'on their staff record' } : null;
  if (FIXED_ON_RECORD.has(item.kind) && onRecord) return onRecord;
  if (item.sessionId !== undefined && item.date) return { to: `/rota?date=${item.date}&session=${item.sessionId}`, where: 'on the rota' };
  return onRecord;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Things merely to check are shown a few at a time, so a long list does not bury the period's action. */
const CHECKS_SHOWN = 5;

export function PeriodChecklist({ items, status }: { items: readonly ChecklistItem[]; status: PeriodStatus }) {
  const [showAll, setShowAll] = useState(false);
  // The backend sorts blocking first; sorting again keeps that promise whatever it sends.
  const sorted = [...items].sort((a, b) => Number(b.blocking) - Number(a.blocking));
  const blocking = items.filter((i) => i.blocking).length;
  const toCheck = items.length - blocking;
  const shown = showAll ? sorted : sorted.slice(0, blocking + CHECKS_SHOWN);
  const step = status === 'draft' ? 'approved' : 'exported';
  return (
    <Stack gap="xs">
      <Title order={2}>Checklist</Title>
      {items.length === 0 ? (
        <Text data-testid="checklist-clear">Nothing to fix: every worked session has a pay rate and nothing clashes.</Text>
      ) : (
        <>
          <Text size="sm" data-testid="checklist-count">
            {blocking > 0 ? `${count(blocking, 'problem', 'problems')} to fix before the period can be ${step}` : `Nothing stops the period being ${step}`}
            {toCheck > 0 ? `; ${count(toCheck, 'thing', 'things')} to check.` : '.'}
          </Text>
          <List spacing="xs" aria-label="Checklist" listStyleType="none" ml={0} pl={0}>
            {shown.map((item, i) => {
              const link = fixLink(item);
              return (
                <List.Item key={i}>
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <Badge variant="light" color={item.blocking ? 'red' : 'yellow'} c="dark.8" tt="none" radius="sm" miw={96} mt={2}>
                      {item.blocking ? 'Must fix' : 'To check'}
                    </Badge>
                    <Text size="sm">
                      {link ? <Anchor component={Link} to={link.to} underline="always">{item.message}</Anchor> : item.message}
                      {link && <Text span size="xs" c="gray.7"> (fix it {link.where})</Text>}
                    </Text>
                  </Group>
                </List.Item>
              );
            })}
          </List>
          {shown.length < sorted.length && (
            <div><Button variant="subtle" size="compact-sm" onClick={() => setShowAll(true)}>Show {count(sorted.length - shown.length, 'more thing', 'more things')} to check</Button></div>
          )}
        </>
      )}
    </Stack>
  );
}
