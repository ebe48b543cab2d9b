// Timesheet sign-off sheets: one A4 page for each person who worked in the period, made from the same
// calculation as the payroll files. Print prints the page in view (Ctrl+P does too, in the desktop app).
import './print.css';
import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatUkDate, londonToday } from '../../../../shared/domain/dates';
import { usePayrollModel } from '../../api/payroll';
import { periodName } from './words';
import { WorkerSheet, workersOf } from './WorkerSheet';

export function SignOffPage() {
  const { key = '' } = useParams();
  const model = usePayrollModel(key);
  const printedOn = formatUkDate(londonToday(new Date()));
  const workers = model.data ? workersOf(model.data) : [];
  return (
    <Stack gap="md">
      <Stack gap="xs" className="no-print">
        <Anchor component={Link} to={`/payroll/${key}`} size="sm">Back to the pay period</Anchor>
        <Title order={1}>Timesheet sign-off sheets{model.data ? `: ${periodName(model.data.period.key)}` : ''}</Title>
        {workers.length > 0 && (
          <Group gap="md">
            <Button onClick={() => window.print()}>Print</Button>
            <Text size="sm">{workers.length} {workers.length === 1 ? 'sheet' : 'sheets'}, one A4 page for each person who worked.</Text>
          </Group>
        )}
        {model.data?.period.status === 'draft' && workers.length > 0 && (
          <Text size="sm">This period is still a draft: the sheets say so. Sign them once the hours are right, then approve the period.</Text>
        )}
      </Stack>
      {model.isPending && <Loader aria-label="Loading the timesheets" />}
      {model.isError && <Alert color="red" role="alert">{model.error.message}</Alert>}
      {model.data && workers.length === 0 && <Text>No sessions were worked in this period, so there is nothing to sign.</Text>}
      {model.data && workers.length > 0 && (
        <div className="paper">
          {workers.map((w, i) => (
            <WorkerSheet key={w.staffId} model={model.data} worker={w} sheet={i + 1} of={workers.length} printedOn={printedOn} />
          ))}
        </div>
      )}
    </Stack>
  );
}
