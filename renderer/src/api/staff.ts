// Queries and mutations for staff records and contracts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import { call } from './client';

export const staffKeys = {
  all: ['staff'] as const,
  person: (personId: number) => ['staff', 'person', personId] as const,
  list: ['staff', 'list'] as const,
  reminders: ['staff', 'reminders'] as const,
};

export const useStaffRecord = (personId: number) => useQuery({ queryKey: staffKeys.person(personId), queryFn: () => call('staff:get', { personId }) });
export const useStaffList = () => useQuery({ queryKey: staffKeys.list, queryFn: () => call('staff:list', {}) });
export const useStaffReminders = () => useQuery({ queryKey: staffKeys.reminders, queryFn: () => call('staff:reminders', {}) });

type StaffWrite = 'staff:save' | 'staff:addRate' | 'staff:removeRate' | 'staff:setBenefitStatus' | 'staff:saveDbs';

/** Every write answers with the whole record; lists and reminders are refreshed after it. */
export function useStaffWrite<C extends StaffWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: (record) => {
      client.setQueryData(staffKeys.person(record.personId), record);
      void client.invalidateQueries({ queryKey: staffKeys.list });
      void client.invalidateQueries({ queryKey: staffKeys.reminders });
    },
  });
}
