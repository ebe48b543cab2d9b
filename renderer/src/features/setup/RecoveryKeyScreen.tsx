// The recovery key, shown once. The office manager prints or writes it down, then proves it by typing
// its last group back: a key that was never written down is no key at all.
import { Alert, Button, Checkbox, Container, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useFinishSetup } from '../../api/office';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { PrintableRecoveryKey } from '../../components/PrintableRecoveryKey';
import { sameLastGroup } from '../../../../shared/domain/recovery-key';

export function RecoveryKeyScreen({ recoveryKey, officeName }: { recoveryKey: string; officeName: string }) {
  const [lastGroup, setLastGroup] = useState('');
  const [stored, setStored] = useState(false);
  const [problem, setProblem] = useState<Record<string, string> | null>(null);
  const finish = useFinishSetup();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!sameLastGroup(lastGroup, recoveryKey)) fields['lastGroup'] = 'Type the last five characters of the recovery key, exactly as written';
    if (!stored) fields['stored'] = 'Confirm that you have stored the recovery key somewhere safe';
    if (Object.keys(fields).length) return setProblem(fields);
    void finish();
  };

  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="xl" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={1} size="h2">Your recovery key</Title>
            <Text>
              If the passphrase is ever forgotten, this key is the only other way into your records. It is shown <strong>this once</strong>.
              Print it or write it down, and keep it somewhere safe away from this PC, such as a locked drawer.
            </Text>
            <PrintableRecoveryKey recoveryKey={recoveryKey} label="Recovery key" officeName={officeName} data-testid="recovery-key" />
            <div className="no-print">
              <Stack gap="md">
                <ErrorSummary message={problem ? 'Check you have kept the recovery key.' : null} fields={problem ?? {}} />
                <Alert variant="light" color="yellow">Anyone with this key can open the records. Do not email it or save it on this PC.</Alert>
                <TextInput
                  id={fieldId('lastGroup')}
                  label="Type the last five characters of the key"
                  description="This checks that you have it written down correctly."
                  value={lastGroup}
                  onChange={(e) => setLastGroup(e.currentTarget.value)}
                  error={problem?.['lastGroup']}
                  maxLength={5}
                  autoComplete="off"
                />
                <Checkbox
                  id={fieldId('stored')}
                  label="I have printed or written down the recovery key and stored it safely"
                  checked={stored}
                  onChange={(e) => setStored(e.currentTarget.checked)}
                  error={problem?.['stored']}
                />
                <Group justify="flex-end">
                  <Button type="submit">Continue to Peer Office</Button>
                </Group>
              </Stack>
            </div>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
