// "Benefits advice" on anyone's record (a member or a member of staff): their referrals, each opening in
// the referral dialog, and "Refer for benefits advice". A link with ?section=benefits-advice lands here.
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Referral } from '../../../../shared/contract/referrals';
import { formatUkDate } from '../../../../shared/domain/dates';
import { usePersonReferrals } from '../../api/referrals';
import { useSectionFocus } from '../supervision/useSectionFocus';
import { ReferralDialog, type ReferralTarget } from './ReferralDialog';
import { followUpCell, StatusBadge } from './ReferralLists';
import { reasonWords } from './referralWords';

interface Props {
  personId: number;
  /** Their name as the record shows it, for the form and the sentences. */
  name: string;
  today: string;
}

export function BenefitsAdvicePanel({ personId, name, today }: Props) {
  const headingRef = useSectionFocus<HTMLHeadingElement>('benefits-advice');
  const referrals = usePersonReferrals(personId);
  const [target, setTarget] = useState<ReferralTarget | null>(null);
  return (
    <Paper component="section" id="benefits-advice" aria-labelledby="benefits-advice-heading" withBorder p="lg" radius="md" mt="xl">
      <Stack gap="md">
        {/* The margin keeps the heading clear of the app's fixed header when a link scrolls it into view. */}
        <Title order={2} id="benefits-advice-heading" ref={headingRef} tabIndex={-1} style={{ scrollMarginTop: 90 }}>Benefits advice</Title>
        {referrals.isPending && <Loader aria-label="Loading referrals for benefits advice" />}
        {referrals.isError && <Alert color="red" variant="light" role="alert">{referrals.error.message}</Alert>}
        {referrals.data && (
          referrals.data.length === 0
            ? <Text size="sm">{name} has not been referred for benefits advice.</Text>
            : <PersonReferrals referrals={referrals.data} onOpen={(id) => setTarget({ kind: 'referral', id })} />
        )}
        <Group>
          <Button variant="default" onClick={() => setTarget({ kind: 'new', personId, name, reason: null, promptId: null })}>Refer for benefits advice</Button>
        </Group>
      </Stack>
      <ReferralDialog
        target={target} today={today} onClose={() => setTarget(null)} onRecord
        onCreated={(r) => setTarget({ kind: 'referral', id: r.id })}
      />
    </Paper>
  );
}

function PersonReferrals({ referrals, onOpen }: { referrals: Referral[]; onOpen: (id: number) => void }) {
  return (
    <Table aria-label="Referrals for benefits advice" striped verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>{['Referred on', 'Advice service', 'Reason', 'Status', 'Follow-up', 'Consent to share', 'Outcome'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}</Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {referrals.map((r) => (
          <Table.Tr key={r.id} data-testid={`person-referral-${r.id}`}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Anchor component="button" type="button" size="sm" underline="always" onClick={() => onOpen(r.id)} aria-label={`Referral to ${r.service} on ${formatUkDate(r.referredOn)}: open`}>
                {formatUkDate(r.referredOn)}
              </Anchor>
            </Table.Td>
            <Table.Td>{r.service}</Table.Td>
            <Table.Td>{reasonWords(r)}</Table.Td>
            <Table.Td miw={150}><StatusBadge referral={r} /></Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{followUpCell(r)}</Table.Td>
            <Table.Td>{r.consentToShare ? `Yes, ${formatUkDate(r.consentOn)}` : 'No'}</Table.Td>
            <Table.Td>{r.outcome}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
