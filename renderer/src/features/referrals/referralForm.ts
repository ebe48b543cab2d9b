// The referral form's values as typed, and what they become for referrals:save.
import type { Referral, ReferralReason, ReferralStatus, SaveReferralInput } from '../../../../shared/contract/referrals';

export interface ReferralFormValues {
  personId: number | null;
  referredOn: string;
  service: string;
  /** '' until one is chosen. */
  reason: ReferralReason | '';
  consentToShare: boolean;
  /** Kept while consent is unticked, so ticking it again brings the date back. */
  consentOn: string;
  status: ReferralStatus;
  followUpOn: string;
  outcome: string;
}

export interface NewReferralDefaults {
  personId: number | null;
  reason: ReferralReason | null;
}

export const emptyReferral = (today: string, defaults: NewReferralDefaults): ReferralFormValues => ({
  personId: defaults.personId, referredOn: today, service: '', reason: defaults.reason ?? '', consentToShare: false, consentOn: '',
  status: 'to-refer', followUpOn: '', outcome: '',
});

export const referralToForm = (r: Referral): ReferralFormValues => ({
  personId: r.personId, referredOn: r.referredOn, service: r.service, reason: r.reason, consentToShare: r.consentToShare,
  consentOn: r.consentOn, status: r.status, followUpOn: r.followUpOn, outcome: r.outcome,
});

export function referralToInput(v: ReferralFormValues, ids: { id?: number; promptId?: number | null }): SaveReferralInput {
  return {
    ...(ids.id ? { id: ids.id } : {}),
    // 0 and '' are refused by the contract with "Choose the person to refer" and "Choose the reason".
    personId: v.personId ?? 0,
    referredOn: v.referredOn,
    service: v.service,
    reason: v.reason as ReferralReason,
    consentToShare: v.consentToShare,
    // A date typed and then unticked is not consent: it is kept (hidden) in case the box is ticked again, never sent.
    consentOn: v.consentToShare ? v.consentOn : '',
    status: v.status,
    followUpOn: v.followUpOn,
    outcome: v.outcome,
    ...(ids.promptId ? { promptId: ids.promptId } : {}),
  };
}
