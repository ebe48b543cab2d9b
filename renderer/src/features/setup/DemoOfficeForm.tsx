// The demo office is encrypted like a real one, so it asks for a passphrase too.
import { Alert, Button, Container, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { createDemoSchema } from '../../../../shared/contract/office';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { useCreateDemo } from '../../api/office';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PassphraseFields, passphraseLabels } from '../../components/PassphraseFields';

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
            <ErrorSummary message={problem?.message ?? null} fields={problem?.fields} labels={passphraseLabels(false)} />
            <PassphraseFields passphrase={passphrase} confirm={confirm} onPassphrase={setPassphrase} onConfirm={setConfirm} errors={problem?.fields ?? {}} required />
            {/* A spinner alone for several seconds looks stuck: say what is being made and that it takes a while. */}
            {demo.isPending && (
              <Group gap="sm" wrap="nowrap" role="status" data-testid="demo-making">
                <Loader size="sm" aria-hidden />
                <Text size="sm">
                  Making the demo office: made-up members and staff, two years of rota and pay, supervision, absence and support
                  sessions. This takes a few seconds.
                </Text>
              </Group>
            )}
            <Group justify="space-between">
              <Button variant="subtle" onClick={onBack} disabled={demo.isPending}>Back</Button>
              <Button type="submit" loading={demo.isPending}>Open the demo office</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
