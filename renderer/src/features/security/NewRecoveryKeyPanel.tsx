// A new recovery key: asked for with the passphrase, shown once, and put in the old one's place only
// once the office manager has proved it is written down (as when the office was created). Until then
// the old key goes on working, so a key that was never written down locks nobody out. Confirming it also
// gives the database a new key of its own (backend office/key-switch.ts), so the old recovery key opens
// only the backups made before: the screen says so, and what to do about them.
import { Button, Checkbox, Fieldset, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { newRecoveryKeySchema, type KeyChangeOutcome } from '../../../../shared/contract/security';
import { sameLastGroup } from '../../../../shared/domain/recovery-key';
import { problemOf } from '../../api/client';
import { useOfficeStatus } from '../../api/office';
import { useConfirmRecoveryKey, useNewRecoveryKey } from '../../api/security';
import { Notice } from '../../components/Notice';
import { PrintableRecoveryKey } from '../../components/PrintableRecoveryKey';
import { useCheckedSubmit, type Problem } from '../../components/useCheckedSubmit';
import { KeyChangeDone } from './KeyChangeDone';
import { fid, FormProblem } from '../../components/FormProblem';

const PREFIX = 'new-recovery-key';

export function NewRecoveryKeyPanel() {
  const [shown, setShown] = useState<string | null>(null);
  const [done, setDone] = useState<KeyChangeOutcome | null>(null);
  return (
    <Fieldset legend="Recovery key">
      {shown ? (
        <ConfirmNewKey
          recoveryKey={shown}
          onConfirmed={(outcome) => {
            setShown(null);
            setDone(outcome);
          }}
          onCancel={() => setShown(null)}
        />
      ) : (
        <AskForNewKey
          done={done}
          onMade={(key) => {
            setDone(null);
            setShown(key);
          }}
        />
      )}
    </Fieldset>
  );
}

function AskForNewKey({ done, onMade }: { done: KeyChangeOutcome | null; onMade: (key: string) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const make = useNewRecoveryKey();
  const { problem, submit } = useCheckedSubmit(newRecoveryKeySchema, (input, onError) =>
    make.mutate(input, { onError, onSuccess: (pending) => onMade(pending.recoveryKey) }));
  return (
    <form onSubmit={submit({ passphrase })} noValidate aria-label="Make a new recovery key">
      <Stack gap="sm">
        <Text size="sm">
          Make a new recovery key if the old one is lost, or someone else may have seen it. You will be shown the new key once to write down;
          when you have confirmed it, the database is given a new key of its own and the old recovery key stops opening it.
          Backups made before then still open with the old key.
        </Text>
        {done && (
          <KeyChangeDone title="New recovery key in use" backup={done.backup}>
            <Text size="sm">The old recovery key no longer opens Peer Office. Keep the new one somewhere safe, away from this PC.</Text>
            <Text size="sm">
              Backups made before now still open with the old recovery key and with the passphrase of their day: they hold the records as
              they were then. If someone may have seen the old key, delete those older backups from the backup folders, and from the extra
              folder or USB stick too.
            </Text>
          </KeyChangeDone>
        )}
        <FormProblem problem={problem} prefix={PREFIX} labels={{ passphrase: 'Your passphrase' }} />
        <PasswordInput
          id={fid(PREFIX, 'passphrase')}
          label="Your passphrase"
          description="Needed to make a new recovery key."
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          error={problem?.fields['passphrase']}
          w={420}
        />
        <Group><Button type="submit" variant="light" loading={make.isPending}>Make a new recovery key</Button></Group>
      </Stack>
    </form>
  );
}

function ConfirmNewKey({ recoveryKey, onConfirmed, onCancel }: { recoveryKey: string; onConfirmed: (o: KeyChangeOutcome) => void; onCancel: () => void }) {
  const [lastGroup, setLastGroup] = useState('');
  const [stored, setStored] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const confirm = useConfirmRecoveryKey();
  const officeName = useOfficeStatus().data?.officeName;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!sameLastGroup(lastGroup, recoveryKey)) fields['lastGroup'] = 'Type the last five characters of the new recovery key, exactly as written';
    if (!stored) fields['stored'] = 'Confirm that you have stored the new recovery key somewhere safe';
    if (Object.keys(fields).length) return setProblem({ message: 'Check you have kept the new recovery key.', fields });
    setProblem(null);
    // The backend names the key itself ("recoveryKey"), which is shown, not typed here: said as the message, with no link to a box.
    const onError = (err: unknown) => {
      const { message, fields: { recoveryKey: aboutTheKey, ...rest } } = problemOf(err);
      setProblem({ message: aboutTheKey ?? message, fields: rest });
    };
    confirm.mutate({ recoveryKey }, { onSuccess: onConfirmed, onError });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Confirm the new recovery key">
      <Stack gap="md">
        <Text>
          This is your new recovery key. It is shown <strong>this once</strong>. Print it or write it down, and keep it somewhere safe
          away from this PC, such as a locked drawer. The old key keeps working until you confirm below.
        </Text>
        <PrintableRecoveryKey recoveryKey={recoveryKey} label="New recovery key" officeName={officeName} data-testid="new-recovery-key" />
        <Notice role="note">Anyone with this key can open the records. Do not email it or save it on this PC.</Notice>
        <FormProblem problem={problem} prefix={PREFIX} labels={{ lastGroup: 'Last five characters', stored: 'Stored safely' }} />
        <TextInput
          id={fid(PREFIX, 'lastGroup')}
          label="Type the last five characters of the new key"
          description="This checks that you have it written down correctly."
          value={lastGroup}
          onChange={(e) => setLastGroup(e.currentTarget.value)}
          error={problem?.fields['lastGroup']}
          maxLength={5}
          autoComplete="off"
          w={420}
        />
        <Checkbox
          id={fid(PREFIX, 'stored')}
          label="I have printed or written down the new recovery key and stored it safely"
          checked={stored}
          onChange={(e) => setStored(e.currentTarget.checked)}
          error={problem?.fields['stored']}
        />
        <Group>
          <Button type="submit" loading={confirm.isPending}>Use the new recovery key</Button>
          <Button variant="subtle" onClick={onCancel} disabled={confirm.isPending}>Cancel and keep the old key</Button>
        </Group>
      </Stack>
    </form>
  );
}
