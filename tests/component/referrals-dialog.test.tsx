// A saved referral's dialog against a window.peerOffice that answers as the backend does: changing its
// details, and the weekly hours and earnings statement: attached for chosen weeks (the last twelve by
// default) only once consent is recorded and only for staff, listed, and downloaded as a file.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BenefitsAdvicePage } from '../../renderer/src/features/referrals/BenefitsAdvicePage';
import { ALBA_REFERRAL, BRAM_REFERRAL, ELSIE_REFERRAL, LISTS, SETTINGS } from './referrals-fixtures';
import { fakeBackend, ok, refused, renderAt } from './supervision-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const ATTACHED = {
  ...ALBA_REFERRAL,
  attachments: [{ id: 41, fromDate: '2026-08-31', toDate: '2026-11-22', fileName: 'Weekly statement Alba Quaintance 2026-08-31 to 2026-11-22.xlsx', createdAt: '2026-11-27T10:05:00.000Z', sizeBytes: 27_500 }],
};

function openAt(referral: typeof ALBA_REFERRAL, more: Parameters<typeof fakeBackend>[0] = {}) {
  const invoke = fakeBackend({ 'referrals:lists': () => ok(LISTS), 'office:settings': () => ok(SETTINGS), 'referrals:get': () => ok(referral), ...more });
  const rendered = renderAt(<BenefitsAdvicePage />, `/benefits-advice?referral=${referral.id}`);
  return { invoke, ...rendered };
}

describe('the referral dialog', () => {
  it('attaches the statement for the last twelve complete weeks, lists it and downloads it', async () => {
    const { invoke, user } = openAt(ALBA_REFERRAL, {
      'referrals:attachStatement': () => ok(ATTACHED),
      'referrals:attachment': () => ok({ fileName: ATTACHED.attachments[0]!.fileName, contentBase64: btoa('PK workbook'), rows: 12 }),
    });
    const dialog = await screen.findByRole('dialog', { name: /^Referral: Alba Quaintance/ });
    expect(within(dialog).getByTestId('no-attachments').textContent).toBe('No statement is attached yet.');
    // Friday 27/11/2026: twelve whole Monday-to-Sunday weeks, ending last Sunday.
    expect((within(dialog).getByLabelText('From') as HTMLInputElement).value).toBe('31/08/2026');
    expect((within(dialog).getByLabelText('To') as HTMLInputElement).value).toBe('22/11/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Attach the weekly hours and earnings statement' }));
    expect(invoke).toHaveBeenCalledWith('referrals:attachStatement', { referralId: 21, from: '2026-08-31', to: '2026-11-22' });
    expect((await within(dialog).findByRole('status')).textContent).toContain('Attached the statement from 31/08/2026 to 22/11/2026.');
    const attached = within(dialog).getByRole('list', { name: 'Attached statements' });
    expect(within(attached).getByRole('listitem').textContent).toBe('Hours and earnings from 31/08/2026 to 22/11/2026, attached 27/11/2026 (27 KB)Download');

    const createObjectURL = vi.fn(() => 'blob:statement');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });
    await user.click(within(attached).getByRole('button', { name: 'Download the statement from 31/08/2026 to 22/11/2026' }));
    expect(invoke).toHaveBeenCalledWith('referrals:attachment', { id: 41 });
    await waitFor(() => expect(clicked).toEqual(['Weekly statement Alba Quaintance 2026-08-31 to 2026-11-22.xlsx']));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('checks the dates before attaching, and shows a refused download in words', async () => {
    const { invoke, user } = openAt(ATTACHED, {
      'referrals:attachment': () => refused({ code: 'CONFLICT', message: 'Consent to share is no longer recorded on this referral, so its statement cannot be downloaded to share.' }),
    });
    const dialog = await screen.findByRole('dialog', { name: /^Referral: Alba Quaintance/ });
    const to = within(dialog).getByLabelText('To');
    await user.clear(to);
    await user.type(to, '01/08/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Attach the weekly hours and earnings statement' }));
    expect(within(within(dialog).getByRole('alert')).getByRole('link').textContent).toBe('To: The last day must be on or after the first');
    expect(invoke).not.toHaveBeenCalledWith('referrals:attachStatement', expect.anything());

    await user.click(within(dialog).getByRole('button', { name: /^Download the statement/ }));
    expect(await within(dialog).findByText(/Consent to share is no longer recorded/)).toBeTruthy();
  });

  it('waits for consent before a statement can be attached, and says why', async () => {
    openAt(BRAM_REFERRAL);
    const dialog = await screen.findByRole('dialog', { name: /^Referral: Bram Grimsditch/ });
    expect(within(dialog).getByText('Record Bram Grimsditch’s consent to share first (Change the details): a statement is attached only with their consent.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Attach the weekly hours and earnings statement' }).hasAttribute('disabled')).toBe(true);
    expect(within(dialog).getByLabelText('From').hasAttribute('disabled')).toBe(true);
  });

  it('has no statement to attach for someone with no staff record, even with consent', async () => {
    openAt(ELSIE_REFERRAL);
    const dialog = await screen.findByRole('dialog', { name: /^Referral: Elsie Brackenbury/ });
    expect(within(dialog).getByText('Elsie Brackenbury has no staff record, so there are no hours or earnings to attach.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Attach the weekly hours and earnings statement' }).hasAttribute('disabled')).toBe(true);
  });

  it('changes the details of a saved referral, keeping the person', async () => {
    const { invoke, user } = openAt(BRAM_REFERRAL, { 'referrals:save': () => ok({ ...BRAM_REFERRAL, status: 'advice-given', consentToShare: true, consentOn: '2026-11-27' }) });
    const dialog = await screen.findByRole('dialog', { name: /^Referral: Bram Grimsditch/ });
    await user.click(within(dialog).getByRole('button', { name: 'Change the details' }));
    expect(within(dialog).getByText('Bram Grimsditch').tagName).toBe('STRONG');
    expect((within(dialog).getByLabelText('Advice service') as HTMLSelectElement).value).toBe('Welfare rights service');
    expect((within(dialog).getByLabelText('Follow-up date (optional)') as HTMLInputElement).value).toBe('14/12/2026');
    await user.selectOptions(within(dialog).getByLabelText('Where it is up to'), 'advice-given');
    await user.click(within(dialog).getByRole('checkbox', { name: /They consent to share/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the changes' }));
    expect(invoke).toHaveBeenCalledWith('referrals:save', {
      id: 22, personId: 102, referredOn: '2026-11-16', service: 'Welfare rights service', reason: 'change-in-hours', consentToShare: true,
      consentOn: '2026-11-27', status: 'advice-given', followUpOn: '2026-12-14', outcome: '',
    });
    expect((await within(dialog).findByRole('status')).textContent).toContain('The changes are saved.');
    expect(within(dialog).getByTestId('referral-status').textContent).toBe('Advice given');
    // With consent saved, the statement can now be attached.
    expect(within(dialog).getByRole('button', { name: 'Attach the weekly hours and earnings statement' }).hasAttribute('disabled')).toBe(false);
  });
});
