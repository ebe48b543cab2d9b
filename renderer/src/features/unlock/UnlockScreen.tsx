// Shown on every start and after Lock. A wrong passphrase is a plain message: nothing else happens.
import { Anchor, Button, Checkbox, Container, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorOf, problemOf } from '../../api/client';
import { useUnlock } from '../../api/office';
import { useRememberStatus, useUnlockAndRemember, useUnlockRemembered } from '../../api/security';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { SECRET_LABELS, SecretField, type SecretKind } from '../../components/SecretField';
import { RestoredNotice, RestoreOffer } from '../backup/OnUnlockScreen';

export function UnlockScreen() {
  const [mode, setMode] = useState<SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const unlock = useUnlock();
  // "Remember on this Windows account": the desktop app only; never the only way in.
  const remember = useRememberStatus();
  const unlockRemembered = useUnlockRemembered();
  const unlockAndRemember = useUnlockAndRemember();
  const [rememberIt, setRememberIt] = useState(false);
  const canRemember = mode === 'passphrase' && remember.data?.available === true;
  // A damaged database (or a lost -wal) is answered with the way back: a restore, which works while locked.
  const damaged = [unlock.error, unlockAndRemember.error, unlockRemembered.error].some((err) => err && errorOf(err).code === 'DAMAGED');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!secret.trim()) {
      const message = mode === 'passphrase' ? 'Enter your passphrase' : 'Enter your recovery key';
      return setProblem({ message: `${message}.`, fields: { [mode]: message } });
    }
    setProblem(null);
    const onError = (err: unknown) => {
      setProblem(problemOf(err));
      setSecret('');
    };
    if (canRemember && rememberIt) return unlockAndRemember.mutate(secret, { onError });
    unlock.mutate(mode === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret }, { onError });
  };

  const openWithWindowsAccount = () => {
    setProblem(null);
    // A kept passphrase that fails is forgotten by then: the message says to type the passphrase.
    unlockRemembered.mutate(undefined, { onError: (err) => setProblem(problemOf(err)) });
  };

  // The restored database is not the damaged one: what was said about that goes, and the way back with it.
  const restored = () => {
    setProblem(null);
    unlock.reset();
    unlockAndRemember.reset();
    unlockRemembered.reset();
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
            <Text>Your office's records are encrypted. {mode === 'passphrase' ? 'Enter your passphrase to open them.' : 'Enter your recovery key: the one shown when the office was created or, if a new one has been made in Settings since, the newest.'}</Text>
            <RestoredNotice />
            <ErrorSummary message={problem?.message ?? null} fields={problem?.fields} labels={SECRET_LABELS} />
            {damaged && problem && <RestoreOffer onRestored={restored} />}
            {remember.data?.remembered && (
              <>
                <Button size="md" onClick={openWithWindowsAccount} loading={unlockRemembered.isPending}>Unlock with this Windows account</Button>
                <Divider label="or" labelPosition="center" />
              </>
            )}
            <SecretField kind={mode} id={fieldId(mode)} value={secret} onChange={setSecret} error={problem?.fields[mode]} autoComplete="current-password" autoFocus />
            {canRemember && (
              <Checkbox
                label="Remember on this Windows account"
                description="Then it opens without typing the passphrase, for anyone who can sign in to this Windows account. Only on a PC that locks itself and nobody else uses with this account."
                checked={rememberIt}
                onChange={(e) => setRememberIt(e.currentTarget.checked)}
              />
            )}
            {/* One main action: restoring, when the database is damaged; the Windows account's, when it remembers the passphrase. */}
            <Button type="submit" loading={unlock.isPending || unlockAndRemember.isPending} size="md" variant={damaged || remember.data?.remembered ? 'default' : 'filled'}>Unlock</Button>
            <Anchor component="button" type="button" onClick={switchMode} size="sm">
              {mode === 'passphrase' ? 'Forgotten the passphrase? Use the recovery key' : 'Use the passphrase instead'}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
