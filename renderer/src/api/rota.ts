// Queries and mutations for the rota: places, the activities a session is booked as, and sessions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import { call } from './client';

export const rotaKeys = {
  all: ['rota'] as const,
  view: (q: InputOf<'rota:view'>) => ['rota', 'view', q] as const,
  places: ['places'] as const,
  // The same key as payroll's (api/payroll.ts): one list, refreshed by a change made in Settings.
  payElements: ['payroll', 'elements'] as const,
};

/** Payroll's screens read sessions too: every session write makes their figures stale. */
const PAYROLL_PREFIX = ['payroll'] as const;

export const usePlaces = () => useQuery({ queryKey: rotaKeys.places, queryFn: () => call('places:list', {}) });
export const usePayElements = () => useQuery({ queryKey: rotaKeys.payElements, queryFn: () => call('payElements:list', {}) });
export const useRotaView = (q: InputOf<'rota:view'>) => useQuery({ queryKey: rotaKeys.view(q), queryFn: () => call('rota:view', q) });

export function useSavePlace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'places:save'>) => call('places:save', input),
    onSuccess: (list) => {
      client.setQueryData(rotaKeys.places, list);
      // The rota and payroll show places by their label: a rename must reach them.
      void client.invalidateQueries({ queryKey: rotaKeys.all });
      void client.invalidateQueries({ queryKey: PAYROLL_PREFIX });
    },
  });
}

function useAfterSessionWrite() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: rotaKeys.all });
    void client.invalidateQueries({ queryKey: PAYROLL_PREFIX });
  };
}

export function useSaveSession() {
  const refresh = useAfterSessionWrite();
  return useMutation({ mutationFn: (input: InputOf<'sessions:save'>) => call('sessions:save', input), onSuccess: refresh });
}

export function useDeleteSession() {
  const refresh = useAfterSessionWrite();
  return useMutation({ mutationFn: (input: InputOf<'sessions:delete'>) => call('sessions:delete', input), onSuccess: refresh });
}

/**
 * Marks many sessions in turn (the month-end "they were all worked"). One call each, so one refused
 * session (say, in a period approved meanwhile) does not undo the others; the caches refresh once at the end.
 */
export function useSaveSessions() {
  const refresh = useAfterSessionWrite();
  return useMutation({
    mutationFn: async ({ inputs, onProgress }: { inputs: InputOf<'sessions:save'>[]; onProgress: (done: number) => void }) => {
      const failures: { input: InputOf<'sessions:save'>; message: string }[] = [];
      for (const [i, input] of inputs.entries()) {
        try {
          await call('sessions:save', input);
        } catch (err) {
          failures.push({ input, message: err instanceof Error ? err.message : 'Something went wrong. Try again.' });
        }
        onProgress(i + 1);
      }
      return { saved: inputs.length - failures.length, failures };
    },
    onSettled: refresh,
  });
}
