// Queries and mutations for probation, supervision and the home screen's "due this week".
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import { call } from './client';
import { staffKeys } from './staff';

export const supervisionKeys = {
  all: ['supervision'] as const,
  settings: ['supervision', 'settings'] as const,
  person: (staffId: number) => ['supervision', 'person', staffId] as const,
  month: (month: string, supervisorStaffId?: number) => ['supervision', 'month', month, supervisorStaffId ?? 'everyone'] as const,
  lists: ['supervision', 'lists'] as const,
  dashboard: ['dashboard', 'week'] as const,
};

export const useSupervisionSettings = () => useQuery({ queryKey: supervisionKeys.settings, queryFn: () => call('supervision:settings', {}) });
export const usePersonSupervision = (staffId: number) =>
  useQuery({ queryKey: supervisionKeys.person(staffId), queryFn: () => call('supervision:person', { staffId }), enabled: staffId > 0 });
export const useSupervisionMonth = (month: string, supervisorStaffId?: number) =>
  useQuery({
    queryKey: supervisionKeys.month(month, supervisorStaffId),
    queryFn: () => call('supervision:month', supervisorStaffId === undefined ? { month } : { month, supervisorStaffId }),
  });
export const useSupervisionLists = () => useQuery({ queryKey: supervisionKeys.lists, queryFn: () => call('supervision:lists', {}) });
export const useDashboard = () => useQuery({ queryKey: supervisionKeys.dashboard, queryFn: () => call('dashboard:week', {}) });

export type SupervisionWrite =
  | 'supervision:saveArrangement' | 'supervision:createPlan' | 'supervision:save' | 'supervision:reschedule'
  | 'supervision:hold' | 'supervision:setStatus' | 'probation:extend' | 'probation:decide';

/**
 * Every write answers with the person's whole supervision record. Months, lists, the home screen and
 * staff records (probation end, leaving date, warnings) may all have changed, so they are refreshed.
 */
export function useSupervisionWrite<C extends SupervisionWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: (person) => {
      client.setQueryData(supervisionKeys.person(person.staff.staffId), person);
      void client.invalidateQueries({ queryKey: ['supervision', 'month'] });
      void client.invalidateQueries({ queryKey: supervisionKeys.lists });
      void client.invalidateQueries({ queryKey: supervisionKeys.dashboard });
      void client.invalidateQueries({ queryKey: staffKeys.all });
    },
  });
}

export function useSaveSupervisionSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'supervision:saveSettings'>) => call('supervision:saveSettings', input),
    onSuccess: (settings) => client.setQueryData(supervisionKeys.settings, settings),
  });
}
