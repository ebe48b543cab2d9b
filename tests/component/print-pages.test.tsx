// The print pages against a window.peerOffice that answers as the backend does: the header (office name,
// title, printed-on date) and the rows each page exists for; "ready" said once the data is shown and never
// for a refusal or a locked office; the preview's buttons in the browser host and in the desktop app.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Channel, PeerOfficeApi } from '../../shared/contract/channels';
import type { PrintBridge } from '../../shared/contract/print';
import type { AppError, Result } from '../../shared/contract/result';
import type {
  PersonSupervision, StaffName, SupervisionMonth, SupervisionRow, SupportYear,
} from '../../shared/contract/supervision';
import { App } from '../../renderer/src/app/App';
import { cssVariablesResolver, theme } from '../../renderer/src/app/theme';
import { PrintPreview } from '../../renderer/src/features/print/PrintPreview';

const OFFICE = 'Wealdbrook Peer Support';
const cordelia: StaffName = { staffId: 12, personId: 112, name: 'Cordelia Dunstable' };
const bartholomew: StaffName = { staffId: 3, personId: 103, name: 'Bartholomew Quince' };
const imogen: StaffName = { staffId: 7, personId: 107, name: 'Imogen Thistlewood' };

const row = (over: Partial<SupervisionRow> & Pick<SupervisionRow, 'id' | 'plannedOn'>): SupervisionRow => ({
  supervisee: cordelia, supervisor: bartholomew, type: 'one-to-one', planItem: 'supervision', startMinutes: 600, status: 'planned',
  heldOn: '', outcome: '', rescheduledTo: '', rescheduledFrom: '', overdue: false, actions: [], ...over,
});

const PERSON: PersonSupervision = {
  staff: { ...cordelia, startDate: '2026-08-03', endDate: '', jobRole: 'Peer supporter', isCurrent: true },
  probation: {
    startDate: '2026-08-03', endDate: '2027-03-03', originalEndDate: '2027-02-03', state: 'in-probation', hasPlan: true, warnings: [],
    events: [{ id: 1, kind: 'extended', onDate: '2026-11-20', previousEndDate: '2027-02-03', newEndDate: '2027-03-03', reason: 'More time on ward visits, agreed together', by: 'Rowan Ashdown' }],
  },
  supervisor: bartholomew,
  cadenceWeeks: 6,
  nextDue: '',
  supervisions: [
    row({ id: 1, plannedOn: '2026-09-03', status: 'held', heldOn: '2026-09-03', actions: [{ id: 1, text: 'Shadow two ward visits', raisedOn: '2026-09-03', doneOn: '2026-10-05' }] }),
    row({ id: 2, plannedOn: '2026-10-05', status: 'held', heldOn: '2026-10-06', actions: [{ id: 2, text: 'Read the lone-working policy', raisedOn: '2026-10-06', doneOn: '' }] }),
    row({ id: 3, plannedOn: '2026-11-03', planItem: 'mid-point-review', status: 'held', heldOn: '2026-11-03', outcome: 'support-agreed' }),
    row({ id: 4, plannedOn: '2026-12-03', status: 'rescheduled', rescheduledTo: '2026-12-10' }),
    row({ id: 5, plannedOn: '2026-12-10', rescheduledFrom: '2026-12-03' }),
    row({ id: 6, plannedOn: '2027-02-22', planItem: 'final-review', startMinutes: null }),
  ],
  openActions: [{ id: 2, text: 'Read the lone-working policy', raisedOn: '2026-10-06', doneOn: '' }],
};

const MONTH: SupervisionMonth = {
  month: '2026-11', from: '2026-11-01', to: '2026-11-30', supervisor: null,
  rows: [
    row({ id: 3, plannedOn: '2026-11-03', planItem: 'mid-point-review', status: 'held', heldOn: '2026-11-03', outcome: 'support-agreed' }),
    row({ id: 8, plannedOn: '2026-11-05', supervisee: imogen, supervisor: null, planItem: '', type: 'reflective' }),
    row({ id: 9, plannedOn: '2026-11-12', supervisee: imogen, planItem: '', status: 'cancelled' }),
    row({ id: 10, plannedOn: '2026-11-24', supervisee: imogen, planItem: '', overdue: true }),
  ],
};

const YEAR: SupportYear = {
  year: 2026,
  notes: [],
  notAttended: [imogen],
  sessions: [
    {
      id: 1, date: '2026-03-10', startMinutes: 600, endMinutes: 780, place: { id: 1, name: 'Quaker Meeting House', site: 'Lewes' }, theme: 'Looking after yourself on the ward',
      attendees: [{ ...bartholomew, status: 'attended', invitedOn: '2026-02-01' }, { ...cordelia, status: 'apologies', invitedOn: '2026-02-01' }],
      counts: { invited: 0, attended: 1, apologies: 1, 'did-not-attend': 0 },
    },
    {
      id: 2, date: '2026-12-08', startMinutes: 600, endMinutes: 780, place: { id: 2, name: 'Community Hall', site: 'Community Hall' }, theme: 'Boundaries and endings',
      attendees: [{ ...cordelia, status: 'invited', invitedOn: '2026-11-20' }, { ...imogen, status: 'invited', invitedOn: '2026-11-20' }],
      counts: { invited: 2, attended: 0, apologies: 0, 'did-not-attend': 0 },
    },
  ],
};

type Answer = (input: unknown) => Result<unknown>;
const ok = (value: unknown): Result<unknown> => ({ ok: true, value });
const refused = (error: AppError): Result<unknown> => ({ ok: false, error });
const UNLOCKED = ok({ state: 'unlocked', officeName: OFFICE, isDemo: false });

function fakeBackend(answers: Partial<Record<Channel, Answer>>, print?: PrintBridge) {
  const invoke = vi.fn(async (channel: Channel, input: unknown) => {
    const answer = answers[channel];
    if (!answer) throw new Error(`unexpected call ${channel}`);
    return answer(input);
  });
  window.peerOffice = { host: print ? 'electron' : 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {}, print };
  return invoke;
}

const fakeBridge = () => ({
  page: vi.fn<PrintBridge['page']>(async () => ({ ok: true, value: { savedTo: '/home/rowan/Documents/Probation schedule, Cordelia Dunstable.pdf' } })),
  ready: vi.fn(),
});

/** The app itself at an address, as a print window or a browser tab opens it. */
function openApp(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element: <App /> }], { initialEntries: [path] });
  render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>
    </MantineProvider>,
  );
  return router;
}

/**
 * Longer than a shown page takes to say it is ready (its fonts, then one task). A test that sees "never
 * ready" after this wait also shows, with the same wait, that a page whose data arrives IS ready: so the
 * wait was long enough, and "never" means never.
 */
const longerThanReadyTakes = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The preview alone (the app's frame is not what is tested here). */
function openPreview(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '/preview/*', element: <PrintPreview /> }], { initialEntries: [path] });
  return render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>
    </MantineProvider>,
  );
}

const page = () => screen.findByTestId('print-page');
/** The body rows' cells, as text (the head's rows are the column headings). */
const cellsOf = (table: HTMLElement) => [...table.querySelectorAll(':scope > tbody > tr')].map((r) => within(r as HTMLElement).getAllByRole('cell').map((c) => c.textContent));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a person’s probation schedule', () => {
  it('heads every page with the office, the title and the date printed, and lists every meeting', async () => {
    const bridge = fakeBridge();
    const invoke = fakeBackend({ 'office:status': () => UNLOCKED, 'supervision:person': () => ok(PERSON) }, bridge);
    openApp('/print/probation/12');
    const sheet = await page();

    expect(within(sheet).getByTestId('print-office').textContent).toBe(OFFICE);
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('Probation and supervision: Cordelia Dunstable');
    expect(within(sheet).getByText('Printed on 27/11/2026')).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith('supervision:person', { staffId: 12 });
    // No app frame around the paper: no navigation, no Lock.
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();

    expect(sheet.textContent).toContain('Probation ends03/03/2027 (extended; first agreed 03/02/2027)');
    expect(sheet.textContent).toContain('SupervisorBartholomew Quince');
    expect(sheet.textContent).toContain('Probation statusIn probation');

    const [meetings, events, actions] = within(sheet).getAllByRole('table');
    expect(cellsOf(meetings!)).toEqual([
      ['Thu 03/09/2026', '10:00', 'Probation supervision', 'Bartholomew Quince', 'Held', ''],
      ['Mon 05/10/2026', '10:00', 'Probation supervision', 'Bartholomew Quince', 'Held on 06/10/2026', ''],
      ['Tue 03/11/2026', '10:00', 'Mid-point review', 'Bartholomew Quince', 'Held', 'Extra support agreed'],
      ['Thu 03/12/2026', '10:00', 'Probation supervision', 'Bartholomew Quince', 'Moved to 10/12/2026', ''],
      ['Thu 10/12/2026moved from 03/12/2026', '10:00', 'Probation supervision', 'Bartholomew Quince', 'Planned', ''],
      ['Mon 22/02/2027', '', 'Final review', 'Bartholomew Quince', 'Planned', ''],
    ]);
    expect(cellsOf(events!)).toEqual([['20/11/2026', 'Extended from 03/02/2027 to 03/03/2027', 'More time on ward visits, agreed together', 'Rowan Ashdown']]);
    expect(cellsOf(actions!)).toEqual([['Shadow two ward visits', '03/09/2026', '05/10/2026'], ['Read the lone-working policy', '06/10/2026', 'Open']]);
    const signatures = within(sheet).getByRole('region', { name: 'Signatures' });
    expect(signatures.textContent).toContain('Supervisor: Bartholomew Quince');
    expect(signatures.textContent).toContain('Supervisee: Cordelia Dunstable');

    // Shown, so the print window may print it: once.
    await waitFor(() => expect(bridge.ready).toHaveBeenCalledTimes(1));
  });

  it('shows a refusal in words and never says it is ready to print', async () => {
    const bridge = fakeBridge();
    fakeBackend({
      'office:status': () => UNLOCKED,
      'supervision:person': (input) => ((input as { staffId: number }).staffId === 12 ? ok(PERSON) : refused({ code: 'NOT_FOUND', message: 'There is no staff record 99.' })),
    }, bridge);
    const router = openApp('/print/probation/99');
    expect((await screen.findByRole('alert')).textContent).toBe('There is no staff record 99.');
    await longerThanReadyTakes();
    expect(bridge.ready).not.toHaveBeenCalled();
    expect(screen.queryByTestId('print-page')).toBeNull();

    // The control: with the same wait, a page whose data does arrive says it is ready, once.
    await act(() => router.navigate('/print/probation/12'));
    await page();
    await longerThanReadyTakes();
    expect(bridge.ready).toHaveBeenCalledTimes(1);
  });

  it('shows the unlock screen, never the page, while the office is locked: a print window cannot print it', async () => {
    const bridge = fakeBridge();
    let status = ok({ state: 'locked', officeName: null, isDemo: false });
    const invoke = fakeBackend({
      'office:status': () => status,
      'office:unlock': () => (status = UNLOCKED),
      'supervision:person': () => ok(PERSON),
    }, bridge);
    openApp('/print/probation/12');
    expect(await screen.findByRole('button', { name: 'Unlock' })).toBeTruthy();
    await longerThanReadyTakes();
    expect(bridge.ready).not.toHaveBeenCalled();
    expect(invoke).not.toHaveBeenCalledWith('supervision:person', expect.anything());

    // The control: once unlocked the page shows, and with the same wait it says it is ready, once.
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Passphrase'), 'kettle orchard lantern');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await page();
    await longerThanReadyTakes();
    expect(bridge.ready).toHaveBeenCalledTimes(1);
  });

  it('says so for an address that is not a print page', async () => {
    fakeBackend({ 'office:status': () => UNLOCKED });
    openApp('/print/everything');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^There is no such page to print\./);
  });
});

describe("a supervisor's month", () => {
  it('lists their meetings by date with blank "Held on" and "Signed" columns', async () => {
    const invoke = fakeBackend({ 'office:status': () => UNLOCKED, 'supervision:month': () => ok({ ...MONTH, supervisor: bartholomew }) });
    openApp('/print/supervisor/3?month=2026-11');
    const sheet = await page();
    expect(invoke).toHaveBeenCalledWith('supervision:month', { month: '2026-11', supervisorStaffId: 3 });
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('Supervisions with Bartholomew Quince: November 2026');
    expect(within(sheet).getByTestId('print-office').textContent).toBe(OFFICE);
    expect(within(sheet).getByText('Printed on 27/11/2026')).toBeTruthy();
    const table = within(sheet).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Date', 'Time', 'Supervisee', 'What', 'Status', 'Held on', 'Signed']);
    expect(cellsOf(table)).toEqual([
      ['Tue 03/11/2026', '10:00', 'Cordelia Dunstable', 'Mid-point review', 'Held', '03/11/2026', ''],
      ['Thu 05/11/2026', '10:00', 'Imogen Thistlewood', 'Reflective (peer) supervision', 'Planned', '', ''],
      ['Thu 12/11/2026', '10:00', 'Imogen Thistlewood', 'One-to-one', 'Cancelled', 'Not needed', 'Not needed'],
      ['Tue 24/11/2026', '10:00', 'Imogen Thistlewood', 'One-to-one', 'Planned: overdue', '', ''],
    ]);
  });

  it('refuses a month that is not one', async () => {
    fakeBackend({ 'office:status': () => UNLOCKED, 'supervision:month': () => ok(MONTH) });
    openApp('/print/supervisor/3?month=November');
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a month, like 2026-11.');
  });
});

describe("the office's month", () => {
  it('is one table by date with each supervisor named, and a count of what it holds', async () => {
    const invoke = fakeBackend({ 'office:status': () => UNLOCKED, 'supervision:month': () => ok(MONTH) });
    openApp('/print/supervisions?month=2026-11');
    const sheet = await page();
    expect(invoke).toHaveBeenCalledWith('supervision:month', { month: '2026-11' });
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('Supervisions: November 2026');
    expect(within(sheet).getByText('Printed on 27/11/2026')).toBeTruthy();
    expect(sheet.textContent).toContain('4 meetings from 01/11/2026 to 30/11/2026: 2 planned, 1 held, 1 cancelled.');
    const table = within(sheet).getByRole('table');
    expect(cellsOf(table).map((cells) => cells.slice(0, 4))).toEqual([
      ['Tue 03/11/2026', '10:00', 'Cordelia Dunstable', 'Bartholomew Quince'],
      ['Thu 05/11/2026', '10:00', 'Imogen Thistlewood', 'Not named yet'],
      ['Thu 12/11/2026', '10:00', 'Imogen Thistlewood', 'Bartholomew Quince'],
      ['Tue 24/11/2026', '10:00', 'Imogen Thistlewood', 'Bartholomew Quince'],
    ]);
    // A heavier rule where each new week starts.
    expect([...table.querySelectorAll(':scope > tbody > tr')].map((r) => r.classList.contains('print-week-start'))).toEqual([false, false, true, true]);
  });
});

describe('the support-session calendar', () => {
  it('lists the sessions, who has attended none, and a register for each with a column to tick', async () => {
    const invoke = fakeBackend({ 'office:status': () => UNLOCKED, 'support:year': () => ok(YEAR) });
    openApp('/print/support?year=2026');
    const sheet = await page();
    expect(invoke).toHaveBeenCalledWith('support:year', { year: 2026 });
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('Support sessions 2026');
    expect(within(sheet).getByText('Printed on 27/11/2026')).toBeTruthy();
    const [calendar, first, second] = within(sheet).getAllByRole('table');
    expect(cellsOf(calendar!)).toEqual([
      ['Tue 10/03/2026', '10:00 to 13:00', 'Quaker Meeting House, Lewes', 'Looking after yourself on the ward', '2', '1'],
      ['Tue 08/12/2026', '10:00 to 13:00', 'Community Hall', 'Boundaries and endings', '2', '0'],
    ]);
    const notAttended = within(sheet).getByRole('heading', { name: 'Not attended any this year' });
    expect(notAttended.nextElementSibling!.textContent).toBe('Imogen Thistlewood');

    expect(within(sheet).getByRole('heading', { name: 'Register: session 2 of 2, Tue 08/12/2026' })).toBeTruthy();
    // The session's title sits in the table's head, so it is repeated on each page a long register runs onto.
    expect(second!.querySelector('thead h2')!.textContent).toBe('Register: session 2 of 2, Tue 08/12/2026');
    expect(second!.querySelector('thead')!.textContent).toContain('10:00 to 13:00 at Community Hall. Theme: Boundaries and endings.');
    expect([...second!.querySelectorAll(':scope > thead > tr:last-child > th')].map((h) => h.textContent)).toEqual(['Name', 'Recorded so far', 'Tick if attended']);
    // Two invited, then three blank lines for people who come without an invitation.
    expect(cellsOf(second!).map((cells) => cells.slice(0, 2))).toEqual([
      ['Cordelia Dunstable', 'Invited on 20/11/2026'], ['Imogen Thistlewood', 'Invited on 20/11/2026'], ['', ''], ['', ''], ['', ''],
    ]);
    expect(cellsOf(first!).slice(0, 2).map((cells) => cells.slice(0, 2))).toEqual([['Bartholomew Quince', 'Attended'], ['Cordelia Dunstable', 'Sent apologies']]);
    expect(second!.querySelectorAll('.print-tick-box')).toHaveLength(5);
  });
});

describe('the print preview', () => {
  it('in the browser host: the same page, and Print… opens the browser’s print dialog once the page is shown', async () => {
    fakeBackend({ 'office:status': () => UNLOCKED, 'supervision:person': () => ok(PERSON) });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    openPreview('/preview/probation/12');
    const printButton = screen.getByRole('button', { name: 'Print…' });
    expect(printButton).toHaveProperty('disabled', true);
    const sheet = await page();
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('Probation and supervision: Cordelia Dunstable');
    await waitFor(() => expect(printButton).toHaveProperty('disabled', false));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    await user.click(printButton);
    expect(print).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/choose Save as PDF as the printer/)).toBeTruthy();
  });

  it('in the desktop app: asks the print window to make the PDF of the same page, and says where it went', async () => {
    const bridge = fakeBridge();
    fakeBackend({ 'office:status': () => UNLOCKED, 'supervision:month': () => ok({ ...MONTH, supervisor: bartholomew }) }, bridge);
    openPreview('/preview/supervisor/3?month=2026-11');
    await page();
    const save = screen.getByRole('button', { name: 'Save as PDF…' });
    await waitFor(() => expect(save).toHaveProperty('disabled', false));
    await userEvent.setup().click(save);
    expect(bridge.page).toHaveBeenCalledWith({ path: '/print/supervisor/3?month=2026-11', action: 'pdf', fileName: 'Supervisions, Bartholomew Quince, November 2026.pdf' });
    expect((await screen.findByText(/^Saved to /)).textContent).toBe('Saved to /home/rowan/Documents/Probation schedule, Cordelia Dunstable.pdf');
    // The preview is not the paper: only the print window's page says it is ready.
    expect(bridge.ready).not.toHaveBeenCalled();
  });

  it('shows why nothing was printed', async () => {
    const bridge = fakeBridge();
    bridge.page.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'The page to print did not finish loading within 30 seconds.' } });
    fakeBackend({ 'office:status': () => UNLOCKED, 'support:year': () => ok(YEAR) }, bridge);
    openPreview('/preview/support?year=2026');
    await page();
    const printButton = screen.getByRole('button', { name: 'Print…' });
    await waitFor(() => expect(printButton).toHaveProperty('disabled', false));
    await userEvent.setup().click(printButton);
    expect(bridge.page).toHaveBeenCalledWith({ path: '/print/support?year=2026', action: 'print', fileName: 'Support sessions 2026.pdf' });
    expect((await screen.findByRole('alert')).textContent).toContain('The page to print did not finish loading within 30 seconds.');
  });
});
