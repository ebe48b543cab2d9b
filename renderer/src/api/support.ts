// Queries and mutations for the county-wide support sessions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import { call } from './client';
import { supervisionKeys } from './supervision';

export const supportKeys = {
  all: ['support'] as const,
  year: (year: number) => ['support', 'year', year] as const,
};

export const useSupportYear = (year: number) => useQuery({ queryKey: supportKeys.year(year), queryFn: () => call('support:year', { year }) });

export type SupportWrite = 'support:save' | 'support:delete' | 'support:invite' | 'support:setAttendance' | 'support:uninvite';

/** Every write answers with the whole year the session is in; the home screen lists this week's sessions. */
export function useSupportWrite<C extends SupportWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: (year) => {
      client.setQueryData(supportKeys.year(year.year), year);
      void client.invalidateQueries({ queryKey: supportKeys.all, predicate: (q) => q.queryKey[2] !== year.year });
      void client.invalidateQueries({ queryKey: supervisionKeys.dashboard });
    },
  });
}
