// The Benefits advice page against a window.peerOffice that answers as the backend does: prompts first
// with Refer and Dismiss, follow-ups due, open referrals in words, people on benefits with no referral,
// and the referral form opened from a prompt, from the address alone, or blank (GOV.UK errors, the
// backend's refusal keeping what was typed).
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveReferralInput } from '../../shared/contract/referrals';
import { BenefitsAdvicePage } from '../../renderer/src/features/referrals/BenefitsAdvicePage';
import { ALBA_REFERRAL, LISTS, member, referral, SETTINGS, STORED_PROMPT } from './referrals-fixtures';
import { fakeBackend, ok, refused, renderAt } from './supervision-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

function backend(more: Parameters<typeof fakeBackend>[0] = {}) {
  return fakeBackend({ 'referrals:lists': () => ok(LISTS), 'office:settings': () => ok(SETTINGS), ...more });
}

describe('BenefitsAdvicePage', () => {
  it('shows the prompts first, then follow-ups due, open referrals in words and people with no referral', async () => {
    backend();
    renderAt(<BenefitsAdvicePage />, '/benefits-advice');
    const prompts = await screen.findByRole('region', { name: 'Things that should lead to a referral (2)' });
    const items = within(prompts).getAllByTestId('referral-prompt');
    expect(items.map((li) => li.textContent)).toEqual([
      `Hours changed${STORED_PROMPT.message}ReferDismiss`,
      'Starting work on benefitsRefer Dora Thistlewood for benefits advice before their first session on 02/12/2026.Refer',
    ]);
    // A stored prompt's Refer carries its id (saving closes it); a worked-out one's only the person and reason.
    expect(within(items[0]!).getByRole('link', { name: 'Refer Cato Pennyfeather for benefits advice' }).getAttribute('href'))
      .toBe('/benefits-advice?refer=103&reason=change-in-hours&prompt=7');
    expect(within(items[1]!).getByRole('link', { name: 'Refer Dora Thistlewood for benefits advice' }).getAttribute('href'))
      .toBe('/benefits-advice?refer=104&reason=starting-work');
    expect(within(items[1]!).queryByRole('button', { name: /Dismiss/ })).toBeNull();
    // The prompts come before everything else on the page.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Things that should lead to a referral (2)', 'Follow-ups due (1)', 'Open referrals (2)', 'On benefits with no referral (1)']);

    const due = screen.getByRole('region', { name: 'Follow-ups due (1)' });
    expect(within(due).getByRole('listitem').textContent)
      .toBe('Overdue by 7 daysFollow up Alba Quaintance’s referral to Citizens Advice (referred): the follow-up date was 20/11/2026.');
    expect(within(due).getByRole('link').getAttribute('href')).toBe('/benefits-advice?referral=21');

    const table = screen.getByRole('table', { name: 'Open referrals (2)' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['Alba Quaintance', '02/11/2026', 'Citizens Advice', 'Starting paid work', 'Referred', '20/11/2026 (due)', 'Yes'],
      ['Bram Grimsditch', '16/11/2026', 'Welfare rights service', 'A change in hours or pay', 'Appointment booked', '14/12/2026', 'No'],
    ]);
    expect(within(table).getByRole('link', { name: 'Bram Grimsditch: open the referral to Welfare rights service' }).getAttribute('href')).toBe('/benefits-advice?referral=22');

    const none = screen.getByRole('region', { name: 'On benefits with no referral (1)' });
    expect(within(none).getByRole('listitem').textContent).toBe('Dora Thistlewood (Permitted work: lower limit)Refer');
    expect(within(none).getByRole('link', { name: 'Dora Thistlewood' }).getAttribute('href')).toBe('/members/104?section=benefits-advice');
    expect(within(none).getByRole('link', { name: 'Refer Dora Thistlewood for benefits advice' }).getAttribute('href')).toBe('/benefits-advice?refer=104');
  });

  it('says so when nothing is waiting', async () => {
    backend({ 'referrals:lists': () => ok({ ...LISTS, open: [], followUpsDue: [], onBenefitsNoReferral: [], prompts: [] }) });
    renderAt(<BenefitsAdvicePage />, '/benefits-advice');
    expect(await screen.findByText(/^Nothing at the moment\./)).toBeTruthy();
    expect(screen.getByText('No follow-up is due.')).toBeTruthy();
    expect(screen.getByText('No referrals are open.')).toBeTruthy();
    expect(screen.getByText('Everyone on the staff who is on benefits has had a referral.')).toBeTruthy();
  });

  it('asks before dismissing a stored prompt, and keeps it when told to', async () => {
    const invoke = backend({ 'referrals:dismissPrompt': () => ok({ ...LISTS, prompts: LISTS.prompts.slice(1) }) });
    const { user } = renderAt(<BenefitsAdvicePage />, '/benefits-advice');
    await user.click(await screen.findByRole('button', { name: 'Dismiss the prompt for Cato Pennyfeather' }));
    const ask = screen.getByRole('alertdialog', { name: 'Dismiss the prompt for Cato Pennyfeather?' });
    expect(ask.textContent).toContain('It will not be shown again.');
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Keep it' }));
    await user.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(invoke).not.toHaveBeenCalledWith('referrals:dismissPrompt', expect.anything());

    await user.click(screen.getByRole('button', { name: 'Dismiss the prompt for Cato Pennyfeather' }));
    await user.click(screen.getByRole('button', { name: 'Yes, dismiss it' }));
    expect(invoke).toHaveBeenCalledWith('referrals:dismissPrompt', { id: 7 });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Things that should lead to a referral (1)' })).toBeTruthy());
    expect(screen.queryByText(STORED_PROMPT.message)).toBeNull();
  });

  it('refers from a prompt: the form has the person and reason, saving answers the prompt and shows the saved referral', async () => {
    const saved = referral({ id: 30, personId: 103, name: 'Cato Pennyfeather', memberNumber: 3, staffId: 3, referredOn: '2026-11-27', reason: 'change-in-hours', status: 'to-refer' });
    const invoke = backend({ 'referrals:save': () => ok(saved), 'referrals:get': () => ok(saved) });
    const { router, user } = renderAt(<BenefitsAdvicePage />, '/benefits-advice');
    await user.click(await screen.findByRole('link', { name: 'Refer Cato Pennyfeather for benefits advice' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make a referral for benefits advice' });
    expect(within(dialog).getByText('Cato Pennyfeather').tagName).toBe('STRONG');
    expect(within(dialog).queryByRole('textbox', { name: /Person/ })).toBeNull();
    expect((within(dialog).getByLabelText('Reason') as HTMLSelectElement).value).toBe('change-in-hours');
    expect((within(dialog).getByLabelText('Date of the referral') as HTMLInputElement).value).toBe('27/11/2026');
    await user.selectOptions(within(dialog).getByLabelText('Advice service'), 'Citizens Advice');
    await user.click(within(dialog).getByRole('button', { name: 'Save the referral' }));

    expect(invoke).toHaveBeenCalledWith('referrals:save', {
      personId: 103, referredOn: '2026-11-27', service: 'Citizens Advice', reason: 'change-in-hours', consentToShare: false, consentOn: '',
      status: 'to-refer', followUpOn: '', outcome: '', promptId: 7,
    } satisfies SaveReferralInput);
    const shown = await screen.findByRole('dialog', { name: 'Referral: Cato Pennyfeather to Citizens Advice on 27/11/2026' }, { timeout: 5000 });
    expect(within(shown).getByRole('status').textContent).toContain('The referral of Cato Pennyfeather to Citizens Advice is saved. The prompt it answers is closed.');
    expect(router.state.location.search).toBe('?referral=30');
    // No consent yet: the statement waits for it, and says so.
    expect(within(shown).getByRole('button', { name: 'Attach the weekly hours and earnings statement' }).hasAttribute('disabled')).toBe(true);
    expect(within(shown).getByText(/Record Cato Pennyfeather’s consent to share first/)).toBeTruthy();
  });

  it('opens a prompt from the home screen link (person and prompt only), finding the reason from the lists', async () => {
    const invoke = backend({ 'referrals:save': () => ok(referral({ id: 31, personId: 103 })) });
    const { user } = renderAt(<BenefitsAdvicePage />, '/benefits-advice?refer=103&prompt=7');
    const dialog = await screen.findByRole('dialog', { name: 'Make a referral for benefits advice' });
    await waitFor(() => expect((within(dialog).getByLabelText('Reason') as HTMLSelectElement).value).toBe('change-in-hours'));
    expect(within(dialog).getByText('Cato Pennyfeather')).toBeTruthy();
    await user.selectOptions(within(dialog).getByLabelText('Advice service'), 'Welfare rights service');
    await user.click(within(dialog).getByRole('button', { name: 'Save the referral' }));
    expect(invoke).toHaveBeenCalledWith('referrals:save', expect.objectContaining({ personId: 103, reason: 'change-in-hours', promptId: 7 }));
  });

  it('says a prompt is no longer open when the link names one that has gone, and opens nothing', async () => {
    backend();
    renderAt(<BenefitsAdvicePage />, '/benefits-advice?prompt=99');
    expect(await screen.findByText('That prompt is no longer open')).toBeTruthy();
    expect(screen.getByText(/A referral may already answer it, or it was dismissed/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('looks up the name of someone a "Refer" link names who is in none of the lists', async () => {
    backend({ 'members:get': () => ok(member(205, 'Elsie', 'Brackenbury')) });
    renderAt(<BenefitsAdvicePage />, '/benefits-advice?refer=205&reason=pip');
    const dialog = await screen.findByRole('dialog', { name: 'Make a referral for benefits advice' });
    expect(await within(dialog).findByText('Elsie Brackenbury')).toBeTruthy();
    expect((within(dialog).getByLabelText('Reason') as HTMLSelectElement).value).toBe('pip');
  });

  it('makes a blank referral: asks for what is missing, then finds the person on the register', async () => {
    const elsie = referral({ id: 32, personId: 205, name: 'Elsie Brackenbury', staffId: null, reason: 'pip' });
    const invoke = backend({
      'members:search': () => ok({ rows: [
        { id: 101, memberNumber: 1, name: 'Alba Quaintance', postcode: '', phone: '', email: '', locality: '', status: 'active', roles: [], joinedOn: '2025-01-06' },
        { id: 205, memberNumber: 205, name: 'Elsie Brackenbury', postcode: '', phone: '', email: '', locality: '', status: 'left', roles: [], joinedOn: '2025-01-06' },
      ], total: 2, counts: { active: 1, lapsed: 0, left: 1, all: 2 } }),
      'referrals:save': () => ok(elsie),
      'referrals:get': () => ok(elsie),
    });
    const { user } = renderAt(<BenefitsAdvicePage />, '/benefits-advice');
    await user.click(await screen.findByRole('link', { name: 'Make a referral' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make a referral for benefits advice' });
    await user.click(within(dialog).getByRole('button', { name: 'Save the referral' }));
    const summary = within(dialog).getByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Person: Choose the person to refer', 'Advice service: Choose the advice service', 'Reason: Choose the reason for the referral',
    ]);
    expect(invoke).not.toHaveBeenCalledWith('referrals:save', expect.anything());

    await user.type(within(dialog).getByLabelText(/^Person/), 'Elsie');
    await user.click(await screen.findByRole('option', { name: 'Elsie Brackenbury (M00205), left' }));
    await user.selectOptions(within(dialog).getByLabelText('Advice service'), 'Citizens Advice');
    await user.selectOptions(within(dialog).getByLabelText('Reason'), 'pip');
    await user.click(within(dialog).getByRole('button', { name: 'Save the referral' }));
    expect(invoke).toHaveBeenCalledWith('referrals:save', expect.objectContaining({ personId: 205, service: 'Citizens Advice', reason: 'pip' }));
    expect(await screen.findByRole('dialog', { name: /^Referral: Elsie Brackenbury/ }, { timeout: 5000 })).toBeTruthy();
  });

  it('records consent with its date, needs an outcome to close, and keeps what was typed through a refusal', async () => {
    const refusal = { code: 'VALIDATION' as const, message: 'The date they gave consent cannot be after today (27/11/2026).', fields: { consentOn: 'The date they gave consent cannot be after today (27/11/2026)' } };
    const invoke = backend({ 'members:get': () => ok(member(205, 'Elsie', 'Brackenbury')), 'referrals:save': () => refused(refusal) });
    const { user } = renderAt(<BenefitsAdvicePage />, '/benefits-advice?refer=205&reason=pip');
    const dialog = await screen.findByRole('dialog', { name: 'Make a referral for benefits advice' });
    await within(dialog).findByText('Elsie Brackenbury');
    expect(within(dialog).getByText(/Consent covers sharing their weekly hours and earnings statement with the advice service/)).toBeTruthy();
    expect(within(dialog).queryByLabelText('Date they gave consent')).toBeNull();
    await user.selectOptions(within(dialog).getByLabelText('Advice service'), 'Citizens Advice');
    await user.click(within(dialog).getByRole('checkbox', { name: /They consent to share/ }));
    // Ticking it offers today's date, the usual case.
    const consentOn = within(dialog).getByLabelText('Date they gave consent') as HTMLInputElement;
    expect(consentOn.value).toBe('27/11/2026');
    await user.clear(consentOn);
    await user.type(consentOn, '30/11/2026');
    await user.selectOptions(within(dialog).getByLabelText('Where it is up to'), 'closed');
    await user.click(within(dialog).getByRole('button', { name: 'Save the referral' }));
    expect(within(within(dialog).getByRole('alert')).getAllByRole('link').map((a) => a.textContent)).toEqual(['Outcome: Enter the outcome in a line before closing it']);
    expect(invoke).not.toHaveBeenCalledWith('referrals:save', expect.anything());

    await user.type(within(dialog).getByRole('textbox', { name: /^Outcome/ }), 'Advised to report the hours');
    await user.click(within(dialog).getByRole('button', { name: 'Save the referral' }));
    expect(invoke).toHaveBeenCalledWith('referrals:save', expect.objectContaining({ personId: 205, consentToShare: true, consentOn: '2026-11-30', status: 'closed', outcome: 'Advised to report the hours' }));
    await waitFor(() => expect(within(within(dialog).getByRole('alert')).getByRole('link').textContent)
      .toBe('Date they gave consent: The date they gave consent cannot be after today (27/11/2026)'));
    // Everything typed is still there to put right.
    expect(consentOn.value).toBe('30/11/2026');
    expect((within(dialog).getByRole('textbox', { name: /^Outcome/ }) as HTMLInputElement).value).toBe('Advised to report the hours');
    expect((within(dialog).getByLabelText('Reason') as HTMLSelectElement).value).toBe('pip');
    expect((within(dialog).getByLabelText('Where it is up to') as HTMLSelectElement).value).toBe('closed');

    // Unticking consent sends no date (it is not consent), whatever was typed.
    await user.click(within(dialog).getByRole('checkbox', { name: /They consent to share/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the referral' }));
    expect(invoke).toHaveBeenLastCalledWith('referrals:save', expect.objectContaining({ consentToShare: false, consentOn: '' }));
  });

  it('opens a saved referral from the address, with its details in words', async () => {
    backend({ 'referrals:get': () => ok(ALBA_REFERRAL) });
    renderAt(<BenefitsAdvicePage />, '/benefits-advice?referral=21');
    const dialog = await screen.findByRole('dialog', { name: 'Referral: Alba Quaintance to Citizens Advice on 02/11/2026' });
    expect(within(dialog).getByTestId('referral-status').textContent).toBe('Referred');
    const facts = [...dialog.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(facts).toEqual([
      'Person: Alba Quaintance (M00001)', 'Referred on: 02/11/2026', 'Advice service: Citizens Advice', 'Reason: Starting paid work',
      'Consent to share: Yes, given 02/11/2026', 'Follow-up date: 20/11/2026 (due now)',
    ]);
    expect(within(dialog).getByRole('link', { name: 'Alba Quaintance’s record' }).getAttribute('href')).toBe('/members/101?section=benefits-advice');
  });
});
