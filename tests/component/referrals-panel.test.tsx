// The "Benefits advice" panel on a person's record, and the home screen's Benefits advice section: the
// person's referrals in words, each opening its dialog, "Refer for benefits advice" with the person
// fixed, and the home screen's follow-ups and prompts linking to the Benefits advice page.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardItem } from '../../shared/contract/supervision';
import { groupItems, linkFor, whenWords } from '../../renderer/src/features/dashboard/dashboardSections';
import { BenefitsAdvicePanel } from '../../renderer/src/features/referrals/BenefitsAdvicePanel';
import { ALBA_REFERRAL, referral, SETTINGS } from './referrals-fixtures';
import { fakeBackend, ok, renderAt } from './supervision-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const CLOSED = referral({ id: 19, referredOn: '2026-03-02', service: 'Welfare rights service', reason: 'universal-credit', status: 'closed', outcome: 'Told to report earnings monthly' });

describe('BenefitsAdvicePanel', () => {
  it('lists the person’s referrals in words and opens one in its dialog', async () => {
    const invoke = fakeBackend({ 'referrals:person': () => ok([ALBA_REFERRAL, CLOSED]), 'referrals:get': () => ok(CLOSED), 'office:settings': () => ok(SETTINGS) });
    const { user } = renderAt(<BenefitsAdvicePanel personId={101} name="Alba Quaintance" today="2026-11-27" />, '/members/101?section=benefits-advice');
    const table = await screen.findByRole('table', { name: 'Referrals for benefits advice' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['02/11/2026', 'Citizens Advice', 'Starting paid work', 'Referred', '20/11/2026 (due)', 'Yes, 02/11/2026', ''],
      ['02/03/2026', 'Welfare rights service', 'Universal Credit', 'Closed', 'None set', 'No', 'Told to report earnings monthly'],
    ]);
    expect(invoke).toHaveBeenCalledWith('referrals:person', { personId: 101 });
    // A link to the panel lands on its heading.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Benefits advice' }));

    await user.click(within(table).getByRole('button', { name: 'Referral to Welfare rights service on 02/03/2026: open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Referral: Alba Quaintance to Welfare rights service on 02/03/2026' });
    expect(within(dialog).getByTestId('referral-status').textContent).toBe('Closed');
    expect(within(dialog).getByText('Told to report earnings monthly')).toBeTruthy();
    // Already on their record: no link back to it.
    expect(within(dialog).queryByRole('link', { name: /record/ })).toBeNull();
  });

  it('refers someone with no referrals yet, with them fixed on the form, then shows the new referral', async () => {
    const made = referral({ id: 40, personId: 205, name: 'Elsie Brackenbury', staffId: null, reason: 'pip', status: 'to-refer', referredOn: '2026-11-27' });
    const invoke = fakeBackend({ 'referrals:person': () => ok([]), 'office:settings': () => ok(SETTINGS), 'referrals:save': () => ok(made), 'referrals:get': () => ok(made) });
    const { user } = renderAt(<BenefitsAdvicePanel personId={205} name="Elsie Brackenbury" today="2026-11-27" />, '/members/205');
    expect(await screen.findByText('Elsie Brackenbury has not been referred for benefits advice.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Refer for benefits advice' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make a referral for benefits advice' });
    expect(within(dialog).getByText('Elsie Brackenbury').tagName).toBe('STRONG');
    await user.selectOptions(within(dialog).getByLabelText('Advice service'), 'Citizens Advice');
    await user.selectOptions(within(dialog).getByLabelText('Reason'), 'pip');
    await user.click(within(dialog).getByRole('button', { name: 'Save the referral' }));
    expect(invoke).toHaveBeenCalledWith('referrals:save', expect.objectContaining({ personId: 205, service: 'Citizens Advice', reason: 'pip' }));
    expect(await screen.findByRole('dialog', { name: 'Referral: Elsie Brackenbury to Citizens Advice on 27/11/2026' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Elsie Brackenbury has no staff record, so there are no hours or earnings to attach.')).toBeTruthy();
  });
});

const item = (over: Partial<DashboardItem> & Pick<DashboardItem, 'kind'>): DashboardItem => ({
  date: '2026-11-27', daysLeft: 0, message: 'A line', staff: { staffId: 3, personId: 103, name: 'Cato Pennyfeather' },
  supervisionId: null, supportSessionId: null, absenceId: null, referralId: null, promptId: null, ...over,
});

describe('the home screen’s benefits advice', () => {
  it('groups follow-ups and prompts under Benefits advice, each linking where it is done', () => {
    const followUp = item({ kind: 'referral-follow-up', referralId: 21, date: '2026-11-20', daysLeft: -7 });
    const stored = item({ kind: 'referral-prompt', promptId: 7, date: '2026-11-23', daysLeft: -4 });
    const workedOut = item({ kind: 'referral-prompt', staff: { staffId: 4, personId: 104, name: 'Dora Thistlewood' }, date: '2026-12-02', daysLeft: 5 });
    const groups = groupItems([followUp, stored, workedOut]);
    expect(groups.map((g) => [g.section.title, g.items.length])).toEqual([['Benefits advice', 3]]);
    expect(linkFor(followUp)).toEqual({ to: '/benefits-advice?referral=21', where: 'on the Benefits advice page' });
    expect(linkFor(stored)).toEqual({ to: '/benefits-advice?refer=103&prompt=7', where: 'on the Benefits advice page' });
    expect(linkFor(workedOut)).toEqual({ to: '/benefits-advice?refer=104', where: 'on the Benefits advice page' });
    // A follow-up past its date is late; a prompt about a past change is simply to do.
    expect(whenWords(followUp)).toBe('Overdue by 7 days');
    expect(whenWords(stored)).toBe('To do');
    expect(whenWords(workedOut)).toBe('Wednesday');
  });
});
