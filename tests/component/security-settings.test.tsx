// The Settings section "Passphrase and locking" against a window.peerOffice that answers as the backend
// does: each form checks itself before calling, shows the backend's refusal beside the right field, keeps
// what was typed when a save fails, and a new recovery key is used only once it has been typed back.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { PeerOfficeApi } from '../../shared/contract/channels';
import type { RememberBridge } from '../../shared/contract/remember';
import { PRINTING_RECOVERY_KEY } from '../../renderer/src/components/PrintableRecoveryKey';
import { PassphraseAndLocking } from '../../renderer/src/features/security/PassphraseAndLocking';
import { renderScreen } from './render';

const NEW_KEY = '7KQ2M-W9D4R-HT3XB-PZ6NC-Q8VJF';
type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };

function backend(answers: Partial<Record<string, (input: unknown) => Answer>>, remember?: RememberBridge) {
  const invoke = vi.fn(async (channel: string, input: unknown) => {
    const answer = answers[channel];
    if (answer) return answer(input);
    if (channel === 'security:settings') return { ok: true, value: { autoLockMinutes: 10 } };
    return { ok: false, error: { code: 'INTERNAL', message: `unexpected ${channel}` } };
  });
  window.peerOffice = { host: remember ? 'electron' : 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {}, ...(remember ? { remember } : {}) };
  return invoke;
}

describe('Passphrase and locking', () => {
  it('saves the auto-lock time, refusing anything but 1 to 120 whole minutes before calling', async () => {
    const invoke = backend({ 'security:saveSettings': (input) => ({ ok: true, value: input }) });
    renderScreen(<PassphraseAndLocking />);
    const user = userEvent.setup();
    const minutes = await screen.findByLabelText(/^Lock after/);
    expect(minutes).toHaveProperty('value', '10');

    for (const typed of ['0', '121', '2.5', 'ten']) {
      await user.clear(minutes);
      await user.type(minutes, typed);
      await user.click(screen.getByRole('button', { name: 'Save the auto-lock time' }));
      expect(screen.getByRole('alert').textContent).toContain('Enter a whole number of minutes from 1 to 120');
    }
    expect(invoke).not.toHaveBeenCalledWith('security:saveSettings', expect.anything());

    await user.clear(minutes);
    await user.type(minutes, '1');
    await user.click(screen.getByRole('button', { name: 'Save the auto-lock time' }));
    await waitFor(() => expect(screen.getByText('Saved: Peer Office locks after 1 minute without use.')).toBeTruthy());
    expect(invoke).toHaveBeenCalledWith('security:saveSettings', { autoLockMinutes: 1 });
  });

  it('changes the passphrase: checks the new one twice, shows a wrong current one beside its field, then says what changed', async () => {
    let wrongFirst = true;
    const invoke = backend({
      'security:changePassphrase': () => {
        if (wrongFirst) {
          wrongFirst = false;
          return { ok: false, error: { code: 'WRONG_SECRET', message: 'That is not the current passphrase, so nothing was changed. Check Caps Lock and try again.', fields: { currentPassphrase: 'This does not match the current passphrase' } } };
        }
        return { ok: true, value: { backup: { ok: true, message: 'The new passphrase is saved. A new backup was made (C:\\office-backups\\x.pobackup): it opens with the new passphrase.' } } };
      },
    });
    renderScreen(<PassphraseAndLocking />);
    const user = userEvent.setup();
    const form = within(await screen.findByRole('form', { name: 'Change the passphrase' }));
    await user.type(form.getByLabelText(/^Current passphrase/), 'kettle orchard lanterns');
    await user.type(form.getByLabelText('New passphrase'), 'harbour thimble meadow');
    await user.type(form.getByLabelText(/^Type the new passphrase again/), 'harbour thimble meadows');
    await user.click(form.getByRole('button', { name: 'Change the passphrase' }));
    // The summary names the field as its label does.
    expect(within(form.getByRole('alert')).getByRole('link').textContent).toBe('Type the new passphrase again: The two passphrases do not match');
    expect(invoke).not.toHaveBeenCalledWith('security:changePassphrase', expect.anything());

    await user.type(form.getByLabelText(/^Type the new passphrase again/), '{Backspace}');
    await user.click(form.getByRole('button', { name: 'Change the passphrase' }));
    await waitFor(() => expect(form.getByRole('alert').textContent).toContain('That is not the current passphrase'));
    expect(form.getByText('This does not match the current passphrase')).toBeTruthy();
    // Nothing typed is lost when the backend refuses.
    expect(form.getByLabelText('New passphrase')).toHaveProperty('value', 'harbour thimble meadow');

    await user.clear(form.getByLabelText(/^Current passphrase/));
    await user.type(form.getByLabelText(/^Current passphrase/), 'kettle orchard lantern');
    await user.click(form.getByRole('button', { name: 'Change the passphrase' }));
    await waitFor(() => expect(form.getByText('Passphrase changed')).toBeTruthy());
    expect(invoke).toHaveBeenLastCalledWith('security:changePassphrase', { currentPassphrase: 'kettle orchard lantern', passphrase: 'harbour thimble meadow', confirmPassphrase: 'harbour thimble meadow' });
    // Said once: one panel, with the backup made after the change in it.
    const done = form.getAllByRole('status');
    expect(done).toHaveLength(1);
    expect(done[0]!.textContent).toContain('Use the new passphrase from now on');
    expect(done[0]!.textContent).toContain('it opens with the new passphrase.');
    // The passphrases typed are cleared once the change is made.
    expect(form.getByLabelText(/^Current passphrase/)).toHaveProperty('value', '');
    expect(form.getByLabelText('New passphrase')).toHaveProperty('value', '');
  });

  it('says so when the backup after the change could not be made', async () => {
    backend({ 'security:changePassphrase': () => ({ ok: true, value: { backup: { ok: false, message: 'The new passphrase is saved, but the backup after it could not be made. Make a backup from the backups page.' } } }) });
    renderScreen(<PassphraseAndLocking />);
    const user = userEvent.setup();
    const form = within(await screen.findByRole('form', { name: 'Change the passphrase' }));
    await user.type(form.getByLabelText(/^Current passphrase/), 'kettle orchard lantern');
    await user.type(form.getByLabelText('New passphrase'), 'harbour thimble meadow');
    await user.type(form.getByLabelText(/^Type the new passphrase again/), 'harbour thimble meadow');
    await user.click(form.getByRole('button', { name: 'Change the passphrase' }));
    await waitFor(() => expect(form.getByText('The backup after the change was not made')).toBeTruthy());
  });

  it('shows a new recovery key once and uses it only after the last five characters are typed back and storing it is confirmed', async () => {
    const invoke = backend({
      'security:newRecoveryKey': () => ({ ok: true, value: { recoveryKey: NEW_KEY } }),
      'security:confirmRecoveryKey': () => ({ ok: true, value: { backup: { ok: true, message: 'The new recovery key is in use. A new backup was made (C:\\office-backups\\y.pobackup): it opens with the new recovery key.' } } }),
    });
    renderScreen(<PassphraseAndLocking />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Make a new recovery key' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter your current passphrase');
    expect(invoke).not.toHaveBeenCalledWith('security:newRecoveryKey', expect.anything());

    await user.type(screen.getByLabelText(/^Your passphrase/), 'kettle orchard lantern');
    await user.click(screen.getByRole('button', { name: 'Make a new recovery key' }));
    expect((await screen.findByTestId('new-recovery-key')).textContent).toBe(NEW_KEY);

    await user.click(screen.getByRole('button', { name: 'Use the new recovery key' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Type the last five characters of the new recovery key');
    expect(alert.textContent).toContain('Confirm that you have stored the new recovery key');
    await user.type(screen.getByLabelText(/^Type the last five characters/), 'xxxxx');
    await user.click(screen.getByLabelText(/^I have printed or written down the new recovery key/));
    await user.click(screen.getByRole('button', { name: 'Use the new recovery key' }));
    expect(invoke).not.toHaveBeenCalledWith('security:confirmRecoveryKey', expect.anything());

    await user.clear(screen.getByLabelText(/^Type the last five characters/));
    await user.type(screen.getByLabelText(/^Type the last five characters/), 'q8vjf');
    await user.click(screen.getByRole('button', { name: 'Use the new recovery key' }));
    await waitFor(() => expect(screen.getByText('New recovery key in use')).toBeTruthy());
    expect(invoke).toHaveBeenCalledWith('security:confirmRecoveryKey', { recoveryKey: NEW_KEY });
    // One panel says it all, the backup made after the change with it.
    const done = within(screen.getByRole('form', { name: 'Make a new recovery key' })).getAllByRole('status');
    expect(done).toHaveLength(1);
    expect(done[0]!.textContent).toContain('it opens with the new recovery key.');
    // Shown once: gone from the screen.
    expect(screen.queryByTestId('new-recovery-key')).toBeNull();
  });

  it('prints the new key as the first-run screen does: the key’s sheet alone, headed with the office and the day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T10:00:00.000Z'));
    onTestFinished(() => void vi.useRealTimers());
    backend({
      'security:newRecoveryKey': () => ({ ok: true, value: { recoveryKey: NEW_KEY } }),
      'office:status': () => ({ ok: true, value: { state: 'unlocked', officeName: 'Riverside Peer Support', isDemo: false } }),
    });
    const printedWith: string[] = [];
    const print = vi.spyOn(window, 'print').mockImplementation(() => void printedWith.push(document.body.className));
    onTestFinished(() => print.mockRestore());
    renderScreen(<PassphraseAndLocking />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Your passphrase/), 'kettle orchard lantern');
    await user.click(screen.getByRole('button', { name: 'Make a new recovery key' }));
    const key = await screen.findByTestId('new-recovery-key');
    const sheet = key.closest('.recovery-key-sheet')!;
    // The heading shows only on paper; the Settings page around the sheet is left off it (styles.css).
    await waitFor(() => expect(within(sheet as HTMLElement).getByTestId('recovery-key-paper-heading').textContent).toContain('Riverside Peer Support. Made on 28/11/2026.'));
    expect(sheet.contains(screen.getByRole('form', { name: 'Change the passphrase' }))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Print the recovery key' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(printedWith).toEqual([PRINTING_RECOVERY_KEY]);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.classList.contains(PRINTING_RECOVERY_KEY)).toBe(false);
  });

  it('says a refusal about the new key itself as a message, with no link to a box that is not there', async () => {
    const refusal = 'This recovery key is no longer waiting to be confirmed: make a new one';
    backend({
      'security:newRecoveryKey': () => ({ ok: true, value: { recoveryKey: NEW_KEY } }),
      'security:confirmRecoveryKey': () => ({ ok: false, error: { code: 'CONFLICT', message: refusal, fields: { recoveryKey: refusal } } }),
    });
    renderScreen(<PassphraseAndLocking />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Your passphrase/), 'kettle orchard lantern');
    await user.click(screen.getByRole('button', { name: 'Make a new recovery key' }));
    await screen.findByTestId('new-recovery-key');
    await user.type(screen.getByLabelText(/^Type the last five characters/), 'Q8VJF');
    await user.click(screen.getByLabelText(/^I have printed or written down the new recovery key/));
    await user.click(screen.getByRole('button', { name: 'Use the new recovery key' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(refusal);
    expect(within(summary).queryByRole('link')).toBeNull();
  });

  it('lets the new key be set aside, keeping the old one', async () => {
    const invoke = backend({ 'security:newRecoveryKey': () => ({ ok: true, value: { recoveryKey: NEW_KEY } }) });
    renderScreen(<PassphraseAndLocking />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Your passphrase/), 'kettle orchard lantern');
    await user.click(screen.getByRole('button', { name: 'Make a new recovery key' }));
    await screen.findByTestId('new-recovery-key');
    await user.click(screen.getByRole('button', { name: 'Cancel and keep the old key' }));
    expect(screen.queryByTestId('new-recovery-key')).toBeNull();
    expect(screen.getByRole('button', { name: 'Make a new recovery key' })).toBeTruthy();
    expect(invoke).not.toHaveBeenCalledWith('security:confirmRecoveryKey', expect.anything());
  });

  it('offers "Remember on this Windows account" only in the desktop app, and can forget it there', async () => {
    backend({});
    const browser = renderScreen(<PassphraseAndLocking />);
    await screen.findByLabelText(/^Lock after/);
    expect(screen.queryByText(/Remember on this Windows account/)).toBeNull();
    browser.unmount();

    const remember: RememberBridge = {
      status: vi.fn(async () => ({ ok: true as const, value: { available: true, remembered: true } })),
      forget: vi.fn(async () => ({ ok: true as const, value: { available: true, remembered: false } })),
      unlockAndRemember: vi.fn(),
      unlockRemembered: vi.fn(),
    };
    backend({}, remember);
    renderScreen(<PassphraseAndLocking />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Forget the passphrase on this Windows account' }));
    await waitFor(() => expect(screen.getByText(/^Not remembered/)).toBeTruthy());
    expect(remember.forget).toHaveBeenCalledTimes(1);
  });

  it('says so when whether the passphrase is remembered cannot be read, rather than showing nothing', async () => {
    const remember: RememberBridge = {
      status: vi.fn(async () => ({ ok: false as const, error: { code: 'INTERNAL' as const, message: 'Windows did not answer.' } })),
      forget: vi.fn(),
      unlockAndRemember: vi.fn(),
      unlockRemembered: vi.fn(),
    };
    backend({}, remember);
    renderScreen(<PassphraseAndLocking />);
    const alert = await screen.findByText(/Whether this Windows account remembers the passphrase could not be read/);
    expect(alert.textContent).toContain('Windows did not answer.');
  });
});
