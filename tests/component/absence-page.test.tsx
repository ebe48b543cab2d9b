// The Absence page against a window.peerOffice that answers as the backend does: the office's figures, the
// two charts with their legend and their tables, the lists and the people by Bradford score, and an absence
// opened from the address (as the home screen links to it). Also the home screen's absence section.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardItem } from '../../shared/contract/supervision';
import { AbsencePage } from '../../renderer/src/features/absence/AbsencePage';
import { groupItems, linkFor, whenWords } from '../../renderer/src/features/dashboard/dashboardSections';
import { ALBA, OVERVIEW, TYPES } from './absence-fixtures';
import { fakeBackend, name, ok, renderAt } from './supervision-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const cells = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('AbsencePage', () => {
  it('shows the office’s figures, two charts with a legend and their figures as tables, and what needs doing', async () => {
    fakeBackend({ 'absence:overview': () => ok(OVERVIEW), 'absence:types': () => ok(TYPES) });
    const { user } = renderAt(<AbsencePage />, '/absence');
    expect((await screen.findByTestId('office-figures')).textContent).toBe('Spells of absence5Days lost14.5Days scheduled410Absence rate3.5%');

    const byMonth = screen.getByRole('region', { name: 'Days lost each month' });
    expect(within(byMonth).getByRole('img').getAttribute('aria-label')).toContain('days lost each month from December 2025 to November 2026');
    // The legend names only the kinds with days in these months, each beside its swatch.
    expect(within(within(byMonth).getByRole('list', { name: 'Key to the kinds of absence' })).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['Sickness', 'Dependants', 'Compassionate']);
    const monthTable = within(byMonth).getByRole('table', { name: 'Days lost each month, by kind' });
    expect(cells(monthTable).slice(-5)).toEqual([
      ['July 2026', '0', '0', '3', '3'],
      ['August 2026', '0.5', '0', '0', '0.5'],
      ['September 2026', '0', '0', '0', '0'],
      ['October 2026', '0', '0', '0', '0'],
      ['November 2026', '8', '2', '0', '10'],
    ]);
    // November's bar is stacked: sickness under dependants, each named for a pointer's hover too.
    const svgTitles = [...within(byMonth).getByRole('img').querySelectorAll('title')].map((t) => t.textContent);
    expect(svgTitles).toContain('November 2026, Sickness: 8 days');
    expect(svgTitles).toContain('November 2026, Dependants: 2 days');
    // The table is always there for a screen reader; on the page it shows on request.
    expect(monthTable.parentElement!.className).toBe('visually-hidden');
    await user.click(within(byMonth).getByRole('button', { name: 'Show as a table' }));
    expect(monthTable.parentElement!.className).toBe('');
    expect(within(byMonth).getByRole('button', { name: 'Hide the table' })).toBeTruthy();

    const byKind = screen.getByRole('region', { name: 'Days lost by kind, last 52 weeks' });
    expect(cells(within(byKind).getByRole('table'))).toEqual([['Sickness', '8.5', '3'], ['Dependants', '2', '1'], ['Compassionate', '3', '1']]);
    expect(within(byKind).getByRole('img').textContent).toContain('8.5 days, 3 spells');

    const offNow = screen.getByRole('region', { name: 'Off now (1)' });
    expect(offNow.textContent).toContain('Bram Grimsditch: Sickness since 16/11/2026 (still off)');
    expect(within(offNow).getByRole('link', { name: 'Bram Grimsditch' }).getAttribute('href')).toBe('/members/102?section=absence');
    expect(within(offNow).getByRole('link', { name: 'Sickness since 16/11/2026 (still off)' }).getAttribute('href')).toBe('/absence?absence=51');
    const rtw = screen.getByRole('region', { name: 'Return-to-work conversations to hold (1)' });
    expect(rtw.textContent).toContain('Alba Quaintance: back on 23/11/2026 after sickness (16/11/2026 to 20/11/2026).');
    expect(within(rtw).getByRole('link', { name: 'Hold the return-to-work conversation' }).getAttribute('href')).toBe('/absence?absence=31');
    expect(screen.getByRole('region', { name: 'Fit notes needed (1)' }).textContent).toContain('past the 7 days people can self-certify');
    const checkins = screen.getByRole('region', { name: 'Wellbeing check-ins to offer (1)' });
    expect(within(checkins).getByRole('link', { name: 'Offer Alba Quaintance a wellbeing check-in: a conversation about how they are and what would help.' }).getAttribute('href'))
      .toBe('/members/101?section=absence');

    const people = screen.getByRole('table', { name: 'People by Bradford score' });
    expect(cells(people)).toEqual([
      ['Alba Quaintance', '3', '6', '54', '51 reached: offer a wellbeing check-in', '5.0%'],
      ['Bram Grimsditch', '1', '5', '5', 'None reached', '10.0%'],
    ]);
    expect(document.body.textContent).not.toMatch(/warning|trigger|disciplin/i);
  });

  it('opens an absence from the address, and says so when it cannot place one', async () => {
    const invoke = fakeBackend({ 'absence:overview': () => ok(OVERVIEW), 'absence:types': () => ok(TYPES), 'absence:person': () => ok(ALBA) });
    const { router } = renderAt(<AbsencePage />, '/absence?absence=31');
    // Three answers in turn (the lists, then the person, with the kinds): slower than one under a busy test run.
    const dialog = await screen.findByRole('dialog', { name: 'Alba Quaintance: Sickness, 16/11/2026 to 20/11/2026' }, { timeout: 5000 });
    expect(invoke).toHaveBeenCalledWith('absence:person', { staffId: 1 });
    expect(within(dialog).getByRole('button', { name: 'Hold the return-to-work conversation' })).toBeTruthy();

    await router.navigate('/absence?absence=999');
    expect(await screen.findByText('That absence is not here', {}, { timeout: 5000 })).toBeTruthy();
    await router.navigate('/absence');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('the home screen’s absence and wellbeing items', () => {
  const item = (over: Partial<DashboardItem>): DashboardItem => ({
    kind: 'absence-rtw', date: '2026-11-23', daysLeft: -4, message: '', staff: name(1), supervisionId: null, supportSessionId: null,
    absenceId: null, referralId: null, promptId: null, ...over,
  });

  it('groups them under Absence and wellbeing, links each where it is done, and never calls them overdue', () => {
    const rtw = item({ absenceId: 31 });
    const fitNote = item({ kind: 'absence-fit-note', absenceId: 51, staff: name(2), date: '2026-11-23' });
    const checkin = item({ kind: 'wellbeing-checkin', date: '2026-11-20', daysLeft: -7 });
    const groups = groupItems([checkin, rtw, fitNote]);
    expect(groups.map((g) => g.section.title)).toEqual(['Absence and wellbeing']);
    expect(groups[0]!.items).toHaveLength(3);
    expect(linkFor(rtw)).toEqual({ to: '/absence?absence=31', where: 'on the Absence page' });
    expect(linkFor(fitNote)).toEqual({ to: '/absence?absence=51', where: 'on the Absence page' });
    expect(linkFor(checkin)).toEqual({ to: '/members/101?section=absence', where: 'on their staff record' });
    // With no absence named, the person's record is where it is done.
    expect(linkFor(item({ absenceId: null }))).toEqual({ to: '/members/101?section=absence', where: 'on their staff record' });
    expect([rtw, fitNote, checkin].map(whenWords)).toEqual(['To do', 'To do', 'To do']);
  });
});
