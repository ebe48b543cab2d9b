// Queries and mutations for absence: a person's absences and figures, the office's overview, the kinds of
// absence and the review points.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import { call } from './client';
import { supervisionKeys } from './supervision';

export const absenceKeys = {
  all: ['absence'] as const,
  types: ['absence', 'types'] as const,
  settings: ['absence', 'settings'] as const,
  person: (staffId: number) => ['absence', 'person', staffId] as const,
  overview: ['absence', 'overview'] as const,
};

export const useAbsenceTypes = () => useQuery({ queryKey: absenceKeys.types, queryFn: () => call('absence:types', {}) });
export const useAbsenceSettings = () => useQuery({ queryKey: absenceKeys.settings, queryFn: () => call('absence:settings', {}) });
export const usePersonAbsence = (staffId: number) =>
  useQuery({ queryKey: absenceKeys.person(staffId), queryFn: () => call('absence:person', { staffId }), enabled: staffId > 0 });
export const useAbsenceOverview = () => useQuery({ queryKey: absenceKeys.overview, queryFn: () => call('absence:overview', {}) });

export type AbsenceWrite = 'absence:save' | 'absence:delete' | 'absence:returnToWork' | 'absence:saveAdjustment' | 'absence:recordCheckin';

/**
 * Every write answers with the person's whole absence record. The office's overview and the home screen
 * change with it; the rota flags sessions inside an absence for cover, and payroll counts sickness days
 * for SSP, so both are refreshed too.
 */
export function useAbsenceWrite<C extends AbsenceWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: (person) => {
      client.setQueryData(absenceKeys.person(person.staff.staffId), person);
      void client.invalidateQueries({ queryKey: absenceKeys.overview });
      void client.invalidateQueries({ queryKey: supervisionKeys.dashboard });
      void client.invalidateQueries({ queryKey: ['rota'] });
      void client.invalidateQueries({ queryKey: ['payroll'] });
    },
  });
}

/** A kind renamed or re-flagged changes how every record and figure reads: all absence views reload. */
export function useSaveAbsenceType() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'absence:saveType'>) => call('absence:saveType', input),
    onSuccess: (types) => {
      client.setQueryData(absenceKeys.types, types);
      void client.invalidateQueries({ queryKey: absenceKeys.all, predicate: (q) => q.queryKey[1] !== 'types' });
      void client.invalidateQueries({ queryKey: supervisionKeys.dashboard });
    },
  });
}

/** New review points change who has reached one: every record, the overview and the home screen reload. */
export function useSaveAbsenceSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'absence:saveSettings'>) => call('absence:saveSettings', input),
    onSuccess: (settings) => {
      client.setQueryData(absenceKeys.settings, settings);
      void client.invalidateQueries({ queryKey: absenceKeys.all, predicate: (q) => q.queryKey[1] !== 'settings' });
      void client.invalidateQueries({ queryKey: supervisionKeys.dashboard });
    },
  });
}
