// Queries and mutations for the office as a whole: its lock state and settings.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import { call } from './client';

export const officeKeys = { status: ['office', 'status'] as const, settings: ['office', 'settings'] as const };

export const useOfficeStatus = () => useQuery({ queryKey: officeKeys.status, queryFn: () => call('office:status', {}) });

export const useOfficeSettings = () => useQuery({ queryKey: officeKeys.settings, queryFn: () => call('office:settings', {}) });

/** After lock, unlock or create, everything cached may belong to another state: start afresh. */
export async function startAfresh(client: QueryClient): Promise<void> {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'office' || q.queryKey[1] !== 'status' });
  await client.invalidateQueries({ queryKey: officeKeys.status });
}

function useResetAfter() {
  const client = useQueryClient();
  return () => startAfresh(client);
}

export function useLock() {
  const reset = useResetAfter();
  return useMutation({ mutationFn: () => call('office:lock', {}), onSuccess: reset });
}

export function useUnlock() {
  const reset = useResetAfter();
  return useMutation({ mutationFn: (input: InputOf<'office:unlock'>) => call('office:unlock', input), onSuccess: reset });
}

export function useCreateOffice() {
  // The status is refreshed only once the recovery key has been confirmed (see RecoveryKeyScreen).
  return useMutation({ mutationFn: (input: InputOf<'office:create'>) => call('office:create', input) });
}

export function useCreateDemo() {
  const reset = useResetAfter();
  return useMutation({ mutationFn: (input: InputOf<'office:createDemo'>) => call('office:createDemo', input), onSuccess: reset });
}

export function useLeaveDemo() {
  const reset = useResetAfter();
  return useMutation({ mutationFn: () => call('office:leaveDemo', {}), onSuccess: reset });
}

export function useFinishSetup() {
  return useResetAfter();
}

export function useUpdateSettings() {
  const client = useQueryClient();
  const after = async () => {
    await client.invalidateQueries({ queryKey: ['office'] });
    await client.invalidateQueries({ queryKey: ['members'] });
  };
  return {
    rename: useMutation({ mutationFn: (input: InputOf<'office:rename'>) => call('office:rename', input), onSuccess: after }),
    updateList: useMutation({ mutationFn: (input: InputOf<'lists:update'>) => call('lists:update', input), onSuccess: after }),
  };
}
