// Queries and mutations for the members register.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import type { MemberSearch } from '../../../shared/contract/members';
import { call } from './client';

export const memberKeys = {
  all: ['members'] as const,
  search: (s: MemberSearch) => ['members', 'search', s] as const,
  one: (id: number) => ['members', 'one', id] as const,
};

/** Keeps showing the last list while the next one arrives, so typing never flashes an empty table. */
export const useMemberSearch = (search: MemberSearch) =>
  useQuery({ queryKey: memberKeys.search(search), queryFn: () => call('members:search', search), placeholderData: keepPreviousData, structuralSharing: false });

export const useMember = (id: number | null) =>
  useQuery({ queryKey: memberKeys.one(id ?? 0), queryFn: () => call('members:get', { id: id! }), enabled: id !== null });

function useMemberMutation<C extends 'members:create' | 'members:update' | 'members:archive' | 'members:delete' | 'members:importCommit'>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: () => client.invalidateQueries({ queryKey: memberKeys.all }),
  });
}

export const useCreateMember = () => useMemberMutation('members:create');
export const useUpdateMember = () => useMemberMutation('members:update');
export const useArchiveMember = () => useMemberMutation('members:archive');
export const useDeleteMember = () => useMemberMutation('members:delete');
export const useCommitImport = () => useMemberMutation('members:importCommit');
export const usePreviewImport = () => useMutation({ mutationFn: (input: InputOf<'members:importPreview'>) => call('members:importPreview', input) });
export const useExportMembers = () => useMutation({ mutationFn: (input: InputOf<'members:export'>) => call('members:export', input) });
