// Probation decisions against a real encrypted office: a final review that confirms, extends or ends;
// extending and deciding outside a review; the warnings (final review due, decision overdue, six months'
// service from 1 January 2027, an extension after the end); and the cadence once confirmed. Every
// refusal leaves the tables as they were. The fake clock reads Friday 27 November 2026, 10:00.
import { describe, expect, it } from 'vitest';
import type { PersonSupervision } from '../../shared/contract/supervision';
import { daysBetween } from '../../shared/domain/pay/calendar';
import { expectOk, HOUR, useOffices } from '../helpers/office';
import { expectRefused } from '../helpers/rota';
import { hire, meeting, person, planLines, supervisionTables } from '../helpers/supervision';

const { newOffice } = useOffices();
const DAY = 24 * HOUR; // the fake clock stays in GMT from late November, so days are 24 hours
const BY = 'Sam Office';

const warningKinds = (p: PersonSupervision) => p.probation.warnings.map((w) => w.kind);
const warning = (p: PersonSupervision, kind: string) => p.probation.warnings.find((w) => w.kind === kind);

describe('a final review that confirms', () => {
  it('records the decision, and supervision then follows the cadence from the last meeting held', async () => {
    const { backend, clock } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-05-01' });
    const staffId = p.staff.staffId;
    expect(p.probation.state).toBe('overdue-decision');
    expect(warningKinds(p)).toEqual(['decision-overdue', 'no-supervisor']);
    expect(warning(p, 'decision-overdue')?.message).toBe("Cal Plumtree's probation ended on 01/11/2026 and no decision is recorded. Record it: confirm them in post, extend probation or end their employment.");

    const final = meeting(p, { planItem: 'final-review' });
    const confirmed = expectOk(await backend.invoke('supervision:hold', { id: final.id, heldOn: '2026-11-20', outcome: 'confirm', by: BY }));
    expect(meeting(confirmed, { planItem: 'final-review' })).toMatchObject({ status: 'held', heldOn: '2026-11-20', outcome: 'confirm' });
    expect(confirmed.probation).toMatchObject({ state: 'confirmed', warnings: [], endDate: '2026-11-01' });
    expect(confirmed.probation.events).toEqual([{ id: expect.any(Number), kind: 'confirmed', onDate: '2026-11-20', previousEndDate: '', newEndDate: '', reason: '', by: BY }]);
    // Six weeks from the final review, while nothing is planned from today on.
    expect(confirmed.nextDue).toBe('2027-01-01');

    const booked = expectOk(await backend.invoke('supervision:save', { superviseeStaffId: staffId, supervisorStaffId: null, type: 'one-to-one', plannedOn: '2026-12-10' }));
    expect(booked.nextDue).toBe('');
    clock.advance(14 * DAY); // Friday 11 December
    const held = expectOk(await backend.invoke('supervision:hold', { id: meeting(booked, { plannedOn: '2026-12-10' }).id, heldOn: '2026-12-10' }));
    expect(held.nextDue).toBe('2027-01-21');
    const asRequired = expectOk(await backend.invoke('supervision:saveArrangement', { staffId, supervisorStaffId: null, cadenceWeeks: null }));
    expect(asRequired.nextDue).toBe('');

    const before = supervisionTables(backend);
    expect(expectRefused(await backend.invoke('probation:decide', { staffId, decision: 'end', on: '2026-12-11', lastDay: '2026-12-18', reason: 'Changed our minds', by: BY }), 'CONFLICT')).toBe(
      "Cal Plumtree's probation was already confirmed in post on 20/11/2026. A decision is recorded once and cannot be changed here.");
    expectRefused(await backend.invoke('probation:extend', { staffId, newEndDate: '2027-03-01', reason: 'More time', by: BY }), 'CONFLICT');
    expect(supervisionTables(backend)).toEqual(before);
  });
});

describe('a final review that extends', () => {
  it('keeps the review held, moves the end on the staff record, and grows the plan to a new final review', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-06-01' });
    expect(planLines(p)).toEqual([
      '2026-07-01 supervision planned', '2026-07-31 supervision planned', '2026-08-28 mid-point-review planned',
      '2026-10-01 supervision planned', '2026-10-30 supervision planned',
      '2026-11-24 final-review planned', // ends Tuesday 1 December, less a week's notice
    ]);
    const final = meeting(p, { planItem: 'final-review' });
    const before = supervisionTables(backend);
    const notLater = await backend.invoke('supervision:hold', { id: final.id, heldOn: '2026-11-27', outcome: 'extend', extendTo: '2026-11-30', reason: 'More time', by: BY });
    expect(expectRefused(notLater, 'VALIDATION', 'extendTo')).toBe('Choose a new end after 01/12/2026, when probation ends now.');
    expect(supervisionTables(backend)).toEqual(before);

    const extended = expectOk(await backend.invoke('supervision:hold', {
      id: final.id, heldOn: '2026-11-27', outcome: 'extend', extendTo: '2027-02-01', reason: 'More time for the safeguarding training', by: BY,
    }));
    expect(planLines(extended)).toEqual([
      '2026-07-01 supervision planned', '2026-07-31 supervision planned', '2026-08-28 mid-point-review planned',
      '2026-10-01 supervision planned', '2026-10-30 supervision planned',
      '2026-11-24 final-review held', // held late, on 27 November, with outcome 'extend'
      // The 1 December supervision extendPlan adds is left out: the final review held four days before was that meeting.
      '2026-12-31 supervision planned', // 1 January 2027 is a bank holiday
      '2027-01-25 final-review planned', // the new end, Monday 1 February, less a week's notice
    ]);
    expect(meeting(extended, { planItem: 'final-review', status: 'held' }).outcome).toBe('extend');
    expect(extended.probation).toMatchObject({ state: 'in-probation', endDate: '2027-02-01', originalEndDate: '2026-12-01' });
    expect(extended.probation.events).toEqual([{
      id: expect.any(Number), kind: 'extended', onDate: '2026-11-27', previousEndDate: '2026-12-01', newEndDate: '2027-02-01', reason: 'More time for the safeguarding training', by: BY,
    }]);
    expect(warningKinds(extended)).toEqual(['six-months-service', 'no-supervisor']); // protected from 1 January 2027, before the new end
    expect(expectOk(await backend.invoke('staff:get', { personId: p.staff.personId }))!.probationEndDate).toBe('2027-02-01');
  });
});

describe('a final review recorded late that extends', () => {
  it('plans no new meeting before today, however long ago the review was held', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-05-01' });
    // Ends Sunday 1 November; less a week's notice is Sunday 25 October, so the review is the Friday before.
    const final = meeting(p, { planItem: 'final-review' }); // 23 October
    const extended = expectOk(await backend.invoke('supervision:hold', { id: final.id, heldOn: '2026-10-12', outcome: 'extend', extendTo: '2027-02-01', reason: 'More time', by: BY }));
    expect(planLines(extended).slice(-4)).toEqual([
      '2026-10-23 final-review held',
      // extendPlan's 30 October supervision is past by the time the review is recorded: not planned.
      '2026-12-01 supervision planned', '2026-12-31 supervision planned',
      '2027-01-25 final-review planned', // the new end, Monday 1 February, less a week's notice
    ]);

    // Extended to a day already past: nothing to plan, and the decision is due now.
    const q = await hire(backend, 'Dot', { startDate: '2026-05-01' });
    const rows = planLines(q);
    const short = expectOk(await backend.invoke('supervision:hold', { id: meeting(q, { planItem: 'final-review' }).id, heldOn: '2026-10-12', outcome: 'extend', extendTo: '2026-11-20', reason: 'More time', by: BY }));
    expect(planLines(short)).toEqual(rows.map((l) => (l === '2026-10-23 final-review planned' ? '2026-10-23 final-review held' : l)));
    expect(short.probation.state).toBe('overdue-decision');
  });
});

describe('a final review that ends employment', () => {
  it('records the last day and leaving reason, and cancels meetings after it', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-06-01' });
    const staffId = p.staff.staffId;
    for (const plannedOn of ['2026-12-03', '2026-12-10']) {
      expectOk(await backend.invoke('supervision:save', { superviseeStaffId: staffId, supervisorStaffId: null, type: 'one-to-one', plannedOn }));
    }
    const final = meeting(p, { planItem: 'final-review' });
    const before = supervisionTables(backend);
    const early = await backend.invoke('supervision:hold', { id: final.id, heldOn: '2026-11-27', outcome: 'end', lastDay: '2026-11-20', reason: 'Not suited to ward work', by: BY });
    expect(expectRefused(early, 'VALIDATION', 'lastDay')).toBe('Choose a last day on or after 27/11/2026, the date of this decision: notice runs from then.');
    expect(supervisionTables(backend)).toEqual(before);

    const ended = expectOk(await backend.invoke('supervision:hold', { id: final.id, heldOn: '2026-11-27', outcome: 'end', lastDay: '2026-12-04', reason: 'Not suited to ward work', by: BY }));
    expect(ended.probation.state).toBe('ended');
    expect(ended.probation.events).toEqual([{ id: expect.any(Number), kind: 'ended', onDate: '2026-11-27', previousEndDate: '', newEndDate: '2026-12-04', reason: 'Not suited to ward work', by: BY }]);
    expect(ended.probation.warnings).toEqual([]);
    expect(ended.staff.endDate).toBe('2026-12-04');
    // The final review was planned for 24 November (1 December less a week's notice) and held late, on the 27th.
    expect(planLines(ended).slice(-3)).toEqual(['2026-11-24 final-review held', '2026-12-03 by-hand planned', '2026-12-10 by-hand cancelled']);
    const record = expectOk(await backend.invoke('staff:get', { personId: p.staff.personId }))!;
    expect(record).toMatchObject({ endDate: '2026-12-04', leavingReason: 'Probation not passed' });
  });
});

describe('probation:extend outside a review', () => {
  it('cancels the unheld final review, grows the plan from today and warns when recorded after the end', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-05-01' });
    const staffId = p.staff.staffId;
    const before = supervisionTables(backend);
    expect(expectRefused(await backend.invoke('probation:extend', { staffId, newEndDate: '2026-11-01', reason: 'More time', by: BY }), 'VALIDATION', 'newEndDate'))
      .toBe('Choose a new end after 01/11/2026, when probation ends now.');
    expect(expectRefused(await backend.invoke('probation:extend', { staffId, newEndDate: '2026-11-20', reason: 'More time', by: BY }), 'VALIDATION', 'newEndDate'))
      .toBe('Choose a new end after 27/11/2026, the date of this decision.');
    expectRefused(await backend.invoke('probation:extend', { staffId: 9999, newEndDate: '2027-01-15', reason: 'More time', by: BY }), 'NOT_FOUND');
    expect(supervisionTables(backend)).toEqual(before);

    const extended = expectOk(await backend.invoke('probation:extend', { staffId, newEndDate: '2027-01-15', reason: 'Agreed more time after the mid-point concerns', by: ` ${BY} ` }));
    expect(planLines(extended)).toEqual([
      '2026-06-01 supervision planned', '2026-07-01 supervision planned', '2026-07-31 mid-point-review planned',
      '2026-09-01 supervision planned', '2026-10-01 supervision planned',
      '2026-10-23 final-review cancelled', // planned for the Friday before 25 October, the old end less a week
      // extendPlan's 30 October supervision is before the decision: not planned in the past.
      '2026-12-01 supervision planned',
      // The new end, Friday 15 January, less a week's notice is Friday 8 January; its 31 December
      // supervision, 8 days before that, is held as part of the final review.
      '2027-01-08 final-review planned',
    ]);
    expect(extended.probation).toMatchObject({ state: 'in-probation', endDate: '2027-01-15', originalEndDate: '2026-11-01' });
    expect(extended.probation.events.map((e) => [e.kind, e.onDate, e.previousEndDate, e.newEndDate, e.by])).toEqual([['extended', '2026-11-27', '2026-11-01', '2027-01-15', BY]]);
    expect(warningKinds(extended)).toEqual(['six-months-service', 'extension-after-end', 'no-supervisor']);
    expect(warning(extended, 'extension-after-end')).toEqual({
      kind: 'extension-after-end', date: '2026-11-27',
      message: 'Probation was extended on 27/11/2026, after it had ended on 01/11/2026. ACAS advises agreeing an extension in writing before the original end date: make sure Cal Plumtree has it in writing.',
    });
  });

  it('gives no such warning when recorded before the end', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Dot', { startDate: '2026-06-01' });
    const extended = expectOk(await backend.invoke('probation:extend', { staffId: p.staff.staffId, newEndDate: '2027-03-01', reason: 'More time', by: BY }));
    expect(warningKinds(extended)).toEqual(['six-months-service', 'no-supervisor']);
    // The final review for the old end (1 December less a week's notice) is cancelled.
    expect(meeting(extended, { planItem: 'final-review', status: 'cancelled' }).plannedOn).toBe('2026-11-24');
    expect(planLines(extended).filter((l) => l.endsWith('planned') && l > '2026-11-27')).toEqual([
      '2026-12-01 supervision planned', '2026-12-31 supervision planned', '2027-02-01 supervision planned',
      '2027-02-22 final-review planned', // the new end, Monday 1 March, less a week's notice
    ]);
  });
});

describe('how long probation can run', () => {
  it('refuses an extension past 12 months from the start, by a final review or outside one, changing nothing', async () => {
    const { backend } = await newOffice();
    // Started Monday 1 June 2026: probation can run to 1 June 2027 at most, however it is extended.
    const p = await hire(backend, 'Cal', { startDate: '2026-06-01' });
    const staffId = p.staff.staffId;
    const final = meeting(p, { planItem: 'final-review' });
    const tooLong = "Choose a new end on or before 01/06/2027: probation can last at most 12 months from Cal Plumtree's start on 01/06/2026. If they need longer than that, decide now: confirm them in post or end their employment.";
    const before = supervisionTables(backend);
    expect(expectRefused(await backend.invoke('probation:extend', { staffId, newEndDate: '2027-06-02', reason: 'More time', by: BY }), 'VALIDATION', 'newEndDate')).toBe(tooLong);
    const atReview = await backend.invoke('supervision:hold', { id: final.id, heldOn: '2026-11-27', outcome: 'extend', extendTo: '2027-12-01', reason: 'More time', by: BY });
    expect(expectRefused(atReview, 'VALIDATION', 'extendTo')).toBe(tooLong);
    expect(supervisionTables(backend)).toEqual(before); // the final review is still planned, not held

    // Three months, then three more: a run of extensions stops at the same day.
    expectOk(await backend.invoke('supervision:hold', { id: final.id, heldOn: '2026-11-27', outcome: 'extend', extendTo: '2027-03-01', reason: 'More time', by: BY }));
    const afterFirst = supervisionTables(backend);
    expect(expectRefused(await backend.invoke('probation:extend', { staffId, newEndDate: '2027-06-02', reason: 'More time', by: BY }), 'VALIDATION', 'newEndDate')).toBe(tooLong);
    expect(supervisionTables(backend)).toEqual(afterFirst);
    const longest = expectOk(await backend.invoke('probation:extend', { staffId, newEndDate: '2027-06-01', reason: 'More time again', by: BY }));
    expect(longest.probation).toMatchObject({ endDate: '2027-06-01', originalEndDate: '2026-12-01', state: 'in-probation' });

    const atLimit = supervisionTables(backend);
    expect(expectRefused(await backend.invoke('probation:extend', { staffId, newEndDate: '2027-06-08', reason: 'More time', by: BY }), 'VALIDATION', 'newEndDate')).toBe(
      "It cannot be extended again: probation can last at most 12 months from Cal Plumtree's start on 01/06/2026, and it already runs to 01/06/2027. Record the decision instead: confirm them in post or end their employment.");
    expect(supervisionTables(backend)).toEqual(atLimit);
  });
});

describe('probation:decide outside a review', () => {
  it('confirms, cancelling the probation meetings planned after the decision and the reviews nobody can hold now', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    const staffId = p.staff.staffId;
    const before = supervisionTables(backend);
    const decide = (more: Record<string, unknown>) => backend.invoke('probation:decide', { staffId, decision: 'confirm', on: '2026-11-27', by: BY, ...more } as never);
    expect(expectRefused(await decide({ on: '2026-11-28' }), 'VALIDATION', 'on')).toBe('Record a decision once it is made: choose today or an earlier date.');
    expect(expectRefused(await decide({ on: '2026-08-31' }), 'VALIDATION', 'on')).toBe('Cal Plumtree started on 01/09/2026: choose a date from then.');
    expect(expectRefused(await decide({ decision: 'end', lastDay: '2026-11-26', reason: 'Not suited to ward work' }), 'VALIDATION', 'lastDay')).toMatch(/^Choose a last day on or after 27\/11\/2026/);
    expectRefused(await decide({ staffId: 9999 }), 'NOT_FOUND');
    expect(supervisionTables(backend)).toEqual(before);

    const confirmed = expectOk(await decide({ reason: 'Settled in well' }));
    expect(confirmed.probation.state).toBe('confirmed');
    expect(confirmed.probation.events.map((e) => [e.kind, e.onDate, e.reason])).toEqual([['confirmed', '2026-11-27', 'Settled in well']]);
    expect(planLines(confirmed)).toEqual([
      // Due before the decision and not recorded: they stay, to be recorded as held or missed.
      '2026-10-01 supervision planned', '2026-10-30 supervision planned',
      '2026-11-30 mid-point-review cancelled', '2026-12-31 supervision cancelled', '2027-02-01 supervision cancelled',
      '2027-02-22 final-review cancelled', // was due a week's notice before the end, Monday 1 March
    ]);
    // The late probation supervisions are left to record; the cadence runs from the confirmation.
    expect(confirmed.nextDue).toBe('2027-01-08');
  });

  it('once confirmed, keeps meetings booked by hand, cancels a review due earlier, and refuses to hold or re-plan a review', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-05-01' });
    const staffId = p.staff.staffId;
    expectOk(await backend.invoke('supervision:hold', { id: meeting(p, { plannedOn: '2026-06-01' }).id, heldOn: '2026-06-01' }));
    expectOk(await backend.invoke('supervision:save', { superviseeStaffId: staffId, supervisorStaffId: null, type: 'one-to-one', plannedOn: '2026-12-10' }));
    const confirmed = expectOk(await backend.invoke('probation:decide', { staffId, decision: 'confirm', on: '2026-11-20', by: BY }));
    expect(planLines(confirmed)).toEqual([
      '2026-06-01 supervision held', '2026-07-01 supervision planned',
      '2026-07-31 mid-point-review cancelled', // late, and it can no longer be held
      '2026-09-01 supervision planned', '2026-10-01 supervision planned',
      '2026-10-23 final-review cancelled', // 1 November less a week's notice is a Sunday: the Friday before
      '2026-12-10 by-hand planned',
    ]);

    const before = supervisionTables(backend);
    const mid = meeting(confirmed, { planItem: 'mid-point-review' });
    const final = meeting(confirmed, { planItem: 'final-review' });
    expect(expectRefused(await backend.invoke('supervision:hold', { id: mid.id, heldOn: '2026-07-31', outcome: 'on-track' }), 'CONFLICT')).toBe(
      "Cal Plumtree's probation was already confirmed in post on 20/11/2026, so the mid-point review can no longer be held. To meet, book a supervision instead.");
    expect(expectRefused(await backend.invoke('supervision:setStatus', { id: final.id, status: 'planned' }), 'CONFLICT')).toBe(
      "Cal Plumtree's probation was already confirmed in post on 20/11/2026, so the final review can no longer be put back to planned. To meet, book a supervision instead.");
    expect(expectRefused(await backend.invoke('supervision:reschedule', { id: mid.id, plannedOn: '2026-12-01' }), 'CONFLICT')).toMatch(/so the mid-point review can no longer be rescheduled/);
    expect(supervisionTables(backend)).toEqual(before);
  });

  it('ends employment, keeping a leaving reason already written', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01', leavingReason: 'Moving out of the area' });
    const ended = expectOk(await backend.invoke('probation:decide', {
      staffId: p.staff.staffId, decision: 'end', on: '2026-11-27', lastDay: '2026-12-31', reason: 'Not suited to ward work', by: BY,
    }));
    expect(ended.probation.state).toBe('ended');
    // Meetings up to the last day can still be held, but not a probation review once it is decided.
    expect(planLines(ended).slice(-4)).toEqual([
      '2026-11-30 mid-point-review cancelled', '2026-12-31 supervision planned', '2027-02-01 supervision cancelled',
      '2027-02-22 final-review cancelled', // 1 March less a week's notice
    ]);
    expect(expectOk(await backend.invoke('staff:get', { personId: p.staff.personId }))).toMatchObject({ endDate: '2026-12-31', leavingReason: 'Moving out of the area' });
  });
});

describe('probation warnings', () => {
  it('warn that six months’ service brings unfair-dismissal protection from 1 January 2027, counting the notice', async () => {
    const { backend, clock } = await newOffice();
    // Six months' service on 29 December 2026, but protection starts only on 1 January 2027: a 30 December end
    // with a week's notice takes effect after it.
    const before2027 = await hire(backend, 'Ada', { startDate: '2026-06-30' });
    expect(warning(before2027, 'six-months-service')?.date).toBe('2027-01-01');
    const onTheDay = await hire(backend, 'Bo', { startDate: '2026-07-01' }); // six months' service on 31 December 2026
    expect(warning(onTheDay, 'six-months-service')).toEqual({
      kind: 'six-months-service', date: '2027-01-01',
      message: "From 1 January 2027 people with six months' service can claim unfair dismissal. Bo Plumtree is protected from 01/01/2027: a decision to end their employment, with notice, must take effect before then.",
    });

    // A three-month probation ends well before six months, unless the notice runs that long.
    const short = await hire(backend, 'Cy', { startDate: '2026-09-24', probationEndDate: '2026-12-24' });
    expect(warningKinds(short)).not.toContain('six-months-service');
    expectOk(await backend.invoke('supervision:saveSettings', { probationIntervalMonths: 1, defaultCadenceWeeks: 6, probationNoticeDays: 90 }));
    // Protected from 23 March 2027: said on the record from 60 days before, not from the first day.
    expect(warning(await person(backend, short.staff.staffId), 'six-months-service')).toBeUndefined();
    clock.advance(daysBetween('2026-11-27', '2027-01-22') * 24 * HOUR); // to 22 January 2027, 60 days before
    expect(warning(await person(backend, short.staff.staffId), 'six-months-service')?.date).toBe('2027-03-23');
  });

  it('count service up to and including the last day, and protect from 1 January 2027 whoever reached six months before it', async () => {
    const { backend, clock } = await newOffice();
    // Six months' service on 14 December 2026; extended into 2027, they are protected from the day the rule starts.
    const extended = await hire(backend, 'Di', { startDate: '2026-06-15' });
    expect(warningKinds(extended)).not.toContain('six-months-service'); // ends 15 December, notice to 22 December
    const longer = expectOk(await backend.invoke('probation:extend', { staffId: extended.staff.staffId, newEndDate: '2027-02-15', reason: 'More time', by: BY }));
    expect(warning(longer, 'six-months-service')).toEqual({
      kind: 'six-months-service', date: '2027-01-01',
      message: "From 1 January 2027 people with six months' service can claim unfair dismissal. Di Plumtree is protected from 01/01/2027: a decision to end their employment, with notice, must take effect before then.",
    });
    // Started 15 July 2026: six months' service on 14 January 2027, the day before the six-month anniversary.
    const july = await hire(backend, 'Ed', { startDate: '2026-07-15' });
    expect(warning(july, 'six-months-service')?.date).toBe('2027-01-14');
    expect(warning(july, 'six-months-service')?.message).toContain('Ed Plumtree is protected from 14/01/2027:');
    // All over in 2026: the end and its notice come long before 1 January 2027.
    const past = await hire(backend, 'Flo', { startDate: '2026-03-01', probationEndDate: '2026-09-01' });
    expect(past.probation.state).toBe('overdue-decision');
    expect(warningKinds(past)).toEqual(['decision-overdue', 'no-supervisor']);
    // Starting in 2027: six months' service the day before the anniversary.
    const starter = await hire(backend, 'Gus', { startDate: '2027-02-10' });
    expect(warning(starter, 'six-months-service')).toBeUndefined(); // months away yet

    // Once the day has come, ending their employment needs a fair reason and a fair process.
    clock.advance(36 * DAY); // Saturday 2 January 2027
    expect(warning(await person(backend, extended.staff.staffId), 'six-months-service')?.message).toBe(
      "From 1 January 2027 people with six months' service can claim unfair dismissal. Di Plumtree has been protected since 01/01/2027: ending their employment now needs a fair reason and a fair process.");
    expect(warning(await person(backend, july.staff.staffId), 'six-months-service')?.message).toContain('Ed Plumtree is protected from 14/01/2027:');
    // The 2027 starter's warning shows from 60 days before they are protected on 9 August 2027.
    clock.advance(daysBetween('2027-01-02', '2027-06-10') * DAY);
    expect(warning(await person(backend, starter.staff.staffId), 'six-months-service')?.date).toBe('2027-08-09');
  });

  it('ask for the final review from a fortnight before the notice, and for a decision once the end has passed, for current staff only', async () => {
    const { backend } = await newOffice();
    const due = await hire(backend, 'Dee', { startDate: '2026-06-15' }); // ends 15 December: review due from 24 November
    expect(warning(due, 'final-review-due')).toEqual({
      kind: 'final-review-due', date: '2026-12-15',
      message: "Dee Plumtree's probation ends on 15/12/2026. Hold the final review and record the decision by 08/12/2026, leaving 7 days' notice before the end if it is needed.",
    });
    // Ends Tuesday 22 December, decision due Tuesday 15 December: asked for from 1 December. (Ending on
    // Sunday 20 December would have the decision due on Friday 11 December, so asked for from today.)
    const notYet = await hire(backend, 'Eve', { startDate: '2026-06-22' });
    expect(warningKinds(notYet)).toEqual(['no-supervisor']);
    const overdue = await hire(backend, 'Flo', { startDate: '2026-05-20' });
    expect(overdue.probation.state).toBe('overdue-decision');
    expect(warningKinds(overdue)).toEqual(['decision-overdue', 'no-supervisor']);
    const left = await hire(backend, 'Gus', { startDate: '2026-05-20', endDate: '2026-11-01' });
    expect(left.probation.state).toBe('overdue-decision');
    expect(left.probation.warnings).toEqual([]);
    const starter = await hire(backend, 'Hal', { startDate: '2027-01-04' });
    expect(starter.probation.state).toBe('not-started');
  });
});
