// The pay period page against a window.peerOffice that answers as the backend does: a draft with
// blocking problems (approval refused with the backend's message), an approved period (the export
// choice; Sage's refusal as a list; a saved workbook) and the recorded history.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel, PeerOfficeApi } from '../../shared/contract/channels';
import type { PeriodDetail } from '../../shared/contract/payroll';
import type { AppError, Result } from '../../shared/contract/result';
import { PeriodView } from '../../renderer/src/features/payroll/PeriodPage';
import { YourNameProvider } from '../../renderer/src/features/payroll/yourName';
import { renderScreen } from './render';

const DRAFT: PeriodDetail = {
  key: '2026-10', start: '2026-10-01', end: '2026-10-31', payDate: '2026-10-30', status: 'draft',
  workedSessions: 9, plannedSessions: 1, workedMinutes: 1890, people: 2, totalPence: 40_212, events: [], blocking: 2,
  checklist: [
    { kind: 'ward-understaffed', blocking: false, date: '2026-10-06', staffId: 1, personId: 11, sessionId: 40, message: 'Oaklands Ward on 06/10/2026 had one peer supporter at 10:00.' },
    { kind: 'planned-in-past', blocking: true, date: '2026-10-14', staffId: 2, personId: 12, sessionId: 41, message: "Imogen Thistlewood's session on 14/10/2026 at Office is still planned: mark it worked or cancelled." },
    { kind: 'below-minimum-wage', blocking: true, date: '2026-10-02', staffId: 1, personId: 11, sessionId: 42, message: 'Bartholomew Quince is paid £10.50 an hour on 02/10/2026, below the minimum wage of £12.71: add a new rate on their staff record.' },
  ],
};
const APPROVED: PeriodDetail = {
  ...DRAFT, status: 'approved', blocking: 0, checklist: [],
  events: [{ action: 'approved', at: '2026-10-20T13:05:00.000Z', by: 'Rowan Ashdown', detail: '' }],
};

type Answer = (input: unknown) => Result<unknown>;
const ok = (value: unknown): Result<unknown> => ({ ok: true, value });
const refused = (error: AppError): Result<unknown> => ({ ok: false, error });

function fakeBackend(answers: Partial<Record<Channel, Answer>>) {
  const invoke = vi.fn(async (channel: Channel, input: unknown) => {
    const answer = answers[channel];
    if (!answer) throw new Error(`unexpected call ${channel}`);
    return answer(input);
  });
  window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
  return invoke;
}

beforeEach(() => {
  // jsdom has no object URLs, and following a download link would try to navigate.
  URL.createObjectURL = vi.fn(() => 'blob:payroll');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('PeriodView', () => {
  it('lists blocking problems first with links to fix them, and shows the backend refusing approval', async () => {
    const invoke = fakeBackend({
      'payroll:period': () => ok(DRAFT),
      'payroll:approve': () => refused({ code: 'VALIDATION', message: 'The period 01/10/2026 to 31/10/2026 has 2 problems to fix before it can be approved: see the checklist.' }),
    });
    renderScreen(<PeriodView periodKey="2026-10" />);
    expect(await screen.findByRole('heading', { name: 'Pay period: October 2026', level: 1 })).toBeTruthy();
    expect(screen.getByText('Draft')).toBeTruthy();
    expect(screen.getByTestId('checklist-count').textContent).toBe('2 problems to fix before the period can be approved; 1 thing to check.');

    const items = within(screen.getByRole('list', { name: 'Checklist' })).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByText(/Must fix|To check/).textContent)).toEqual(['Must fix', 'Must fix', 'To check']);
    // A still-planned session is fixed on the rota; a low rate on the person's record, where rates are.
    expect(screen.getByRole('link', { name: /Imogen Thistlewood's session/ }).getAttribute('href')).toBe('/rota?date=2026-10-14&session=41');
    expect(screen.getByRole('link', { name: /Bartholomew Quince is paid/ }).getAttribute('href')).toBe('/members/11');
    expect(screen.getByTestId('total-hours').textContent).toBe('31.50');
    expect(screen.getByTestId('total-pay').textContent).toBe('£402.12');
    expect(screen.queryByRole('button', { name: 'Export for payroll' })).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Approve this period' }));
    // No name: asked for before anything is sent.
    expect((await screen.findByRole('alert')).textContent).toContain('Enter your name');
    expect(invoke).not.toHaveBeenCalledWith('payroll:approve', expect.anything());

    await user.type(screen.getByLabelText(/^Your name/), 'Rowan Ashdown');
    await user.click(screen.getByRole('button', { name: 'Approve this period' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('has 2 problems to fix before it can be approved'));
    expect(invoke).toHaveBeenCalledWith('payroll:approve', { key: '2026-10', by: 'Rowan Ashdown' });
    expect(screen.getByLabelText(/^Your name/)).toHaveProperty('value', 'Rowan Ashdown');
  });

  it('links a fit note still needed to the absence on the staff record, and leaves the SSP days for Sage unlinked', async () => {
    fakeBackend({
      'payroll:period': () => ok({
        ...DRAFT, blocking: 0, checklist: [
          { kind: 'fit-note-needed', blocking: false, date: '2026-10-13', staffId: 1, personId: 11, message: 'Bartholomew Quince has been off sick since 06/10/2026 with no fit note recorded: one is needed from day 8 (13/10/2026). Ask them for it, then record it with their absence.' },
          { kind: 'ssp-days-for-sage', blocking: false, date: '2026-10-06', staffId: 1, message: "For Sage 50: SSP days are not in the Sage file. Enter these SSP days in Sage's sickness screen: 3 days for Bartholomew Quince (06/10/2026, 07/10/2026 and 08/10/2026)." },
        ],
      }),
    });
    renderScreen(<PeriodView periodKey="2026-10" />);
    expect((await screen.findByTestId('checklist-count')).textContent).toBe('Nothing stops the period being approved; 2 things to check.');
    const items = within(screen.getByRole('list', { name: 'Checklist' })).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByText(/Must fix|To check/).textContent)).toEqual(['To check', 'To check']);
    const fitNote = screen.getByRole('link', { name: /has been off sick since 06\/10\/2026/ });
    expect(fitNote.getAttribute('href')).toBe('/members/11?section=absence');
    expect(items[0]!.textContent).toContain('(fix it on their staff record)');
    // Done in Sage's own sickness screen: said plainly, with nowhere in the app to go.
    const sage = items.find((li) => li.textContent?.includes('For Sage 50'))!;
    expect(within(sage).queryByRole('link')).toBeNull();
    expect(sage.textContent).toContain('3 days for Bartholomew Quince');
    expect(sage.textContent).not.toContain('fix it');
  });

  it('offers the export choice for an approved period, lists what Sage would refuse, and saves a workbook', async () => {
    let exported = false;
    const invoke = fakeBackend({
      'payroll:period': () => ok(exported ? { ...APPROVED, status: 'exported' } : APPROVED),
      'payroll:export': (input) => {
        const { format } = input as { format: string };
        if (format === 'sage') {
          return refused({ code: 'VALIDATION', message: "No file was written: Sage 50 would refuse it.\n- Pay element 'Admin' has no Sage payment number: set it in Settings, Pay and rates (pay elements). It is used for works number 1001.\n- Bartholomew Quince has no works number, so Sage cannot find them: add their Sage employee reference to their staff record." });
        }
        exported = true;
        return ok({ fileName: 'payroll-2026-10.xlsx', contentBase64: btoa('workbook bytes'), rows: 4 });
      },
    });
    renderScreen(<PeriodView periodKey="2026-10" />);
    expect(await screen.findByRole('heading', { name: 'Export for payroll', level: 2 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve this period' })).toBeNull();
    const formats = within(screen.getByRole('radiogroup', { name: /File format/ })).getAllByRole('radio');
    expect(formats).toHaveLength(3);
    expect(screen.getByLabelText('Excel workbook (.xlsx)')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Sage 50 timesheet (.csv)')).toBeTruthy();
    expect(screen.getByLabelText('BrightPay (.csv)')).toBeTruthy();
    // Approved in British Summer Time: shown on the clock in England, not UTC.
    expect(within(screen.getByRole('table', { name: 'History' })).getByText('20/10/2026 at 14:05')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Sage 50 timesheet (.csv)'));
    await user.type(screen.getByLabelText(/^Your name/), 'Rowan Ashdown');
    await user.click(screen.getByRole('button', { name: 'Export for payroll' }));
    const problems = await screen.findByTestId('problem-list');
    expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      "Pay element 'Admin' has no Sage payment number: set it in Settings, Pay and rates (pay elements). It is used for works number 1001.",
      'Bartholomew Quince has no works number, so Sage cannot find them: add their Sage employee reference to their staff record.',
    ]);
    expect(screen.getByRole('alert').textContent).toContain('No file was written: Sage 50 would refuse it.');
    expect(URL.createObjectURL).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText('Excel workbook (.xlsx)'));
    await user.click(screen.getByRole('button', { name: 'Export for payroll' }));
    expect((await screen.findByTestId('export-saved')).textContent).toContain('Saved payroll-2026-10.xlsx');
    expect(invoke).toHaveBeenCalledWith('payroll:export', { key: '2026-10', format: 'xlsx', by: 'Rowan Ashdown' });
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('problem-list')).toBeNull();
    await waitFor(() => expect(screen.getByText('Exported to payroll')).toBeTruthy());
  });

  it('warns before exporting a period again: when, by whom and as what it last went', async () => {
    const exportedAt = { action: 'exported' as const, at: '2026-10-21T08:15:00.000Z', by: 'Ash Wren', detail: 'sage' };
    fakeBackend({ 'payroll:period': () => ok({ ...APPROVED, status: 'exported', events: [...APPROVED.events, { ...exportedAt, detail: 'xlsx' }, exportedAt] }) });
    renderScreen(<PeriodView periodKey="2026-10" />);
    const warning = await screen.findByTestId('exported-before');
    // The latest export, on the clock in England (09:15 BST).
    expect(warning.textContent).toContain('Exported on 21/10/2026 at 09:15 by Ash Wren as Sage 50 timesheet (.csv). Exporting again makes another copy of the same figures: make sure payroll does not pay anyone twice.');
  });

  it('says an export before a reopening may be replaced, and says nothing before the first export', async () => {
    const reopened = [...APPROVED.events, { action: 'exported' as const, at: '2026-10-21T08:15:00.000Z', by: 'Ash Wren', detail: 'xlsx' },
      { action: 'reopened' as const, at: '2026-10-22T08:00:00.000Z', by: 'Ash Wren', detail: 'A missed session' }, APPROVED.events[0]!];
    fakeBackend({ 'payroll:period': () => ok({ ...APPROVED, events: reopened }) });
    const first = renderScreen(<PeriodView periodKey="2026-10" />);
    expect((await screen.findByTestId('exported-before')).textContent).toContain('Exported before, on 21/10/2026 at 09:15 by Ash Wren as Excel workbook (.xlsx), then reopened.');
    first.unmount();
    fakeBackend({ 'payroll:period': () => ok(APPROVED) });
    renderScreen(<PeriodView periodKey="2026-10" />);
    expect(await screen.findByRole('button', { name: 'Export for payroll' })).toBeTruthy();
    expect(screen.queryByTestId('exported-before')).toBeNull();
  });

  it('offers the name typed on one period to the next, until the office locks (the provider goes)', async () => {
    fakeBackend({ 'payroll:period': (input) => ok({ ...APPROVED, key: (input as { key: string }).key }) });
    function TwoPeriods() {
      const [key, setKey] = useState('2026-10');
      return (
        <YourNameProvider>
          <button type="button" onClick={() => setKey('2026-09')}>Another period</button>
          <PeriodView key={key} periodKey={key} />
        </YourNameProvider>
      );
    }
    const user = userEvent.setup();
    const shown = renderScreen(<TwoPeriods />);
    await user.type(await screen.findByLabelText(/^Your name/), 'Rowan Ashdown');
    await user.click(screen.getByRole('button', { name: 'Another period' }));
    expect(await screen.findByRole('heading', { name: 'Pay period: September 2026', level: 1 })).toBeTruthy();
    expect(screen.getByLabelText(/^Your name/)).toHaveProperty('value', 'Rowan Ashdown');
    shown.unmount();
    renderScreen(<TwoPeriods />);
    expect(await screen.findByLabelText(/^Your name/)).toHaveProperty('value', '');
  });

  it('asks why before reopening, explains what reopening does, and sends the reason with the name', async () => {
    let current: PeriodDetail = { ...APPROVED, status: 'exported' };
    const invoke = fakeBackend({
      'payroll:period': () => ok(current),
      'payroll:reopen': (input) => {
        const event = { action: 'reopened' as const, at: '2026-11-27T22:40:00.000Z', by: 'Rowan Ashdown', detail: (input as { reason: string }).reason };
        current = { ...DRAFT, checklist: [], blocking: 0, events: [...APPROVED.events, event] };
        return ok(current);
      },
    });
    renderScreen(<PeriodView periodKey="2026-10" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Reopen this period' }));
    const form = screen.getByRole('form', { name: 'Reopen this period' });
    expect(form.textContent).toContain('its sessions can be changed on the rota');
    expect(form.textContent).toContain('recorded in the history');
    await user.type(within(form).getByLabelText(/^Your name/), 'Rowan Ashdown');
    await user.type(within(form).getByLabelText(/^Why is it being reopened/), 'typo');
    await user.click(within(form).getByRole('button', { name: 'Reopen the period' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('in a few words');
    expect(invoke).not.toHaveBeenCalledWith('payroll:reopen', expect.anything());

    await user.type(within(form).getByLabelText(/^Why is it being reopened/), ': wrong place on 14/10');
    await user.click(within(form).getByRole('button', { name: 'Reopen the period' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('payroll:reopen', { key: '2026-10', by: 'Rowan Ashdown', reason: 'typo: wrong place on 14/10' }));
    const history = await screen.findByRole('table', { name: 'History' });
    await waitFor(() => expect(within(history).getByText('typo: wrong place on 14/10')).toBeTruthy());
    expect(within(history).getByText('27/11/2026 at 22:40')).toBeTruthy();
  });
});
