// The home screen ("This week") against a window.peerOffice that answers as the backend does: its sections
// in order, each item a sentence linking to where it is done with how soon in words, a long section
// shortened, and an empty week said kindly.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dashboard, DashboardItem } from '../../shared/contract/supervision';
import { HomePage } from '../../renderer/src/features/dashboard/HomePage';
import { fakeBackend, name, ok } from './supervision-fixtures';
import { renderScreen } from './render';

const at = (over: Partial<DashboardItem> & Pick<DashboardItem, 'kind' | 'message'>): DashboardItem =>
  ({ date: '2026-11-27', daysLeft: 0, staff: null, supervisionId: null, supportSessionId: null, ...over });

const WEEK: Dashboard = {
  today: '2026-11-27', weekFrom: '2026-11-23', weekTo: '2026-11-29', officeName: 'Riverside Peer Support',
  items: [
    at({ kind: 'supervision-overdue', date: '2026-11-18', daysLeft: -9, staff: name(1), supervisionId: 13, message: "Alba Quaintance's supervision with Bram Grimsditch was planned for Wednesday 18/11/2026. Record how it went, or reschedule it." }),
    at({ kind: 'supervision-overdue', date: '2026-11-24', daysLeft: -3, staff: name(3), message: 'Cato Pennyfeather was due a supervision by Tuesday 24/11/2026. Book one with Bram Grimsditch.' }),
    at({ kind: 'probation-review', date: '2026-11-27', daysLeft: 0, staff: name(1), supervisionId: 14, message: "Hold Alba Quaintance's mid-point review with Bram Grimsditch today, Friday 27/11/2026." }),
    at({ kind: 'probation-end', date: '2026-12-15', daysLeft: 18, staff: name(1), message: "Alba Quaintance's probation ends on Tuesday 15/12/2026 (in 18 days). Hold the final review and record the decision before then." }),
    at({ kind: 'supervision-due', date: '2026-11-28', daysLeft: 1, staff: name(2), supervisionId: 15, message: "Hold Bram Grimsditch's supervision with Cato Pennyfeather on Saturday 28/11/2026." }),
    at({ kind: 'dbs-renewal', date: '2027-01-20', daysLeft: 54, staff: name(2), message: "Bram Grimsditch's DBS check is due for renewal on 20/01/2027 (in 54 days). Start the renewal in good time." }),
    at({ kind: 'no-supervisor', staff: name(3), message: 'Choose a supervisor for Cato Pennyfeather.' }),
    at({ kind: 'support-session', date: '2026-11-29', daysLeft: 2, supportSessionId: 7, message: 'The support session “Endings and goodbyes” is on Sunday 29/11/2026 at 10:00, Tidewater Community Hub. Check who is invited.' }),
  ],
};

describe('HomePage', () => {
  it('lists the week by section, each item a sentence linking to where it is done, with how soon in words', async () => {
    fakeBackend({ 'dashboard:week': () => ok(WEEK) });
    renderScreen(<HomePage />);
    expect(await screen.findByText('Monday 23/11/2026 to Sunday 29/11/2026')).toBeTruthy();
    const sections = screen.getAllByRole('region');
    expect(sections.map((s) => within(s).getByRole('heading').textContent)).toEqual([
      'Overdue (2)', 'Due this week (1)', 'Probation (2)', 'DBS renewals (1)', 'Support sessions this week (1)', 'People with no supervisor (1)',
    ]);
    const links = (i: number) => within(sections[i]!).getAllByRole('listitem').map((li) => [
      within(li).getByRole('link').getAttribute('href'), li.textContent!.slice(0, li.textContent!.indexOf(within(li).getByRole('link').textContent!)),
    ]);
    expect(links(0)).toEqual([['/supervision?session=13', 'Overdue by 9 days'], ['/members/103?section=supervision', 'Overdue by 3 days']]);
    expect(links(1)).toEqual([['/supervision?session=15', 'Tomorrow']]);
    expect(links(2)).toEqual([['/supervision?session=14', 'Today'], ['/members/101?section=supervision', 'In 18 days']]);
    expect(links(3)).toEqual([['/members/102?section=dbs', 'In 54 days']]);
    expect(links(4)).toEqual([['/support?session=7&year=2026', 'Sunday']]);
    expect(links(5)).toEqual([['/members/103?section=supervision', 'To do']]);
    expect(within(sections[0]!).getByRole('link', { name: /Alba Quaintance's supervision with Bram Grimsditch was planned/ })).toBeTruthy();
    expect(sections[0]!.textContent).toContain('(on the Supervision page)');
    expect(screen.queryByTestId('week-clear')).toBeNull();
  });

  it('lists a missed probation meeting under Probation as something to do, linking to the person’s record', async () => {
    const missed = at({
      kind: 'supervision-missed', date: '2026-11-03', daysLeft: -24, staff: name(1),
      message: "Alba Quaintance's supervision on Tuesday 03/11/2026 was missed: book another with Bram Grimsditch.",
    });
    fakeBackend({ 'dashboard:week': () => ok({ ...WEEK, items: [missed] }) });
    renderScreen(<HomePage />);
    const section = await screen.findByRole('region', { name: 'Probation (1)' });
    const item = within(section).getByRole('listitem');
    expect(within(item).getByRole('link', { name: missed.message }).getAttribute('href')).toBe('/members/101?section=supervision');
    // Not "Overdue by 24 days": the date is when it was missed, and booking another has no deadline of its own.
    expect(item.textContent).toMatch(/^To do/);
    expect(item.textContent).toContain('(on their staff record)');
  });

  it('shortens a long section until asked for all of it', async () => {
    const many = Array.from({ length: 11 }, (_, i) => at({ kind: 'no-supervisor', staff: { staffId: i + 1, personId: i + 101, name: `Person ${i + 1}` }, message: `Choose a supervisor for Person ${i + 1}.` }));
    fakeBackend({ 'dashboard:week': () => ok({ ...WEEK, items: many }) });
    renderScreen(<HomePage />);
    const section = await screen.findByRole('region', { name: 'People with no supervisor (11)' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(8);
    await userEvent.setup().click(within(section).getByRole('button', { name: 'Show all 11' }));
    expect(within(section).getAllByRole('listitem')).toHaveLength(11);
  });

  it('says kindly when nothing is due', async () => {
    fakeBackend({ 'dashboard:week': () => ok({ ...WEEK, items: [] }) });
    renderScreen(<HomePage />);
    expect((await screen.findByTestId('week-clear')).textContent).toContain('Nothing is due this week.');
    expect(screen.queryAllByRole('region')).toHaveLength(0);
  });
});
