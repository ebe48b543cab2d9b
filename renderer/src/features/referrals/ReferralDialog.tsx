// One referral in a dialog: the form for a new one (prefilled from a prompt or a "Refer" link), or a
// saved one with its details, changing them, and the hours and earnings statement attached for the
// adviser. Only Close or Cancel closes it: a stray click outside must not drop what was typed.
import { Alert, Anchor, Badge, Button, Divider, Group, Loader, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Referral, ReferralReason } from '../../../../shared/contract/referrals';
import { formatUkDate } from '../../../../shared/domain/dates';
import { displayName, formatMemberNumber } from '../../../../shared/domain/members';
import { useMember } from '../../api/members';
import { useOfficeSettings } from '../../api/office';
import { useReferral } from '../../api/referrals';
import { AttachStatement } from './AttachStatement';
import { ReferralForm } from './ReferralForm';
import { consentWords, reasonWords, referralTitle, STATUS_COLOURS, statusWords } from './referralWords';

export type ReferralTarget =
  /** A new referral; the person is fixed when known (a name is looked up when not given). */
  | { kind: 'new'; personId: number | null; name?: string; reason: ReferralReason | null; promptId: number | null }
  | { kind: 'referral'; id: number };

interface Props {
  target: ReferralTarget | null;
  /** True while the page is still finding what a link asked for (the prompt it answers). */
  finding?: boolean;
  today: string;
  onClose: () => void;
  /** A new referral was saved: the dialog goes on to show it, so a statement can be attached. */
  onCreated: (referral: Referral) => void;
  /** Opened from the person's own record: no link back to it. */
  onRecord?: boolean;
}

export function ReferralDialog({ target, finding = false, today, onClose, onCreated, onRecord = false }: Props) {
  const settings = useOfficeSettings();
  const referral = useReferral(target?.kind === 'referral' ? target.id : null);
  const lookUp = target?.kind === 'new' && target.personId !== null && !target.name ? target.personId : null;
  const member = useMember(lookUp);
  // What the last save did, kept while the dialog stays open (adding moves it on to the saved referral).
  const [done, setDone] = useState<string | null>(null);
  const close = () => {
    setDone(null);
    onClose();
  };
  const saved = target?.kind === 'referral' ? referral.data : undefined;
  const title = target?.kind === 'new' ? 'Make a referral for benefits advice' : saved ? `Referral: ${referralTitle(saved)}` : 'A referral';
  const services = settings.data?.adviceServices ?? [];

  const newPerson = target?.kind === 'new' && target.personId !== null
    ? (target.name ? { personId: target.personId, name: target.name } : member.data ? { personId: target.personId, name: displayName(member.data) } : undefined)
    : null;
  const waiting = finding || !settings.data || (newPerson === undefined && !member.isError);

  return (
    <Modal opened={target !== null} onClose={close} title={title} size="xl" closeOnClickOutside={false} closeOnEscape={false} closeButtonProps={{ 'aria-label': 'Close' }}>
      {target?.kind === 'new' && waiting && <Loader aria-label="Loading the referral form" />}
      {target?.kind === 'new' && member.isError && (
        <Alert color="red" variant="light" role="alert" title="Not on the register">{member.error.message} Close this and choose the person again.</Alert>
      )}
      {target?.kind === 'new' && !waiting && newPerson !== undefined && (
        <ReferralForm
          referral={null} person={newPerson} defaults={{ personId: target.personId, reason: target.reason }} promptId={target.promptId}
          services={services} today={today} onCancel={close}
          onSaved={(r) => {
            setDone(`The referral of ${r.name} to ${r.service} is saved.${target.promptId ? ' The prompt it answers is closed.' : ''}`);
            onCreated(r);
          }}
        />
      )}
      {target?.kind === 'referral' && referral.isPending && <Loader aria-label="Loading the referral" />}
      {target?.kind === 'referral' && referral.isError && (
        <Alert color="red" variant="light" role="alert" title="The referral cannot be shown">{referral.error.message}</Alert>
      )}
      {saved && (
        <SavedReferral key={saved.id} referral={saved} services={services} today={today} done={done} onDone={setDone} onClose={close} onRecord={onRecord} />
      )}
    </Modal>
  );
}

interface SavedProps {
  referral: Referral;
  services: readonly string[];
  today: string;
  done: string | null;
  onDone: (message: string | null) => void;
  onClose: () => void;
  onRecord: boolean;
}

function SavedReferral({ referral, services, today, done, onDone, onClose, onRecord }: SavedProps) {
  const [changing, setChanging] = useState(false);
  return (
    <Stack gap="lg">
      {done && <Alert color="teal" variant="light" role="status" title="Saved">{done}</Alert>}
      {changing ? (
        <ReferralForm
          referral={referral} person={{ personId: referral.personId, name: referral.name }} services={services} today={today}
          onCancel={() => setChanging(false)}
          onSaved={() => {
            setChanging(false);
            onDone('The changes are saved.');
          }}
        />
      ) : (
        <Stack gap="sm">
          <ReferralFacts referral={referral} />
          <Group><Button variant="default" onClick={() => { onDone(null); setChanging(true); }}>Change the details</Button></Group>
        </Stack>
      )}
      <Divider />
      <AttachStatement referral={referral} today={today} />
      <Divider />
      <Group justify={onRecord ? 'flex-end' : 'space-between'}>
        {!onRecord && <Anchor component={Link} to={`/members/${referral.personId}?section=benefits-advice`} size="sm" underline="always">{referral.name}’s record</Anchor>}
        <Button variant="default" onClick={onClose}>Close</Button>
      </Group>
    </Stack>
  );
}

export function ReferralFacts({ referral: r }: { referral: Referral }) {
  const facts: [string, string][] = [
    ['Person', `${r.name} (${formatMemberNumber(r.memberNumber)})`],
    ['Referred on', formatUkDate(r.referredOn)],
    ['Advice service', r.service],
    ['Reason', reasonWords(r)],
    ['Consent to share', consentWords(r)],
    ['Follow-up date', r.followUpOn ? `${formatUkDate(r.followUpOn)}${r.followUpDue ? ' (due now)' : ''}` : 'None set'],
  ];
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Text fw={600}>Where it is up to:</Text>
        <Badge variant="light" color={STATUS_COLOURS[r.status]} c="dark.8" tt="none" size="lg" radius="sm" data-testid="referral-status">{statusWords(r)}</Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 3 }} component="dl" m={0} spacing="sm">
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="gray.7">{label}</Text>
            <Text component="dd" m={0} size="sm" fw={500}>{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      <div>
        <Text size="sm" c="gray.7">Outcome</Text>
        <Text size="sm" fw={500}>{r.outcome || 'Not recorded yet'}</Text>
      </div>
    </Stack>
  );
}
