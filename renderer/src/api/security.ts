// Passphrase and locking: the auto-lock time, changing the passphrase and the recovery key, "remember on
// this Windows account" (the desktop app's bridge; absent in the browser host), and forgetting what the
// window holds when the office locks.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import type { OfficeState } from '../../../shared/contract/office';
import type { RememberBridge, RememberStatus } from '../../../shared/contract/remember';
import type { Result } from '../../../shared/contract/result';
import { ApiError, call } from './client';
import { useFinishSetup } from './office';

export const securityKeys = { settings: ['security', 'settings'] as const, remember: ['security', 'remember'] as const };

export const useSecuritySettings = () => useQuery({ queryKey: securityKeys.settings, queryFn: () => call('security:settings', {}) });

export function useSaveSecuritySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'security:saveSettings'>) => call('security:saveSettings', input),
    onSuccess: (saved) => client.setQueryData(securityKeys.settings, saved),
  });
}

// gcTime 0: what was typed (passphrases) leaves the mutation cache as soon as the form that sent it goes.
export const useChangePassphrase = () =>
  useMutation({ mutationFn: (input: InputOf<'security:changePassphrase'>) => call('security:changePassphrase', input), gcTime: 0 });

export const useNewRecoveryKey = () =>
  useMutation({ mutationFn: (input: InputOf<'security:newRecoveryKey'>) => call('security:newRecoveryKey', input), gcTime: 0 });

export const useConfirmRecoveryKey = () =>
  useMutation({ mutationFn: (input: InputOf<'security:confirmRecoveryKey'>) => call('security:confirmRecoveryKey', input), gcTime: 0 });

// ---- Remember on this Windows account ----

/** The desktop app's bridge, or null in the browser host (where the option is simply not offered). */
export const rememberBridge = (): RememberBridge | null => window.peerOffice.remember ?? null;

async function through<T>(run: (bridge: RememberBridge) => Promise<Result<T>>): Promise<T> {
  const bridge = rememberBridge();
  if (!bridge) throw new ApiError({ code: 'NOT_FOUND', message: 'This version of Peer Office cannot remember the passphrase. Enter your passphrase.' });
  const result = await run(bridge);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

const NOTHING_TO_REMEMBER: RememberStatus = { available: false, remembered: false };

export const useRememberStatus = () =>
  useQuery({ queryKey: securityKeys.remember, queryFn: () => (rememberBridge() ? through((b) => b.status()) : NOTHING_TO_REMEMBER) });

export function useUnlockRemembered() {
  const reset = useFinishSetup();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => through((b) => b.unlockRemembered()),
    onSuccess: reset,
    // A kept passphrase that failed has been forgotten: the button goes, the passphrase is asked for.
    onError: () => client.invalidateQueries({ queryKey: securityKeys.remember }),
    gcTime: 0,
  });
}

export function useUnlockAndRemember() {
  const reset = useFinishSetup();
  return useMutation({ mutationFn: (passphrase: string) => through((b) => b.unlockAndRemember(passphrase)), onSuccess: reset, gcTime: 0 });
}

export function useForgetRemembered() {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => through((b) => b.forget()), onSuccess: (status) => client.setQueryData(securityKeys.remember, status) });
}

// ---- Locking ----

/**
 * Called whenever the office changes state. Every mutation goes, with what was typed into it (the
 * passphrase that unlocked, a member's details typed before locking). Once locked, so does every cached
 * answer no screen is showing (the unlock screen's own stay). The screens themselves are unmounted by
 * App; nothing is kept in localStorage or sessionStorage, and the few module-level values hold no one's
 * details.
 */
export function forgetPersonalData(client: QueryClient, state: OfficeState): void {
  client.getMutationCache().clear();
  if (state === 'unlocked') return;
  client.removeQueries({ type: 'inactive', predicate: (q) => !(q.queryKey[0] === 'office' && q.queryKey[1] === 'status') });
}
