// The "Probation and supervision" panel of a staff record against a window.peerOffice that answers as the
// backend does: probation in words with its warnings, the meetings (one opened), the supervisor and pace,
// extending and ending probation under your name, and the plan for a record made before plans existed.
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonSupervision } from '../../shared/contract/supervision';
import { ProbationPanel } from '../../renderer/src/features/supervision/ProbationPanel';
import { ALBA, fakeBackend, name, ok, refused, renderAt } from './supervision-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const SIX_MONTHS = "From 1 January 2027 people with six months' service can claim unfair dismissal. Alba Quaintance reaches six months on 15/12/2026: a decision to end their employment, with notice, must take effect before then.";

describe('ProbationPanel', () => {
  it('shows probation in words with its dates and warnings, lands on its heading from a link, and opens a meeting', async () => {
    const extended: PersonSupervision = {
      ...ALBA,
      probation: {
        ...ALBA.probation, endDate: '2027-01-15', originalEndDate: '2026-12-15',
        warnings: [...ALBA.probation.warnings, { kind: 'six-months-service', message: SIX_MONTHS, date: '2026-12-15' }],
        events: [{ id: 1, kind: 'extended', onDate: '2026-11-20', previousEndDate: '2026-12-15', newEndDate: '2027-01-15', reason: 'More time on the wards', by: 'Rowan Ashdown' }],
      },
    };
    fakeBackend({ 'supervision:person': () => ok(extended) });
    const { user } = renderAt(<ProbationPanel staffId={1} today="2026-11-27" />, '/members/101?section=supervision');
    const heading = await screen.findByRole('heading', { name: 'Probation and supervision' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect((await screen.findByTestId('probation-state')).textContent).toBe('In probation');
    const panel = screen.getByRole('region', { name: 'Probation and supervision' });
    expect(panel.textContent).toContain('Probation ends15/01/2027 (first agreed: 15/12/2026)');
    expect(panel.textContent).toContain('SupervisorBram Grimsditch');
    expect(panel.textContent).toContain('After probationSupervision every 6 weeks');
    expect(panel.textContent).toContain('Next due14/09/2026 (planned)');
    const warnings = screen.getByTestId('probation-warnings');
    expect(within(warnings).getByText(SIX_MONTHS)).toBeTruthy();
    expect(within(warnings).getByText(/Hold the final review and record the decision by 08\/12\/2026/)).toBeTruthy();
    expect(panel.textContent).toContain('Extended on 20/11/2026 from 15/12/2026 to 15/01/2027, by Rowan Ashdown. Reason: More time on the wards');

    const rows = within(screen.getByRole('table', { name: 'Supervisions and reviews' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['Wed 15/07/2026', 'Probation supervision', 'Bram Grimsditch', 'Held on 15/07/2026', '', 'Shadow a ward visit at another site'],
      ['Fri 14/08/2026', 'Probation supervision', 'Bram Grimsditch', 'Held on 14/08/2026', '', 'Send last month’s mileage claim'],
      ['Mon 14/09/2026', 'Mid-point review', 'Bram Grimsditch', 'Planned: overdue', '', ''],
      ['Tue 15/12/2026', 'Final review', 'Bram Grimsditch', 'Planned', '', ''],
    ]);
    expect(screen.getByRole('link', { name: 'Print probation schedule' }).getAttribute('href')).toBe('/preview/probation/1');

    await user.click(screen.getByRole('button', { name: "Alba Quaintance's mid-point review, Monday 14/09/2026 at 10:00: open" }));
    const dialog = await screen.findByRole('dialog', { name: "Alba Quaintance's mid-point review, Monday 14/09/2026 at 10:00" });
    expect(within(dialog).getByRole('button', { name: 'Record as held' })).toBeTruthy();
  });

  it('names a supervisor (never the person themselves) and a pace, checked before saving', async () => {
    let person = ALBA;
    const invoke = fakeBackend({
      'supervision:person': () => ok(person),
      'supervision:saveArrangement': (input) => {
        const a = input as { supervisorStaffId: number; cadenceWeeks: number | null };
        person = { ...ALBA, supervisor: name(a.supervisorStaffId), cadenceWeeks: a.cadenceWeeks };
        return ok(person);
      },
    });
    const { user } = renderAt(<ProbationPanel staffId={1} today="2026-11-27" />);
    const form = await screen.findByRole('form', { name: 'Supervisor and how often' });
    const supervisor = within(form).getByLabelText(/^Supervisor/) as HTMLSelectElement;
    await waitFor(() => expect(supervisor.options).toHaveLength(3));
    expect(supervisor.value).toBe('2');
    expect([...supervisor.options].map((o) => o.textContent)).toEqual(['Nobody named yet', 'Bram Grimsditch', 'Cato Pennyfeather']);

    const weeks = within(form).getByLabelText('Weeks between supervisions');
    await user.clear(weeks);
    await user.type(weeks, '0');
    await user.click(within(form).getByRole('button', { name: 'Save supervisor and how often' }));
    expect(within(await within(form).findByRole('alert')).getByRole('link').textContent).toBe('After probation, supervision: Enter 1 week or more');
    expect(invoke).not.toHaveBeenCalledWith('supervision:saveArrangement', expect.anything());

    await user.selectOptions(supervisor, '3');
    expect(form.textContent).toContain('Their planned meetings that are still with Bram Grimsditch move to the new supervisor.');
    await user.click(within(form).getByLabelText('As required'));
    expect(weeks).toHaveProperty('disabled', true);
    await user.click(within(form).getByRole('button', { name: 'Save supervisor and how often' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('supervision:saveArrangement', { staffId: 1, supervisorStaffId: 3, cadenceWeeks: null }));
    expect((await within(form).findByRole('status')).textContent).toContain('Supervisor and how often are saved.');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Probation and supervision' }).textContent).toContain('After probationSupervision as required'));
    expect(form.textContent).not.toContain('move to the new supervisor');
  });

  it('extends probation under your name, after asking for what is missing', async () => {
    let person = ALBA;
    const invoke = fakeBackend({
      'supervision:person': () => ok(person),
      'probation:extend': (input) => {
        const e = input as { newEndDate: string };
        if (e.newEndDate <= ALBA.probation.endDate) return refused({ code: 'VALIDATION', message: 'Check the details below.', fields: { newEndDate: 'Choose a new end after 15/12/2026, the end now' } });
        person = { ...ALBA, probation: { ...ALBA.probation, endDate: e.newEndDate } };
        return ok(person);
      },
    });
    const { user } = renderAt(<ProbationPanel staffId={1} today="2026-11-27" />);
    await user.click(await screen.findByRole('button', { name: 'Extend probation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend Alba Quaintance’s probation' });
    await user.click(within(dialog).getByRole('button', { name: 'Extend probation' }));
    expect(within(await within(dialog).findByRole('alert')).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'New end of probation: Enter the new end of probation as a real date, like 27/11/2026',
      'Reason: Enter the reason for extending, in a line',
      'Your name: Enter your name, so the record shows who decided',
    ]);
    await user.type(within(dialog).getByLabelText(/^New end of probation/), '01/12/2026');
    await user.type(within(dialog).getByLabelText(/^Reason/), 'More time on the wards with a buddy');
    await user.type(within(dialog).getByLabelText(/^Your name/), 'Rowan Ashdown');
    await user.click(within(dialog).getByRole('button', { name: 'Extend probation' }));
    // The backend's refusal beside the date; what was typed stays.
    expect((await within(dialog).findByText('Choose a new end after 15/12/2026, the end now'))).toBeTruthy();
    expect(within(dialog).getByLabelText(/^Reason/)).toHaveProperty('value', 'More time on the wards with a buddy');

    await user.clear(within(dialog).getByLabelText(/^New end of probation/));
    await user.type(within(dialog).getByLabelText(/^New end of probation/), '15/03/2027');
    await user.click(within(dialog).getByRole('button', { name: 'Extend probation' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('probation:extend', { staffId: 1, newEndDate: '2027-03-15', reason: 'More time on the wards with a buddy', by: 'Rowan Ashdown' }));
    expect((await screen.findByRole('status')).textContent).toContain('Probation extended: it now ends on 15/03/2027');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('ends probation with the last day and the reason, the name offered again', async () => {
    const invoke = fakeBackend({
      'supervision:person': () => ok(ALBA),
      'probation:decide': () => ok({ ...ALBA, staff: { ...ALBA.staff, endDate: '2026-12-11' }, probation: { ...ALBA.probation, state: 'ended' } }),
    });
    const { user } = renderAt(<ProbationPanel staffId={1} today="2026-11-27" />);
    await user.click(await screen.findByRole('button', { name: 'End probation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record the probation decision for Alba Quaintance' });
    expect(within(dialog).getByLabelText('End their employment: probation not passed')).toHaveProperty('checked', true);
    expect(within(dialog).getByLabelText(/^Date of the decision/)).toHaveProperty('value', '27/11/2026');
    await user.type(within(dialog).getByLabelText(/^Your name/), 'Rowan Ashdown');
    await user.click(within(dialog).getByRole('button', { name: 'End their employment' }));
    expect(within(await within(dialog).findByRole('alert')).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Last day of employment: Enter the last day of employment, after notice', 'Reason: Enter the reason, in a line',
    ]);
    await user.type(within(dialog).getByLabelText(/^Last day of employment/), '11/12/2026');
    // A reason for ending employment is where health details creep in: the box says, calmly, what does not go there.
    const hint = within(dialog).getByText('A line for the letter, up to 300 characters. Nothing about anyone’s health or diagnoses, or about anyone on the wards.');
    expect(within(dialog).getByLabelText(/^Reason/).getAttribute('aria-describedby')).toContain(hint.id);
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Agreed standards not met after support');
    await user.click(within(dialog).getByRole('button', { name: 'End their employment' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('probation:decide', {
      staffId: 1, decision: 'end', on: '2026-11-27', lastDay: '2026-12-11', reason: 'Agreed standards not met after support', by: 'Rowan Ashdown',
    }));
    expect((await screen.findByRole('status')).textContent).toContain('Probation not passed: Alba Quaintance’s employment ends on 11/12/2026.');
  });

  it('offers the plan to a record from before plans while probation is undecided, and no decisions once confirmed', async () => {
    let person: PersonSupervision = { ...ALBA, supervisions: [], openActions: [], probation: { ...ALBA.probation, hasPlan: false, warnings: [] } };
    const invoke = fakeBackend({
      'supervision:person': () => ok(person),
      'supervision:createPlan': () => {
        person = ALBA;
        return ok(person);
      },
    });
    const { user } = renderAt(<ProbationPanel staffId={1} today="2026-11-27" />);
    expect(await screen.findByText('No supervisions yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create the probation plan' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('supervision:createPlan', { staffId: 1 }));
    expect((await screen.findByRole('status')).textContent).toContain('The probation plan is made');
    expect(screen.getByRole('table', { name: 'Supervisions and reviews' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create the probation plan' })).toBeNull();
  });

  it('reloads when the staff record is saved, since new start or end dates re-plan probation', async () => {
    let person = ALBA;
    const invoke = fakeBackend({ 'supervision:person': () => ok(person) });
    function Record() {
      const [version, setVersion] = useState('v1');
      return (
        <>
          <button type="button" onClick={() => { person = { ...ALBA, probation: { ...ALBA.probation, endDate: '2027-01-04', originalEndDate: '2027-01-04' } }; setVersion('v2'); }}>Save the record</button>
          <ProbationPanel staffId={1} recordVersion={version} today="2026-11-27" />
        </>
      );
    }
    const { user } = renderAt(<Record />);
    await screen.findByTestId('probation-state');
    expect(invoke.mock.calls.filter(([c]) => c === 'supervision:person')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Save the record' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Probation and supervision' }).textContent).toContain('Probation ends04/01/2027'));
    expect(invoke.mock.calls.filter(([c]) => c === 'supervision:person')).toHaveLength(2);
  });

  it('shows a confirmed person without decisions to make or a plan to create', async () => {
    const confirmed: PersonSupervision = {
      ...ALBA, nextDue: '2027-01-08',
      probation: { ...ALBA.probation, state: 'confirmed', hasPlan: false, warnings: [], events: [{ id: 2, kind: 'confirmed', onDate: '2026-11-27', previousEndDate: '', newEndDate: '', reason: '', by: 'Rowan Ashdown' }] },
    };
    fakeBackend({ 'supervision:person': () => ok(confirmed) });
    renderAt(<ProbationPanel staffId={1} today="2026-11-27" />);
    expect((await screen.findByTestId('probation-state')).textContent).toBe('Confirmed in post');
    const panel = screen.getByRole('region', { name: 'Probation and supervision' });
    expect(panel.textContent).toContain('Next due08/01/2027');
    expect(panel.textContent).toContain('Confirmed in post on 27/11/2026, by Rowan Ashdown');
    for (const action of ['Extend probation', 'Confirm probation', 'End probation', 'Create the probation plan']) {
      expect(screen.queryByRole('button', { name: action })).toBeNull();
    }
    expect(screen.getByRole('button', { name: 'Book a supervision' })).toBeTruthy();
  });
});
