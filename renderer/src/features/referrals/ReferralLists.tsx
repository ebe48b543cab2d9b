// The Benefits advice page's lists after the prompts: follow-ups due, open referrals (a table), and people
// on benefits with no referral at all. Every status is in words; each line links to where it is done.
import { Anchor, Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Referral, ReferralLists } from '../../../../shared/contract/referrals';
import { formatUkDate } from '../../../../shared/domain/dates';
import { daysBetween } from '../../../../shared/domain/pay/calendar';
import { BENEFIT_KIND_LABELS, type BenefitKind } from '../../../../shared/domain/staff';
import { daysWords } from '../supervision/words';
import { followUpSentence, reasonWords, STATUS_COLOURS, statusWords } from './referralWords';
import { referHref, referralHref } from './useReferralParams';

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>{title}{count > 0 ? ` (${count})` : ''}</Title>
      {children}
    </Stack>
  );
}

export function FollowUpsDue({ referrals, today }: { referrals: Referral[]; today: string }) {
  return (
    <Section id="referral-follow-ups" title="Follow-ups due" count={referrals.length}>
      {referrals.length === 0 ? <Text size="sm">No follow-up is due.</Text> : (
        <List spacing="xs" listStyleType="none" ml={0} pl={0} aria-labelledby="referral-follow-ups">
          {referrals.map((r) => (
            <List.Item key={r.id}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Badge variant="light" color={r.followUpOn < today ? 'red' : 'blue'} c="dark.8" tt="none" radius="sm" miw={160} mt={2} style={{ flexShrink: 0 }}>
                  {daysWords(daysBetween(today, r.followUpOn))}
                </Badge>
                <Text size="sm"><Anchor component={Link} to={referralHref(r.id)} underline="always">{followUpSentence(r)}</Anchor></Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

/** Where a referral is up to, as a word on a tint. A squeezed table must not cut the words short ("Appointment book…"). */
export function StatusBadge({ referral }: { referral: Pick<Referral, 'status'> }) {
  return (
    <Badge variant="light" color={STATUS_COLOURS[referral.status]} c="dark.8" tt="none" radius="sm" style={{ flexShrink: 0, overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
      {statusWords(referral)}
    </Badge>
  );
}

/** A referral's follow-up in the tables: the date, and "due" once it has come. */
export const followUpCell = (r: Referral): string => (r.followUpOn ? `${formatUkDate(r.followUpOn)}${r.followUpDue ? ' (due)' : ''}` : 'None set');

export function OpenReferrals({ referrals }: { referrals: Referral[] }) {
  return (
    <Section id="referral-open" title="Open referrals" count={referrals.length}>
      {referrals.length === 0 ? <Text size="sm">No referrals are open.</Text> : (
        <Table aria-labelledby="referral-open" striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>{['Person', 'Referred on', 'Advice service', 'Reason', 'Status', 'Follow-up', 'Consent to share'].map((h) => <Table.Th scope="col" key={h}>{h}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {referrals.map((r) => (
              <Table.Tr key={r.id} data-testid={`open-referral-${r.id}`}>
                <Table.Td>
                  <Anchor component={Link} to={referralHref(r.id)} size="sm" underline="always" aria-label={`${r.name}: open the referral to ${r.service}`}>{r.name}</Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatUkDate(r.referredOn)}</Table.Td>
                <Table.Td>{r.service}</Table.Td>
                <Table.Td>{reasonWords(r)}</Table.Td>
                <Table.Td miw={150}><StatusBadge referral={r} /></Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{followUpCell(r)}</Table.Td>
                <Table.Td>{r.consentToShare ? 'Yes' : 'No'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

/** The benefit in words, whether the backend sends its kind or its label. */
const benefitWords = (benefit: string): string => BENEFIT_KIND_LABELS[benefit as BenefitKind] ?? benefit;

export function NoReferral({ people }: { people: ReferralLists['onBenefitsNoReferral'] }) {
  return (
    <Section id="referral-none" title="On benefits with no referral" count={people.length}>
      {people.length === 0 ? <Text size="sm">Everyone on the staff who is on benefits has had a referral.</Text> : (
        <List spacing="xs" listStyleType="none" ml={0} pl={0} aria-labelledby="referral-none">
          {people.map((p) => (
            <List.Item key={p.staffId}>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm">
                  <Anchor component={Link} to={`/members/${p.personId}?section=benefits-advice`} underline="always">{p.name}</Anchor> ({benefitWords(p.benefit)})
                </Text>
                <Button component={Link} to={referHref(p.personId)} variant="default" size="compact-sm" aria-label={`Refer ${p.name} for benefits advice`}>Refer</Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
