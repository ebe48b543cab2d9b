// Queries and mutations for pay periods, the pay schedule, pay elements and the weekly statement.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import { call } from './client';

export const payrollKeys = {
  all: ['payroll'] as const,
  periods: ['payroll', 'periods'] as const,
  period: (key: string) => ['payroll', 'period', key] as const,
  model: (key: string) => ['payroll', 'model', key] as const,
  schedule: ['payroll', 'schedule'] as const,
  elements: ['payroll', 'elements'] as const,
  statement: (input: InputOf<'payroll:statement'>) => ['payroll', 'statement', input.staffId, input.from, input.to] as const,
};

/** Approving, reopening or exporting a period locks or unlocks its sessions: the rota must read them again. */
function refreshPayAndRota(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: payrollKeys.all });
  void client.invalidateQueries({ queryKey: ['rota'] });
}

// A period's pay follows almost everything (sessions, pay rates, dates of birth, settings), and not every
// screen that changes those knows about payroll: so it is read afresh each time a payroll screen opens.
const FRESH = { staleTime: 0 } as const;

export const usePayPeriods = (count = 14) => useQuery({ queryKey: [...payrollKeys.periods, count], queryFn: () => call('payroll:periods', { count }), ...FRESH });
export const usePayPeriod = (key: string) => useQuery({ queryKey: payrollKeys.period(key), queryFn: () => call('payroll:period', { key }), ...FRESH });
export const usePayrollModel = (key: string) => useQuery({ queryKey: payrollKeys.model(key), queryFn: () => call('payroll:model', { key }), ...FRESH });

export function useApprovePeriod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'payroll:approve'>) => call('payroll:approve', input),
    onSuccess: (detail) => {
      client.setQueryData(payrollKeys.period(detail.key), detail);
      refreshPayAndRota(client);
    },
  });
}

export function useReopenPeriod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'payroll:reopen'>) => call('payroll:reopen', input),
    onSuccess: (detail) => {
      client.setQueryData(payrollKeys.period(detail.key), detail);
      refreshPayAndRota(client);
    },
  });
}

export function useExportPayroll() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'payroll:export'>) => call('payroll:export', input),
    onSuccess: () => refreshPayAndRota(client),
  });
}

export const usePaySchedule = () => useQuery({ queryKey: payrollKeys.schedule, queryFn: () => call('payroll:schedule', {}) });

export function useSavePaySchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'payroll:saveSchedule'>) => call('payroll:saveSchedule', input),
    // Every period's dates follow the schedule, and the rota shows which period a day is in.
    onSuccess: () => refreshPayAndRota(client),
  });
}

export const usePayElements = () => useQuery({ queryKey: payrollKeys.elements, queryFn: () => call('payElements:list', {}) });

export function useSavePayElement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'payElements:save'>) => call('payElements:save', input),
    onSuccess: (elements) => {
      client.setQueryData(payrollKeys.elements, elements);
      // Names and codes appear on the rota's activity list and in every period's totals and files.
      refreshPayAndRota(client);
    },
  });
}

export const useStatement = (input: InputOf<'payroll:statement'> | null) =>
  useQuery({
    queryKey: input ? payrollKeys.statement(input) : ['payroll', 'statement', 'none'],
    queryFn: () => call('payroll:statement', input!),
    enabled: input !== null,
    ...FRESH,
  });

export const useStatementFile = () => useMutation({ mutationFn: (input: InputOf<'payroll:statementFile'>) => call('payroll:statementFile', input) });
