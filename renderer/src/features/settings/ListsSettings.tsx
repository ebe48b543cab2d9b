// Settings, "Lists and places": the lists people choose from on members', staff and referral forms, and
// the places sessions happen in.
import { Alert, Loader } from '@mantine/core';
import { useOfficeSettings } from '../../api/office';
import { ListEditor } from './ListEditor';
import { PlacesEditor } from './PlacesEditor';
import { SettingsSection } from './SettingsSection';

export function ListsSettings() {
  const settings = useOfficeSettings();
  return (
    <SettingsSection title="Lists and places" intro="The choices offered on members’ records, staff records, referrals and sessions.">
      {settings.isError && <Alert color="red" role="alert">{settings.error.message}</Alert>}
      {settings.isPending && <Loader aria-label="Loading the lists" />}
      {settings.data && (
        <>
          <ListEditor kind="localities" legend="Localities" description="The areas of West Sussex your members live in." items={settings.data.localities} />
          <ListEditor kind="involvements" legend="Kinds of involvement" description="Groups, training, consultancy, the patients' council, campaigns and anything else people take part in." items={settings.data.involvements} />
          <ListEditor kind="jobRoles" legend="Job roles" description="The roles staff are employed in." items={settings.data.jobRoles} />
          <ListEditor kind="adviceServices" legend="Benefits advice services" description="Where people are referred for benefits advice." items={settings.data.adviceServices} />
        </>
      )}
      <PlacesEditor />
    </SettingsSection>
  );
}
