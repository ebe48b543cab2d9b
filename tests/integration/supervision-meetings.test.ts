// Supervision meetings against a real encrypted office: booked by hand and changed, rescheduled with
// the history kept, held with agreed actions carried from one meeting to the next, reviews' outcomes,
// cancelled, missed and put back; every refusal leaves every table as it was. The fake clock reads
// Friday 27 November 2026, 10:00.
import { describe, expect, it } from 'vitest';
import { expectOk, useOffices } from '../helpers/office';
import { expectRefused } from '../helpers/rota';
import { hire, meeting, planLines, supervisionTables } from '../helpers/supervision';

const { newOffice } = useOffices();

describe('booking a supervision by hand', () => {
  it('plans it, then changes its supervisor, type and time, but moves its date only by rescheduling', async () => {
    const { backend } = await newOffice();
    const ash = await hire(backend, 'Ash', { startDate: '2025-01-06' });
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    const staffId = p.staff.staffId;
    const booked = expectOk(await backend.invoke('supervision:save', { superviseeStaffId: staffId, supervisorStaffId: null, type: 'group', plannedOn: '2026-12-09' }));
    const row = meeting(booked, { plannedOn: '2026-12-09' });
    expect(row).toMatchObject({ planItem: '', type: 'group', status: 'planned', supervisor: null, startMinutes: null, rescheduledFrom: '', rescheduledTo: '' });

    const changed = expectOk(await backend.invoke('supervision:save', { id: row.id, superviseeStaffId: staffId, supervisorStaffId: ash.staff.staffId, type: 'reflective', plannedOn: '2026-12-09', startMinutes: 870 }));
    expect(meeting(changed, { plannedOn: '2026-12-09' })).toMatchObject({ id: row.id, type: 'reflective', startMinutes: 870, supervisor: { name: 'Ash Plumtree' } });

    const before = supervisionTables(backend);
    const moved = await backend.invoke('supervision:save', { id: row.id, superviseeStaffId: staffId, supervisorStaffId: null, type: 'reflective', plannedOn: '2026-12-10' });
    expect(expectRefused(moved, 'VALIDATION', 'plannedOn')).toBe('To move it from 09/12/2026 to another date, reschedule it: the record keeps both dates.');
    const otherPerson = await backend.invoke('supervision:save', { id: row.id, superviseeStaffId: ash.staff.staffId, supervisorStaffId: null, type: 'reflective', plannedOn: '2026-12-09' });
    expectRefused(otherPerson, 'VALIDATION', 'superviseeStaffId');
    const beforeStart = await backend.invoke('supervision:save', { superviseeStaffId: staffId, supervisorStaffId: null, type: 'one-to-one', plannedOn: '2026-08-28' });
    expect(expectRefused(beforeStart, 'VALIDATION', 'plannedOn')).toBe('Cal Plumtree starts on 01/09/2026: choose a date from then.');
    expectRefused(await backend.invoke('supervision:save', { id: 9999, superviseeStaffId: staffId, supervisorStaffId: null, type: 'one-to-one', plannedOn: '2026-12-09' }), 'NOT_FOUND');
    expectRefused(await backend.invoke('supervision:save', { superviseeStaffId: 9999, supervisorStaffId: null, type: 'one-to-one', plannedOn: '2026-12-09' }), 'NOT_FOUND');
    expectRefused(await backend.invoke('supervision:save', { superviseeStaffId: staffId, supervisorStaffId: staffId, type: 'one-to-one', plannedOn: '2026-12-09' }), 'VALIDATION', 'supervisorStaffId');
    expect(supervisionTables(backend)).toEqual(before);
  });
});

describe('booking by hand: past days, weekends and a second meeting on the same day', () => {
  it('books a day already past as planned, shown as overdue until it is recorded as held', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    // A meeting held last Friday that nobody booked: it is recorded by booking it, then holding it.
    const booked = expectOk(await backend.invoke('supervision:save', { superviseeStaffId: p.staff.staffId, supervisorStaffId: null, type: 'one-to-one', plannedOn: '2026-11-20' }));
    const late = meeting(booked, { plannedOn: '2026-11-20' });
    expect(late).toMatchObject({ planItem: '', status: 'planned', overdue: true });
    const lists = expectOk(await backend.invoke('supervision:lists', {}));
    expect(lists.overdue.filter((d) => d.supervisionId === late.id)).toHaveLength(1);
    const held = expectOk(await backend.invoke('supervision:hold', { id: late.id, heldOn: '2026-11-20', newActions: ['Book the lone-working refresher'] }));
    expect(meeting(held, { id: late.id })).toMatchObject({ status: 'held', heldOn: '2026-11-20', overdue: false });
  });

  it('takes a weekend or a bank holiday, by booking and by rescheduling alike: the forms say so, but some wards are visited on Saturdays', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    const saturday = expectOk(await backend.invoke('supervision:save', { superviseeStaffId: p.staff.staffId, supervisorStaffId: null, type: 'reflective', plannedOn: '2026-12-05' }));
    expect(meeting(saturday, { plannedOn: '2026-12-05' })).toMatchObject({ status: 'planned', type: 'reflective' });
    // Monday 28 December 2026 is the substitute Boxing Day bank holiday.
    const moved = expectOk(await backend.invoke('supervision:reschedule', { id: meeting(p, { planItem: 'mid-point-review' }).id, plannedOn: '2026-12-28' }));
    expect(meeting(moved, { plannedOn: '2026-12-28' })).toMatchObject({ planItem: 'mid-point-review', status: 'planned' });
  });

  it('refuses a second meeting on a day the person has one planned or held, booked or moved there, changing nothing', async () => {
    const { backend } = await newOffice();
    const ash = await hire(backend, 'Ash', { startDate: '2025-01-06' });
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    const staffId = p.staff.staffId;
    const book = (plannedOn: string, superviseeStaffId = staffId) =>
      backend.invoke('supervision:save', { superviseeStaffId, supervisorStaffId: null, type: 'one-to-one', plannedOn });
    // The 30 October supervision was held on Monday 2 November; the 1 October one on its day.
    expectOk(await backend.invoke('supervision:hold', { id: meeting(p, { plannedOn: '2026-10-01' }).id, heldOn: '2026-10-01' }));
    expectOk(await backend.invoke('supervision:hold', { id: meeting(p, { plannedOn: '2026-10-30' }).id, heldOn: '2026-11-02' }));
    const handBooked = meeting(expectOk(await book('2026-12-09')), { plannedOn: '2026-12-09' });

    const before = supervisionTables(backend);
    expect(expectRefused(await book('2026-11-30'), 'VALIDATION', 'plannedOn')).toBe(
      "Cal Plumtree already has a mid-point review planned on Monday 30/11/2026. Choose another date, or change that one's supervisor, type or time instead.");
    expect(expectRefused(await book('2026-12-09'), 'VALIDATION', 'plannedOn')).toBe(
      "Cal Plumtree already has a supervision planned on Wednesday 09/12/2026. Choose another date, or change that one's supervisor, type or time instead.");
    expect(expectRefused(await book('2026-10-01'), 'VALIDATION', 'plannedOn')).toBe(
      "Cal Plumtree's probation supervision on Thursday 01/10/2026 is already recorded as held: one meeting a day is enough. Choose another date.");
    // Held on the 2nd, so that is the day they met, not the 30th it was planned for.
    expectRefused(await book('2026-11-02'), 'VALIDATION', 'plannedOn');
    const review = meeting(p, { planItem: 'mid-point-review' });
    expect(expectRefused(await backend.invoke('supervision:reschedule', { id: review.id, plannedOn: '2026-12-09' }), 'VALIDATION', 'plannedOn')).toBe(
      'Cal Plumtree already has a supervision planned on Wednesday 09/12/2026. Choose another date, or cancel this one if that meeting covers it.');
    expect(supervisionTables(backend)).toEqual(before);

    // Someone else's meeting that day is no clash, nor the day a meeting was planned for but not held on.
    expectOk(await book('2026-12-09', ash.staff.staffId));
    expectOk(await book('2026-10-30'));
    // Nor a meeting cancelled or missed: booking again on its day is one way to make it up.
    expectOk(await backend.invoke('supervision:setStatus', { id: handBooked.id, status: 'cancelled' }));
    expect(meeting(expectOk(await book('2026-12-09')), { plannedOn: '2026-12-09', status: 'planned' }).planItem).toBe('');
  });
});

describe('rescheduling', () => {
  it('keeps the old meeting as rescheduled and plans a copy on the new date, pointing both ways', async () => {
    const { backend } = await newOffice();
    const ash = await hire(backend, 'Ash', { startDate: '2025-01-06' });
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    expectOk(await backend.invoke('supervision:saveArrangement', { staffId: p.staff.staffId, supervisorStaffId: ash.staff.staffId, cadenceWeeks: 6 }));
    const review = meeting(p, { planItem: 'mid-point-review' });
    const after = expectOk(await backend.invoke('supervision:reschedule', { id: review.id, plannedOn: '2026-12-03', startMinutes: 600 }));
    const old = meeting(after, { id: review.id });
    expect(old).toMatchObject({ plannedOn: '2026-11-30', status: 'rescheduled', rescheduledTo: '2026-12-03', rescheduledFrom: '' });
    const replacement = meeting(after, { plannedOn: '2026-12-03' });
    expect(replacement).toMatchObject({
      planItem: 'mid-point-review', status: 'planned', startMinutes: 600, type: 'one-to-one', rescheduledFrom: '2026-11-30', rescheduledTo: '',
      supervisor: { staffId: ash.staff.staffId },
    });
    // Moved again: the chain keeps every date.
    const twice = expectOk(await backend.invoke('supervision:reschedule', { id: replacement.id, plannedOn: '2026-12-07', startMinutes: null }));
    expect(planLines(twice).filter((l) => l.includes('mid-point'))).toEqual([
      '2026-11-30 mid-point-review rescheduled', '2026-12-03 mid-point-review rescheduled', '2026-12-07 mid-point-review planned',
    ]);
    expect(meeting(twice, { plannedOn: '2026-12-07' })).toMatchObject({ rescheduledFrom: '2026-12-03', startMinutes: null });
  });

  it('refuses a meeting that is not planned, the same date, a past date and a date outside employment, changing nothing', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01', endDate: '2027-01-31' });
    const first = meeting(p, { plannedOn: '2026-10-01' });
    const second = meeting(p, { plannedOn: '2026-10-30' });
    expectOk(await backend.invoke('supervision:hold', { id: first.id, heldOn: '2026-10-01' }));
    const before = supervisionTables(backend);
    const move = (id: number, plannedOn: string) => backend.invoke('supervision:reschedule', { id, plannedOn });
    expect(expectRefused(await move(first.id, '2026-12-01'), 'CONFLICT')).toBe('Only a planned supervision can be rescheduled: this one is held.');
    expect(expectRefused(await move(second.id, '2026-10-30'), 'VALIDATION', 'plannedOn')).toBe('It is already planned for 30/10/2026. To change only the time, edit the supervision.');
    expect(expectRefused(await move(second.id, '2026-11-26'), 'VALIDATION', 'plannedOn')).toMatch(/^Choose today or a later date/);
    expect(expectRefused(await move(second.id, '2027-02-01'), 'VALIDATION', 'plannedOn')).toBe("Cal Plumtree's employment ends on 31/01/2027: choose a date up to then.");
    expectRefused(await move(9999, '2026-12-01'), 'NOT_FOUND');
    expect(supervisionTables(backend)).toEqual(before);
    // Today is fine: a late meeting can be moved to today.
    expect(meeting(expectOk(await move(second.id, '2026-11-27')), { plannedOn: '2026-11-27' }).status).toBe('planned');
  });

  it('refuses a date after the supervisor leaves, as booking does, changing nothing', async () => {
    const { backend } = await newOffice();
    // Leaves the day before Cal's 31 December supervision: moving the review onto that day would be a second meeting.
    const dot = await hire(backend, 'Dot', { startDate: '2025-01-06', endDate: '2026-12-30' });
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    expectOk(await backend.invoke('supervision:saveArrangement', { staffId: p.staff.staffId, supervisorStaffId: dot.staff.staffId, cadenceWeeks: 6 }));
    const mid = meeting(p, { planItem: 'mid-point-review' });
    const before = supervisionTables(backend);
    const late = await backend.invoke('supervision:reschedule', { id: mid.id, plannedOn: '2027-01-05' });
    expect(expectRefused(late, 'VALIDATION', 'plannedOn')).toBe(
      "Dot Plumtree's employment ends on 30/12/2026, so they cannot hold it on 05/01/2027. Choose a date up to then, or change who holds it first.");
    expect(supervisionTables(backend)).toEqual(before);
    const moved = expectOk(await backend.invoke('supervision:reschedule', { id: mid.id, plannedOn: '2026-12-30' }));
    expect(meeting(moved, { plannedOn: '2026-12-30', planItem: 'mid-point-review' })).toMatchObject({ status: 'planned', supervisor: { name: 'Dot Plumtree' } });
  });
});

describe('holding a supervision', () => {
  it('records when it was held and its agreed actions, which are carried until a later meeting marks them done', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    const first = meeting(p, { plannedOn: '2026-10-01' });
    const held = expectOk(await backend.invoke('supervision:hold', {
      id: first.id, heldOn: '2026-10-02', newActions: ['  Book the lone-working refresher ', 'Read the updated safeguarding policy'],
    }));
    expect(meeting(held, { plannedOn: '2026-10-01' })).toMatchObject({ status: 'held', heldOn: '2026-10-02', outcome: '', overdue: false });
    expect(held.openActions.map((a) => [a.text, a.raisedOn, a.doneOn])).toEqual([
      ['Book the lone-working refresher', '2026-10-02', ''], ['Read the updated safeguarding policy', '2026-10-02', ''],
    ]);
    const [refresher, policy] = held.openActions;

    const second = meeting(held, { plannedOn: '2026-10-30' });
    const next = expectOk(await backend.invoke('supervision:hold', { id: second.id, heldOn: '2026-10-30', doneActionIds: [refresher!.id, refresher!.id], newActions: ['Shadow a ward visit at another site'] }));
    expect(next.openActions.map((a) => a.text)).toEqual(['Read the updated safeguarding policy', 'Shadow a ward visit at another site']);
    expect(meeting(next, { plannedOn: '2026-10-01' }).actions).toEqual([
      { id: refresher!.id, text: 'Book the lone-working refresher', raisedOn: '2026-10-02', doneOn: '2026-10-30' },
      { id: policy!.id, text: 'Read the updated safeguarding policy', raisedOn: '2026-10-02', doneOn: '' },
    ]);
    expect(meeting(next, { plannedOn: '2026-10-30' }).actions.map((a) => a.text)).toEqual(['Shadow a ward visit at another site']);
    // Nothing else about the meeting is kept: no notes column exists to fill.
    expect(Object.keys(backend.session.context().sqlite.prepare('SELECT * FROM supervisions WHERE id = ?').get(second.id) as object)).not.toContain('notes');
  });

  it('refuses a date to come or before the start, actions already done or someone else’s, and a meeting not planned, changing nothing', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    const other = await hire(backend, 'Dot', { startDate: '2026-09-01' });
    const first = meeting(p, { plannedOn: '2026-10-01' });
    const held = expectOk(await backend.invoke('supervision:hold', { id: first.id, heldOn: '2026-10-01', newActions: ['Book the lone-working refresher'] }));
    const action = held.openActions[0]!;
    const second = meeting(held, { plannedOn: '2026-10-30' });
    expectOk(await backend.invoke('supervision:hold', { id: second.id, heldOn: '2026-10-30', doneActionIds: [action.id] }));
    const theirs = expectOk(await backend.invoke('supervision:hold', { id: meeting(other, { plannedOn: '2026-10-01' }).id, heldOn: '2026-10-01', newActions: ['Take a proper break between ward visits'] })).openActions[0]!;

    const review = meeting(p, { planItem: 'mid-point-review' });
    const before = supervisionTables(backend);
    const hold = (input: Record<string, unknown>) => backend.invoke('supervision:hold', { id: review.id, heldOn: '2026-11-27', outcome: 'on-track', ...input } as never);
    expect(expectRefused(await hold({ heldOn: '2026-11-28' }), 'VALIDATION', 'heldOn')).toBe('Record a meeting as held once it has happened: choose today or an earlier date.');
    expect(expectRefused(await hold({ heldOn: '2026-08-31' }), 'VALIDATION', 'heldOn')).toBe('Cal Plumtree started on 01/09/2026: choose a date from then.');
    expect(expectRefused(await hold({ doneActionIds: [action.id] }), 'VALIDATION', 'doneActionIds')).toBe('An action marked done is no longer open for Cal Plumtree. Reload the page and choose again.');
    expectRefused(await hold({ doneActionIds: [theirs.id] }), 'VALIDATION', 'doneActionIds');
    expectRefused(await hold({ doneActionIds: [9999] }), 'VALIDATION', 'doneActionIds');
    expect(expectRefused(await backend.invoke('supervision:hold', { id: first.id, heldOn: '2026-10-01' }), 'CONFLICT')).toBe('Only a planned supervision can be recorded as held: this one is held.');
    expectRefused(await backend.invoke('supervision:hold', { id: 9999, heldOn: '2026-10-01' }), 'NOT_FOUND');
    expect(supervisionTables(backend)).toEqual(before);
  });
});

describe('review outcomes', () => {
  it('are required for reviews, from the right list, and refused for a plain supervision, changing nothing', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-05-01' });
    const plain = meeting(p, { plannedOn: '2026-06-01' });
    const mid = meeting(p, { planItem: 'mid-point-review' });
    const final = meeting(p, { planItem: 'final-review' });
    const before = supervisionTables(backend);
    const hold = (id: number, outcome: string, more: Record<string, unknown> = {}) => backend.invoke('supervision:hold', { id, heldOn: '2026-11-02', outcome, ...more } as never);
    expect(expectRefused(await hold(plain.id, 'on-track'), 'VALIDATION', 'outcome')).toBe('Only probation reviews have an outcome: clear it for this probation supervision.');
    expect(expectRefused(await hold(mid.id, ''), 'VALIDATION', 'outcome')).toBe('Choose the outcome of the mid-point review: on track, extra support agreed, or concerns raised.');
    expectRefused(await hold(mid.id, 'confirm', { by: 'Sam Office' }), 'VALIDATION', 'outcome');
    expect(expectRefused(await hold(final.id, ''), 'VALIDATION', 'outcome')).toBe('Choose the decision of the final review: confirm in post, extend probation, or end employment.');
    expectRefused(await hold(final.id, 'on-track'), 'VALIDATION', 'outcome');
    expect(supervisionTables(backend)).toEqual(before);

    const done = expectOk(await hold(mid.id, 'concerns-raised'));
    expect(meeting(done, { planItem: 'mid-point-review' })).toMatchObject({ status: 'held', outcome: 'concerns-raised' });
    expect(done.probation.events).toEqual([]); // a mid-point outcome decides nothing
  });
});

describe('cancelling, missing and putting back', () => {
  it('cancels or misses a planned meeting, and puts a cancelled or missed one back to planned', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    const past = meeting(p, { plannedOn: '2026-10-01' });
    const future = meeting(p, { plannedOn: '2026-12-31' });
    const set = (id: number, status: 'planned' | 'cancelled' | 'missed') => backend.invoke('supervision:setStatus', { id, status });
    expect(meeting(expectOk(await set(past.id, 'missed')), { plannedOn: '2026-10-01' }).status).toBe('missed');
    expect(meeting(expectOk(await set(past.id, 'planned')), { plannedOn: '2026-10-01' })).toMatchObject({ status: 'planned', overdue: true });
    expect(meeting(expectOk(await set(future.id, 'cancelled')), { plannedOn: '2026-12-31' }).status).toBe('cancelled');

    const before = supervisionTables(backend);
    expect(expectRefused(await set(future.id, 'cancelled'), 'CONFLICT')).toBe('Only a planned supervision can be cancelled: this one is cancelled.');
    expect(expectRefused(await set(past.id, 'planned'), 'CONFLICT')).toBe('Only a cancelled or missed supervision can be put back to planned: this one is planned.');
    const notYet = meeting(p, { plannedOn: '2027-02-01' });
    expect(expectRefused(await set(notYet.id, 'missed'), 'VALIDATION', 'status')).toBe(
      'It is planned for 01/02/2027, so it cannot have been missed yet. Cancel it if it will not happen, or reschedule it.');
    expectRefused(await set(9999, 'cancelled'), 'NOT_FOUND');
    expect(supervisionTables(backend)).toEqual(before);

    expectOk(await backend.invoke('supervision:hold', { id: past.id, heldOn: '2026-10-01' }));
    expect(expectRefused(await set(past.id, 'planned'), 'CONFLICT')).toBe('Only a cancelled or missed supervision can be put back to planned: this one is held.');
  });
});
