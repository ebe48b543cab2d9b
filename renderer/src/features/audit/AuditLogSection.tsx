// Settings' way in to the audit log.
import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

export function AuditLogSection() {
  return (
    <Fieldset legend="Audit log">
      <Stack gap="xs">
        <Text size="sm">Who changed what, and when: every change, export, unlock, failed unlock, lock and restore. It can be filtered and exported to Excel, never edited.</Text>
        <Group><Button component={Link} to="/settings/audit-log" variant="default">Open the audit log</Button></Group>
      </Stack>
    </Fieldset>
  );
}
