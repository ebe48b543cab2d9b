// A person's weekly hours and earnings for their benefits adviser: choose the person and the dates, then
// download it as a workbook or print it. The choice lives in the address (?staffId=&from=&to=), so the
// link from a staff record opens the statement straight away.
import './print.css';
import { Alert, Anchor, Button, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { statementSchema } from '../../../../shared/contract/payroll';
import { formatUkDate, londonToday } from '../../../../shared/domain/dates';
import { addDays, mondayOf } from '../../../../shared/domain/pay/calendar';
import { errorOf, saveBase64File } from '../../api/client';
import { useStatement, useStatementFile } from '../../api/payroll';
import { useStaffList } from '../../api/staff';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { StatementTable } from './StatementTable';
import { FILE_TYPES } from './words';

/**
 * The last thirteen complete weeks (Monday thirteen weeks ago to last Sunday): a quarter, which covers the
 * 4-week averages an adviser asks about, and no week still under way that would read as a short week.
 */
export function defaultStatementDates(today: string): { from: string; to: string } {
  const thisMonday = mondayOf(today);
  return { from: addDays(thisMonday, -13 * 7), to: addDays(thisMonday, -1) };
}

export function StatementPage() {
  const today = londonToday(new Date());
  const [params, setParams] = useSearchParams();
  const defaults = defaultStatementDates(today);
  // An empty date in the address (?from=) means the default too, never a statement that cannot be made.
  const applied = { staffId: Number(params.get('staffId') ?? ''), from: params.get('from') || defaults.from, to: params.get('to') || defaults.to };
  const ready = statementSchema.safeParse(applied).success;
  const statement = useStatement(ready ? applied : null);
  const file = useStatementFile();
  const staff = useStaffList();
  const [staffId, setStaffId] = useState(applied.staffId ? String(applied.staffId) : '');
  const [from, setFrom] = useState(applied.from);
  const [to, setTo] = useState(applied.to);
  const { problem, submit } = useCheckedSubmit(statementSchema, (input) => setParams({ staffId: String(input.staffId), from: input.from, to: input.to }));
  const shown = problem ?? (statement.isError ? { message: errorOf(statement.error).message, fields: errorOf(statement.error).fields ?? {} } : null);
  const errors = shown?.fields ?? {};
  const download = () => {
    if (file.isPending) return;
    file.mutate(applied, { onSuccess: (f) => saveBase64File(f.fileName, f.contentBase64, FILE_TYPES.xlsx) });
  };

  return (
    <Stack gap="md" maw={1000}>
      <Stack gap="xs" className="no-print">
        <Anchor component={Link} to="/payroll" size="sm">Payroll</Anchor>
        <Title order={1}>Weekly hours and earnings statement</Title>
        <Text size="sm" maw={680}>For a person's benefits adviser or the Jobcentre: hours worked and gross pay for each Monday-to-Sunday week, with 4-week averages. For people on permitted work it shows the weeks over a limit.</Text>
        <Text size="sm" maw={680}>
          It counts the sessions marked worked on the rota. Planned sessions are not counted until they are marked worked, so the
          rota's permitted-work warnings, which count planned sessions too, can show more hours for a week that is not over yet.
        </Text>
        <form onSubmit={submit({ staffId: Number(staffId) || Number.NaN, from, to })} noValidate aria-label="Choose the person and dates">
          <ErrorSummary message={shown?.message ?? null} fields={errors} labels={{ staffId: 'Staff member', from: 'From', to: 'To' }} />
          <Group align="flex-start" wrap="wrap">
            <NativeSelect
              id={fieldId('staffId')}
              label="Staff member"
              description="Everyone on the staff, past and present"
              value={staffId}
              onChange={(e) => setStaffId(e.currentTarget.value)}
              error={errors['staffId']}
              data={[{ value: '', label: staff.isPending ? 'Loading…' : 'Choose a person' }, ...(staff.data ?? []).map((s) => ({ value: String(s.staffId), label: `${s.name}${s.worksNumber ? ` (${s.worksNumber})` : ''}${s.isCurrent ? '' : ', left'}` }))]}
              w={300}
            />
            <UkDateInput id={fieldId('from')} name="from" label="From" description={`For example, ${formatUkDate(defaults.from)}`} value={from} onChange={setFrom} error={errors['from']} w={170} />
            <UkDateInput id={fieldId('to')} name="to" label="To" description={`For example, ${formatUkDate(defaults.to)}`} value={to} onChange={setTo} error={errors['to']} w={170} />
            <Button type="submit" variant="default" mt={46}>Show the statement</Button>
          </Group>
        </form>
      </Stack>
      {statement.isFetching && !statement.data && <Loader aria-label="Loading the statement" />}
      {statement.data && (
        <>
          <Group gap="sm" className="no-print">
            <Button onClick={download} loading={file.isPending}>Download as Excel</Button>
            <Button variant="default" onClick={() => window.print()}>Print</Button>
          </Group>
          {file.isError && <Alert color="red" role="alert" className="no-print">{file.error.message} Nothing was saved; try again.</Alert>}
          <StatementTable statement={statement.data} today={today} />
        </>
      )}
    </Stack>
  );
}
