// The demo office is encrypted like a real one, so it asks for a passphrase too.
import { Alert, Button, Container, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { createDemoSchema } from '../../../../shared/contract/office';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { useCreateDemo } from '../../api/office';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PassphraseFields } from '../../components/PassphraseFields';

export function DemoOfficeForm({ onBack }: { onBack: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const demo = useCreateDemo();
  const { problem, submit } = useCheckedSubmit(createDemoSchema, (input, onError) => demo.mutate(input, { onError }));

  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="xl" radius="md">
        <form onSubmit={submit({ passphrase, confirmPassphrase: confirm })} noValidate>
          <Stack gap="md">
            <Title order={1} size="h2">Explore a demo office</Title>
            <Alert color="blue" variant="light" title="Made-up people only">
              The demo office holds about 300 invented members in West Sussex. It is a separate file from any real office database.
            </Alert>
            <ErrorSummary message={problem?.message ?? null} fields={problem?.fields} labels={{ passphrase: 'Passphrase', confirmPassphrase: 'Passphrase again' }} />
            <PassphraseFields passphrase={passphrase} confirm={confirm} onPassphrase={setPassphrase} onConfirm={setConfirm} errors={problem?.fields ?? {}} required />
            <Group justify="space-between">
              <Button variant="subtle" onClick={onBack}>Back</Button>
              <Button type="submit" loading={demo.isPending}>Open the demo office</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
