// The audit log: a page of entries and the export. There is no call that changes an entry.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import { call } from './client';

export const auditKeys = {
  page: (input: InputOf<'audit:list'>) => ['audit', 'page', input] as const,
};

/**
 * Asked afresh each time the screen opens (every other screen writes to the log without telling this
 * one), and the last page stays on screen while the next arrives.
 */
export const useAuditPage = (input: InputOf<'audit:list'>) =>
  useQuery({
    queryKey: auditKeys.page(input),
    queryFn: () => call('audit:list', input),
    staleTime: 0,
    refetchOnMount: 'always',
    placeholderData: keepPreviousData,
  });

export const useExportAudit = () => useMutation({ mutationFn: (input: InputOf<'audit:export'>) => call('audit:export', input) });
