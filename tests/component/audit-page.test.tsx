// The audit log screen against a window.peerOffice that pages and filters as the backend does: entries
// newest first in words, filters sent as the contract takes them (a wrong date stopped with the GOV.UK
// pattern, never sent), paging, the export of what is shown, and nothing anywhere to edit or delete.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditListInput, AuditPage, ListedAuditEntry } from '../../shared/contract/audit';
import type { Channel, PeerOfficeApi } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { AuditLogPage } from '../../renderer/src/features/audit/AuditLogPage';
import { renderScreen } from './render';

// The record as the backend shows it: looked up to the membership number, with the member's page.
const entry = (id: number, overrides: Partial<ListedAuditEntry> = {}): ListedAuditEntry => ({
  id, at: '2026-11-27T10:00:00.000Z', action: 'change', area: 'members', channel: 'members:update', recordType: 'member', recordId: '12',
  summary: 'changed town and phone', by: 'the office', record: { words: 'member M01012', personId: 12, gone: false }, ...overrides,
});

/** 120 entries, one a minute back from 27 November 2026 10:00, the newest a failed unlock. */
const LOG: ListedAuditEntry[] = Array.from({ length: 120 }, (_, i) => entry(120 - i, {
  at: new Date(Date.parse('2026-11-27T10:00:00.000Z') - i * 60_000).toISOString(),
  ...(i === 0 ? { action: 'unlock-failed', area: 'office', channel: 'office:unlock', recordType: 'office', recordId: '', summary: 'the passphrase did not match', record: { words: 'office', personId: null, gone: false } } : {}),
  ...(i === 1 ? {
    action: 'export', area: 'payroll', channel: 'payroll:export', recordType: 'pay period', recordId: '2026-10', summary: 'Sage file, 4 lines', by: 'Morwenna Testworth',
    record: { words: 'pay period 2026-10', personId: null, gone: false },
  } : {}),
  ...(i === 2 ? { action: 'delete', summary: 'removed 1 member record and 1 role', record: { words: 'member (not in the database now)', personId: null, gone: true } } : {}),
  // "Back up now" is logged as an export, and a wrong current passphrase (to change it) as a failed unlock: each said as it was.
  ...(i === 4 ? { action: 'export', area: 'backup', channel: 'backup:make', recordType: 'backup', recordId: '', summary: 'backup made: 1 copy checked', record: { words: 'backup', personId: null, gone: false } } : {}),
  ...(i === 5 ? {
    action: 'unlock-failed', area: 'office', channel: 'security:changePassphrase', recordType: 'office', recordId: '', summary: 'the current passphrase did not match',
    record: { words: 'office', personId: null, gone: false },
  } : {}),
}));

/** Answers audit:list by filtering and paging LOG (area, action and page are enough for these tests); `hold` keeps a page's answer back until it resolves. */
function fakeBackend(hold?: (input: AuditListInput) => Promise<void> | undefined) {
  const invoke = vi.fn(async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    if (channel === 'audit:list') {
      const i = input as AuditListInput;
      await hold?.(i);
      const size = i.pageSize ?? 50;
      const matching = LOG.filter((e) => (!i.area || e.area === i.area) && (!i.action || e.action === i.action));
      const page = Math.min(i.page ?? 1, Math.max(1, Math.ceil(matching.length / size)));
      const value: AuditPage = { entries: matching.slice((page - 1) * size, page * size), total: matching.length, page, pageSize: size };
      return { ok: true, value };
    }
    if (channel === 'audit:export') return { ok: true, value: { fileName: 'audit-log-2026-11-27.xlsx', contentBase64: 'UEsDBA==', rows: 3 } };
    throw new Error(`unexpected call ${channel}`);
  });
  window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
  return invoke;
}

const listCalls = (invoke: ReturnType<typeof fakeBackend>) => invoke.mock.calls.filter(([c]) => c === 'audit:list').map(([, input]) => input);

afterEach(() => vi.restoreAllMocks());

describe('AuditLogPage', () => {
  it('lists a page newest first, in words, with a failed unlock and a wrong passphrase said in words, and no way to edit or delete', async () => {
    fakeBackend();
    renderScreen(<AuditLogPage />);
    const table = await screen.findByTestId('audit-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(50);
    expect(rows.slice(0, 6).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['27/11/2026 at 10:00', 'Failed unlock', 'Office', 'Office', 'The passphrase did not match', 'the office'],
      ['27/11/2026 at 09:59', 'Exported', 'Payroll', 'Pay period 2026-10', 'Sage file, 4 lines', 'Morwenna Testworth'],
      ['27/11/2026 at 09:58', 'Deleted', 'Members', 'Member (not in the database now)', 'Removed 1 member record and 1 role', 'the office'],
      ['27/11/2026 at 09:57', 'Changed', 'Members', 'Member M01012', 'Changed town and phone', 'the office'],
      ['27/11/2026 at 09:56', 'Backed up', 'Backups', 'Backup', 'Backup made: 1 copy checked', 'the office'],
      ['27/11/2026 at 09:55', 'Wrong passphrase', 'Office', 'Office', 'The current passphrase did not match', 'the office'],
    ]);
    // The record links to where it can be seen, but not when it is gone; never an internal number.
    expect(within(rows[1]!).getByRole('link', { name: 'Pay period 2026-10' }).getAttribute('href')).toBe('/payroll/2026-10');
    expect(within(rows[3]!).getByRole('link', { name: 'Member M01012' }).getAttribute('href')).toBe('/members/12');
    expect(within(rows[2]!).queryByRole('link')).toBeNull();
    expect(within(table).queryByText(/member 12\b/)).toBeNull();
    expect(screen.getByTestId('audit-count').textContent).toBe('Showing 1 to 50 of 120 entries');
    expect(screen.queryByRole('button', { name: /edit|delete|remove|change/i })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /summary|what changed/i })).toBeNull();
  });

  it('sends each filter as the contract takes it, from page 1, and pages on', async () => {
    const invoke = fakeBackend();
    const user = userEvent.setup();
    renderScreen(<AuditLogPage />);
    await screen.findByTestId('audit-table');
    await user.click(screen.getByRole('button', { name: 'Older entries' }));
    await waitFor(() => expect(screen.getByTestId('audit-count').textContent).toBe('Showing 51 to 100 of 120 entries'));
    await user.selectOptions(screen.getByLabelText('Area'), 'Payroll');
    await waitFor(() => expect(screen.getByTestId('audit-count').textContent).toBe('Showing 1 to 1 of 1 entry that matches'));
    // One page: nothing to page through.
    expect(screen.queryByRole('button', { name: 'Older entries' })).toBeNull();
    await user.selectOptions(screen.getByLabelText('What was done'), 'Failed unlock or wrong passphrase');
    await waitFor(() => expect(screen.getByTestId('audit-count').textContent).toBe('No entries match these filters.'));
    expect(listCalls(invoke)).toEqual([
      { from: '', to: '', area: '', action: '', recordType: '', record: '', page: 1, pageSize: 50 },
      { from: '', to: '', area: '', action: '', recordType: '', record: '', page: 2, pageSize: 50 },
      { from: '', to: '', area: 'payroll', action: '', recordType: '', record: '', page: 1, pageSize: 50 },
      { from: '', to: '', area: 'payroll', action: 'unlock-failed', recordType: '', record: '', page: 1, pageSize: 50 },
    ]);
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await waitFor(() => expect(screen.getByTestId('audit-count').textContent).toBe('Showing 1 to 50 of 120 entries'));
  });

  it('keeps the last page on screen, marked busy, while the next one loads', async () => {
    let release: () => void = () => {};
    fakeBackend((input) => (input.page === 2 ? new Promise((done) => { release = done; }) : undefined));
    const user = userEvent.setup();
    renderScreen(<AuditLogPage />);
    await screen.findByTestId('audit-table');
    expect(screen.getByTestId('audit-results').getAttribute('aria-busy')).toBe('false');
    await user.click(screen.getByRole('button', { name: 'Older entries' }));
    await waitFor(() => expect(screen.getByTestId('audit-results').getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByLabelText('Loading the entries')).toBeTruthy();
    expect(screen.getByTestId('audit-count').textContent).toBe('Showing 1 to 50 of 120 entries');
    release();
    await waitFor(() => expect(screen.getByTestId('audit-count').textContent).toBe('Showing 51 to 100 of 120 entries'));
    expect(screen.getByTestId('audit-results').getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByLabelText('Loading the entries')).toBeNull();
  });

  it('stops a wrong date with a summary linking to the box and the message beside it, sending nothing, then takes the right one', async () => {
    const invoke = fakeBackend();
    const user = userEvent.setup();
    renderScreen(<AuditLogPage />);
    await screen.findByTestId('audit-table');
    const calls = listCalls(invoke).length;
    const from = screen.getByRole('textbox', { name: /^From/ });
    await user.type(from, '31/02/2026');
    await user.tab(); // leaving the box says nothing yet
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show entries' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'From: Enter the first day as a real date, like 27/11/2026' })).toBeTruthy();
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(from).toHaveProperty('value', '31/02/2026'); // what was typed is kept
    expect(listCalls(invoke)).toHaveLength(calls);

    await user.clear(from);
    await user.type(from, '01/11/2026{Enter}');
    await waitFor(() => expect(listCalls(invoke).at(-1)).toMatchObject({ from: '2026-11-01', page: 1 }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('finds a record by what the table shows (a membership number), sent as typed for the backend to look up', async () => {
    const invoke = fakeBackend();
    const user = userEvent.setup();
    renderScreen(<AuditLogPage />);
    await screen.findByTestId('audit-table');
    const record = screen.getByRole('textbox', { name: /^Record/ });
    expect(record.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Membership or works number, or pay period: M01001, PS900, 2026-10')).toBeTruthy();
    await user.type(record, 'M01012{Enter}');
    await waitFor(() => expect(listCalls(invoke).at(-1)).toMatchObject({ record: 'M01012', page: 1 }));
  });

  it('exports what the filters show to an Excel file, and says it holds only those entries', async () => {
    const invoke = fakeBackend();
    const user = userEvent.setup();
    URL.createObjectURL = vi.fn(() => 'blob:audit');
    URL.revokeObjectURL = vi.fn();
    renderScreen(<AuditLogPage />);
    await screen.findByTestId('audit-table');
    await user.selectOptions(screen.getByLabelText('Area'), 'Members');
    await user.click(screen.getByRole('button', { name: 'Export to Excel (.xlsx)' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved audit-log-2026-11-27.xlsx: the 3 entries the filters show.');
    expect(invoke).toHaveBeenCalledWith('audit:export', { from: '', to: '', area: 'members', action: '', recordType: '', record: '' });
  });

  it('says an export with no filters set holds the whole log', async () => {
    fakeBackend();
    const user = userEvent.setup();
    URL.createObjectURL = vi.fn(() => 'blob:audit');
    URL.revokeObjectURL = vi.fn();
    renderScreen(<AuditLogPage />);
    await screen.findByTestId('audit-table');
    await user.click(screen.getByRole('button', { name: 'Export to Excel (.xlsx)' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved audit-log-2026-11-27.xlsx: the whole log, 3 entries.');
  });
});
