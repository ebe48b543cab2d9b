// The meeting dialog against a window.peerOffice that answers as the backend does: recording a review as
// held (the backend's refusal shown beside the outcome, then the actions ticked and added), a final review
// extending probation (asked for the date, reason and name first), the five-action limit, rescheduling
// with its history, missed and back to planned, and booking one.
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonSupervision } from '../../shared/contract/supervision';
import { MeetingDialog, type MeetingTarget } from '../../renderer/src/features/supervision/MeetingDialog';
import { ALBA, fakeBackend, meeting, ok, refused, renderAt, STAFF, withMeeting } from './supervision-fixtures';

// Friday 27 November 2026 in England.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

function Dialog({ initial, onBooked = () => {} }: { initial: MeetingTarget; onBooked?: (message: string) => void }) {
  const [target, setTarget] = useState<MeetingTarget | null>(initial);
  return (
    <MeetingDialog
      target={target} staff={STAFF} today="2026-11-27" onClose={() => setTarget(null)} onBooked={onBooked}
      onMoved={(to) => setTarget({ kind: 'meeting', supervisionId: to.id, staffId: to.supervisee.staffId })}
    />
  );
}
const open = (supervisionId: number): MeetingTarget => ({ kind: 'meeting', supervisionId, staffId: 1 });

describe('MeetingDialog', () => {
  it('records a mid-point review as held: the outcome the backend asks for, earlier actions done, a new one agreed', async () => {
    let person: PersonSupervision = ALBA;
    const invoke = fakeBackend({
      'supervision:person': () => ok(person),
      'supervision:hold': (input) => {
        const h = input as { outcome: string; heldOn: string };
        if (!h.outcome) return refused({ code: 'VALIDATION', message: 'Check the details below.', fields: { outcome: 'Choose the outcome of the review' } });
        person = withMeeting(ALBA, meeting({ id: 13, plannedOn: '2026-09-14', planItem: 'mid-point-review', status: 'held', heldOn: h.heldOn, outcome: 'on-track' }));
        return ok(person);
      },
    });
    const { user } = renderAt(<Dialog initial={open(13)} />);
    const dialog = await screen.findByRole('dialog', { name: "Alba Quaintance's mid-point review, Monday 14/09/2026 at 10:00" });
    expect(within(dialog).getByText('Planned: overdue')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Record as held' }));
    // Planned before today: held on its planned day unless told otherwise.
    expect(within(dialog).getByLabelText(/^Date held/)).toHaveProperty('value', '14/09/2026');
    expect(within(dialog).getAllByRole('radio')).toHaveLength(3);
    expect(within(dialog).getByLabelText('Concerns raised and agreed in writing')).toBeTruthy();
    expect(within(dialog).getByText(/not for notes about anyone’s health, or about anyone on the wards/)).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Record as held' }));
    const summary = await within(dialog).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Outcome: Choose the outcome of the review' })).toBeTruthy();

    await user.click(within(dialog).getByLabelText('On track'));
    await user.click(within(dialog).getByLabelText('Done: Shadow a ward visit at another site'));
    await user.click(within(dialog).getByRole('button', { name: 'Add an action' }));
    expect(document.activeElement).toBe(within(dialog).getByLabelText(/^Action 1/));
    await user.type(within(dialog).getByLabelText(/^Action 1/), 'Book a place at the December support session');
    expect(within(dialog).getByTestId('action-count').textContent).toBe('1 of 5 actions');
    await user.click(within(dialog).getByRole('button', { name: 'Record as held' }));

    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith('supervision:hold', {
      id: 13, heldOn: '2026-09-14', outcome: 'on-track', doneActionIds: [501], newActions: ['Book a place at the December support session'],
      extendTo: '', lastDay: '', reason: '', by: '',
    }));
    expect((await within(dialog).findByRole('status')).textContent).toContain('Recorded as held on 14/09/2026.');
    expect(within(dialog).getByText('Held on 14/09/2026')).toBeTruthy();
    expect(within(dialog).getByText('On track')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Record as held' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Reschedule' })).toBeNull();
  });

  it('asks for the new end, the reason and your name before a final review extends probation', async () => {
    let person: PersonSupervision = ALBA;
    const invoke = fakeBackend({
      'supervision:person': () => ok(person),
      'supervision:hold': () => {
        const held = meeting({ id: 14, plannedOn: '2026-12-15', planItem: 'final-review', startMinutes: null, status: 'held', heldOn: '2026-11-27', outcome: 'extend' });
        person = withMeeting(ALBA, held, { probation: { ...ALBA.probation, endDate: '2027-03-15' } });
        return ok(person);
      },
    });
    const { user } = renderAt(<Dialog initial={open(14)} />);
    const dialog = await screen.findByRole('dialog', { name: "Alba Quaintance's final review, Tuesday 15/12/2026" });
    await user.click(within(dialog).getByRole('button', { name: 'Record as held' }));
    // Planned after today: held today unless told otherwise (it cannot be held in the future).
    expect(within(dialog).getByLabelText(/^Date held/)).toHaveProperty('value', '27/11/2026');
    await user.click(within(dialog).getByLabelText('Probation extended'));
    expect(within(dialog).getByText(/Confirm an extension in writing before the original end date/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Record as held' }));
    const summary = await within(dialog).findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'New end of probation: Enter the new date probation ends',
      'Reason: Enter the reason, in a line: it goes in the letter confirming the decision',
      'Your name: Enter your name, so the record shows who decided',
    ]);
    expect(invoke).not.toHaveBeenCalledWith('supervision:hold', expect.anything());

    await user.type(within(dialog).getByLabelText(/^New end of probation/), '15/03/2027');
    const hint = within(dialog).getByText(/^A line for the letter, up to 300 characters\. Nothing about anyone’s health or diagnoses, or about anyone on the wards\.$/);
    expect(within(dialog).getByLabelText(/^Reason/).getAttribute('aria-describedby')).toContain(hint.id);
    await user.type(within(dialog).getByLabelText(/^Reason/), 'More time on the wards with a buddy, agreed together');
    await user.type(within(dialog).getByLabelText(/^Your name/), 'Rowan Ashdown');
    await user.click(within(dialog).getByRole('button', { name: 'Record as held' }));
    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith('supervision:hold', {
      id: 14, heldOn: '2026-11-27', outcome: 'extend', doneActionIds: [], newActions: [], extendTo: '2027-03-15', lastDay: '',
      reason: 'More time on the wards with a buddy, agreed together', by: 'Rowan Ashdown',
    }));
    expect((await within(dialog).findByRole('status')).textContent).toContain('Probation now ends on 15/03/2027');
  });

  it('takes at most five short actions, and says which is too long without sending anything', async () => {
    const invoke = fakeBackend({ 'supervision:person': () => ok(ALBA) });
    const { user } = renderAt(<Dialog initial={open(13)} />);
    const dialog = await screen.findByRole('dialog', { name: /mid-point review, Monday 14\/09\/2026/ });
    await user.click(within(dialog).getByRole('button', { name: 'Record as held' }));
    await user.click(within(dialog).getByLabelText('On track'));
    await user.click(within(dialog).getByRole('button', { name: 'Add an action' }));
    for (let i = 0; i < 4; i++) await user.click(within(dialog).getByRole('button', { name: 'Add another action' }));
    expect(within(dialog).getByTestId('action-count').textContent).toBe('5 of 5 actions');
    expect(within(dialog).queryByRole('button', { name: /Add (another|an) action/ })).toBeNull();
    for (let i = 1; i <= 5; i++) {
      await user.click(within(dialog).getByLabelText(new RegExp(`^Action ${i}`)));
      await user.paste(`Action number ${i}`);
    }
    await user.click(within(dialog).getByLabelText(/^Action 2/));
    await user.paste(' and'.repeat(30));
    expect(within(dialog).getByText(`${'Action number 2'.length + 120} of 120 characters`)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Record as held' }));
    const summary = await within(dialog).findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('New action 2: Keep each action to 120 characters: a short line of what was agreed');
    expect(invoke).not.toHaveBeenCalledWith('supervision:hold', expect.anything());

    await user.click(within(dialog).getByRole('button', { name: 'Remove action 5' }));
    expect(within(dialog).getByTestId('action-count').textContent).toBe('4 of 5 actions');
    expect(within(dialog).getByRole('button', { name: 'Add another action' })).toBeTruthy();
  });

  it('reschedules: the dialog moves to the new meeting and shows where it was first planned', async () => {
    let person: PersonSupervision = ALBA;
    const invoke = fakeBackend({
      'supervision:person': () => ok(person),
      'supervision:reschedule': () => {
        const old = meeting({ id: 13, plannedOn: '2026-09-14', planItem: 'mid-point-review', status: 'rescheduled', rescheduledTo: '2026-12-01' });
        const moved = meeting({ id: 15, plannedOn: '2026-12-01', planItem: 'mid-point-review', startMinutes: 870, rescheduledFrom: '2026-09-14' });
        person = withMeeting(withMeeting(ALBA, old), moved);
        return ok(person);
      },
    });
    const { user } = renderAt(<Dialog initial={open(13)} />);
    const dialog = await screen.findByRole('dialog', { name: /mid-point review, Monday 14\/09\/2026/ });
    await user.click(within(dialog).getByRole('button', { name: 'Reschedule' }));
    await user.type(within(dialog).getByLabelText(/^New date/), '01/12/2026');
    await user.clear(within(dialog).getByLabelText(/^Time/));
    await user.type(within(dialog).getByLabelText(/^Time/), '1430');
    await user.click(within(dialog).getByRole('button', { name: 'Reschedule' }));
    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith('supervision:reschedule', { id: 13, plannedOn: '2026-12-01', startMinutes: 870 }));

    const moved = await screen.findByRole('dialog', { name: "Alba Quaintance's mid-point review, Tuesday 01/12/2026 at 14:30" });
    expect(within(moved).getByRole('status').textContent).toContain('Rescheduled to Tuesday 01/12/2026 at 14:30. The old date is kept in the history.');
    expect(within(within(moved).getByTestId('meeting-history')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Planned for Monday 14/09/2026: moved to 01/12/2026',
      'Planned for Tuesday 01/12/2026 (this one): planned',
    ]);
    expect(within(moved).getByRole('button', { name: 'Record as held' })).toBeTruthy();
  });

  it('marks a meeting missed, and puts it back to planned', async () => {
    let person: PersonSupervision = ALBA;
    const invoke = fakeBackend({
      'supervision:person': () => ok(person),
      'supervision:setStatus': (input) => {
        const { status } = input as { status: 'planned' | 'missed' };
        person = withMeeting(ALBA, meeting({ id: 13, plannedOn: '2026-09-14', planItem: 'mid-point-review', status, overdue: status === 'planned' }));
        return ok(person);
      },
    });
    const { user } = renderAt(<Dialog initial={open(13)} />);
    const dialog = await screen.findByRole('dialog', { name: /mid-point review, Monday 14\/09\/2026/ });
    await user.click(within(dialog).getByRole('button', { name: 'Mark as missed' }));
    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith('supervision:setStatus', { id: 13, status: 'missed' }));
    expect(await within(dialog).findByText('Missed')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Record as held' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Put back to planned' }));
    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith('supervision:setStatus', { id: 13, status: 'planned' }));
    expect(await within(dialog).findByRole('button', { name: 'Record as held' })).toBeTruthy();
  });

  it('says so when the meeting is not among those the page has', async () => {
    fakeBackend({});
    renderAt(<MeetingDialog target={{ kind: 'meeting', supervisionId: 99, staffId: null }} staff={STAFF} today="2026-11-27" onClose={() => {}} onMoved={() => {}} onBooked={() => {}} />);
    expect((await screen.findByRole('dialog')).textContent).toContain('That supervision is not in the lists or the month shown');
  });

  it('says beside the date when a booking falls on a weekend or bank holiday, or has passed, and books it all the same', async () => {
    const booked = meeting({ id: 31, planItem: '', plannedOn: '2026-11-21', startMinutes: null });
    const invoke = fakeBackend({ 'supervision:person': () => ok(ALBA), 'supervision:save': () => ok(withMeeting(ALBA, booked)) });
    const { user } = renderAt(<Dialog initial={{ kind: 'new', superviseeStaffId: 1 }} />);
    const dialog = await screen.findByRole('dialog', { name: 'Book a supervision' });
    expect(within(dialog).queryByTestId('date-notes')).toBeNull();
    const date = within(dialog).getByLabelText(/^Date/);
    await user.type(date, '28/12/2026');
    expect(within(dialog).getByTestId('date-notes').textContent).toContain('Monday 28/12/2026 is a bank holiday, when the office is closed.');
    await user.clear(date);
    await user.type(date, '03/12/2026');
    expect(within(dialog).queryByTestId('date-notes')).toBeNull();
    await user.clear(date);
    await user.type(date, '21/11/2026');
    const notes = within(dialog).getByTestId('date-notes').textContent;
    expect(notes).toContain('Saturday 21/11/2026 is a weekend, when the office is closed. Keep this date only if you have agreed to meet then.');
    expect(notes).toContain('Saturday 21/11/2026 has passed: booking it records a meeting that already happened. Then open it and record it as held.');
    await user.click(within(dialog).getByRole('button', { name: 'Book the supervision' }));
    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith('supervision:save', expect.objectContaining({ plannedOn: '2026-11-21' })));
  });

  it('says beside the new date when a reschedule falls on a weekend', async () => {
    fakeBackend({ 'supervision:person': () => ok(ALBA) });
    const { user } = renderAt(<Dialog initial={open(13)} />);
    const dialog = await screen.findByRole('dialog', { name: /mid-point review, Monday 14\/09\/2026/ });
    await user.click(within(dialog).getByRole('button', { name: 'Reschedule' }));
    await user.type(within(dialog).getByLabelText(/^New date/), '05/12/2026');
    expect(within(dialog).getByTestId('date-notes').textContent).toContain('Saturday 05/12/2026 is a weekend');
  });

  it('books a supervision with their usual supervisor offered, a time checked first, and never the person themselves', async () => {
    const booked = meeting({ id: 30, planItem: '', plannedOn: '2026-12-03', startMinutes: 840 });
    const invoke = fakeBackend({ 'supervision:person': () => ok(ALBA), 'supervision:save': () => ok(withMeeting(ALBA, booked)) });
    const onBooked = vi.fn();
    const { user } = renderAt(<Dialog initial={{ kind: 'new', superviseeStaffId: 1 }} onBooked={onBooked} />);
    const dialog = await screen.findByRole('dialog', { name: 'Book a supervision' });
    const supervisor = within(dialog).getByLabelText(/^Supervisor/) as HTMLSelectElement;
    await waitFor(() => expect(supervisor.value).toBe('2'));
    // Not Alba (she is the one supervised) and not Dora (she has left).
    expect([...supervisor.options].map((o) => o.textContent)).toEqual(['Nobody named yet', 'Bram Grimsditch', 'Cato Pennyfeather']);
    await user.type(within(dialog).getByLabelText(/^Date/), '03/12/2026');
    await user.type(within(dialog).getByLabelText(/^Time/), '25:00');
    await user.click(within(dialog).getByRole('button', { name: 'Book the supervision' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Time: Enter the time as a 24-hour time, like 10:00');
    expect(invoke).not.toHaveBeenCalledWith('supervision:save', expect.anything());
    await user.clear(within(dialog).getByLabelText(/^Time/));
    await user.type(within(dialog).getByLabelText(/^Time/), '14:00');
    await user.click(within(dialog).getByRole('button', { name: 'Book the supervision' }));
    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith('supervision:save', {
      superviseeStaffId: 1, supervisorStaffId: 2, type: 'one-to-one', plannedOn: '2026-12-03', startMinutes: 840,
    }));
    await waitFor(() => expect(onBooked).toHaveBeenCalledWith("Booked: Alba Quaintance's one-to-one, Thursday 03/12/2026 at 14:00."));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
