// The Settings area: one page at a time, an index of every page that marks the one in view, the address
// of each page, and an address that names no page taken to the first one. Rendered under /settings/* as
// the Shell routes it, against a window.peerOffice that answers as the backend does.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AuditPage } from '../../shared/contract/audit';
import type { OfficeSettings } from '../../shared/contract/office';
import type { SupervisionSettings } from '../../shared/contract/supervision';
import { cssVariablesResolver, theme } from '../../renderer/src/app/theme';
import { SettingsPage } from '../../renderer/src/features/settings/SettingsPage';
import { fakeBackend, ok } from './supervision-fixtures';

const OFFICE: OfficeSettings = {
  officeName: 'Riverside Peer Support', databasePath: 'C:\\Peer Office\\office.db', isDemo: false,
  localities: ['Worthing'], involvements: ['Training'], jobRoles: ['Peer supporter'], adviceServices: ['Citizens Advice'],
};
const SUPERVISION: SupervisionSettings = { probationIntervalMonths: 1, defaultCadenceWeeks: 6, probationNoticeDays: 7 };
const NO_ENTRIES: AuditPage = { entries: [], total: 0, page: 1, pageSize: 50 };

const INDEX = ['Your organisation', 'Passphrase and locking', 'Backups', 'Audit log', 'Lists and places', 'Pay and rates', 'Supervision', 'Absence'];

function renderSettingsAt(address: string) {
  fakeBackend({ 'office:settings': () => ok(OFFICE), 'supervision:settings': () => ok(SUPERVISION), 'audit:list': () => ok(NO_ENTRIES) });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: '/settings/*', element: <SettingsPage /> }], { initialEntries: [address] });
  render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>
    </MantineProvider>,
  );
  return { router, user: userEvent.setup() };
}

const index = () => screen.getByRole('navigation', { name: 'Settings pages' });
/** The name of each index link marked as the page in view. */
const current = () => within(index()).getAllByRole('link').filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent);

describe('the Settings area', () => {
  it('lists every page in the index, marks the one in view, and shows only that page under the Settings heading', async () => {
    renderSettingsAt('/settings/supervision');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');
    const links = within(index()).getAllByRole('link');
    // Each link's name starts with its label; on a wide window a hint follows it.
    expect(links.map((a) => INDEX.find((label) => a.textContent!.startsWith(label)))).toEqual(INDEX);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/settings', '/settings/security', '/settings/backups', '/settings/audit-log', '/settings/lists', '/settings/pay', '/settings/supervision', '/settings/absence',
    ]);
    expect(current()).toEqual([expect.stringMatching(/^Supervision/)]);
    expect(await screen.findByRole('form', { name: 'Supervision' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Supervision' })).toBeTruthy();
    // Nothing from the other pages.
    expect(screen.queryByTestId('database-path')).toBeNull();
    expect(screen.queryByRole('form', { name: 'Auto-lock' })).toBeNull();
  });

  it('moves to another page from the index, and the mark moves with it', async () => {
    const { router, user } = renderSettingsAt('/settings/supervision');
    await user.click(within(index()).getByRole('link', { name: /^Audit log/ }));
    expect(router.state.location.pathname).toBe('/settings/audit-log');
    expect(await screen.findByRole('heading', { level: 2, name: 'Audit log' })).toBeTruthy();
    expect(await screen.findByText('Nothing has been recorded yet.')).toBeTruthy();
    expect(current()).toEqual([expect.stringMatching(/^Audit log/)]);
    expect(screen.queryByRole('form', { name: 'Supervision' })).toBeNull();

    await user.click(within(index()).getByRole('link', { name: /^Your organisation/ }));
    expect(router.state.location.pathname).toBe('/settings');
    expect((await screen.findByTestId('database-path')).textContent).toBe('C:\\Peer Office\\office.db');
    expect(current()).toEqual([expect.stringMatching(/^Your organisation/)]);
  });

  it('keeps the same index, hints and all, on the audit log page as on every other page', async () => {
    const linkTexts = () => within(index()).getAllByRole('link').map((a) => a.textContent);
    const { user } = renderSettingsAt('/settings/supervision');
    const onSupervision = linkTexts();
    expect(onSupervision).toContain('Audit logWho changed what, and when');
    await user.click(within(index()).getByRole('link', { name: /^Audit log/ }));
    expect(await screen.findByText('Nothing has been recorded yet.')).toBeTruthy();
    expect(linkTexts()).toEqual(onSupervision);
  });

  it('takes an address that names no Settings page to the first page', async () => {
    const { router } = renderSettingsAt('/settings/no-such-page');
    expect(await screen.findByTestId('database-path')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/settings');
    expect(current()).toEqual([expect.stringMatching(/^Your organisation/)]);
  });
});
