// The first-run screens against a window.peerOffice that answers as the backend does: the recovery key is
// printed through the same component as a new key made in Settings, the error summary names each field as
// its label does, and making the demo says in words what is happening while it takes its few seconds.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { PeerOfficeApi } from '../../shared/contract/channels';
import { PRINTING_RECOVERY_KEY } from '../../renderer/src/components/PrintableRecoveryKey';
import { CreateOfficeForm } from '../../renderer/src/features/setup/CreateOfficeForm';
import { DemoOfficeForm } from '../../renderer/src/features/setup/DemoOfficeForm';
import { RecoveryKeyScreen } from '../../renderer/src/features/setup/RecoveryKeyScreen';
import { renderScreen } from './render';

const KEY = '7KQ2M-W9D4R-HT3XB-PZ6NC-Q8VJF';

function backend(answer: (channel: string, input: unknown) => Promise<unknown>) {
  const invoke = vi.fn(answer);
  window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
  return invoke;
}

describe('the first-run recovery key', () => {
  it('prints the key’s sheet alone, headed with the office and the day it was made', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T10:00:00.000Z'));
    onTestFinished(() => void vi.useRealTimers());
    backend(async () => ({ ok: false, error: { code: 'INTERNAL', message: 'not expected' } }));
    const printedWith: string[] = [];
    const print = vi.spyOn(window, 'print').mockImplementation(() => void printedWith.push(document.body.className));
    onTestFinished(() => print.mockRestore());
    renderScreen(<RecoveryKeyScreen recoveryKey={KEY} officeName="Harbour Peer Support" />);
    const user = userEvent.setup();
    const key = screen.getByTestId('recovery-key');
    expect(key.textContent).toBe(KEY);
    const sheet = key.closest<HTMLElement>('.recovery-key-sheet')!;
    expect(within(sheet).getByTestId('recovery-key-paper-heading').textContent).toContain('Harbour Peer Support. Made on 28/11/2026.');
    // What is typed to confirm the key stays off the paper.
    expect(sheet.contains(screen.getByLabelText(/^Type the last five characters/))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Print the recovery key' }));
    expect(printedWith).toEqual([PRINTING_RECOVERY_KEY]);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.classList.contains(PRINTING_RECOVERY_KEY)).toBe(false);
  });
});

describe('creating an office', () => {
  it('names the second passphrase box in the summary as its label does', async () => {
    const invoke = backend(async () => ({ ok: false, error: { code: 'INTERNAL', message: 'not expected' } }));
    renderScreen(<CreateOfficeForm onBack={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Name of your organisation/), 'Harbour Peer Support');
    await user.type(screen.getByLabelText(/^Passphrase/, { selector: 'input' }), 'kettle orchard lantern');
    await user.type(screen.getByLabelText(/^Type the passphrase again/), 'kettle orchard');
    await user.click(screen.getByRole('button', { name: 'Create the database' }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Check the details below.');
    expect(within(summary).getByRole('link').textContent).toBe('Type the passphrase again: The two passphrases do not match');
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe('making the demo office', () => {
  it('says what is being made while it is made, not a spinner alone, and names the boxes as their labels do', async () => {
    let finish: () => void = () => {};
    backend((channel) => (channel === 'office:createDemo'
      ? new Promise((done) => { finish = () => done({ ok: true, value: { state: 'unlocked', officeName: 'Demo office', isDemo: true } }); })
      : Promise.resolve({ ok: true, value: { state: 'unlocked', officeName: 'Demo office', isDemo: true } })));
    renderScreen(<DemoOfficeForm onBack={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Passphrase/, { selector: 'input' }), 'kettle orchard lantern');
    await user.type(screen.getByLabelText(/^Type the passphrase again/), 'kettle orchard');
    await user.click(screen.getByRole('button', { name: 'Open the demo office' }));
    const summary = screen.getAllByRole('alert').find((a) => a.textContent?.startsWith('There is a problem'))!;
    expect(within(summary).getByRole('link').textContent).toBe('Type the passphrase again: The two passphrases do not match');
    expect(screen.queryByTestId('demo-making')).toBeNull();

    await user.type(screen.getByLabelText(/^Type the passphrase again/), ' lantern');
    await user.click(screen.getByRole('button', { name: 'Open the demo office' }));
    const making = await screen.findByTestId('demo-making');
    expect(making.getAttribute('role')).toBe('status');
    expect(making.textContent).toContain('Making the demo office: made-up members and staff, two years of rota and pay');
    expect(making.textContent).toContain('This takes a few seconds.');
    expect(screen.getByRole('button', { name: 'Back' })).toHaveProperty('disabled', true);
    finish();
    await waitFor(() => expect(screen.queryByTestId('demo-making')).toBeNull());
  });
});
