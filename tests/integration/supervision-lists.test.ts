// The office-wide supervision views against a real encrypted office: overdue and due-this-week (planned
// meetings and cadence dates, Monday-to-Sunday weeks run on to the coming Sunday at a weekend, current
// staff only), who has no supervisor, and a month of meetings for everyone or one supervisor. The clock
// reads Monday 23 November 2026, 10:00.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { DueSupervision } from '../../shared/contract/supervision';
import { expectOk, FakeClock, useOffices } from '../helpers/office';
import { expectRefused } from '../helpers/rota';
import { staffInput } from '../helpers/staff';
import { cancelPast, confirmedStaff, hire, meeting } from '../helpers/supervision';

const { newOffice } = useOffices();
const TODAY = '2026-11-23';
const monday = () => new FakeClock(Date.parse('2026-11-23T10:00:00Z'));

const line = (d: DueSupervision) => `${d.due} ${d.staff.name} ${d.supervisionId === null ? 'cadence' : d.planItem || 'by-hand'} ${d.supervisor?.name ?? 'nobody'} ${d.daysLeft}`;

async function book(backend: Backend, staffId: number, plannedOn: string, supervisorStaffId: number | null, startMinutes: number | null = null): Promise<number> {
  const p = expectOk(await backend.invoke('supervision:save', { superviseeStaffId: staffId, supervisorStaffId, type: 'one-to-one', plannedOn, startMinutes }));
  return p.supervisions.filter((s) => s.plannedOn === plannedOn && s.status === 'planned').at(-1)!.id;
}

describe('supervision:lists', () => {
  it('lists what is overdue and due this week, planned or owed by the cadence, and who has no supervisor', async () => {
    const { backend } = await newOffice({ clock: monday() });
    const ash = await confirmedStaff(backend, 'Ash', TODAY, { lastHeldOn: '2026-11-16' });
    const ashId = ash.staff.staffId;
    const bea = await confirmedStaff(backend, 'Bea', TODAY, { lastHeldOn: '2026-11-16', supervisorStaffId: ashId });
    expectOk(await backend.invoke('supervision:saveArrangement', { staffId: ashId, supervisorStaffId: bea.staff.staffId, cadenceWeeks: 6 }));
    await confirmedStaff(backend, 'Cy', TODAY, { lastHeldOn: '2026-10-05', supervisorStaffId: ashId }); // due 16 November, none booked
    await confirmedStaff(backend, 'Di', TODAY, { lastHeldOn: '2026-10-14', supervisorStaffId: ashId }); // due Wednesday
    await confirmedStaff(backend, 'Ed', TODAY, { lastHeldOn: '2026-10-19', supervisorStaffId: ashId }); // due next Monday
    const flo = await confirmedStaff(backend, 'Flo', TODAY, { lastHeldOn: '2026-09-01', supervisorStaffId: ashId });
    await book(backend, flo.staff.staffId, '2026-11-10', ashId); // booked but not held: the booking is what is late, not the cadence
    const gil = await confirmedStaff(backend, 'Gil', TODAY, { lastHeldOn: '2026-11-02', supervisorStaffId: ashId });
    for (const on of ['2026-11-23', '2026-11-26', '2026-11-30']) await book(backend, gil.staff.staffId, on, ashId);
    const hal = await confirmedStaff(backend, 'Hal', TODAY, { lastHeldOn: '2026-09-01' });
    await book(backend, hal.staff.staffId, '2026-11-18', null);
    expectOk(await backend.invoke('staff:save', staffInput(hal.staff.personId, { startDate: '2025-01-06', endDate: '2026-11-20' }))); // has left
    await confirmedStaff(backend, 'Ivy', TODAY, { lastHeldOn: '2026-11-16' });
    const jo = await hire(backend, 'Jo', { startDate: '2026-10-23' }); // first probation supervision today
    expectOk(await backend.invoke('supervision:saveArrangement', { staffId: jo.staff.staffId, supervisorStaffId: ashId, cadenceWeeks: 6 }));

    const lists = expectOk(await backend.invoke('supervision:lists', {}));
    expect([lists.today, lists.weekFrom, lists.weekTo]).toEqual(['2026-11-23', '2026-11-23', '2026-11-29']);
    expect(lists.overdue.map(line)).toEqual([
      '2026-11-10 Flo Plumtree by-hand Ash Plumtree -13',
      '2026-11-16 Cy Plumtree cadence Ash Plumtree -7',
    ]);
    expect(lists.dueThisWeek.map(line)).toEqual([
      '2026-11-23 Gil Plumtree by-hand Ash Plumtree 0',
      '2026-11-23 Jo Plumtree supervision Ash Plumtree 0',
      '2026-11-25 Di Plumtree cadence Ash Plumtree 2',
      '2026-11-26 Gil Plumtree by-hand Ash Plumtree 3',
    ]);
    expect(lists.noSupervisor.map((s) => s.name)).toEqual(['Ivy Plumtree']);
    expect(lists.overdue[0]!.supervisionId).toBe(meeting(expectOk(await backend.invoke('supervision:person', { staffId: flo.staff.staffId })), { plannedOn: '2026-11-10' }).id);

    // The panel on each record gives the same next-due date as the lists: none for Flo, whose late booking is the next one.
    const cadenceDue = new Map([...lists.overdue, ...lists.dueThisWeek].filter((d) => d.supervisionId === null).map((d) => [d.staff.staffId, d.due]));
    const panels = new Map<string, string>();
    for (const staff of expectOk(await backend.invoke('staff:list', {}))) {
      const p = expectOk(await backend.invoke('supervision:person', { staffId: staff.staffId }));
      panels.set(p.staff.name, p.nextDue);
      if (cadenceDue.has(p.staff.staffId)) expect(p.nextDue).toBe(cadenceDue.get(p.staff.staffId));
    }
    expect(panels.get('Flo Plumtree')).toBe('');
    expect(panels.get('Cy Plumtree')).toBe('2026-11-16');
    expect(panels.get('Ed Plumtree')).toBe('2026-11-30'); // next week: in neither list yet
  });

  it('counts the cadence from the confirmation, not from probation meetings left unrecorded before it', async () => {
    const { backend } = await newOffice({ clock: monday() });
    const ash = await confirmedStaff(backend, 'Ash', TODAY);
    const p = await hire(backend, 'Kit', { startDate: '2026-04-01' });
    const staffId = p.staff.staffId;
    expectOk(await backend.invoke('supervision:saveArrangement', { staffId, supervisorStaffId: ash.staff.staffId, cadenceWeeks: 4 }));
    const confirmed = expectOk(await backend.invoke('probation:decide', { staffId, decision: 'confirm', on: '2026-10-26', by: 'Sam Office' }));
    // The probation supervisions never recorded are still there to record; the cadence runs from 26 October.
    expect(confirmed.nextDue).toBe('2026-11-23');
    const lists = expectOk(await backend.invoke('supervision:lists', {}));
    const kits = (due: DueSupervision[]) => due.filter((d) => d.staff.staffId === staffId).map(line);
    expect(kits(lists.overdue)).toEqual([
      '2026-05-01 Kit Plumtree supervision Ash Plumtree -206', '2026-06-01 Kit Plumtree supervision Ash Plumtree -175',
      '2026-07-31 Kit Plumtree supervision Ash Plumtree -115', '2026-09-01 Kit Plumtree supervision Ash Plumtree -83',
    ]);
    expect(kits(lists.dueThisWeek)).toEqual(['2026-11-23 Kit Plumtree cadence Ash Plumtree 0']);
  });

  it('at a weekend, runs the week on to the coming Sunday, so Monday\'s meetings are listed', async () => {
    const clock = new FakeClock(Date.parse('2026-11-29T10:00:00Z')); // a Sunday
    const { backend } = await newOffice({ clock });
    const p = await hire(backend, 'Kit', { startDate: '2026-10-30' });
    await cancelPast(backend, p.staff.staffId, '2026-11-29');
    const lists = expectOk(await backend.invoke('supervision:lists', {}));
    expect([lists.weekFrom, lists.weekTo]).toEqual(['2026-11-23', '2026-12-06']);
    // Her first supervision is tomorrow, Monday 30 November: due, not left for Monday morning to find.
    expect(lists.dueThisWeek.map(line)).toEqual(['2026-11-30 Kit Plumtree supervision nobody 1']);
    expect(lists.overdue).toEqual([]);
  });
});

describe('supervision:month', () => {
  it('lists a month by date, time and name, rescheduled meetings included, for everyone or one supervisor', async () => {
    const { backend } = await newOffice({ clock: monday() });
    const ash = (await confirmedStaff(backend, 'Ash', TODAY)).staff.staffId;
    const bea = (await confirmedStaff(backend, 'Bea', TODAY)).staff.staffId;
    const cy = (await confirmedStaff(backend, 'Cy', TODAY)).staff.staffId;
    const di = (await confirmedStaff(backend, 'Di', TODAY)).staff.staffId;
    await book(backend, cy, '2026-11-25', ash); // no time: after the timed ones
    await book(backend, di, '2026-11-25', bea, 900);
    await book(backend, bea, '2026-11-25', ash, 600);
    const moved = await book(backend, di, '2026-11-24', ash, 600);
    expectOk(await backend.invoke('supervision:reschedule', { id: moved, plannedOn: '2026-12-02', startMinutes: 600 }));

    const everyone = expectOk(await backend.invoke('supervision:month', { month: '2026-11' }));
    expect([everyone.month, everyone.from, everyone.to, everyone.supervisor]).toEqual(['2026-11', '2026-11-01', '2026-11-30', null]);
    const shown = (r: { plannedOn: string; startMinutes: number | null; supervisee: { name: string }; status: string; rescheduledTo: string }) =>
      `${r.plannedOn} ${r.startMinutes ?? '-'} ${r.supervisee.name} ${r.status}${r.rescheduledTo ? ` to ${r.rescheduledTo}` : ''}`;
    // Long-serving staff's probation meetings were held in 2025: November 2026 holds only these.
    expect(everyone.rows.map(shown)).toEqual([
      '2026-11-24 600 Di Plumtree rescheduled to 2026-12-02',
      '2026-11-25 600 Bea Plumtree planned',
      '2026-11-25 900 Di Plumtree planned',
      '2026-11-25 - Cy Plumtree planned',
    ]);
    const ashs = expectOk(await backend.invoke('supervision:month', { month: '2026-11', supervisorStaffId: ash }));
    expect(ashs.supervisor?.name).toBe('Ash Plumtree');
    expect(ashs.rows.map(shown)).toEqual(['2026-11-24 600 Di Plumtree rescheduled to 2026-12-02', '2026-11-25 600 Bea Plumtree planned', '2026-11-25 - Cy Plumtree planned']);
    const december = expectOk(await backend.invoke('supervision:month', { month: '2026-12', supervisorStaffId: ash }));
    expect(december.rows.map((r) => [r.plannedOn, r.rescheduledFrom, r.supervisee.name])).toEqual([['2026-12-02', '2026-11-24', 'Di Plumtree']]);
    expect(expectOk(await backend.invoke('supervision:month', { month: '2027-02' })).to).toBe('2027-02-28');
    expectRefused(await backend.invoke('supervision:month', { month: '2026-11', supervisorStaffId: 9999 }), 'NOT_FOUND');
  });
});
