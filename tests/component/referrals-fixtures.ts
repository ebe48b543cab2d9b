// Made-up referrals, prompts and lists for the benefits-advice screens' tests, as the backend answers
// them. Friday 27/11/2026 is "today" in these tests.
import type { Member } from '../../shared/contract/members';
import type { OfficeSettings } from '../../shared/contract/office';
import type { Referral, ReferralLists, ReferralPrompt } from '../../shared/contract/referrals';

export const TODAY = '2026-11-27';

export const SETTINGS: OfficeSettings = {
  officeName: 'Tidewater Peer Support', databasePath: '/tmp/office.db', isDemo: true, localities: ['Worthing'], involvements: [],
  jobRoles: ['Peer supporter'], adviceServices: ['Citizens Advice', 'Welfare rights service'],
};

export const referral = (over: Partial<Referral> & { id: number }): Referral => ({
  personId: 101, name: 'Alba Quaintance', memberNumber: 1, staffId: 1, referredOn: '2026-11-02', service: 'Citizens Advice',
  reason: 'starting-work', consentToShare: false, consentOn: '', status: 'referred', followUpOn: '', outcome: '', followUpDue: false,
  attachments: [], createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z', ...over,
});

/** Alba's referral: consent recorded, follow-up past. */
export const ALBA_REFERRAL = referral({ id: 21, consentToShare: true, consentOn: '2026-11-02', followUpOn: '2026-11-20', followUpDue: true });
/** Bram's: no consent yet, follow-up to come. */
export const BRAM_REFERRAL = referral({
  id: 22, personId: 102, name: 'Bram Grimsditch', memberNumber: 2, staffId: 2, referredOn: '2026-11-16', service: 'Welfare rights service',
  reason: 'change-in-hours', status: 'appointment-booked', followUpOn: '2026-12-14',
});
/** A member who is not on the staff. */
export const ELSIE_REFERRAL = referral({ id: 23, personId: 205, name: 'Elsie Brackenbury', memberNumber: 205, staffId: null, reason: 'pip', status: 'to-refer', consentToShare: true, consentOn: '2026-11-25', referredOn: '2026-11-25' });

export const STORED_PROMPT: ReferralPrompt = {
  id: 7, kind: 'hours-changed', staffId: 3, personId: 103, name: 'Cato Pennyfeather', date: '2026-11-23',
  message: 'Cato Pennyfeather’s contracted hours changed from 12 to 16 hours a week from 23/11/2026: refer them for benefits advice.',
  suggestedReason: 'change-in-hours',
};
export const WORKED_OUT_PROMPT: ReferralPrompt = {
  id: null, kind: 'new-on-benefits', staffId: 4, personId: 104, name: 'Dora Thistlewood', date: '2026-12-02',
  message: 'Refer Dora Thistlewood for benefits advice before their first session on 02/12/2026.', suggestedReason: 'starting-work',
};

export const LISTS: ReferralLists = {
  today: TODAY,
  open: [ALBA_REFERRAL, BRAM_REFERRAL],
  followUpsDue: [ALBA_REFERRAL],
  onBenefitsNoReferral: [{ staffId: 4, personId: 104, name: 'Dora Thistlewood', benefit: 'permitted-work-lower' }],
  prompts: [STORED_PROMPT, WORKED_OUT_PROMPT],
};

/** A register record, as far as a "Refer" link needs it: the name it looks up. */
export const member = (id: number, firstName: string, lastName: string): Member =>
  ({ id, memberNumber: id, firstName, lastName, preferredName: '', status: 'active' }) as unknown as Member;
