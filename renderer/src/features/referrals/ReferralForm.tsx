// Make a referral for benefits advice, or change one: who, when, which service and why, their consent to
// share (with its date), where it is up to, when to follow it up, and the outcome in a line. The contract
// checks it first (GOV.UK error pattern); a refusal from the backend keeps everything typed.
import { Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  REFERRAL_REASON_LABELS, REFERRAL_REASONS, REFERRAL_STATUS_LABELS, REFERRAL_STATUSES, saveReferralSchema,
  type Referral, type ReferralReason, type ReferralStatus,
} from '../../../../shared/contract/referrals';
import { useReferralWrite } from '../../api/referrals';
import { UkDateInput } from '../../components/UkDateInput';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { fid, FormProblem } from '../../components/FormProblem';
import { PersonPicker } from './PersonPicker';
import { emptyReferral, referralToForm, referralToInput, type NewReferralDefaults, type ReferralFormValues } from './referralForm';

/** In the form's order: the error summary lists problems in this order too. */
const LABELS: Record<string, string> = {
  personId: 'Person', referredOn: 'Date of the referral', service: 'Advice service', reason: 'Reason', consentToShare: 'Consent to share',
  consentOn: 'Date they gave consent', status: 'Where it is up to', followUpOn: 'Follow-up date', outcome: 'Outcome',
};
const PREFIX = 'referral';

interface Props {
  /** The referral being changed, or null for a new one. */
  referral: Referral | null;
  /** Whose referral it is, when that is settled (a saved referral, or a "Refer" link); null shows the person picker. */
  person: { personId: number; name: string } | null;
  /** For a new referral: the reason to start with, and the stored prompt it answers. */
  defaults?: NewReferralDefaults;
  promptId?: number | null;
  services: readonly string[];
  today: string;
  onSaved: (referral: Referral) => void;
  onCancel: () => void;
}

export function ReferralForm({ referral, person, defaults, promptId = null, services, today, onSaved, onCancel }: Props) {
  const [v, setV] = useState<ReferralFormValues>(() =>
    referral ? referralToForm(referral) : emptyReferral(today, { personId: person?.personId ?? defaults?.personId ?? null, reason: defaults?.reason ?? null }));
  const set = <K extends keyof ReferralFormValues>(key: K, value: ReferralFormValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const save = useReferralWrite('referrals:save');
  const { problem, submit } = useCheckedSubmit(saveReferralSchema, (input, onError) => save.mutate(input, { onError, onSuccess: onSaved }));
  const errors = problem?.fields ?? {};
  const input = referralToInput(v, { ...(referral ? { id: referral.id } : {}), promptId });

  // A service renamed or removed in Settings since this referral was made still shows as chosen.
  const serviceOptions = [...services, ...(v.service && !services.includes(v.service) ? [v.service] : [])];
  const tickConsent = (checked: boolean) =>
    // Ticking it offers today, the usual case; a date typed before is kept.
    setV((old) => ({ ...old, consentToShare: checked, consentOn: checked && !old.consentOn ? today : old.consentOn }));

  return (
    <form onSubmit={submit(input)} noValidate aria-label={referral ? 'Change the referral' : 'Make a referral'}>
      <Stack gap="md">
        <FormProblem problem={problem} prefix={PREFIX} labels={LABELS} />
        {person ? (
          <Text size="sm">For <strong>{person.name}</strong></Text>
        ) : (
          <PersonPicker id={fid(PREFIX, 'personId')} value={v.personId} onChange={(id) => set('personId', id)} error={errors['personId']} />
        )}
        <Group align="flex-start" gap="md">
          <UkDateInput
            id={fid(PREFIX, 'referredOn')} name="referredOn" label={LABELS['referredOn']} description="Like 27/11/2026" w={200}
            value={v.referredOn} onChange={(d) => set('referredOn', d)} error={errors['referredOn']}
          />
          <NativeSelect
            id={fid(PREFIX, 'service')} label={LABELS['service']} w={320} value={v.service} error={errors['service']}
            description={services.length === 0 ? 'Add the services you refer to in Settings, Lists and places, first' : 'The list is kept in Settings, Lists and places'}
            onChange={(e) => set('service', e.currentTarget.value)}
            data={[{ value: '', label: 'Choose a service' }, ...serviceOptions.map((s) => ({ value: s, label: s }))]}
          />
        </Group>
        <NativeSelect
          id={fid(PREFIX, 'reason')} label={LABELS['reason']} w={320} value={v.reason} error={errors['reason']}
          onChange={(e) => set('reason', e.currentTarget.value as ReferralReason | '')}
          data={[{ value: '', label: 'Choose a reason' }, ...REFERRAL_REASONS.map((r) => ({ value: r, label: REFERRAL_REASON_LABELS[r] }))]}
        />
        <Stack gap="xs">
          <Checkbox
            id={fid(PREFIX, 'consentToShare')} label="They consent to share their hours and earnings with the advice service"
            description="Consent covers sharing their weekly hours and earnings statement with the advice service, and nothing else."
            checked={v.consentToShare} onChange={(e) => tickConsent(e.currentTarget.checked)} error={errors['consentToShare']}
          />
          {!v.consentToShare && referral?.consentToShare && referral.attachments.length > 0 && (
            <Text size="sm" c="orange.9" ml={32} data-testid="consent-withdrawn">
              Saving without consent deletes the attached {referral.attachments.length === 1 ? 'statement' : `${referral.attachments.length} statements`}: it may no longer be shared.
            </Text>
          )}
          {v.consentToShare && (
            <UkDateInput
              id={fid(PREFIX, 'consentOn')} name="consentOn" label={LABELS['consentOn']} description="Like 27/11/2026" w={200} ml={32}
              value={v.consentOn} onChange={(d) => set('consentOn', d)} error={errors['consentOn']}
            />
          )}
        </Stack>
        <Group align="flex-start" gap="md">
          <NativeSelect
            id={fid(PREFIX, 'status')} label={LABELS['status']} w={240} value={v.status} error={errors['status']}
            onChange={(e) => set('status', e.currentTarget.value as ReferralStatus)}
            data={REFERRAL_STATUSES.map((s) => ({ value: s, label: REFERRAL_STATUS_LABELS[s] }))}
          />
          <UkDateInput
            id={fid(PREFIX, 'followUpOn')} name="followUpOn" label="Follow-up date (optional)" description="When to check how it went" w={220}
            value={v.followUpOn} onChange={(d) => set('followUpOn', d)} error={errors['followUpOn']}
          />
        </Group>
        <TextInput
          id={fid(PREFIX, 'outcome')} label={v.status === 'closed' ? 'Outcome' : 'Outcome (optional)'} autoComplete="off"
          description="What came of it, in a line of up to 200 characters: no case notes, and no diagnosis or medical details. Needed to close it."
          value={v.outcome} onChange={(e) => set('outcome', e.currentTarget.value)} error={errors['outcome']}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={save.isPending}>{referral ? 'Save the changes' : 'Save the referral'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
