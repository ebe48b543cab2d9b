// Settings, "Your organisation": where the office's records are kept (and, in the demo, the way out of
// it) and the organisation's name. The first Settings page, so the database's place is one click away.
import { Alert, Anchor, Button, Code, Fieldset, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { OfficeSettings } from '../../../../shared/contract/office';
import { errorOf } from '../../api/client';
import { useLeaveDemo, useOfficeSettings, useUpdateSettings } from '../../api/office';
import { Done } from '../../components/Done';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { SettingsSection } from './SettingsSection';
import { SETTINGS_PATHS } from './settingsPaths';

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

type Rename = ReturnType<typeof useUpdateSettings>['rename'];

export function OrganisationSettings() {
  const settings = useOfficeSettings();
  // Held here, not in the form: the form starts again after a save, and "Name saved." must outlive that.
  const { rename } = useUpdateSettings();
  if (settings.isError) return <Alert color="red" role="alert">{settings.error.message}</Alert>;
  if (!settings.data) return <Loader aria-label="Loading" />;
  // Keyed by the saved name: after a save the form starts again from what the office now holds.
  return <OrganisationForm key={settings.data.officeName} settings={settings.data} rename={rename} />;
}

function OrganisationForm({ settings, rename }: { settings: OfficeSettings; rename: Rename }) {
  const [name, setName] = useState(settings.officeName);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    rename.mutate({ officeName: name });
  };
  const problem = rename.error ? errorOf(rename.error) : null;
  return (
    <SettingsSection title="Your organisation">
      <Fieldset legend="Where your records are kept">
        <Stack gap="xs">
          <Text size="sm">
            The office database is this file, encrypted. The file beside it ending in <Code>.keys.json</Code> holds its locked keys: if you
            ever move the database, keep the two together. Peer Office backs them up itself: see <Anchor component={Link} to={SETTINGS_PATHS.backups} underline="always">Backups</Anchor>.
          </Text>
          <Code block data-testid="database-path">{settings.databasePath}</Code>
          {settings.isDemo && <LeaveDemo />}
        </Stack>
      </Fieldset>
      <form onSubmit={submit} noValidate>
        <Fieldset legend="Name">
          <Stack>
            <ErrorSummary message={problem?.message ?? null} fields={problem?.fields} />
            {rename.isSuccess && name === settings.officeName && <Done>Name saved.</Done>}
            <TextInput id={fieldId('officeName')} label="Name of your organisation" description="Shown at the top of every screen and on printouts." value={name} onChange={(e) => setName(e.currentTarget.value)} error={problem?.fields?.['officeName']} w={420} />
            <Group><Button type="submit" loading={rename.isPending}>Save the name</Button></Group>
          </Stack>
        </Fieldset>
      </form>
    </SettingsSection>
  );
}
