// Benefits advice for the whole office, so paid work never costs anyone their benefits: what should lead
// to a referral first, then follow-ups due, open referrals, and people on benefits with no referral.
// ?referral=ID opens a referral; ?refer=PERSON&reason=...&prompt=ID opens a new one, prefilled.
import { Alert, Button, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ReferralLists } from '../../../../shared/contract/referrals';
import { useReferralLists } from '../../api/referrals';
import { PromptList } from './PromptList';
import { ReferralDialog, type ReferralTarget } from './ReferralDialog';
import { FollowUpsDue, NoReferral, OpenReferrals } from './ReferralLists';
import { useReferralParams, type ReferralParams } from './useReferralParams';

interface Resolved {
  target: ReferralTarget | null;
  /** The lists that fill in a link's missing reason or name are still loading. */
  finding: boolean;
  /** The link named a prompt that is no longer open (answered or dismissed). */
  promptGone: boolean;
}

/**
 * What the address asks to open. A link may name only the person, or only a prompt (the home screen's
 * links do): the open prompts fill in whose it is, the reason to start with, and the name to show.
 */
export function resolveTarget(params: ReferralParams, lists: ReferralLists | undefined): Resolved {
  if (typeof params.referral === 'number') return { target: { kind: 'referral', id: params.referral }, finding: false, promptGone: false };
  const wantsNew = params.referral === 'new' || params.refer !== null || params.prompt !== null;
  if (!wantsNew) return { target: null, finding: false, promptGone: false };
  const needsLists = params.prompt !== null || (params.refer !== null && params.reason === null);
  if (needsLists && !lists) {
    // Until the lists come (or fail), a prompt-only link does not yet know whose it is: the page shows it loading.
    const target: ReferralTarget | null = params.refer === null ? null : { kind: 'new', personId: params.refer, reason: params.reason, promptId: null };
    return { target, finding: true, promptGone: false };
  }
  const prompts = lists?.prompts ?? [];
  const named = params.prompt !== null ? prompts.find((p) => p.id === params.prompt) : undefined;
  const promptGone = params.prompt !== null && !named;
  const personId = params.refer ?? named?.personId ?? null;
  if (personId === null && params.referral !== 'new') return { target: null, finding: false, promptGone };
  // The prompt about this person says why to refer them, when the link does not.
  const about = named?.personId === personId ? named : prompts.find((p) => p.personId === personId);
  const known = [...(lists?.open ?? []), ...(lists?.onBenefitsNoReferral ?? []), ...prompts].find((x) => x.personId === personId);
  return {
    target: {
      kind: 'new',
      personId,
      ...(known ? { name: known.name } : {}),
      reason: params.reason ?? about?.suggestedReason ?? null,
      promptId: named && named.personId === personId ? named.id : null,
    },
    finding: false,
    promptGone,
  };
}

export function BenefitsAdvicePage() {
  const { params, today, openReferral, close } = useReferralParams();
  const lists = useReferralLists();
  const { target, finding, promptGone } = resolveTarget(params, lists.data ?? (lists.isError ? emptyLists(today) : undefined));

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="center">
        <Title order={1}>Benefits advice</Title>
        <Button component={Link} to="/benefits-advice?referral=new">Make a referral</Button>
      </Group>
      <Text size="sm" maw={760}>
        Everyone who works here while on benefits is offered independent advice, so paid work never costs them their benefits. Record
        each referral with their consent to share, follow it up, and note the outcome in a line.
      </Text>
      {promptGone && lists.data && (
        <Alert color="blue" variant="light" role="status" title="That prompt is no longer open">
          A referral may already answer it, or it was dismissed. Anything still to do is in the lists below.
        </Alert>
      )}
      {lists.isError && <Alert color="red" variant="light" role="alert" title="The lists cannot be shown">{lists.error.message}</Alert>}
      {lists.isPending && <Loader aria-label="Loading the referrals" />}
      {lists.data && (
        <>
          <PromptList prompts={lists.data.prompts} />
          <Divider />
          <FollowUpsDue referrals={lists.data.followUpsDue} today={lists.data.today} />
          <OpenReferrals referrals={lists.data.open} />
          <NoReferral people={lists.data.onBenefitsNoReferral} />
        </>
      )}
      <ReferralDialog
        target={target} finding={finding} today={today} onClose={close}
        onCreated={(r) => openReferral(r.id, { replace: true })}
      />
    </Stack>
  );
}

/** When the lists fail, a link naming a person still opens the form (without a prompt to answer). */
const emptyLists = (today: string): ReferralLists => ({ today, open: [], followUpsDue: [], onBenefitsNoReferral: [], prompts: [] });
