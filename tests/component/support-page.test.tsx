// The support sessions screen against a window.peerOffice that answers as the backend does: the year's
// sessions and notes, who has attended none, adding a session (GOV.UK errors, the backend's refusal, what
// was typed kept), and one session opened to invite people, record attendance and delete it.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Channel, PeerOfficeApi } from '../../shared/contract/channels';
import type { AppError, Result } from '../../shared/contract/result';
import type { Place } from '../../shared/contract/rota';
import type { StaffRow } from '../../shared/contract/staff';
import type { SupportSession, SupportYear } from '../../shared/contract/supervision';
import { cssVariablesResolver, theme } from '../../renderer/src/app/theme';
import { SupportPage } from '../../renderer/src/features/support/SupportPage';

const staffRow = (staffId: number, name: string, dates: { startDate?: string; endDate?: string } = {}): StaffRow => ({
  staffId, personId: staffId + 100, name, memberNumber: staffId, worksNumber: `W${staffId}`, jobRole: 'Peer supporter', contractType: 'bank',
  startDate: dates.startDate ?? '2025-01-06', endDate: dates.endDate ?? '', isCurrent: !dates.endDate, currentRatePence: 1300, dbsRenewalDueOn: '', warningCount: 0,
});
const STAFF = [
  staffRow(1, 'Alba Quaintance'), staffRow(2, 'Bram Grimsditch'), staffRow(3, 'Cato Pennyfeather'),
  staffRow(4, 'Dora Thistlewood', { endDate: '2026-10-31' }), staffRow(5, 'Edie Marchbank', { startDate: '2027-01-04' }),
];
const PLACES: Place[] = [
  { id: 1, name: 'Tidewater Community Hub', site: 'Worthing', kind: 'group-venue', active: true, label: 'Tidewater Community Hub, Worthing' },
  { id: 2, name: 'Old Chapel', site: '', kind: 'group-venue', active: false, label: 'Old Chapel' },
];
const counts = (c: Partial<SupportSession['counts']> = {}): SupportSession['counts'] => ({ invited: 0, attended: 0, apologies: 0, 'did-not-attend': 0, ...c });
const HELD: SupportSession = {
  id: 11, date: '2026-09-09', startMinutes: 600, endMinutes: 780, place: { id: 1, name: 'Tidewater Community Hub', site: 'Worthing' }, theme: 'Endings and goodbyes',
  attendees: [
    { staffId: 1, personId: 101, name: 'Alba Quaintance', status: 'attended', invitedOn: '2026-08-12' },
    { staffId: 2, personId: 102, name: 'Bram Grimsditch', status: 'apologies', invitedOn: '2026-08-12' },
  ],
  counts: counts({ attended: 1, apologies: 1 }),
};
const COMING: SupportSession = {
  ...HELD, id: 12, date: '2026-12-09', theme: 'Keeping well over winter',
  attendees: [{ staffId: 1, personId: 101, name: 'Alba Quaintance', status: 'invited', invitedOn: '2026-11-20' }], counts: counts({ invited: 1 }),
};
const YEAR: SupportYear = {
  year: 2026, sessions: [HELD, COMING],
  notAttended: [{ staffId: 2, personId: 102, name: 'Bram Grimsditch' }, { staffId: 3, personId: 103, name: 'Cato Pennyfeather' }],
  notes: ['2 support sessions are booked for 2026; the plan is 4 a year, so 2 more are still to book.'],
};

type Answer = (input: unknown) => Result<unknown>;
const ok = (value: unknown): Result<unknown> => ({ ok: true, value });
const refused = (error: AppError): Result<unknown> => ({ ok: false, error });

function fakeBackend(answers: Partial<Record<Channel, Answer>>) {
  const all: Partial<Record<Channel, Answer>> = { 'support:year': () => ok(YEAR), 'places:list': () => ok(PLACES), 'staff:list': () => ok(STAFF), ...answers };
  const invoke = vi.fn(async (channel: Channel, input: unknown) => {
    const answer = all[channel];
    if (!answer) throw new Error(`unexpected call ${channel}`);
    return answer(input);
  });
  window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
  return invoke;
}

/** The page at an address, in the app's providers (a data router, as in the app). */
function renderAt(address: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element: <SupportPage /> }], { initialEntries: [address] });
  render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>
    </MantineProvider>,
  );
  return { router, user: userEvent.setup() };
}

// Friday 27 November 2026 in England: the September session is held, the December one still to come.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('SupportPage', () => {
  it('shows the year as cards with counts, the note, who has attended none, and links to other years and the printout', async () => {
    const invoke = fakeBackend({});
    renderAt('/support?year=2026');
    const list = await screen.findByRole('list', { name: 'Support sessions in 2026' });
    const cards = within(list).getAllByTestId('support-session');
    expect(cards.map((c) => c.textContent)).toEqual([
      'Wednesday 09/09/2026Held10:00 to 13:00, Tidewater Community Hub, WorthingEndings and goodbyes1 attended, 1 sent apologies',
      'Wednesday 09/12/2026Coming up10:00 to 13:00, Tidewater Community Hub, WorthingKeeping well over winter1 invited',
    ]);
    expect(within(cards[1]!).getByRole('link').getAttribute('href')).toBe('/support?year=2026&session=12');
    expect(screen.getByTestId('support-notes').textContent).toContain('2 more are still to book');
    const missing = screen.getByTestId('not-attended');
    expect(within(missing).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Bram Grimsditch', '/members/102'], ['Cato Pennyfeather', '/members/103'],
    ]);
    expect(screen.getByRole('heading', { name: 'Not attended any this year' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Print the calendar' }).getAttribute('href')).toBe('/preview/support?year=2026');
    expect(screen.getByRole('link', { name: '2025' }).getAttribute('href')).toBe('/support?year=2025');
    expect(screen.getByRole('link', { name: '2027' }).getAttribute('href')).toBe('/support?year=2027');
    expect(invoke).toHaveBeenCalledWith('support:year', { year: 2026 });
  });

  it('says no session has been held yet rather than listing everyone, for a year still to come', async () => {
    fakeBackend({ 'support:year': () => ok({ year: 2027, sessions: [{ ...COMING, date: '2027-03-10' }], notAttended: YEAR.notAttended, notes: [] }) });
    renderAt('/support?year=2027');
    expect(await screen.findByText('No support session has been held in 2027 yet.')).toBeTruthy();
    expect(screen.queryByTestId('not-attended')).toBeNull();
    expect(screen.getByRole('link', { name: 'This year' }).getAttribute('href')).toBe('/support?year=2026');
  });

  it('adds a session: asks for what is missing, shows the backend refusing, keeps what was typed, then opens the new one', async () => {
    let answer: Result<unknown> = refused({ code: 'CONFLICT', message: 'There is already a support session at Tidewater Community Hub on 10/03/2027 from 10:00 to 13:00.', fields: { date: 'There is already a support session at Tidewater Community Hub on 10/03/2027 from 10:00 to 13:00.' } });
    const invoke = fakeBackend({ 'support:save': () => answer });
    const { router, user } = renderAt('/support?year=2026');
    await user.click(await screen.findByRole('link', { name: 'Add a support session' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a support session' });
    expect((within(dialog).getByLabelText(/^Place/) as HTMLSelectElement).options.length).toBe(2); // the retired place is not offered

    await user.click(within(dialog).getByRole('button', { name: 'Add the session' }));
    const summary = await within(dialog).findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Date: Enter the date as a real date, like 27/11/2026', 'Place: Choose where it is', 'Theme: Enter the theme, like Looking after yourself on the ward',
    ]);
    expect(invoke).not.toHaveBeenCalledWith('support:save', expect.anything());

    await user.type(within(dialog).getByLabelText(/^Date/), '10/03/2027');
    await user.clear(within(dialog).getByLabelText(/^Starts/));
    await user.type(within(dialog).getByLabelText(/^Starts/), '9.30');
    await user.selectOptions(within(dialog).getByLabelText(/^Place/), 'Tidewater Community Hub, Worthing');
    await user.type(within(dialog).getByLabelText(/^Theme/), 'Boundaries and saying no');
    await user.click(within(dialog).getByRole('button', { name: 'Add the session' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('There is already a support session'));
    expect(invoke).toHaveBeenCalledWith('support:save', { date: '2027-03-10', startMinutes: 570, endMinutes: 780, placeId: 1, theme: 'Boundaries and saying no' });
    expect(within(dialog).getByLabelText(/^Theme/)).toHaveProperty('value', 'Boundaries and saying no');
    expect(within(dialog).getByLabelText(/^Date/)).toHaveProperty('value', '10/03/2027');

    const added: SupportSession = { ...COMING, id: 31, date: '2027-03-10', startMinutes: 570, theme: 'Boundaries and saying no', attendees: [], counts: counts() };
    answer = ok({ year: 2027, sessions: [added], notAttended: [], notes: [] });
    await user.click(within(dialog).getByRole('button', { name: 'Add the session' }));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2027&session=31'));
  });

  it('opens a session still to come: only invited or apologies, everyone employed that day to invite, and removing someone', async () => {
    const invoke = fakeBackend({
      'support:invite': () => ok(YEAR), 'support:setAttendance': () => ok(YEAR), 'support:uninvite': () => ok(YEAR),
    });
    const { user } = renderAt('/support?year=2026&session=12');
    const dialog = await screen.findByRole('dialog', { name: 'Support session' });
    expect(await within(dialog).findByRole('heading', { name: 'Wednesday 09/12/2026, 10:00 to 13:00' })).toBeTruthy();
    const select = within(dialog).getByLabelText('Attendance: Alba Quaintance') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['Invited', 'Sent apologies']);
    expect(dialog.textContent).toContain('Who attended can be recorded from the day of the session, 09/12/2026.');
    await user.selectOptions(select, 'Sent apologies');
    expect(invoke).toHaveBeenCalledWith('support:setAttendance', { id: 12, staffId: 1, status: 'apologies' });

    // Dora left before the day and Edie starts after it: neither is offered; Alba is already on the list.
    const invitable = within(dialog).getByRole('group', { name: /Or choose people to invite/ });
    expect(within(invitable).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Bram Grimsditch', 'Cato Pennyfeather']);
    await user.click(within(dialog).getByRole('button', { name: 'Invite everyone current (2)' }));
    expect(invoke).toHaveBeenCalledWith('support:invite', { id: 12, staffIds: [2, 3] });
    await user.click(within(invitable).getByLabelText('Cato Pennyfeather'));
    await user.click(within(dialog).getByRole('button', { name: 'Invite the person ticked' }));
    expect(invoke).toHaveBeenCalledWith('support:invite', { id: 12, staffIds: [3] });

    await user.click(within(dialog).getByRole('button', { name: 'Remove Alba Quaintance from the list' }));
    expect(invoke).toHaveBeenCalledWith('support:uninvite', { id: 12, staffId: 1 });
  });

  it('opens a held session: every status on offer, no remove for who attended, and a refused delete saying why', async () => {
    const why = '1 person is marked as attended at the support session on 09/09/2026, so it is part of their record and cannot be deleted.';
    const invoke = fakeBackend({ 'support:setAttendance': () => ok(YEAR), 'support:delete': () => refused({ code: 'CONFLICT', message: why }) });
    const { user } = renderAt('/support?year=2026&session=11');
    const dialog = await screen.findByRole('dialog', { name: 'Support session' });
    const bram = await within(dialog).findByLabelText('Attendance: Bram Grimsditch') as HTMLSelectElement;
    expect([...bram.options].map((o) => o.text)).toEqual(['Invited', 'Attended', 'Sent apologies', 'Did not attend']);
    expect(within(dialog).queryByRole('button', { name: 'Remove Alba Quaintance from the list' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Remove Bram Grimsditch from the list' })).toBeTruthy();
    await user.selectOptions(bram, 'Did not attend');
    expect(invoke).toHaveBeenCalledWith('support:setAttendance', { id: 11, staffId: 2, status: 'did-not-attend' });

    await user.click(within(dialog).getByRole('button', { name: 'Delete this session' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete it' }));
    expect(await within(dialog).findByText(why)).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith('support:delete', { id: 11 });
    expect(screen.getByRole('dialog', { name: 'Support session' })).toBeTruthy();
  });

  it('says so when the linked session is not in the year shown', async () => {
    fakeBackend({});
    renderAt('/support?year=2026&session=99');
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/That support session is not among 2026’s/)).toBeTruthy();
  });
});
