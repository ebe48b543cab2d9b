// The supervision page against a window.peerOffice that answers as the backend does: the overdue and
// due-this-week lists as sentences with their links, the month by date with its supervisor filter and
// print links, and a meeting opened from the address alone (as the home screen links to it).
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SupervisionLists, SupervisionMonth } from '../../shared/contract/supervision';
import { SupervisionPage } from '../../renderer/src/features/supervision/SupervisionPage';
import { ALBA, fakeBackend, meeting, name, ok, renderAt } from './supervision-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const LISTS: SupervisionLists = {
  today: '2026-11-27', weekFrom: '2026-11-23', weekTo: '2026-11-29',
  overdue: [
    { staff: name(1), supervisor: name(2), due: '2026-09-14', supervisionId: 13, planItem: 'mid-point-review', daysLeft: -74 },
    { staff: name(3), supervisor: null, due: '2026-11-20', supervisionId: null, planItem: '', daysLeft: -7 },
  ],
  dueThisWeek: [],
  noSupervisor: [name(3)],
};
const monthOf = (month: string, supervisorStaffId?: number): SupervisionMonth => ({
  month, from: `${month}-01`, to: `${month}-30`, supervisor: supervisorStaffId ? name(supervisorStaffId) : null,
  rows: month === '2026-11' ? [
    meeting({ id: 20, supervisee: name(3), planItem: '', plannedOn: '2026-11-05', startMinutes: 840, status: 'held', heldOn: '2026-11-05' }),
    meeting({ id: 21, planItem: '', type: 'reflective', plannedOn: '2026-11-30', startMinutes: null, status: 'rescheduled', rescheduledTo: '2026-12-07' }),
  ] : [],
});

function backend() {
  return fakeBackend({
    'supervision:lists': () => ok(LISTS),
    'supervision:month': (input) => {
      const m = input as { month: string; supervisorStaffId?: number };
      return ok(monthOf(m.month, m.supervisorStaffId));
    },
    'supervision:person': () => ok(ALBA),
  });
}

describe('SupervisionPage', () => {
  it('lists what is overdue with links to do it, and shows the month by date with its filter and prints', async () => {
    const invoke = backend();
    const { router, user } = renderAt(<SupervisionPage />, '/supervision');
    const overdue = await screen.findByRole('region', { name: /^Overdue/ });
    const items = within(overdue).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      "Overdue by 74 daysAlba Quaintance's mid-point review with Bram Grimsditch, planned for Monday 14/09/2026.",
      'Overdue by 7 daysCato Pennyfeather is due a supervision by Friday 20/11/2026, and none is booked yet. Book one',
    ]);
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe('/supervision?month=2026-11&session=13&supervisee=1');
    expect(within(items[1]!).getByRole('link', { name: 'Book a supervision for Cato Pennyfeather' }).getAttribute('href')).toBe('/supervision?month=2026-11&session=new&supervisee=3');
    expect(screen.getByRole('region', { name: 'Due this week' }).textContent).toContain('Nothing is due between Monday 23/11/2026 and Sunday 29/11/2026.');
    expect(screen.getByRole('link', { name: /Cato Pennyfeather has nobody named to supervise them/ }).getAttribute('href')).toBe('/members/103?section=supervision');

    expect(screen.getByTestId('supervision-month').textContent).toBe('November 2026');
    const table = await screen.findByRole('table', { name: 'Supervisions in November 2026' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['Thu 05/11', '14:00', 'Cato Pennyfeather', 'Bram Grimsditch', 'One-to-one', 'Held on 05/11/2026'],
      ['Mon 30/11', '', 'Alba Quaintance', 'Bram Grimsditch', 'Reflective (peer) supervision', 'Moved to 07/12/2026'],
    ]);
    expect(screen.getByRole('link', { name: 'Print this month' }).getAttribute('href')).toBe('/preview/supervisions?month=2026-11');
    expect(screen.queryByRole('link', { name: /’s month$/ })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Supervisor'), '2');
    expect(router.state.location.search).toBe('?month=2026-11&supervisor=2');
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('supervision:month', { month: '2026-11', supervisorStaffId: 2 }));
    expect((await screen.findByRole('link', { name: 'Print Bram Grimsditch’s month' })).getAttribute('href')).toBe('/preview/supervisor/2?month=2026-11');

    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(router.state.location.search).toBe('?month=2026-12&supervisor=2');
    expect(await screen.findByText('No supervisions are planned or recorded in this month.')).toBeTruthy();
    expect(screen.getByTestId('supervision-month').textContent).toBe('December 2026');
  });

  it('opens a meeting named only by its id, finding whose it is from the lists', async () => {
    backend();
    const { router, user } = renderAt(<SupervisionPage />, '/supervision?session=13');
    const dialog = await screen.findByRole('dialog', { name: "Alba Quaintance's mid-point review, Monday 14/09/2026 at 10:00" });
    await waitFor(() => expect(router.state.location.search).toBe('?month=2026-11&session=13&supervisee=1'));
    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.search).toBe('?month=2026-11');
  });

  it('says so when the meeting in the address is not among those shown', async () => {
    backend();
    renderAt(<SupervisionPage />, '/supervision?session=999');
    await waitFor(() => expect(screen.getByRole('dialog').textContent).toContain('That supervision is not in the lists or the month shown'));
  });
});
