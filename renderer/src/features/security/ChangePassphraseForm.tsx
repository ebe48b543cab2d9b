// Changing the passphrase: the current one, then the new one twice. Only the key file changes (fast);
// the recovery key keeps working, and a backup is made straight after so the newest opens with the new one.
import { Button, Fieldset, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { changePassphraseSchema, type KeyChangeOutcome } from '../../../../shared/contract/security';
import { useChangePassphrase, useRememberStatus } from '../../api/security';
import { PassphraseFields, passphraseLabels } from '../../components/PassphraseFields';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { KeyChangeDone } from './KeyChangeDone';
import { fid, FormProblem } from '../../components/FormProblem';

const PREFIX = 'change-passphrase';
const LABELS = { currentPassphrase: 'Current passphrase', ...passphraseLabels(true) };

export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [changed, setChanged] = useState<KeyChangeOutcome | null>(null);
  const change = useChangePassphrase();
  const remember = useRememberStatus();
  const { problem, submit } = useCheckedSubmit(changePassphraseSchema, (input, onError) => {
    setChanged(null);
    change.mutate(input, {
      onError,
      onSuccess: (outcome) => {
        setChanged(outcome);
        // The passphrases typed go at once: the change is made.
        setCurrent('');
        setPassphrase('');
        setConfirm('');
      },
    });
  });
  const errors = problem?.fields ?? {};

  return (
    <form onSubmit={submit({ currentPassphrase: current, passphrase, confirmPassphrase: confirm })} noValidate aria-label="Change the passphrase">
      <Fieldset legend="Change the passphrase">
        <Stack gap="sm">
          <Text size="sm">
            The new passphrase opens Peer Office from now on and the old one stops working. Your recovery key goes on working.
            Backups made before the change still open with the passphrase that was in use when they were made.
            If you are changing it because someone may know the old passphrase, also make a new recovery key (below): that also
            changes the database’s own key.
          </Text>
          <FormProblem problem={problem} prefix={PREFIX} labels={LABELS} />
          {changed && !problem && (
            <KeyChangeDone title="Passphrase changed" backup={changed.backup}>
              <Text size="sm">Use the new passphrase from now on: the old one no longer opens Peer Office.</Text>
              {remember.data?.remembered && <Text size="sm">This Windows account now remembers the new passphrase.</Text>}
            </KeyChangeDone>
          )}
          <PasswordInput
            id={fid(PREFIX, 'currentPassphrase')}
            label={LABELS.currentPassphrase}
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors['currentPassphrase']}
            w={420}
          />
          <PassphraseFields isNew idPrefix={PREFIX} width={420} passphrase={passphrase} confirm={confirm} onPassphrase={setPassphrase} onConfirm={setConfirm} errors={errors} />
          <Group><Button type="submit" variant="light" loading={change.isPending}>Change the passphrase</Button></Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
