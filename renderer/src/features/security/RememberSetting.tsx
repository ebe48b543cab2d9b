// "Remember on this Windows account", as it stands: the desktop app only (the browser host has no way to
// keep a secret, so this says nothing there). Turning it on happens on the unlock screen, where the
// passphrase is typed; here it can be turned off.
import { Alert, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { errorOf } from '../../api/client';
import { rememberBridge, useForgetRemembered, useRememberStatus } from '../../api/security';

export function RememberSetting() {
  const status = useRememberStatus();
  const forget = useForgetRemembered();
  if (!rememberBridge()) return null;
  // Unknown is said, not hidden: the office manager may be looking for the way to turn it off.
  if (status.isError) {
    return (
      <Fieldset legend="Remember on this Windows account">
        <Alert color="red" role="alert">Whether this Windows account remembers the passphrase could not be read: {errorOf(status.error).message}</Alert>
      </Fieldset>
    );
  }
  if (!status.data) return null;
  const { available, remembered } = status.data;
  return (
    <Fieldset legend="Remember on this Windows account">
      <Stack gap="sm">
        {!available && <Text size="sm">This PC cannot keep the passphrase safely for this Windows account, so Peer Office asks for it every time.</Text>}
        {available && remembered && (
          <>
            <Text size="sm">
              This Windows account remembers the passphrase: “Unlock with this Windows account” opens Peer Office without typing it.
              Anyone who can sign in to this Windows account can open it too. The passphrase and the recovery key still work.
            </Text>
            {forget.isError && <Alert color="red" role="alert">{errorOf(forget.error).message}</Alert>}
            <Group><Button variant="default" onClick={() => forget.mutate()} loading={forget.isPending}>Forget the passphrase on this Windows account</Button></Group>
          </>
        )}
        {available && !remembered && (
          <Text size="sm">
            Not remembered: the passphrase is asked for at every unlock. To remember it, tick “Remember on this Windows account” when you next unlock.
            Only do that on a PC that locks itself and that nobody else signs in to with this account.
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
