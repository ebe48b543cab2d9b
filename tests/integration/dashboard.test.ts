// The home screen's "this week" against a real encrypted office: one item of each kind, in order
// (overdue kinds first, soonest first within a kind), each a whole sentence naming the person and the
// date, linking to the record, meeting or support session it is about.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { Dashboard } from '../../shared/contract/supervision';
import { expectOk, FakeClock, useOffices } from '../helpers/office';
import { addPlace, at } from '../helpers/rota';
import { cancelPast, confirmedStaff, hire, meeting } from '../helpers/supervision';

const { newOffice } = useOffices();

async function supervised(backend: Backend, firstName: string, startDate: string, supervisorStaffId: number, today: string) {
  const p = await hire(backend, firstName, { startDate });
  expectOk(await backend.invoke('supervision:saveArrangement', { staffId: p.staff.staffId, supervisorStaffId, cadenceWeeks: 6 }));
  return cancelPast(backend, p.staff.staffId, today);
}

const summary = (d: Dashboard) => d.items.map((i) => `${i.kind} ${i.date} ${i.daysLeft}`);

describe('dashboard:week', () => {
  it('lists what is due this week, overdue kinds first, each a sentence to act on that links to where it is done', async () => {
    const today = '2026-11-23';
    const { backend } = await newOffice({ clock: new FakeClock(Date.parse('2026-11-23T10:00:00Z')), officeName: 'Quaintance Peer Support' });
    const ash = await confirmedStaff(backend, 'Ash', today, { lastHeldOn: '2026-11-16' });
    const ashId = ash.staff.staffId;
    const bea = await confirmedStaff(backend, 'Bea', today, { lastHeldOn: '2026-11-16', supervisorStaffId: ashId });
    expectOk(await backend.invoke('supervision:saveArrangement', { staffId: ashId, supervisorStaffId: bea.staff.staffId, cadenceWeeks: 6 }));
    const cy = await confirmedStaff(backend, 'Cy', today, { lastHeldOn: '2026-10-07', supervisorStaffId: ashId });
    const late = meeting(expectOk(await backend.invoke('supervision:save', { superviseeStaffId: cy.staff.staffId, supervisorStaffId: ashId, type: 'one-to-one', plannedOn: '2026-11-18' })), { plannedOn: '2026-11-18' });
    await confirmedStaff(backend, 'Di', today, { lastHeldOn: '2026-10-14', supervisorStaffId: ashId }); // due by the cadence on Wednesday
    const eve = await supervised(backend, 'Eve', '2026-08-26', ashId, today); // mid-point review on Thursday
    const flo = await supervised(backend, 'Flo', '2026-06-10', ashId, today); // probation ends 10 December
    await supervised(backend, 'Gus', '2026-04-01', ashId, today); // probation ended 1 October, nothing decided
    await confirmedStaff(backend, 'Hal', today, { lastHeldOn: '2026-11-16' }); // nobody named
    expectOk(await backend.invoke('staff:saveDbs', { staffId: ashId, level: 'enhanced-barred', certificateNumber: '001234567890', issuedOn: '2023-12-20', renewalDueOn: '2026-12-20' }));
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue', 'Worthing');
    const session = expectOk(await backend.invoke('support:save', { date: '2026-11-25', startMinutes: at(10), endMinutes: at(13), placeId: hub, theme: 'Boundaries and saying no' })).sessions[0]!;

    const week = expectOk(await backend.invoke('dashboard:week', {}));
    expect([week.today, week.weekFrom, week.weekTo, week.officeName]).toEqual(['2026-11-23', '2026-11-23', '2026-11-29', 'Quaintance Peer Support']);
    expect(summary(week)).toEqual([
      'supervision-overdue 2026-11-18 -5',
      'probation-decision-overdue 2026-10-01 -53',
      'probation-review 2026-11-26 3',
      'probation-end 2026-12-10 17',
      'supervision-due 2026-11-25 2',
      'dbs-renewal 2026-12-20 27',
      'no-supervisor 2026-11-23 0',
      'support-session 2026-11-25 2',
    ]);
    expect(week.items.map((i) => i.message)).toEqual([
      "Cy Plumtree's supervision with Ash Plumtree was planned for Wednesday 18/11/2026. Record how it went, or reschedule it.",
      "Gus Plumtree's probation ended on Thursday 01/10/2026 with no decision recorded. Record it: confirm them in post, extend probation or end their employment.",
      "Hold Eve Plumtree's mid-point review with Ash Plumtree on Thursday 26/11/2026.",
      // The same decide-by date as the warning on her record: the end less the office's notice days.
      "Flo Plumtree's probation ends on Thursday 10/12/2026 (in 17 days). Hold the final review and record the decision by Thursday 03/12/2026, leaving 7 days' notice before the end if it is needed.",
      'Di Plumtree is due a supervision by Wednesday 25/11/2026. Book one with Ash Plumtree.',
      "Ash Plumtree's DBS check is due for renewal on 20/12/2026 (in 27 days). Start the renewal in good time.",
      'Choose a supervisor for Hal Plumtree.',
      'The support session “Boundaries and saying no” is on Wednesday 25/11/2026 at 10:00, Tidewater Community Hub, Worthing. Check who is invited.',
    ]);
    const [overdue, , review, end, , , , support] = week.items;
    expect(overdue).toMatchObject({ staff: { staffId: cy.staff.staffId, personId: cy.staff.personId, name: 'Cy Plumtree' }, supervisionId: late.id, supportSessionId: null });
    expect(review).toMatchObject({ staff: { staffId: eve.staff.staffId }, supervisionId: meeting(eve, { planItem: 'mid-point-review' }).id });
    expect(end).toMatchObject({ staff: { staffId: flo.staff.staffId }, supervisionId: null });
    expect(support).toMatchObject({ staff: null, supervisionId: null, supportSessionId: session.id });
  });

  it('mentions six months’ service when probation ends after 1 January 2027, and asks for attendance once a session has passed', async () => {
    const today = '2026-12-16';
    const { backend } = await newOffice({ clock: new FakeClock(Date.parse('2026-12-16T10:00:00Z')) });
    const ash = await confirmedStaff(backend, 'Ash', today, { lastHeldOn: '2026-12-07' });
    expectOk(await backend.invoke('supervision:saveArrangement', { staffId: ash.staff.staffId, supervisorStaffId: null, cadenceWeeks: null }));
    const p = await supervised(backend, 'Ida', '2026-07-06', ash.staff.staffId, today); // ends 6 January 2027
    // Jo's probation ends on Friday, so a week's notice no longer fits. Her final review was planned a week's
    // notice before the end, last Friday, and nobody recorded it: only the meetings before it are cleared.
    const jo = await supervised(backend, 'Jo', '2026-06-18', ash.staff.staffId, '2026-12-11');
    expect(meeting(jo, { planItem: 'final-review', status: 'planned' }).plannedOn).toBe('2026-12-11');
    // Ida's final review (Wednesday 30 December: 6 January less a week's notice) is not this week; held early,
    // it would settle the item.
    expect(meeting(p, { planItem: 'final-review' }).plannedOn).toBe('2026-12-30');
    const hub = await addPlace(backend, 'Pennyfield Centre', 'group-venue', 'Crawley');
    expectOk(await backend.invoke('support:save', { date: '2026-12-14', startMinutes: at(10, 30), endMinutes: at(13), placeId: hub, theme: 'Keeping well over winter' }));

    const week = expectOk(await backend.invoke('dashboard:week', {}));
    expect(week.items.filter((i) => i.kind !== 'no-supervisor').map((i) => i.message)).toEqual([
      "Jo Plumtree's final review with Ash Plumtree was planned for Friday 11/12/2026. Record how it went, or reschedule it.",
      "Jo Plumtree's probation ends on Friday 18/12/2026 (in 2 days). Hold the final review and record the decision now: it was due by Friday 11/12/2026, to leave 7 days' notice before the end if it is needed.",
      // Six months' service on 5 January 2027, the day before the anniversary of her start.
      "Ida Plumtree's probation ends on Wednesday 06/01/2027 (in 21 days). Hold the final review and record the decision by Wednesday 30/12/2026, leaving 7 days' notice before the end if it is needed. They are protected from unfair dismissal from 05/01/2027, so a decision to end their employment, with notice, must take effect before then.",
      'Record who came to the support session “Keeping well over winter” on Monday 14/12/2026 at 10:30, Pennyfield Centre, Crawley.',
    ]);
  });

  it('asks for a missed probation meeting to be made up until one is held, booked or moved, while probation is undecided', async () => {
    const today = '2026-11-27'; // the fake clock's Friday
    const { backend } = await newOffice();
    const ash = await confirmedStaff(backend, 'Ash', today, { lastHeldOn: '2026-11-16' });
    const ashId = ash.staff.staffId;
    const missedLines = async () => expectOk(await backend.invoke('dashboard:week', {})).items.filter((i) => i.kind === 'supervision-missed');
    const setStatus = (id: number, status: 'missed' | 'cancelled') => backend.invoke('supervision:setStatus', { id, status });

    // Cal (started 1 September): the 1 October supervision held, the 30 October one missed.
    const cal = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    expectOk(await backend.invoke('supervision:saveArrangement', { staffId: cal.staff.staffId, supervisorStaffId: ashId, cadenceWeeks: 6 }));
    expectOk(await backend.invoke('supervision:hold', { id: meeting(cal, { plannedOn: '2026-10-01' }).id, heldOn: '2026-10-01' }));
    expectOk(await setStatus(meeting(cal, { plannedOn: '2026-10-30' }).id, 'missed'));
    // Eve (started 1 July): her mid-point review on 1 October missed, with nobody named to supervise her.
    const eve = await hire(backend, 'Eve', { startDate: '2026-07-01' });
    const eveReview = meeting(eve, { planItem: 'mid-point-review' });
    expect(eveReview.plannedOn).toBe('2026-10-01');
    expectOk(await setStatus(eveReview.id, 'missed'));
    // Dot: missed the 1 October one, but held the next: made up.
    const dot = await hire(backend, 'Dot', { startDate: '2026-09-01' });
    expectOk(await setStatus(meeting(dot, { plannedOn: '2026-10-01' }).id, 'missed'));
    expectOk(await backend.invoke('supervision:hold', { id: meeting(dot, { plannedOn: '2026-10-30' }).id, heldOn: '2026-11-03' }));
    // Flo: missed one, then confirmed in post: probation is settled, so it is not asked for.
    const flo = await hire(backend, 'Flo', { startDate: '2026-09-01' });
    expectOk(await setStatus(meeting(flo, { plannedOn: '2026-10-01' }).id, 'missed'));
    expectOk(await backend.invoke('probation:decide', { staffId: flo.staff.staffId, decision: 'confirm', on: '2026-11-20', by: 'Sam Office' }));

    // Cal's mid-point review on Monday is still planned as the plan always had it: that does not make up the missed one.
    const lines = await missedLines();
    expect(lines.map((i) => `${i.date} ${i.daysLeft} ${i.staff?.name}`)).toEqual(['2026-10-01 -57 Eve Plumtree', '2026-10-30 -28 Cal Plumtree']);
    expect(lines.map((i) => i.message)).toEqual([
      "Eve Plumtree's mid-point review on Thursday 01/10/2026 was missed: put it back to planned and reschedule it, or book a supervision.",
      "Cal Plumtree's supervision on Friday 30/10/2026 was missed: book another with Ash Plumtree.",
    ]);
    // Each links to the person's record, not to the missed meeting.
    expect(lines[1]).toMatchObject({ staff: { staffId: cal.staff.staffId, personId: cal.staff.personId }, supervisionId: null, supportSessionId: null });

    // Booked again by hand: made up; cancelled, it is asked for again.
    const booked = meeting(expectOk(await backend.invoke('supervision:save', { superviseeStaffId: cal.staff.staffId, supervisorStaffId: ashId, type: 'one-to-one', plannedOn: '2026-12-03' })), { plannedOn: '2026-12-03' });
    expect((await missedLines()).map((i) => i.staff?.name)).toEqual(['Eve Plumtree']);
    expectOk(await setStatus(booked.id, 'cancelled'));
    expect((await missedLines()).map((i) => i.staff?.name)).toEqual(['Eve Plumtree', 'Cal Plumtree']);
    // Or the plan's next meeting brought forward by rescheduling it.
    expectOk(await backend.invoke('supervision:reschedule', { id: meeting(cal, { planItem: 'mid-point-review' }).id, plannedOn: '2026-11-27' }));
    // Eve's review put back to planned is no longer missed (it is overdue instead, to reschedule).
    expectOk(await backend.invoke('supervision:setStatus', { id: eveReview.id, status: 'planned' }));
    expect(await missedLines()).toEqual([]);
  });

  it('is empty for an office with nobody to supervise', async () => {
    const { backend } = await newOffice();
    expect(expectOk(await backend.invoke('dashboard:week', {})).items).toEqual([]);
  });
});
