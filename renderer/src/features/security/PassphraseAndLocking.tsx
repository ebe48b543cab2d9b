// The Settings section "Passphrase and locking": auto-lock, the passphrase, the recovery key, and (in the
// desktop app) remembering the passphrase on this Windows account.
import { Stack, Title } from '@mantine/core';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { NewRecoveryKeyPanel } from './NewRecoveryKeyPanel';
import { RememberSetting } from './RememberSetting';

export function PassphraseAndLocking() {
  return (
    <Stack gap="lg" component="section" aria-labelledby="passphrase-and-locking">
      <Title order={2} size="h3" id="passphrase-and-locking">Passphrase and locking</Title>
      <AutoLockForm />
      <ChangePassphraseForm />
      <NewRecoveryKeyPanel />
      <RememberSetting />
    </Stack>
  );
}
