// Referrals in words: where one is up to, whether consent is recorded, and the sentences the lists use.
// The words carry the meaning; colours only help.
import {
  REFERRAL_REASON_LABELS, REFERRAL_STATUS_LABELS, type Referral, type ReferralStatus,
} from '../../../../shared/contract/referrals';
import { formatUkDate } from '../../../../shared/domain/dates';
import { addDays, mondayOf } from '../../../../shared/domain/pay/calendar';

export const STATUS_COLOURS: Record<ReferralStatus, string> = {
  'to-refer': 'yellow', referred: 'blue', 'appointment-booked': 'blue', 'advice-given': 'teal', closed: 'gray',
};

export const statusWords = (r: Pick<Referral, 'status'>): string => REFERRAL_STATUS_LABELS[r.status];
export const reasonWords = (r: Pick<Referral, 'reason'>): string => REFERRAL_REASON_LABELS[r.reason];

/** "Yes, given 12/11/2026" or "No": consent is what allows a statement to be attached. */
export const consentWords = (r: Pick<Referral, 'consentToShare' | 'consentOn'>): string =>
  r.consentToShare ? `Yes, given ${formatUkDate(r.consentOn)}` : 'No';

/** "Alba Quaintance to Citizens Advice on 12/11/2026": names a referral in a title or a link. */
export const referralTitle = (r: Pick<Referral, 'name' | 'service' | 'referredOn'>): string =>
  `${r.name} to ${r.service} on ${formatUkDate(r.referredOn)}`;

/** One line of the follow-ups due. */
export const followUpSentence = (r: Referral): string =>
  `Follow up ${r.name}’s referral to ${r.service} (${statusWords(r).toLowerCase()}): the follow-up date was ${formatUkDate(r.followUpOn)}.`;

/**
 * The weeks a statement covers unless changed: the last twelve complete Monday-to-Sunday weeks, so no
 * week still under way reads as a short week to the adviser.
 */
export function defaultAttachDates(today: string): { from: string; to: string } {
  const thisMonday = mondayOf(today);
  return { from: addDays(thisMonday, -12 * 7), to: addDays(thisMonday, -1) };
}

/** "27 KB": how big an attached file is, roughly. */
export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
