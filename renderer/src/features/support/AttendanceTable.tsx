// Everyone on a session's list with whether they came, changed one person at a time, and a way to take
// off someone invited by mistake. Who attended (or did not) can only be recorded from the day itself.
import { Button, NativeSelect, Table, Text } from '@mantine/core';
import { SUPPORT_ATTENDANCE, type SupportAttendanceStatus, type SupportSession } from '../../../../shared/contract/supervision';
import { formatUkDate } from '../../../../shared/domain/dates';
import { problemOf } from '../../api/client';
import { useSupportWrite } from '../../api/support';
import { attendanceLabel } from './supportWords';

const ON_THE_DAY: readonly SupportAttendanceStatus[] = ['attended', 'did-not-attend'];

export function AttendanceTable({ session, today }: { session: SupportSession; today: string }) {
  const mark = useSupportWrite('support:setAttendance');
  const remove = useSupportWrite('support:uninvite');
  const before = session.date > today;
  const problem = mark.error ?? remove.error;
  // Which row is being saved: the others stay usable.
  const busyId = mark.isPending ? mark.variables?.staffId : remove.isPending ? remove.variables?.staffId : undefined;

  if (session.attendees.length === 0) return <Text size="sm">Nobody is invited yet: invite people below.</Text>;
  const optionsFor = (current: SupportAttendanceStatus) =>
    SUPPORT_ATTENDANCE.filter((s) => !before || !ON_THE_DAY.includes(s) || s === current).map((s) => ({ value: s, label: attendanceLabel(s) }));

  return (
    <>
      {before && <Text size="sm" mb="xs">Who attended can be recorded from the day of the session, {formatUkDate(session.date)}. Until then, mark anyone who has sent apologies.</Text>}
      {problem && <Text size="sm" c="red.9" role="alert" mb="xs">{problemOf(problem).message}</Text>}
      <Table aria-label="Who is invited" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Attendance</Table.Th>
            <Table.Th scope="col"><span className="visually-hidden">Remove</span></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {session.attendees.map((a) => (
            <Table.Tr key={a.staffId}>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={`Attendance: ${a.name}`}
                  value={a.status}
                  disabled={busyId === a.staffId}
                  onChange={(e) => mark.mutate({ id: session.id, staffId: a.staffId, status: e.currentTarget.value as SupportAttendanceStatus })}
                  data={optionsFor(a.status)}
                  w={200}
                />
              </Table.Td>
              <Table.Td>
                {a.status !== 'attended' && (
                  <Button variant="subtle" size="compact-sm" color="gray" c="dark.7" loading={remove.isPending && busyId === a.staffId}
                    onClick={() => remove.mutate({ id: session.id, staffId: a.staffId })} aria-label={`Remove ${a.name} from the list`}>
                    Remove
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
