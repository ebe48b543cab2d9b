// Inviting people to a session: everyone employed on its day who is not on the list yet, ticked one by
// one or all at once. Inviting twice is harmless (the backend keeps whoever is already on the list).
import { Button, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { StaffRow } from '../../../../shared/contract/staff';
import type { SupportSession } from '../../../../shared/contract/supervision';
import { formatUkDate } from '../../../../shared/domain/dates';
import { problemOf } from '../../api/client';
import { useSupportWrite } from '../../api/support';
import { fieldId } from '../../components/ErrorSummary';

/** Employed on the day: started by then and not left before it. The backend refuses anyone else. */
export const employedOn = (s: Pick<StaffRow, 'startDate' | 'endDate'>, date: string): boolean => s.startDate <= date && (!s.endDate || s.endDate >= date);

export function InvitePeople({ session, staff }: { session: SupportSession; staff: StaffRow[] }) {
  const invite = useSupportWrite('support:invite');
  const [ticked, setTicked] = useState<string[]>([]);
  const onList = new Set(session.attendees.map((a) => a.staffId));
  const invitable = staff.filter((s) => employedOn(s, session.date) && !onList.has(s.staffId));
  const send = (staffIds: number[]) => invite.mutate({ id: session.id, staffIds }, { onSuccess: () => setTicked([]) });
  const chosen = ticked.map(Number).filter((id) => invitable.some((s) => s.staffId === id));

  if (invitable.length === 0) {
    return <Text size="sm">Everyone employed on {formatUkDate(session.date)} is on the list.</Text>;
  }
  return (
    <Stack gap="sm">
      {invite.error && <Text size="sm" c="red.9" role="alert">{problemOf(invite.error).message}</Text>}
      <Group>
        <Button onClick={() => send(invitable.map((s) => s.staffId))} loading={invite.isPending && invite.variables?.staffIds.length === invitable.length}>
          Invite everyone current ({invitable.length})
        </Button>
      </Group>
      <Checkbox.Group id={fieldId('staffIds')} label="Or choose people to invite" description={`Everyone employed on ${formatUkDate(session.date)} who is not on the list yet`} value={ticked} onChange={setTicked}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt="xs">
          {invitable.map((s) => <Checkbox key={s.staffId} value={String(s.staffId)} label={s.name} />)}
        </SimpleGrid>
      </Checkbox.Group>
      <Group>
        <Button variant="default" disabled={chosen.length === 0} loading={invite.isPending && invite.variables?.staffIds.length !== invitable.length} onClick={() => send(chosen)}>
          {chosen.length === 0 ? 'Invite the people ticked' : `Invite the ${chosen.length === 1 ? 'person' : `${chosen.length} people`} ticked`}
        </Button>
      </Group>
    </Stack>
  );
}
