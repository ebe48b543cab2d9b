// One pay period: what needs fixing, what it comes to, and the one thing to do next (approve a draft,
// export an approved period). Reopening is offered apart, as a secondary step.
import { Alert, Anchor, Divider, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { PeriodDetail } from '../../../../shared/contract/payroll';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatPounds } from '../../../../shared/domain/pay/rounding';
import { usePayPeriod } from '../../api/payroll';
import { ApproveForm } from './ApproveForm';
import { ExportForm } from './ExportForm';
import { PeriodChecklist } from './PeriodChecklist';
import { PeriodHistory } from './PeriodHistory';
import { ReopenForm } from './ReopenForm';
import { StatusBadge } from './StatusBadge';
import { useYourName } from './yourName';
import { decimalHours, periodDates, periodName } from './words';

export function PeriodPage() {
  const { key = '' } = useParams();
  return <PeriodView key={key} periodKey={key} />;
}

export function PeriodView({ periodKey }: { periodKey: string }) {
  const period = usePayPeriod(periodKey);
  // Typed once, offered again to the next action on this page and on every period until the office locks.
  const [name, setName] = useYourName();
  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/payroll" size="sm">All pay periods</Anchor>
      {period.isPending && <Loader aria-label="Loading the pay period" />}
      {period.isError && <Alert color="red" role="alert" title="This pay period cannot be shown">{period.error.message}</Alert>}
      {period.data && <PeriodBody detail={period.data} name={name} onNameChange={setName} />}
    </Stack>
  );
}

function PeriodBody({ detail, name, onNameChange }: { detail: PeriodDetail; name: string; onNameChange: (n: string) => void }) {
  const draft = detail.status === 'draft';
  return (
    <>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1}>Pay period: {periodName(detail.key)}</Title>
          <StatusBadge status={detail.status} testId="period-status" />
        </Group>
        <Text>{periodDates(detail)}, paid on {formatUkDate(detail.payDate)}</Text>
      </Stack>
      <PeriodChecklist items={detail.checklist} status={detail.status} />
      <Totals detail={detail} />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="sm">
          <Title order={2}>{draft ? 'Approve this period' : 'Export for payroll'}</Title>
          {draft
            ? <ApproveForm detail={detail} name={name} onNameChange={onNameChange} />
            : <ExportForm detail={detail} name={name} onNameChange={onNameChange} />}
        </Stack>
      </Paper>
      <Text size="sm">
        <Anchor component={Link} to={`/payroll/${detail.key}/sign-off`} underline="always">Print timesheet sign-off sheets</Anchor>
        {' '}(one A4 page for each person who worked, to sign)
      </Text>
      {!draft && (
        <>
          <Divider />
          <Stack gap="xs">
            <Title order={2}>Reopen this period</Title>
            <ReopenForm detail={detail} name={name} onNameChange={onNameChange} />
          </Stack>
        </>
      )}
      <PeriodHistory events={detail.events} />
    </>
  );
}

function Totals({ detail }: { detail: PeriodDetail }) {
  const figures: [string, string, string][] = [
    ['Sessions worked', String(detail.workedSessions), 'total-sessions'],
    ['People', String(detail.people), 'total-people'],
    ['Hours worked', decimalHours(detail.workedMinutes), 'total-hours'],
    ['Gross pay', formatPounds(detail.totalPence), 'total-pay'],
  ];
  return (
    <Stack gap="xs">
      <Title order={2}>Totals</Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
        {figures.map(([label, value, id]) => (
          <Paper key={label} withBorder p="sm" radius="md">
            <Text component="dt" size="sm" c="gray.7">{label}</Text>
            <Text component="dd" m={0} fz="xl" fw={600} data-testid={id}>{value}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="xs" c="gray.7">Gross pay is before tax and National Insurance: hours, mileage and any rolled-up holiday pay, as the payroll files will carry it.</Text>
    </Stack>
  );
}
