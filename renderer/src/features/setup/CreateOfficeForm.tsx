// Creating the office database: its name and a passphrase, then the recovery key (shown once).
import { Button, Container, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { createOfficeSchema } from '../../../../shared/contract/office';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { useCreateOffice } from '../../api/office';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { PassphraseFields, passphraseLabels } from '../../components/PassphraseFields';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';

const LABELS = { officeName: 'Name of your organisation', ...passphraseLabels(false) };

export function CreateOfficeForm({ onBack }: { onBack: () => void }) {
  const [officeName, setOfficeName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const create = useCreateOffice();
  const { problem, submit } = useCheckedSubmit(createOfficeSchema, (input, onError) => create.mutate(input, { onError }));

  if (create.data) return <RecoveryKeyScreen recoveryKey={create.data.recoveryKey} officeName={officeName.trim()} />;

  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="xl" radius="md">
        <form onSubmit={submit({ officeName, passphrase, confirmPassphrase: confirm })} noValidate>
          <Stack gap="md">
            <Title order={1} size="h2">Create a new office database</Title>
            <ErrorSummary message={problem?.message ?? null} fields={problem?.fields} labels={LABELS} />
            <TextInput
              id={fieldId('officeName')}
              label={LABELS.officeName}
              description="Shown at the top of every screen and on printouts."
              value={officeName}
              onChange={(e) => setOfficeName(e.currentTarget.value)}
              error={problem?.fields['officeName']}
              required
              data-autofocus
              autoFocus
            />
            <PassphraseFields passphrase={passphrase} confirm={confirm} onPassphrase={setPassphrase} onConfirm={setConfirm} errors={problem?.fields ?? {}} required />
            <Text size="sm" c="gray.7">
              Nobody, including us, can open your records without this passphrase or the recovery key you will be shown next.
            </Text>
            <Group justify="space-between">
              <Button variant="subtle" onClick={onBack}>Back</Button>
              <Button type="submit" loading={create.isPending}>Create the database</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
