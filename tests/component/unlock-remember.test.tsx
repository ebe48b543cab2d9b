// The unlock screen with the desktop app's "remember on this Windows account" bridge: offered only when
// the PC can keep a secret, one click when something is kept, and never the only way in: when the kept
// passphrase fails, the screen says so and asks for the passphrase.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PeerOfficeApi } from '../../shared/contract/channels';
import type { RememberBridge, RememberStatus } from '../../shared/contract/remember';
import { UnlockScreen } from '../../renderer/src/features/unlock/UnlockScreen';
import { renderScreen } from './render';

const UNLOCKED = { state: 'unlocked', officeName: 'Quill Peer Support', isDemo: false } as const;

function desktop(status: RememberStatus, bridge: Partial<RememberBridge> = {}) {
  let current = status;
  const remember: RememberBridge = {
    status: vi.fn(async () => ({ ok: true as const, value: current })),
    unlockAndRemember: vi.fn(async () => ({ ok: true as const, value: { status: UNLOCKED, remembered: true, problem: null } })),
    unlockRemembered: vi.fn(async () => ({ ok: true as const, value: { status: UNLOCKED, remembered: true, problem: null } })),
    forget: vi.fn(),
    ...bridge,
  };
  const invoke = vi.fn(async () => ({ ok: true as const, value: UNLOCKED }));
  window.peerOffice = { host: 'electron', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {}, remember };
  return { remember, invoke, setStatus: (s: RememberStatus) => (current = s) };
}

describe('UnlockScreen: remember on this Windows account', () => {
  it('is not offered in the browser host, which has no bridge', async () => {
    window.peerOffice = { host: 'browser', invoke: vi.fn() as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
    renderScreen(<UnlockScreen />);
    await screen.findByLabelText(/^Passphrase/);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByLabelText(/Remember on this Windows account/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Unlock with this Windows account' })).toBeNull();
  });

  it('is not offered where Windows cannot keep it, nor for the recovery key', async () => {
    desktop({ available: false, remembered: false });
    renderScreen(<UnlockScreen />);
    await waitFor(() => expect(window.peerOffice.remember!.status).toHaveBeenCalled());
    expect(screen.queryByLabelText(/Remember on this Windows account/)).toBeNull();
  });

  it('unlocks and remembers when the box is ticked; the recovery key is never remembered', async () => {
    const { remember, invoke } = desktop({ available: true, remembered: false });
    renderScreen(<UnlockScreen />);
    const user = userEvent.setup();
    const box = await screen.findByLabelText(/Remember on this Windows account/);
    expect(box).toHaveProperty('checked', false);
    await user.type(screen.getByLabelText(/^Passphrase/), 'kettle orchard lantern');
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(remember.unlockAndRemember).toHaveBeenCalledWith('kettle orchard lantern'));
    expect(invoke).not.toHaveBeenCalledWith('office:unlock', expect.anything());

    // The recovery key is never remembered: the box goes with the passphrase.
    await user.click(screen.getByRole('button', { name: /Use the recovery key/ }));
    expect(screen.queryByLabelText(/Remember on this Windows account/)).toBeNull();
  });

  it('opens with one click when something is kept; when that fails it says so and asks for the passphrase', async () => {
    const refused = { ok: false as const, error: { code: 'WRONG_SECRET' as const, message: 'The kept passphrase no longer opens this office (it may have been changed, or a backup restored), so it has been forgotten. Enter your passphrase.', fields: { passphrase: 'Enter your passphrase' } } };
    const { remember, setStatus } = desktop({ available: true, remembered: true }, { unlockRemembered: vi.fn(async () => refused) });
    renderScreen(<UnlockScreen />);
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Unlock with this Windows account' });
    // The kept passphrase was forgotten by main: the status now says so.
    setStatus({ available: true, remembered: false });
    await user.click(button);
    expect(remember.unlockRemembered).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The kept passphrase no longer opens this office'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Unlock with this Windows account' })).toBeNull());
    expect(screen.getByLabelText(/^Passphrase/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeTruthy();
  });
});
