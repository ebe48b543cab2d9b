// Settings, "Your organisation": renaming says "Name saved." once the office holds the new name (the form
// starts again from it), and the page points to Backups rather than asking for files to be copied by hand.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OfficeSettings } from '../../shared/contract/office';
import type { PeerOfficeApi } from '../../shared/contract/channels';
import { OrganisationSettings } from '../../renderer/src/features/settings/OrganisationSettings';
import { renderScreen } from './render';

function officeBackend() {
  let settings: OfficeSettings = {
    officeName: 'Riverside Peer Support', databasePath: 'C:\\Users\\sam\\AppData\\Roaming\\Peer Office\\office.db', isDemo: false,
    localities: [], involvements: [], jobRoles: [], adviceServices: [],
  };
  const invoke = vi.fn(async (channel: string, input: unknown) => {
    if (channel === 'office:settings') return { ok: true, value: settings };
    if (channel === 'office:rename') {
      settings = { ...settings, officeName: (input as { officeName: string }).officeName };
      return { ok: true, value: settings };
    }
    if (channel === 'office:status') return { ok: true, value: { state: 'unlocked', officeName: settings.officeName, isDemo: false } };
    return { ok: false, error: { code: 'INTERNAL', message: `not expected: ${channel}` } };
  });
  window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
  return invoke;
}

describe('Your organisation', () => {
  it('says "Name saved." after a rename, though the form starts again from the new name, and not once the name is changed again', async () => {
    const invoke = officeBackend();
    renderScreen(<OrganisationSettings />);
    const user = userEvent.setup();
    const box = await screen.findByRole('textbox', { name: /^Name of your organisation/ });
    await user.clear(box);
    await user.type(box, 'Riverside Peer Support CIC');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect((await screen.findByRole('status')).textContent).toBe('Name saved.');
    expect(invoke).toHaveBeenCalledWith('office:rename', { officeName: 'Riverside Peer Support CIC' });
    const again = screen.getByRole('textbox', { name: /^Name of your organisation/ });
    expect(again).toHaveProperty('value', 'Riverside Peer Support CIC');
    await user.type(again, ' Ltd');
    await waitFor(() => expect(screen.queryByText('Name saved.')).toBeNull());
  });

  it('points to Backups for keeping the database safe', async () => {
    officeBackend();
    renderScreen(<OrganisationSettings />);
    expect((await screen.findByRole('link', { name: 'Backups' })).getAttribute('href')).toBe('/settings/backups');
  });
});
