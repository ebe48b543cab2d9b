// The rota against a real encrypted office: places and pay elements, booking sessions (clock changes,
// contracts, counts, the future) and the warnings a booking sets off. The fake clock reads Friday
// 27 November 2026, 10:00, so "today" is 2026-11-27.
import { describe, expect, it } from 'vitest';
import type { SaveSessionInput } from '../../shared/contract/rota';
import { addPlace, at, book, defaults, elementId, expectRefused, sessionInput, sessionRows, worker } from '../helpers/rota';
import { expectOk, HOUR, useOffices } from '../helpers/office';

const { newOffice } = useOffices();

describe('places', () => {
  it('are added, renamed and retired; the same name at the same site is refused, retired or not', async () => {
    const { backend } = await newOffice();
    const id = await addPlace(backend, 'Oaklands Ward', 'ward', 'Meadowfield Hospital');
    const place = <T extends { id: number }>(list: T[]) => list.find((p) => p.id === id);
    expect(place(expectOk(await backend.invoke('places:list', {})))).toMatchObject({ label: 'Oaklands Ward, Meadowfield Hospital', kind: 'ward', active: true });
    expect(expectOk(await backend.invoke('places:save', { name: 'Oaklands Ward', site: 'Hillcrest Hospital', kind: 'ward' }))).toHaveLength(3);

    const before = expectOk(await backend.invoke('places:list', {}));
    const twice = await backend.invoke('places:save', { name: 'oaklands ward', site: 'MEADOWFIELD HOSPITAL', kind: 'ward' });
    expect(expectRefused(twice, 'CONFLICT', 'name')).toBe('Oaklands Ward, Meadowfield Hospital is already on the list');

    const renamed = expectOk(await backend.invoke('places:save', { id, name: 'Oaklands East Ward', site: 'Meadowfield Hospital', kind: 'ward' }));
    expect(place(renamed)?.label).toBe('Oaklands East Ward, Meadowfield Hospital');
    const retired = expectOk(await backend.invoke('places:save', { id, name: 'Oaklands East Ward', site: 'Meadowfield Hospital', kind: 'ward', active: false }));
    expect(retired.at(-1)).toMatchObject({ id, active: false }); // retired places go to the end of the list
    const again = await backend.invoke('places:save', { name: 'Oaklands East Ward', site: 'Meadowfield Hospital', kind: 'ward' });
    expect(expectRefused(again, 'CONFLICT', 'name')).toMatch(/\(retired: tick "In use" on it to bring it back\)/);
    expect(expectOk(await backend.invoke('places:list', {})).map((p) => p.id).sort()).toEqual(before.map((p) => p.id).sort());
  });

  it('once retired take no new bookings, but keep the sessions they already had', async () => {
    const { backend } = await newOffice();
    const { groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    const wardId = await addPlace(backend, 'Birch Ward', 'ward');
    const booked = await book(backend, { staffId: alba.id, date: '2026-11-20', placeId: wardId, elementId: groupId });
    expectOk(await backend.invoke('places:save', { id: wardId, name: 'Birch Ward', kind: 'ward', active: false }));

    const rows = sessionRows(backend);
    const refused = await backend.invoke('sessions:save', sessionInput({ staffId: alba.id, date: '2026-11-23', placeId: wardId, elementId: groupId }));
    expect(expectRefused(refused, 'VALIDATION', 'placeId')).toMatch(/Birch Ward is no longer in use/);
    expect(sessionRows(backend)).toEqual(rows);

    const changed = expectOk(await backend.invoke('sessions:save', sessionInput({ id: booked.session.id, staffId: alba.id, date: '2026-11-20', placeId: wardId, elementId: groupId, endMinutes: at(13) })));
    expect(changed.session).toMatchObject({ placeLabel: 'Birch Ward', workedMinutes: 240 });
    const shown = expectOk(await backend.invoke('rota:view', { from: '2026-11-16', to: '2026-11-22', placeId: wardId }));
    expect(shown.sessions.map((s) => s.id)).toEqual([booked.session.id]);
  });
});

describe('pay elements', () => {
  it('are added and retired; a name in use is refused; the calculated ones are renamed and coded but never retired', async () => {
    const { backend } = await newOffice();
    const added = expectOk(await backend.invoke('payElements:save', { name: 'Peer mentoring', sageCode: '12' }));
    expect(added.at(-1)).toMatchObject({ name: 'Peer mentoring', kind: 'hours', sageCode: '12', position: 10, active: true });
    const id = added.at(-1)!.id;

    const twice = await backend.invoke('payElements:save', { name: 'wellbeing GROUP' });
    expect(expectRefused(twice, 'CONFLICT', 'name')).toBe('Wellbeing group is already a pay element');
    expectRefused(await backend.invoke('payElements:save', { name: 'Supervision', sageCode: 'A1' }), 'VALIDATION', 'sageCode');

    expect(expectOk(await backend.invoke('payElements:save', { id, name: 'Peer mentoring', active: false })).find((e) => e.id === id)?.active).toBe(false);
    const mileage = await elementId(backend, 'Mileage');
    const before = expectOk(await backend.invoke('payElements:list', {}));
    const retire = await backend.invoke('payElements:save', { id: mileage, name: 'Mileage', active: false });
    expect(expectRefused(retire, 'VALIDATION', 'active')).toMatch(/Mileage is worked out by the payroll calculation and cannot be retired/);
    expect(expectOk(await backend.invoke('payElements:list', {}))).toEqual(before);
    const recoded = expectOk(await backend.invoke('payElements:save', { id: mileage, name: 'Business mileage', sageCode: '20', brightpayCode: 'MILES' }));
    expect(recoded.find((e) => e.id === mileage)).toMatchObject({ name: 'Business mileage', kind: 'mileage', sageCode: '20', brightpayCode: 'MILES', active: true });

    // A retired activity is refused for a new session, as a retired place is.
    const { officeId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    const refused = await backend.invoke('sessions:save', sessionInput({ staffId: alba.id, date: '2026-11-20', placeId: officeId, elementId: id }));
    expect(expectRefused(refused, 'VALIDATION', 'elementId')).toMatch(/Peer mentoring is no longer in use/);
    expectRefused(await backend.invoke('sessions:save', sessionInput({ staffId: alba.id, date: '2026-11-20', placeId: officeId, elementId: mileage })), 'VALIDATION', 'elementId');
  });
});

describe('sessions', () => {
  it('are booked, changed and deleted', async () => {
    const { backend, clock } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    const saved = await book(backend, { staffId: alba.id, date: '2026-11-20', placeId: officeId, elementId: groupId, startMinutes: at(9, 30), endMinutes: at(13), breakMinutes: 30, milesTenths: 123 });
    expect(saved.session).toMatchObject({
      staffId: alba.id, personId: alba.personId, name: 'Alba Testworth', date: '2026-11-20', workedMinutes: 180, placeLabel: 'Office', placeKind: 'office',
      elementName: 'Wellbeing group', status: 'worked', milesTenths: 123, locked: false, createdAt: '2026-11-27T10:00:00.000Z',
    });
    clock.advance(HOUR);
    const changed = expectOk(await backend.invoke('sessions:save', sessionInput({ id: saved.session.id, staffId: alba.id, date: '2026-11-20', placeId: officeId, elementId: groupId, endMinutes: at(14) })));
    expect(changed.session).toMatchObject({ id: saved.session.id, workedMinutes: 300, breakMinutes: 0, milesTenths: 0, createdAt: saved.session.createdAt, updatedAt: '2026-11-27T11:00:00.000Z' });
    const week = { from: '2026-11-16', to: '2026-11-22' };
    expect(expectOk(await backend.invoke('rota:view', week)).sessions).toEqual([changed.session]);

    expect(expectOk(await backend.invoke('sessions:delete', { id: saved.session.id }))).toEqual({ deleted: true });
    expect(expectOk(await backend.invoke('rota:view', week)).sessions).toEqual([]);
    expectRefused(await backend.invoke('sessions:delete', { id: saved.session.id }), 'NOT_FOUND');
    expectRefused(await backend.invoke('sessions:save', sessionInput({ id: saved.session.id, staffId: alba.id, date: '2026-11-20', placeId: officeId, elementId: groupId })), 'NOT_FOUND');
    expectRefused(await backend.invoke('rota:view', { from: '2026-09-01', to: '2026-11-30' }), 'VALIDATION', 'to');
  });

  it('last the real time that passed: the March and October clock changes, and the night', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    const shift = (date: string, startMinutes: number, endMinutes: number) => ({ staffId: alba.id, date, placeId: officeId, elementId: groupId, startMinutes, endMinutes });
    expect((await book(backend, shift('2026-03-29', at(0), at(4)))).session.workedMinutes).toBe(180);
    expect((await book(backend, shift('2026-10-25', at(0), at(4)))).session.workedMinutes).toBe(300);
    expect((await book(backend, shift('2026-11-10', at(22), at(6)))).session.workedMinutes).toBe(480);
    expect((await book(backend, shift('2026-03-28', at(22), at(6)))).session.workedMinutes).toBe(420);

    const rows = sessionRows(backend);
    const skipped = await backend.invoke('sessions:save', sessionInput(shift('2026-03-29', at(1, 30), at(5))));
    expect(expectRefused(skipped, 'VALIDATION', 'startMinutes')).toBe('No clock showed 01:30 on 29/03/2026: the clocks went forward from 01:00 to 02:00. Check the time.');
    // A night shift ending in the hour October repeats: refused, against the end time.
    const twice = await backend.invoke('sessions:save', sessionInput(shift('2026-10-24', at(22), at(1, 30))));
    expect(expectRefused(twice, 'VALIDATION', 'endMinutes')).toMatch(/^01:30 on 25\/10\/2026 happened twice/);
    const endSkipped = await backend.invoke('sessions:save', sessionInput(shift('2026-03-28', at(23), at(1, 15))));
    expect(expectRefused(endSkipped, 'VALIDATION', 'endMinutes')).toMatch(/No clock showed 01:15 on 29\/03\/2026/);
    const longBreak = await backend.invoke('sessions:save', sessionInput({ ...shift('2026-11-11', at(9), at(10)), breakMinutes: 90 }));
    expect(expectRefused(longBreak, 'VALIDATION', 'breakMinutes')).toBe('The break (1:30) is longer than the shift on 11/11/2026 (09:00 to 10:00, 1:00). Check the times and the break.');
    expect(sessionRows(backend)).toEqual(rows);
  });

  it('are refused outside the contract, with counts off a ward or before the work, and worked in the future', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const wardId = await addPlace(backend, 'Birch Ward', 'ward');
    const leaver = await worker(backend, 'Bryn', { staff: { endDate: '2026-06-30', leavingReason: 'Moved away' } });
    const on = (date: string, more: Partial<SaveSessionInput> = {}): SaveSessionInput => sessionInput({ staffId: leaver.id, date, placeId: officeId, elementId: groupId, ...more });
    await book(backend, on('2026-06-30'));
    const rows = sessionRows(backend);
    const refusals: [SaveSessionInput, string, RegExp][] = [
      [on('2026-01-04'), 'date', /^Bryn Testworth's contract starts on 05\/01\/2026: book sessions from then\.$/],
      [on('2026-07-01'), 'date', /contract ended on 30\/06\/2026: sessions after that cannot be booked/],
      [on('2026-06-29', { supportedOneToOne: 2 }), 'supportedOneToOne', /kept for ward sessions only/],
      [on('2026-06-29', { placeId: wardId, status: 'planned', supportedInGroups: 5 }), 'supportedOneToOne', /Record the counts once the session has been worked/],
      [on('2026-06-29', { status: 'cancelled' }), 'cancelledAt', /Enter when notice of cancelling was given/],
      [on('2026-06-29', { staffId: 999 }), 'staffId', /no staff record/],
    ];
    for (const [input, field, message] of refusals) {
      expect(expectRefused(await backend.invoke('sessions:save', input), 'VALIDATION', field)).toMatch(message);
    }
    const alba = await worker(backend, 'Alba');
    const future = await backend.invoke('sessions:save', sessionInput({ staffId: alba.id, date: '2026-11-28', placeId: officeId, elementId: groupId }));
    expect(expectRefused(future, 'VALIDATION', 'status')).toBe('A session on 28/11/2026 cannot be worked yet: leave it planned until the day.');
    expect(sessionRows(backend)).toEqual(rows);

    const counted = await book(backend, { ...on('2026-06-29', { placeId: wardId }), supportedOneToOne: 3, supportedInGroups: 7 });
    expect(counted.session).toMatchObject({ supportedOneToOne: 3, supportedInGroups: 7 });
    expect((await book(backend, { staffId: alba.id, date: '2026-11-28', placeId: officeId, elementId: groupId, status: 'planned' })).session.status).toBe('planned');
  });
});

describe('warnings', () => {
  it('flag one person booked twice at once, but not back to back', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    const first = await book(backend, { staffId: alba.id, date: '2026-11-23', placeId: officeId, elementId: groupId });
    expect((await book(backend, { staffId: alba.id, date: '2026-11-23', placeId: officeId, elementId: groupId, startMinutes: at(12), endMinutes: at(13) })).warnings).toEqual([]);
    const second = await book(backend, { staffId: alba.id, date: '2026-11-23', placeId: officeId, elementId: groupId, startMinutes: at(11), endMinutes: at(11, 30) });
    expect(second.warnings).toEqual([{
      kind: 'overlap', date: '2026-11-23', staffId: alba.id, sessionIds: [first.session.id, second.session.id],
      message: 'Alba Testworth is booked twice at once: 23/11/2026 09:00 to 12:00 (Office) and 23/11/2026 11:00 to 11:30 (Office). Change or cancel one.',
    }]);
    expect(expectOk(await backend.invoke('rota:view', { from: '2026-11-23', to: '2026-11-23' })).warnings.map((w) => w.kind)).toEqual(['overlap']);

    // A Sunday night shift runs into Monday morning: the weeks differ, the overlap is still found.
    const night = await book(backend, { staffId: alba.id, date: '2026-11-15', placeId: officeId, elementId: groupId, startMinutes: at(22), endMinutes: at(6) });
    const monday = await book(backend, { staffId: alba.id, date: '2026-11-16', placeId: officeId, elementId: groupId, startMinutes: at(5), endMinutes: at(7) });
    expect(monday.warnings.map((w) => [w.kind, w.sessionIds])).toEqual([['overlap', [night.session.id, monday.session.id]]]);
    for (const range of [{ from: '2026-11-09', to: '2026-11-15' }, { from: '2026-11-16', to: '2026-11-16' }]) {
      expect(expectOk(await backend.invoke('rota:view', range)).warnings.map((w) => w.kind)).toEqual(['overlap']);
    }
  });

  it('flag a ward session with one peer supporter, and not with two', async () => {
    const { backend } = await newOffice();
    const { groupId } = await defaults(backend);
    const wardId = await addPlace(backend, 'Birch Ward', 'ward', 'Meadowfield Hospital');
    const [alba, bryn] = [await worker(backend, 'Alba'), await worker(backend, 'Bryn')];
    const alone = await book(backend, { staffId: alba.id, date: '2026-11-24', placeId: wardId, elementId: groupId, startMinutes: at(10) });
    expect(alone.warnings).toEqual([{
      kind: 'ward-understaffed', date: '2026-11-24', placeId: wardId, staffId: alba.id, sessionIds: [alone.session.id],
      message: 'Birch Ward, Meadowfield Hospital on 24/11/2026 10:00 to 12:00 has only Alba Testworth booked: ward visits need at least 2 peer supporters.',
    }]);
    const pair = await book(backend, { staffId: bryn.id, date: '2026-11-24', placeId: wardId, elementId: groupId, startMinutes: at(10) });
    expect(pair.warnings).toEqual([]);
    expect(expectOk(await backend.invoke('rota:view', { from: '2026-11-24', to: '2026-11-24' })).warnings).toEqual([]);
  });

  it('flag a permitted-work week at 16 hours, and earnings over the weekly limit in force', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const higher = { from: '2026-04-06', kind: 'permitted-work-higher' as const };
    // £12.71 x 16 hours = £203.36: at the hours limit, under the £203.50 earnings limit from 6 April 2026.
    const cora = await worker(backend, 'Cora', { rates: [{ from: '2026-01-05', pence: 1271 }], benefit: higher });
    const days = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'];
    const booked = [];
    for (const date of days) booked.push(await book(backend, { staffId: cora.id, date, placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(13) }));
    expect(booked[2]!.warnings).toEqual([]); // 12 hours
    expect(booked[3]!.warnings).toEqual([{
      kind: 'permitted-work-hours', date: '2026-11-02', staffId: cora.id, sessionIds: booked.map((b) => b.session.id),
      message: 'Cora Testworth is on permitted work (higher limit) and has 16.00 hours in the week of 02/11/2026: it must stay under 16 hours, or their benefits may be affected.',
    }]);
    // Hours read as payroll writes them, never as a clock time (17:15).
    const more = await book(backend, { staffId: cora.id, date: '2026-11-06', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(9) + 75 });
    expect(more.warnings.find((w) => w.kind === 'permitted-work-hours')?.message).toContain('has 17.25 hours in the week of 02/11/2026: it must stay under 16 hours');
    // £15.00 x 14 hours = £210.00: under 16 hours, over £203.50.
    const dewi = await worker(backend, 'Dewi', { rates: [{ from: '2026-01-05', pence: 1500 }], benefit: higher });
    await book(backend, { staffId: dewi.id, date: '2026-11-09', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(16) });
    const over = await book(backend, { staffId: dewi.id, date: '2026-11-15', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(16) });
    expect(over.warnings.map((w) => [w.kind, w.message])).toEqual([['permitted-work-earnings',
      'Dewi Testworth is on permitted work (higher limit) and would earn £210.00 in the week of 09/11/2026, over the £203.50 weekly limit: their benefits may be affected.']]);
    // The next Monday is a new week.
    expect((await book(backend, { staffId: dewi.id, date: '2026-11-16', placeId: officeId, elementId: groupId })).warnings).toEqual([]);
    // Before the limits of 6 April 2026: £195.50 was the limit, so 13 hours at £15.00 (£195.00) pass.
    const early = await worker(backend, 'Eryl', { rates: [{ from: '2026-01-05', pence: 1500 }], benefit: { from: '2026-01-05', kind: 'permitted-work-higher' } });
    await book(backend, { staffId: early.id, date: '2026-03-02', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(22) });
    const march = await book(backend, { staffId: early.id, date: '2026-03-03', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(9, 4) });
    expect(march.warnings.map((w) => w.kind)).toEqual(['permitted-work-earnings']); // £196.00
  });

  it('flag a session still planned after its day, and someone with no pay rate', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    const past = await book(backend, { staffId: alba.id, date: '2026-11-20', placeId: officeId, elementId: groupId, status: 'planned' });
    expect(past.warnings).toEqual([{ kind: 'planned-in-past', date: '2026-11-20', staffId: alba.id, sessionIds: [past.session.id], message: "Alba Testworth's session on 20/11/2026 09:00 to 12:00 (Office) is still planned: mark it worked or cancelled." }]);
    expect((await book(backend, { staffId: alba.id, date: '2026-11-27', placeId: officeId, elementId: groupId, status: 'planned' })).warnings).toEqual([]);

    const unpaid = await worker(backend, 'Bryn', { rates: [] });
    const first = await book(backend, { staffId: unpaid.id, date: '2026-11-23', placeId: officeId, elementId: groupId });
    expect(first.warnings).toEqual([{ kind: 'no-rate', date: '2026-11-23', staffId: unpaid.id, sessionIds: [first.session.id], message: 'Bryn Testworth has no pay rate on 23/11/2026: add one on their staff record.' }]);
    expectOk(await backend.invoke('staff:addRate', { staffId: unpaid.id, effectiveFrom: '2026-11-01', hourlyPence: 1300 }));
    expect(expectOk(await backend.invoke('rota:view', { from: '2026-11-23', to: '2026-11-23', staffId: unpaid.id })).warnings).toEqual([]);
  });
});
