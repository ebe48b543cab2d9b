// The weekly hours and earnings statement (payroll's) attached to a referral for the adviser: the ones
// attached so far, to download, and attaching another for chosen weeks. Only with consent recorded, and
// only for someone on the staff: anyone else has no hours or earnings to show.
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { attachStatementSchema, type Referral, type ReferralAttachment } from '../../../../shared/contract/referrals';
import { formatUkDate } from '../../../../shared/domain/dates';
import { problemOf } from '../../api/client';
import { useDownloadAttachment, useReferralWrite } from '../../api/referrals';
import { Notice } from '../../components/Notice';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { fid, FormProblem } from '../../components/FormProblem';
import { defaultAttachDates, sizeWords } from './referralWords';

const LABELS: Record<string, string> = { from: 'From', to: 'To' };
const PREFIX = 'attach';

/** The London day a file was attached, from its timestamp. */
const attachedOn = (createdAt: string): string =>
  new Date(createdAt).toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' });

export const attachmentWords = (a: ReferralAttachment): string =>
  `Hours and earnings from ${formatUkDate(a.fromDate)} to ${formatUkDate(a.toDate)}, attached ${attachedOn(a.createdAt)} (${sizeWords(a.sizeBytes)})`;

/** Why a statement cannot be attached yet, in a line; null when it can. */
export function whyNoStatement(r: Referral): string | null {
  if (r.staffId === null) return `${r.name} has no staff record, so there are no hours or earnings to attach.`;
  if (!r.consentToShare) return `Record ${r.name}’s consent to share first (Change the details): a statement is attached only with their consent.`;
  return null;
}

export function AttachStatement({ referral, today }: { referral: Referral; today: string }) {
  const defaults = defaultAttachDates(today);
  const [from, setFrom] = useState(defaults.from);
  const [to, setTo] = useState(defaults.to);
  const [attached, setAttached] = useState<string | null>(null);
  const attach = useReferralWrite('referrals:attachStatement');
  const download = useDownloadAttachment();
  const { problem, submit } = useCheckedSubmit(attachStatementSchema, (input, onError) => {
    setAttached(null);
    attach.mutate(input, { onError, onSuccess: () => setAttached(`Attached the statement from ${formatUkDate(input.from)} to ${formatUkDate(input.to)}.`) });
  });
  const errors = problem?.fields ?? {};
  const blocked = whyNoStatement(referral);

  return (
    <Stack gap="sm" component="section" aria-labelledby="referral-statement-heading">
      <Title order={3} size="h4" id="referral-statement-heading">Weekly hours and earnings statement</Title>
      <Text size="sm">Hours worked and gross pay week by week, from the rota, for the adviser to check against their benefits.</Text>
      {referral.attachments.length === 0 ? (
        <Text size="sm" data-testid="no-attachments">No statement is attached yet.</Text>
      ) : (
        <List spacing="xs" listStyleType="none" ml={0} pl={0} aria-label="Attached statements">
          {referral.attachments.map((a) => (
            <List.Item key={a.id}>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm">{attachmentWords(a)}</Text>
                <Button
                  variant="default" size="compact-sm" loading={download.isPending && download.variables?.id === a.id}
                  aria-label={`Download the statement from ${formatUkDate(a.fromDate)} to ${formatUkDate(a.toDate)}`}
                  onClick={() => download.mutate({ id: a.id })}
                >
                  Download
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {download.isError && <Text size="sm" c="red.9" role="alert">{problemOf(download.error).message}</Text>}
      {attached && <Alert color="teal" variant="light" role="status" title="Attached">{attached}</Alert>}
      {blocked && <Notice role="note" p="xs"><Text size="sm">{blocked}</Text></Notice>}
      <form onSubmit={submit({ referralId: referral.id, from, to })} noValidate aria-label="Attach the weekly hours and earnings statement">
        <Stack gap="xs">
          <FormProblem problem={problem} prefix={PREFIX} labels={LABELS} />
          <Group align="flex-start" gap="sm">
            <UkDateInput
              id={fid(PREFIX, 'from')} name="from" label="From" description={`Like ${formatUkDate(defaults.from)}`} w={170}
              value={from} onChange={setFrom} error={errors['from']} disabled={blocked !== null}
            />
            <UkDateInput
              id={fid(PREFIX, 'to')} name="to" label="To" description={`Like ${formatUkDate(defaults.to)}`} w={170}
              value={to} onChange={setTo} error={errors['to']} disabled={blocked !== null}
            />
          </Group>
          <Group>
            <Button type="submit" variant="default" loading={attach.isPending} disabled={blocked !== null}>
              Attach the weekly hours and earnings statement
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
