// The office's settings: its name, where the database lives, and the lists people choose from.
import { Alert, Button, Code, Fieldset, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { OfficeSettings } from '../../../../shared/contract/office';
import { errorOf } from '../../api/client';
import { useLeaveDemo, useOfficeSettings, useUpdateSettings } from '../../api/office';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { DatedRatesEditor } from './DatedRatesEditor';
import { ListEditor } from './ListEditor';
import { PlacesEditor } from './PlacesEditor';
import { PayElementsEditor } from './PayElementsEditor';
import { PayScheduleEditor } from './PayScheduleEditor';
import { SupervisionSettingsForm } from '../supervision/SupervisionSettingsForm';
import { AbsenceSettings } from '../absence/AbsenceSettings';
import { PassphraseAndLocking } from '../security/PassphraseAndLocking';
import { BackupsSection } from '../backup/BackupsSection';
import { AuditLogSection } from '../audit/AuditLogSection';

function LeaveDemo() {
  const leave = useLeaveDemo();
  return (
    <Alert color="grape" variant="light" title="This is the demo office">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">Every person in it is made up. When you are ready, leave the demo to create your own office database.</Text>
        <Button variant="default" onClick={() => leave.mutate()} loading={leave.isPending}>Leave the demo and set up my office</Button>
      </Stack>
    </Alert>
  );
}

export function SettingsPage() {
  const settings = useOfficeSettings();
  if (!settings.data) return <Loader aria-label="Loading" />;
  return <SettingsForm key={settings.data.officeName} settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: OfficeSettings }) {
  const { rename } = useUpdateSettings();
  const [name, setName] = useState(settings.officeName);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    rename.mutate({ officeName: name });
  };
  const problem = rename.error ? errorOf(rename.error) : null;
  return (
    <Stack gap="lg" maw={860}>
      <Title order={1}>Settings</Title>
      <Fieldset legend="Where your records are kept">
        <Stack gap="xs">
          <Text size="sm">The office database is this file, encrypted. The file beside it ending in <Code>.keys.json</Code> holds its locked keys: keep the two together when you back up.</Text>
          <Code block data-testid="database-path">{settings.databasePath}</Code>
          {settings.isDemo && <LeaveDemo />}
        </Stack>
      </Fieldset>
      <form onSubmit={submit} noValidate>
        <Fieldset legend="Your organisation">
          <Stack>
            <ErrorSummary message={problem?.message ?? null} fields={problem?.fields} />
            {rename.isSuccess && <Alert color="teal" variant="light" role="status">Name saved.</Alert>}
            <TextInput id={fieldId('officeName')} label="Name of your organisation" value={name} onChange={(e) => setName(e.currentTarget.value)} error={problem?.fields?.['officeName']} w={420} />
            <Group><Button type="submit" loading={rename.isPending}>Save the name</Button></Group>
          </Stack>
        </Fieldset>
      </form>
      <PassphraseAndLocking />
      <BackupsSection />
      <AuditLogSection />
      <ListEditor kind="localities" legend="Localities" description="The areas of West Sussex your members live in." items={settings.localities} />
      <ListEditor kind="involvements" legend="Kinds of involvement" description="Groups, training, consultancy, the patients' council, campaigns and anything else people take part in." items={settings.involvements} />
      <ListEditor kind="jobRoles" legend="Job roles" description="The roles staff are employed in." items={settings.jobRoles} />
      <ListEditor kind="adviceServices" legend="Benefits advice services" description="Where people are referred for benefits advice." items={settings.adviceServices} />
      <PlacesEditor />
      <DatedRatesEditor kind="minimum-wage" description="The National Minimum and Living Wage an hour, by age. Pay rates below them are flagged on staff records. Add a row when the rates change (usually 1 April)." />
      <DatedRatesEditor kind="permitted-work" description="The weekly limits for people doing permitted work alongside their benefits. Add a row when they change (usually April)." />
      <PayScheduleEditor />
      <PayElementsEditor />
      <SupervisionSettingsForm />
      <AbsenceSettings />
    </Stack>
  );
}
