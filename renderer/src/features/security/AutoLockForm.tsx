// How long Peer Office may sit unused before it locks itself.
import { Alert, Button, Fieldset, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { AUTO_LOCK_MINUTES, saveSecuritySettingsSchema, type SecuritySettings } from '../../../../shared/contract/security';
import { useSaveSecuritySettings, useSecuritySettings } from '../../api/security';
import { Done } from '../../components/Done';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { fid, FormProblem } from '../../components/FormProblem';

const PREFIX = 'auto-lock';
const LABELS = { autoLockMinutes: 'Lock after' };

/** Whole minutes as typed; anything else goes on as not-a-number, for the schema's message. */
const minutesOf = (text: string): number => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function AutoLockForm() {
  const settings = useSecuritySettings();
  if (settings.isPending) return <Loader aria-label="Loading the auto-lock time" />;
  if (settings.isError) return <Alert color="red" role="alert">{settings.error.message}</Alert>;
  return <Form initial={settings.data} />;
}

function Form({ initial }: { initial: SecuritySettings }) {
  const [minutes, setMinutes] = useState(String(initial.autoLockMinutes));
  const [saved, setSaved] = useState<number | null>(null);
  const save = useSaveSecuritySettings();
  const { problem, submit } = useCheckedSubmit(saveSecuritySettingsSchema, (input, onError) =>
    save.mutate(input, { onError, onSuccess: (s) => setSaved(s.autoLockMinutes) }));
  return (
    <form onSubmit={submit({ autoLockMinutes: minutesOf(minutes) })} noValidate aria-label="Auto-lock">
      <Fieldset legend="Auto-lock">
        <Stack gap="sm">
          <Text size="sm">
            When nobody has typed, clicked or touched the screen in Peer Office for this long, it locks itself, just as Lock does:
            everything on screen is cleared, including anything typed but not yet saved. A backup or export that is running finishes first.
            Peer Office also locks when Windows locks or the PC goes to sleep.
          </Text>
          <FormProblem problem={problem} prefix={PREFIX} labels={LABELS} />
          {saved !== null && !problem && (
            <Done>Saved: Peer Office locks after {saved} {saved === 1 ? 'minute' : 'minutes'} without use.</Done>
          )}
          <TextInput
            id={fid(PREFIX, 'autoLockMinutes')}
            label={LABELS.autoLockMinutes}
            description={`Minutes, from ${AUTO_LOCK_MINUTES.min} to ${AUTO_LOCK_MINUTES.max}. ${AUTO_LOCK_MINUTES.default} unless you change it.`}
            inputMode="numeric"
            autoComplete="off"
            value={minutes}
            onChange={(e) => {
              setMinutes(e.currentTarget.value);
              setSaved(null);
            }}
            error={problem?.fields['autoLockMinutes']}
            w={420}
            styles={{ wrapper: { width: 150 } }}
            rightSection={<Text size="sm" pr="sm">minutes</Text>}
            rightSectionWidth={75}
          />
          <Group><Button type="submit" variant="light" loading={save.isPending}>Save the auto-lock time</Button></Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
