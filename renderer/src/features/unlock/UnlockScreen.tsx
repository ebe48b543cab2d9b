// Shown on every start and after Lock. A wrong passphrase is a plain message: nothing else happens.
import { Anchor, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { problemOf } from '../../api/client';
import { useUnlock } from '../../api/office';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';

export function UnlockScreen() {
  const [mode, setMode] = useState<'passphrase' | 'recoveryKey'>('passphrase');
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const unlock = useUnlock();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!secret.trim()) {
      const message = mode === 'passphrase' ? 'Enter your passphrase' : 'Enter your recovery key';
      return setProblem({ message: `${message}.`, fields: { [mode]: message } });
    }
    setProblem(null);
    unlock.mutate(mode === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret }, {
      onError: (err) => {
        setProblem(problemOf(err));
        setSecret('');
      },
    });
  };

  const switchMode = () => {
    setMode(mode === 'passphrase' ? 'recoveryKey' : 'passphrase');
    setSecret('');
    setProblem(null);
  };

  return (
    <Container size="xs" py={80}>
      <Paper withBorder p="xl" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={1} size="h2">Unlock Peer Office</Title>
            <Text>Your office's records are encrypted. {mode === 'passphrase' ? 'Enter your passphrase to open them.' : 'Enter the recovery key you were given when the database was created.'}</Text>
            <ErrorSummary message={problem?.message ?? null} fields={problem?.fields} labels={{ passphrase: 'Passphrase', recoveryKey: 'Recovery key' }} />
            {mode === 'passphrase' ? (
              <PasswordInput
                key="passphrase"
                id={fieldId('passphrase')}
                label="Passphrase"
                autoComplete="current-password"
                value={secret}
                onChange={(e) => setSecret(e.currentTarget.value)}
                error={problem?.fields['passphrase']}
                autoFocus
              />
            ) : (
              <TextInput
                key="recoveryKey"
                id={fieldId('recoveryKey')}
                label="Recovery key"
                description="25 characters in five groups, like 7KQ2M-W9D4R-…"
                autoComplete="off"
                spellCheck={false}
                value={secret}
                onChange={(e) => setSecret(e.currentTarget.value)}
                error={problem?.fields['recoveryKey']}
                autoFocus
              />
            )}
            <Button type="submit" loading={unlock.isPending} size="md">Unlock</Button>
            <Anchor component="button" type="button" onClick={switchMode} size="sm">
              {mode === 'passphrase' ? 'Forgotten the passphrase? Use the recovery key' : 'Use the passphrase instead'}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
