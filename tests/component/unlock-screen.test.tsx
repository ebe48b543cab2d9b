// The unlock screen against a window.peerOffice that answers as the backend does for a wrong passphrase.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PeerOfficeApi } from '../../shared/contract/channels';
import { UnlockScreen } from '../../renderer/src/features/unlock/UnlockScreen';
import { renderScreen } from './render';

describe('UnlockScreen', () => {
  it('asks for the passphrase before calling, then shows a wrong passphrase in plain words and clears the field', async () => {
    const invoke = vi.fn(async () => ({ ok: false as const, error: { code: 'WRONG_SECRET' as const, message: 'That passphrase does not match. Check Caps Lock and try again, or use your recovery key.', fields: { passphrase: 'This does not match' } } }));
    window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
    renderScreen(<UnlockScreen />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter your passphrase');
    expect(invoke).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^Passphrase/), 'not the right one');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('That passphrase does not match'));
    expect(invoke).toHaveBeenCalledWith('office:unlock', { passphrase: 'not the right one' });
    expect(screen.getByLabelText(/^Passphrase/)).toHaveProperty('value', '');
  });

  it('switches to the recovery key', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: { state: 'unlocked', officeName: 'x', isDemo: false } }));
    window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
    renderScreen(<UnlockScreen />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Use the recovery key/ }));
    await user.type(screen.getByLabelText(/^Recovery key/), 'abcde-fghjk-mnpqr-stvwx-yz012');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('office:unlock', { recoveryKey: 'abcde-fghjk-mnpqr-stvwx-yz012' }));
  });
});
