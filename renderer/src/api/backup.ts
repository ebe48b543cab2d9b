// Backups: the list (which works while locked, for a restore from the unlock screen), making one, the
// extra folder, previewing and restoring a backup file, and the progress of whichever is running.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { RestoreOutcome } from '../../../shared/contract/backup';
import type { InputOf } from '../../../shared/contract/channels';
import { call } from './client';
import { officeKeys } from './office';

export const backupKeys = {
  list: ['backup', 'list'] as const,
  settings: ['backup', 'settings'] as const,
  progress: ['backup', 'progress'] as const,
};

export const useBackupOverview = () => useQuery({ queryKey: backupKeys.list, queryFn: () => call('backup:list', {}) });

export const useBackupSettings = () => useQuery({ queryKey: backupKeys.settings, queryFn: () => call('backup:settings', {}) });

export function useSaveBackupSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'backup:saveSettings'>) => call('backup:saveSettings', input),
    onSuccess: async (saved) => {
      client.setQueryData(backupKeys.settings, saved);
      await client.invalidateQueries({ queryKey: backupKeys.list });
    },
  });
}

export function useMakeBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('backup:make', {}),
    // Whatever happened, the folders may hold something new (a backup, or one set aside as failed).
    onSettled: () => client.invalidateQueries({ queryKey: backupKeys.list }),
  });
}

// gcTime 0: the passphrase or recovery key typed for a backup leaves the mutation cache with the dialog.
export const usePreviewBackup = () =>
  useMutation({ mutationFn: (input: InputOf<'backup:preview'>) => call('backup:preview', input), gcTime: 0 });

// The last restore, for the unlock screen that follows it to say what happened and where the database
// that was replaced was kept. In memory only, and only file paths and a date: nobody's details.
let lastRestore: RestoreOutcome | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export function useLastRestore(): { restored: RestoreOutcome | null } {
  return { restored: useSyncExternalStore(subscribe, () => lastRestore) };
}

function setLastRestore(outcome: RestoreOutcome | null): void {
  lastRestore = outcome;
  for (const listener of listeners) listener();
}

/** Once the office is unlocked (the restored one, or another), the notice has said what it needed to. */
export const forgetLastRestore = (): void => {
  if (lastRestore) setLastRestore(null);
};

/** Restoring leaves the office locked: the status answered with it shows the unlock screen. */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'backup:restore'>) => call('backup:restore', input),
    onSuccess: (outcome) => {
      // Said until the restored office is unlocked (App forgets it then), or another restore replaces it.
      setLastRestore(outcome);
      client.setQueryData(officeKeys.status, outcome.status);
    },
    gcTime: 0,
  });
}

/** Where the running job has got to, asked for several times a second while `running`. */
export const useBackupProgress = (running: boolean) =>
  useQuery({
    queryKey: backupKeys.progress,
    queryFn: () => call('backup:progress', {}),
    enabled: running,
    refetchInterval: running ? 250 : false,
    staleTime: 0,
    gcTime: 0,
  });
