// Queries and mutations for benefits-advice referrals: the office's lists, one person's referrals, one
// referral, and the writes (save, attach a statement, dismiss a prompt).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import type { Referral } from '../../../shared/contract/referrals';
import { call, saveBase64File } from './client';
import { supervisionKeys } from './supervision';

export const referralKeys = {
  all: ['referrals'] as const,
  lists: ['referrals', 'lists'] as const,
  person: (personId: number) => ['referrals', 'person', personId] as const,
  one: (id: number) => ['referrals', 'one', id] as const,
};

/** The statement is payroll's workbook; anything else is saved as plain bytes. */
const typeOf = (fileName: string): string =>
  fileName.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/octet-stream';

export const useReferralLists = () => useQuery({ queryKey: referralKeys.lists, queryFn: () => call('referrals:lists', {}) });
export const usePersonReferrals = (personId: number) =>
  useQuery({ queryKey: referralKeys.person(personId), queryFn: () => call('referrals:person', { personId }), enabled: personId > 0 });
export const useReferral = (id: number | null) =>
  useQuery({ queryKey: referralKeys.one(id ?? 0), queryFn: () => call('referrals:get', { id: id! }), enabled: id !== null && id > 0 });

/**
 * Saving or attaching answers with the whole referral. The office's lists, the person's referrals and the
 * home screen (follow-ups due, prompts answered) may all have changed, so they are refreshed.
 */
export function useReferralWrite<C extends 'referrals:save' | 'referrals:attachStatement'>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input) as Promise<Referral>,
    onSuccess: (referral) => {
      client.setQueryData(referralKeys.one(referral.id), referral);
      void client.invalidateQueries({ queryKey: referralKeys.lists });
      void client.invalidateQueries({ queryKey: referralKeys.person(referral.personId) });
      void client.invalidateQueries({ queryKey: supervisionKeys.dashboard });
    },
  });
}

/** Dismissing a stored prompt answers with the lists as they now are. */
export function useDismissPrompt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'referrals:dismissPrompt'>) => call('referrals:dismissPrompt', input),
    onSuccess: (lists) => {
      client.setQueryData(referralKeys.lists, lists);
      void client.invalidateQueries({ queryKey: supervisionKeys.dashboard });
    },
  });
}

/** Fetches an attached statement and saves it, as the payroll statement's download does. */
export function useDownloadAttachment() {
  return useMutation({
    mutationFn: (input: InputOf<'referrals:attachment'>) => call('referrals:attachment', input),
    onSuccess: (file) => saveBase64File(file.fileName, file.contentBase64, typeOf(file.fileName)),
  });
}
