// The Settings section "Passphrase and locking": auto-lock, the passphrase, the recovery key, and (in the
// desktop app) remembering the passphrase on this Windows account.
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { NewRecoveryKeyPanel } from './NewRecoveryKeyPanel';
import { RememberSetting } from './RememberSetting';
import { SettingsSection } from '../settings/SettingsSection';

export function PassphraseAndLocking() {
  return (
    <SettingsSection title="Passphrase and locking">
      <AutoLockForm />
      <ChangePassphraseForm />
      <NewRecoveryKeyPanel />
      <RememberSetting />
    </SettingsSection>
  );
}
