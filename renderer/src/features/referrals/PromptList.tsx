// "Things that should lead to a referral": each a sentence, with "Refer" opening the referral form for
// that person and reason. A stored prompt (a change in hours or pay) can be dismissed when no referral is
// needed, after asking; a worked-out one goes when a referral answers it.
import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ReferralPrompt, ReferralPromptKind } from '../../../../shared/contract/referrals';
import { problemOf } from '../../api/client';
import { useDismissPrompt } from '../../api/referrals';
import { referHref } from './useReferralParams';

export const PROMPT_KIND_WORDS: Record<ReferralPromptKind, string> = {
  'new-on-benefits': 'Starting work on benefits',
  'hours-changed': 'Hours changed',
  'rate-changed': 'Pay rate changed',
  'over-permitted-limit': 'Over the permitted-work limit',
};

const promptKey = (p: ReferralPrompt) => (p.id === null ? `${p.kind}:${p.staffId}:${p.date}` : `stored:${p.id}`);

export function PromptList({ prompts }: { prompts: ReferralPrompt[] }) {
  const [asking, setAsking] = useState<number | null>(null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="referral-prompts">
      <Title order={2} size="h3" id="referral-prompts">Things that should lead to a referral{prompts.length > 0 ? ` (${prompts.length})` : ''}</Title>
      {prompts.length === 0 ? (
        <Text size="sm">Nothing at the moment. New peer supporters on benefits, changes in hours or pay for people on benefits, and weeks over the permitted-work limit show here.</Text>
      ) : (
        <List spacing="sm" listStyleType="none" ml={0} pl={0} aria-labelledby="referral-prompts">
          {prompts.map((p) => (
            <List.Item key={promptKey(p)} data-testid="referral-prompt">
              <Stack gap={6}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Badge variant="light" color="yellow" c="dark.8" tt="none" radius="sm" miw={200} mt={2} style={{ flexShrink: 0 }}>{PROMPT_KIND_WORDS[p.kind]}</Badge>
                  <Text size="sm" style={{ flex: 1 }}>{p.message}</Text>
                  <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
                    <Button component={Link} to={referHref(p.personId, p.suggestedReason, p.id)} variant="light" size="compact-sm" aria-label={`Refer ${p.name} for benefits advice`}>Refer</Button>
                    {p.id !== null && asking !== p.id && (
                      <Button variant="default" size="compact-sm" aria-label={`Dismiss the prompt for ${p.name}`} onClick={() => setAsking(p.id)}>Dismiss</Button>
                    )}
                  </Group>
                </Group>
                {p.id !== null && asking === p.id && <DismissPrompt prompt={p} id={p.id} onDone={() => setAsking(null)} />}
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** Asks first, in place: a dismissed prompt does not come back. */
function DismissPrompt({ prompt, id, onDone }: { prompt: ReferralPrompt; id: number; onDone: () => void }) {
  const dismiss = useDismissPrompt();
  // The question takes the focus from the Dismiss button it replaces, on its safe answer.
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <Alert color="gray" variant="light" c="dark.8" title={`Dismiss the prompt for ${prompt.name}?`} role="alertdialog">
      <Text size="sm">It will not be shown again. Dismiss it only when no referral is needed, for example when {prompt.name} already has advice about this change.</Text>
      {dismiss.isError && <Text size="sm" c="red.9" mt="xs" role="alert">{problemOf(dismiss.error).message}</Text>}
      <Group mt="sm">
        <Button loading={dismiss.isPending} onClick={() => dismiss.mutate({ id }, { onSuccess: onDone })}>Yes, dismiss it</Button>
        <Button variant="default" onClick={onDone} ref={keep}>Keep it</Button>
      </Group>
    </Alert>
  );
}
