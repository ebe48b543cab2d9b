// The demo office's benefits-advice referrals: every list and every kind of prompt has something in it
// on the first open, and each referral is one the screens could have saved.
import { describe, expect, it } from 'vitest';
import { saveReferralSchema, REFERRAL_STATUSES } from '../../shared/contract/referrals';
import { expectOk, FakeClock, PASSPHRASE, useOffices } from '../helpers/office';

const { backendAt, tempDir } = useOffices();

describe('the demo office', () => {
  // The demo books someone over the permitted-work limit last week, a complete week, so the prompt shows
  // whatever the day: a Friday, when this week is also over, and a Monday, when this week is not yet worked.
  it.each(['2026-11-27T10:00:00Z', '2026-11-30T10:00:00Z'])('on %s has open referrals, a follow-up due, people on benefits with no referral and a prompt of each kind', async (now) => {
    const backend = backendAt({ dir: tempDir(), clock: new FakeClock(Date.parse(now)) });
    expectOk(await backend.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
    const lists = expectOk(await backend.invoke('referrals:lists', {}));

    expect(new Set(lists.prompts.map((p) => p.kind))).toEqual(new Set(['new-on-benefits', 'hours-changed', 'rate-changed', 'over-permitted-limit']));
    expect(lists.followUpsDue.length).toBeGreaterThanOrEqual(1);
    expect(lists.open.length).toBeGreaterThanOrEqual(4);
    expect(lists.open.some((r) => r.staffId === null)).toBe(true); // members are referred too
    // Someone on the no-referral list whose benefit began after they started, so no "first session" prompt.
    const prompted = new Set(lists.prompts.filter((p) => p.kind === 'new-on-benefits').map((p) => p.staffId));
    expect(lists.onBenefitsNoReferral.some((p) => !prompted.has(p.staffId))).toBe(true);

    const everyone = backend.session.context().sqlite.prepare('SELECT id FROM referrals').all() as { id: number }[];
    expect(everyone.length).toBeGreaterThanOrEqual(12);
    const referrals = await Promise.all(everyone.map(async ({ id }) => expectOk(await backend.invoke('referrals:get', { id }))));
    expect(new Set(referrals.map((r) => r.status))).toEqual(new Set(REFERRAL_STATUSES));
    expect(referrals.filter((r) => r.consentToShare).length).toBeGreaterThan(referrals.length / 2);
    const services = expectOk(await backend.invoke('office:settings', {})).adviceServices;
    for (const r of referrals) {
      const { id, personId, referredOn, service, reason, consentToShare, consentOn, status, followUpOn, outcome } = r;
      expect(saveReferralSchema.safeParse({ id, personId, referredOn, service, reason, consentToShare, consentOn, status, followUpOn, outcome }).success, `referral ${id}`).toBe(true);
      expect(services).toContain(service);
      expect(consentOn <= lists.today).toBe(true);
    }
  });
});
