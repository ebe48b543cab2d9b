// Pay periods against a real encrypted office: the schedule, the list, the checklist that blocks
// approval, the lock on approved sessions and rates, reopening with a reason, exporting, four-weekly
// keys. The fake clock reads Friday 27 November 2026, so November is the current period.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { at, book, defaults, expectRefused, periodRows, sessionInput, sessionRows, worker } from '../helpers/rota';
import { expectOk, HOUR, useOffices } from '../helpers/office';
import { readWorkbook } from '../helpers/spreadsheets';

const { newOffice } = useOffices();
const BY = 'Morwenna Testworth';

const detail = async (backend: Backend, key: string) => expectOk(await backend.invoke('payroll:period', { key }));

/** One person with a worked session in October (approved) and one in November. */
async function approvedOctober(backend: Backend) {
  const { officeId, groupId } = await defaults(backend);
  const alba = await worker(backend, 'Alba');
  const october = (await book(backend, { staffId: alba.id, date: '2026-10-12', placeId: officeId, elementId: groupId })).session;
  const november = (await book(backend, { staffId: alba.id, date: '2026-11-02', placeId: officeId, elementId: groupId })).session;
  expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
  const move = (id: number, date: string, more = {}) => sessionInput({ id, staffId: alba.id, date, placeId: officeId, elementId: groupId, ...more });
  return { alba, october, november, officeId, groupId, move };
}

describe('pay periods', () => {
  it('are months by default, paid in arrears on the last working day of the next month, listed with the current one first', async () => {
    const { backend } = await newOffice();
    expect(expectOk(await backend.invoke('payroll:schedule', {}))).toEqual({ kind: 'monthly', payDay: 'last', payMonthOffset: 1 });
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    await book(backend, { staffId: alba.id, date: '2026-10-12', placeId: officeId, elementId: groupId });
    await book(backend, { staffId: alba.id, date: '2026-10-19', placeId: officeId, elementId: groupId, status: 'planned' });
    const list = expectOk(await backend.invoke('payroll:periods', { count: 3 }));
    expect(list.map((p) => [p.key, p.start, p.end, p.payDate, p.status])).toEqual([
      ['2026-11', '2026-11-01', '2026-11-30', '2026-12-31', 'draft'],
      ['2026-10', '2026-10-01', '2026-10-31', '2026-11-30', 'draft'],
      ['2026-09', '2026-09-01', '2026-09-30', '2026-10-30', 'draft'], // 31 October 2026 is a Saturday
    ]);
    expect(list[1]).toMatchObject({ workedSessions: 1, plannedSessions: 1, workedMinutes: 180, people: 1 });
    expect(list[0]).toMatchObject({ workedSessions: 0, plannedSessions: 0, workedMinutes: 0, people: 0 });
  });

  it('list what blocks approval with where to fix it, and refuse approval until it is fixed', async () => {
    const { backend, clock } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const on = (staffId: number, date: string, more = {}) => ({ staffId, date, placeId: officeId, elementId: groupId, ...more });
    const alba = await worker(backend, 'Alba');
    const bryn = await worker(backend, 'Bryn', { rates: [] });
    const cora = await worker(backend, 'Cora', { rates: [{ from: '2026-01-05', pence: 1200 }] });
    const dewi = await worker(backend, 'Dewi');
    const eryl = await worker(backend, 'Eryl', { member: { dateOfBirth: '' } });
    const planned = (await book(backend, on(alba.id, '2026-10-05', { status: 'planned' }))).session;
    const unpaid = (await book(backend, on(bryn.id, '2026-10-06'))).session;
    const low = (await book(backend, on(cora.id, '2026-10-07'))).session;
    const first = (await book(backend, on(dewi.id, '2026-10-08'))).session;
    const second = (await book(backend, on(dewi.id, '2026-10-08', { startMinutes: at(11), endMinutes: at(13) }))).session;
    await book(backend, on(eryl.id, '2026-10-09'));

    const before = await detail(backend, '2026-10');
    expect(before.blocking).toBe(4);
    expect(before.checklist.map((c) => [c.kind, c.blocking, c.sessionId, c.personId, c.staffId])).toEqual([
      ['planned-in-past', true, planned.id, alba.personId, alba.id],
      ['no-rate', true, unpaid.id, bryn.personId, bryn.id],
      ['below-minimum-wage', true, low.id, cora.personId, cora.id],
      ['overlap', true, first.id, dewi.personId, dewi.id],
      ['no-age-for-minimum-wage', false, undefined, eryl.personId, eryl.id],
    ]);
    expect(before.checklist[2]!.message).toBe('Cora Testworth is paid £12.00 an hour on 07/10/2026, below the minimum wage of £12.71: add a new rate on their staff record.');

    const refused = await backend.invoke('payroll:approve', { key: '2026-10', by: BY });
    expect(expectRefused(refused, 'VALIDATION')).toBe('The period 01/10/2026 to 31/10/2026 has 4 problems to fix before it can be approved: see the checklist.');
    expect(periodRows(backend)).toEqual([]);
    expect(await detail(backend, '2026-10')).toMatchObject({ status: 'draft', events: [] });

    expectOk(await backend.invoke('sessions:save', sessionInput({ ...on(alba.id, '2026-10-05'), id: planned.id, status: 'cancelled', cancelledAt: '2026-10-04T18:00' })));
    expectOk(await backend.invoke('staff:addRate', { staffId: bryn.id, effectiveFrom: '2026-10-01', hourlyPence: 1300 }));
    expectOk(await backend.invoke('staff:addRate', { staffId: cora.id, effectiveFrom: '2026-10-01', hourlyPence: 1271 }));
    expectOk(await backend.invoke('sessions:delete', { id: second.id }));
    clock.advance(HOUR);
    const approved = expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    expect(approved).toMatchObject({ status: 'approved', blocking: 0, workedSessions: 4, people: 4 });
    expect(approved.events).toEqual([{ action: 'approved', at: '2026-11-27T11:00:00.000Z', by: BY, detail: '' }]);
    expectRefused(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }), 'CONFLICT');
  });

  it('find an overlap across a Sunday night at the end of a month', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    // 31 May 2026 is a Sunday: the night shift is May's, the early start June's.
    const night = (await book(backend, { staffId: alba.id, date: '2026-05-31', placeId: officeId, elementId: groupId, startMinutes: at(22), endMinutes: at(6) })).session;
    const early = (await book(backend, { staffId: alba.id, date: '2026-06-01', placeId: officeId, elementId: groupId, startMinutes: at(5), endMinutes: at(7) })).session;
    for (const key of ['2026-05', '2026-06']) {
      expect((await detail(backend, key)).checklist.map((c) => [c.kind, c.blocking, c.sessionId])).toEqual([['overlap', true, night.id]]);
    }
    expect(early.id).toBeGreaterThan(night.id);
  });

  it('block on overlaps of worked sessions only, and say a session still to come cannot be worked yet', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    const on = (date: string, more = {}) => sessionInput({ staffId: alba.id, date, placeId: officeId, elementId: groupId, ...more });
    // Saturday night in October, and an early start on 1 November still only planned.
    await book(backend, on('2026-10-31', { startMinutes: at(22), endMinutes: at(6) }));
    const early = (await book(backend, on('2026-11-01', { startMinutes: at(5), endMinutes: at(7), status: 'planned' }))).session;
    expect((await detail(backend, '2026-10')).checklist).toEqual([]);
    expectOk(await backend.invoke('sessions:save', { ...on('2026-11-01', { startMinutes: at(5), endMinutes: at(7) }), id: early.id }));
    expect((await detail(backend, '2026-10')).checklist.map((c) => [c.kind, c.blocking])).toEqual([['overlap', true]]);

    const coming = (await book(backend, on('2026-11-30', { status: 'planned' }))).session;
    const november = await detail(backend, '2026-11');
    expect(november.checklist.filter((c) => c.sessionId === coming.id)).toEqual([{
      kind: 'planned-in-past', blocking: true, date: '2026-11-30', staffId: alba.id, personId: alba.personId, sessionId: coming.id,
      message: "Alba Testworth's session on 30/11/2026 at Office is still to come: approve the period once it has been worked or cancelled.",
    }]);
  });

  it('once approved lock their sessions and the rates that paid them', async () => {
    const { backend } = await newOffice();
    const { alba, october, november, move } = await approvedOctober(backend);
    const rows = sessionRows(backend);
    const locked = [
      await backend.invoke('sessions:save', move(october.id, '2026-10-12', { endMinutes: at(13) })),
      await backend.invoke('sessions:save', move(october.id, '2026-11-03')),
      await backend.invoke('sessions:save', move(november.id, '2026-10-13')),
      await backend.invoke('sessions:save', sessionInput({ ...move(0, '2026-10-14'), id: undefined })),
      await backend.invoke('sessions:delete', { id: october.id }),
    ];
    const messages = locked.map((r) => expectRefused(r, 'FORBIDDEN'));
    expect(messages[0]).toBe('You cannot change a session on 12/10/2026: the pay period 01/10/2026 to 31/10/2026 has been approved. Reopen the period on the Payroll page first (you will be asked why).');
    expect(messages[2]).toMatch(/^You cannot move a session on 13\/10\/2026/);
    expect(messages[3]).toMatch(/^You cannot book a session on 14\/10\/2026/);
    expect(messages[4]).toMatch(/^You cannot delete a session on 12\/10\/2026/);
    expect(sessionRows(backend)).toEqual(rows);
    const view = expectOk(await backend.invoke('rota:view', { from: '2026-10-01', to: '2026-11-30' }));
    expect(view.sessions.map((s) => [s.id, s.locked])).toEqual([[october.id, true], [november.id, false]]);

    // Alba's approved session is on 12 October, paid at the rate from 5 January.
    const rates = alba.rates;
    for (const effectiveFrom of ['2026-10-12', '2026-09-01']) {
      const rise = await backend.invoke('staff:addRate', { staffId: alba.id, effectiveFrom, hourlyPence: 1400 });
      expect(expectRefused(rise, 'FORBIDDEN', 'effectiveFrom')).toMatch(/would change pay already approved for 01\/10\/2026 to 31\/10\/2026/);
    }
    expectRefused(await backend.invoke('staff:removeRate', { rateId: rates[0]!.id }), 'FORBIDDEN', 'effectiveFrom');
    expect(expectOk(await backend.invoke('staff:get', { personId: alba.personId }))!.rates).toEqual(rates);
    // A rate from the 13th pays nothing already approved, and may come and go.
    const later = expectOk(await backend.invoke('staff:addRate', { staffId: alba.id, effectiveFrom: '2026-10-13', hourlyPence: 1400 }));
    expect(expectOk(await backend.invoke('staff:removeRate', { rateId: later.rates[1]!.id })).rates).toEqual(rates);
  });

  it('let a rate change that pays nothing approved through: a later rate already paid the period', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba', { rates: [{ from: '2026-01-05', pence: 1300 }, { from: '2026-10-01', pence: 1350 }] });
    await book(backend, { staffId: alba.id, date: '2026-10-12', placeId: officeId, elementId: groupId });
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY }));
    const september = expectOk(await backend.invoke('staff:addRate', { staffId: alba.id, effectiveFrom: '2026-09-01', hourlyPence: 1320 }));
    expect(september.rates.map((r) => r.hourlyPence)).toEqual([1300, 1320, 1350]);
    expect(expectOk(await backend.invoke('staff:removeRate', { rateId: september.rates[0]!.id })).rates.map((r) => r.hourlyPence)).toEqual([1320, 1350]);
    expectRefused(await backend.invoke('staff:removeRate', { rateId: september.rates[2]!.id }), 'FORBIDDEN');
    expect(expectOk(await backend.invoke('payroll:model', { key: '2026-10' })).lines[0]).toMatchObject({ ratePence: 1350, amountPence: 4050 });
  });

  it('reopen with a reason, recorded with who and when; then edit, approve again and export', async () => {
    const { backend, clock } = await newOffice();
    const { october, move } = await approvedOctober(backend);
    const short = await backend.invoke('payroll:reopen', { key: '2026-10', by: BY, reason: 'oops' });
    expect(expectRefused(short, 'VALIDATION', 'reason')).toBe('Enter why the period is being reopened, in a few words.');
    expect((await detail(backend, '2026-10')).status).toBe('approved');
    expectRefused(await backend.invoke('payroll:reopen', { key: '2026-09', by: BY, reason: 'Nothing to reopen here' }), 'CONFLICT');

    clock.advance(HOUR);
    const reopened = expectOk(await backend.invoke('payroll:reopen', { key: '2026-10', by: 'Hywel Testworth', reason: 'Alba worked until 13:00 on the 12th' }));
    expect(reopened.status).toBe('draft');
    expect(reopened.events.at(-1)).toEqual({ action: 'reopened', at: '2026-11-27T11:00:00.000Z', by: 'Hywel Testworth', detail: 'Alba worked until 13:00 on the 12th' });
    expect(expectOk(await backend.invoke('sessions:save', move(october.id, '2026-10-12', { endMinutes: at(13) }))).session.workedMinutes).toBe(240);

    expect(expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: BY })).status).toBe('approved');
    const file = expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'xlsx', by: BY }));
    expect(file).toMatchObject({ fileName: 'payroll-2026-10.xlsx', rows: 2 }); // hours and holiday accrued
    expect((await readWorkbook(file.contentBase64)).worksheets.map((w) => w.name)).toEqual(['Summary', 'Sessions']);
    const exported = await detail(backend, '2026-10');
    expect(exported.status).toBe('exported');
    expect(exported.events.map((e) => [e.action, e.by, e.detail])).toEqual([
      ['approved', BY, ''], ['reopened', 'Hywel Testworth', 'Alba worked until 13:00 on the 12th'], ['approved', BY, ''], ['exported', BY, 'xlsx'],
    ]);
    expect(expectRefused(await backend.invoke('sessions:delete', { id: october.id }), 'FORBIDDEN')).toMatch(/has been exported to payroll/);
    const draft = await backend.invoke('payroll:export', { key: '2026-11', format: 'xlsx', by: BY });
    expect(expectRefused(draft, 'CONFLICT')).toBe('Approve the period before exporting it: only approved hours go to payroll.');
    expect((await detail(backend, '2026-11')).events).toEqual([]);
  });

  it('keep their schedule once one was approved, even after reopening it', async () => {
    const { backend } = await newOffice();
    await approvedOctober(backend);
    const fourWeekly = { kind: 'four-weekly' as const, anchor: '2026-01-05', payDaysAfterEnd: 5 };
    const change = await backend.invoke('payroll:saveSchedule', { schedule: fourWeekly });
    expect(expectRefused(change, 'CONFLICT')).toMatch(/cannot change once a period has been approved/);
    expectOk(await backend.invoke('payroll:reopen', { key: '2026-10', by: BY, reason: 'Checking the hours again' }));
    expectRefused(await backend.invoke('payroll:saveSchedule', { schedule: fourWeekly }), 'CONFLICT');
    expect(expectOk(await backend.invoke('payroll:schedule', {})).kind).toBe('monthly');
  });

  it('run four-weekly from an anchor, named by their first day', async () => {
    const { backend, clock } = await newOffice();
    const schedule = { kind: 'four-weekly' as const, anchor: '2026-01-05', payDaysAfterEnd: 5 };
    expect(expectOk(await backend.invoke('payroll:saveSchedule', { schedule }))).toEqual(schedule);
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    const booked = (await book(backend, { staffId: alba.id, date: '2026-11-10', placeId: officeId, elementId: groupId })).session;
    const list = expectOk(await backend.invoke('payroll:periods', { count: 2 }));
    expect(list.map((p) => [p.key, p.start, p.end, p.payDate])).toEqual([
      ['2026-11-09', '2026-11-09', '2026-12-06', '2026-12-11'],
      ['2026-10-12', '2026-10-12', '2026-11-08', '2026-11-13'],
    ]);
    expect(await detail(backend, '2026-11-09')).toMatchObject({ workedSessions: 1, workedMinutes: 180 });
    const wrongDay = await backend.invoke('payroll:period', { key: '2026-11-10' });
    expect(expectRefused(wrongDay, 'VALIDATION', 'key')).toBe('No four-week pay period starts on 10/11/2026: the one holding that day starts on 09/11/2026.');
    expect(expectRefused(await backend.invoke('payroll:period', { key: '2026-11' }), 'VALIDATION', 'key')).toMatch(/^Pay periods are four weeks: name one by its first day, like 2026-01-05\./);
    expectRefused(await backend.invoke('payroll:period', { key: 'November' }), 'VALIDATION', 'key');
    // Not before it has been worked: 27/11 is inside the period.
    expect(expectRefused(await backend.invoke('payroll:approve', { key: '2026-11-09', by: BY }), 'CONFLICT'))
      .toBe('The period 09/11/2026 to 06/12/2026 has not finished yet: approve it from 06/12/2026, once its sessions have been worked or cancelled.');
    expect(periodRows(backend)).toEqual([]);
    clock.advance(9 * 24 * HOUR); // Sunday 06/12/2026, its last day
    expectOk(await backend.invoke('payroll:approve', { key: '2026-11-09', by: BY }));
    expect(expectRefused(await backend.invoke('sessions:delete', { id: booked.id }), 'FORBIDDEN')).toMatch(/the pay period 09\/11\/2026 to 06\/12\/2026 has been approved/);
  });
});
