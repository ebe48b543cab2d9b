// What the Benefits advice page shows lives in the address, so the home screen and the member page can
// link to it exactly: ?referral=12 opens that referral; ?refer=101&reason=change-in-hours&prompt=7 opens
// a new referral for person 101, for that reason, answering stored prompt 7; ?referral=new a blank one.
import { REFERRAL_REASONS, type ReferralReason } from '../../../../shared/contract/referrals';
import { dialogParam, idParam, useAddressParams, type AddressParams, type OpenDialog } from '../../components/useAddressParams';

export interface ReferralParams {
  /** A referral's id, 'new' for a blank referral, or null. */
  referral: OpenDialog;
  /** The person a new referral is for (it opens the form with them fixed). */
  refer: number | null;
  reason: ReferralReason | null;
  /** The stored prompt a new referral answers. */
  prompt: number | null;
}

const reasonParam = (text: string | null): ReferralReason | null =>
  (REFERRAL_REASONS as readonly string[]).includes(text ?? '') ? (text as ReferralReason) : null;

const REFERRAL_ADDRESS: AddressParams<ReferralParams> = {
  read: (search) => ({
    referral: dialogParam(search.get('referral')),
    refer: idParam(search.get('refer')),
    reason: reasonParam(search.get('reason')),
    prompt: idParam(search.get('prompt')),
  }),
  write: (p) => {
    const out = new URLSearchParams();
    if (p.referral !== null) out.set('referral', String(p.referral));
    if (p.refer !== null) out.set('refer', String(p.refer));
    if (p.reason !== null) out.set('reason', p.reason);
    if (p.prompt !== null) out.set('prompt', String(p.prompt));
    return out;
  },
};

const NOTHING_OPEN: ReferralParams = { referral: null, refer: null, reason: null, prompt: null };

/** The address of a new referral for someone: the link behind each "Refer". */
export function referHref(personId: number, reason?: ReferralReason | null, promptId?: number | null): string {
  return `/benefits-advice?${REFERRAL_ADDRESS.write({ ...NOTHING_OPEN, refer: personId, reason: reason ?? null, prompt: promptId ?? null }).toString()}`;
}
export const referralHref = (id: number): string => `/benefits-advice?referral=${id}`;

export function useReferralParams() {
  const { params, today, searchFor, go } = useAddressParams(REFERRAL_ADDRESS);
  return {
    params,
    today,
    searchFor,
    /** Shows a saved referral in the dialog (after adding one, in place of the new form). */
    openReferral: (id: number, options?: { replace?: boolean }) => go({ ...NOTHING_OPEN, referral: id }, options),
    close: () => go(NOTHING_OPEN, { replace: true }),
  };
}
