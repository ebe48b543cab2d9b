// The office's absence against a real encrypted office: the overview (figures over the rolling 52 weeks,
// the twelve months by month and kind, people by Bradford factor, who is off, what is owed), the kinds of
// absence as the office edits them, and its review points. The fake clock reads Friday 27 November 2026.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { absenceTables, record, typeId } from '../helpers/absence';
import { expectOk, useOffices } from '../helpers/office';
import { expectRefused, worker } from '../helpers/rota';

const { newOffice } = useOffices();

async function refusedUnchanged(backend: Backend, call: () => Promise<Parameters<typeof expectRefused>[0]>, code: string, field?: string): Promise<string> {
  const before = absenceTables(backend);
  const message = expectRefused(await call(), code, field);
  expect(absenceTables(backend)).toEqual(before);
  return message;
}

describe('absence:overview', () => {
  it('gives the office’s figures, the months and kinds, people by Bradford factor, and what is owed', async () => {
    const { backend } = await newOffice();
    const sickness = await typeId(backend, 'Sickness');
    const dependants = await typeId(backend, 'Dependants (time off for dependants)');
    const alba = await worker(backend, 'Alba', { staff: { startDate: '2025-01-06' } });
    const bryn = await worker(backend, 'Bryn');
    const cai = await worker(backend, 'Cai');
    const dee = await worker(backend, 'Dee', { staff: { endDate: '2026-10-30', leavingReason: 'Moved away' } });
    await worker(backend, 'Eve');
    for (const [first, last, type] of [['2026-02-02', '2026-02-03', sickness], ['2026-06-08', '2026-06-09', sickness], ['2026-09-14', '2026-09-14', dependants], ['2026-11-02', '2026-11-03', sickness]] as const) {
      const { absence } = await record(backend, alba.id, type, first, { lastDay: last });
      expectOk(await backend.invoke('absence:returnToWork', { id: absence.id, heldOn: last, by: 'Sam Quaintance' }));
    }
    // Before the window, recorded late: its conversation never held (a later one would have covered it).
    const old = await record(backend, alba.id, sickness, '2025-10-06');
    const off = await record(backend, bryn.id, sickness, '2026-11-18', { lastDay: '' });
    const back = await record(backend, cai.id, sickness, '2026-11-23', { lastDay: '2026-11-24', returnedOn: '2026-11-25' });
    await record(backend, dee.id, sickness, '2026-10-05', { lastDay: '2026-10-09' });

    const o = expectOk(await backend.invoke('absence:overview', {}));
    expect([o.today, o.from]).toEqual(['2026-11-27', '2025-11-29']);
    // Nobody has a rota here: days lost count by the weekday rule, and there is nothing to compare them
    // with, so no rate (it would read 100%).
    expect(o.office).toEqual({ spells: 7, days: 22, daysScheduled: 0, absenceRate: null });
    expect(o.byType.map((t) => [t.type.name, t.days, t.spells])).toEqual([
      ['Sickness', 21, 6], ['Disability-related', 0, 0], ['Dependants (time off for dependants)', 1, 1], ['Compassionate', 0, 0], ['Unpaid leave', 0, 0], ['Other', 0, 0],
    ]);
    expect(o.byMonth.map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    const month = (key: string) => o.byMonth.find((m) => m.month === key)!.days;
    expect(month('2026-11')).toEqual([{ typeId: sickness, days: 12 }, { typeId: dependants, days: 0 }]);
    expect(month('2026-10')).toEqual([{ typeId: sickness, days: 5 }, { typeId: dependants, days: 0 }]);
    expect(month('2026-09')).toEqual([{ typeId: sickness, days: 0 }, { typeId: dependants, days: 1 }]);
    expect(month('2025-12')).toEqual([{ typeId: sickness, days: 0 }, { typeId: dependants, days: 0 }]);

    // Current staff with absence, highest score first; Dee has left and Eve has had none.
    expect(o.people.map((p) => [p.name, p.figures.bradford, p.figures.reachedPoint, p.openCheckin])).toEqual([
      ['Alba Testworth', 54, 51, true], ['Bryn Testworth', 8, null, false], ['Cai Testworth', 2, null, false],
    ]);
    expect(o.offNow.map((a) => [a.id, a.name, a.personId])).toEqual([[off.absence.id, 'Bryn Testworth', bryn.personId]]);
    expect(o.fitNotesNeeded.map((a) => a.id)).toEqual([off.absence.id]);
    // Chased until held, however long ago: the oldest first.
    expect(o.rtwToChase.map((a) => [a.id, a.name])).toEqual([[old.absence.id, 'Alba Testworth'], [back.absence.id, 'Cai Testworth']]);
    expect(o.checkinsToDo.map((c) => [c.name, c.reviewPoint, c.reachedOn])).toEqual([['Alba Testworth', 51, '2026-11-27']]);
  });

  it('is empty, with no rate, for an office with no absence and no rota', async () => {
    const { backend } = await newOffice();
    await worker(backend, 'Alba');
    const o = expectOk(await backend.invoke('absence:overview', {}));
    expect(o.office).toEqual({ spells: 0, days: 0, daysScheduled: 0, absenceRate: null });
    expect(o.byMonth.every((m) => m.days.length === 0)).toBe(true);
    expect([o.people, o.offNow, o.rtwToChase, o.fitNotesNeeded, o.checkinsToDo]).toEqual([[], [], [], [], []]);
  });
});

describe('kinds of absence', () => {
  it('start with the six the office needs, sickness kinds marked', async () => {
    const { backend } = await newOffice();
    const types = expectOk(await backend.invoke('absence:types', {}));
    expect(types.map((t) => [t.name, t.isSickness, t.isDisabilityRelated, t.position, t.active])).toEqual([
      ['Sickness', true, false, 0, true], ['Disability-related', true, true, 1, true], ['Dependants (time off for dependants)', false, false, 2, true],
      ['Compassionate', false, false, 3, true], ['Unpaid leave', false, false, 4, true], ['Other', false, false, 5, true],
    ]);
  });

  it('are added at the end, renamed and retired, answering with the whole list', async () => {
    const { backend } = await newOffice();
    const added = expectOk(await backend.invoke('absence:saveType', { name: '  Jury service  ' }));
    const jury = added.at(-1)!;
    expect(jury).toMatchObject({ name: 'Jury service', isSickness: false, isDisabilityRelated: false, position: 6, active: true });
    const renamed = expectOk(await backend.invoke('absence:saveType', { id: jury.id, name: 'Jury service (court)', active: false }));
    expect(renamed.find((t) => t.id === jury.id)).toMatchObject({ name: 'Jury service (court)', active: false, position: 6 });
    expect(expectOk(await backend.invoke('absence:types', {}))).toEqual(renamed);
  });

  it('refuse a duplicate name, retired or not, and keep one everyday sickness kind in use', async () => {
    const { backend } = await newOffice();
    const sickness = await typeId(backend, 'Sickness');
    const other = await typeId(backend, 'Other');
    const save = (input: Parameters<Backend['invoke']>[1]) => () => backend.invoke('absence:saveType', input as never);
    expect(await refusedUnchanged(backend, save({ name: 'SICKNESS' }), 'CONFLICT', 'name')).toBe('Sickness is already a kind of absence: choose another name');
    expect(await refusedUnchanged(backend, save({ id: other, name: 'compassionate' }), 'CONFLICT', 'name')).toBe('Compassionate is already a kind of absence: choose another name');
    expectOk(await backend.invoke('absence:saveType', { id: other, name: 'Other', active: false }));
    expect(await refusedUnchanged(backend, save({ name: 'other' }), 'CONFLICT', 'name')).toBe('Other is already a kind of absence (retired: tick "In use" on it to bring it back): choose another name');
    expect(await refusedUnchanged(backend, save({ id: 9999, name: 'Training' }), 'NOT_FOUND')).toMatch(/no longer on the list/);

    const last = 'Keep at least one kind of sickness in use that is not disability-related: everyday sickness is recorded with it, for fit notes, SSP and the Bradford factor.';
    expect(await refusedUnchanged(backend, save({ id: sickness, name: 'Sickness', isSickness: true, active: false }), 'VALIDATION', 'active')).toBe(last);
    expect(await refusedUnchanged(backend, save({ id: sickness, name: 'Sickness', isSickness: false }), 'VALIDATION', 'isSickness')).toBe(last);
    expect(await refusedUnchanged(backend, save({ id: sickness, name: 'Sickness', isSickness: true, isDisabilityRelated: true }), 'VALIDATION', 'isDisabilityRelated')).toBe(last);

    // With another everyday sickness kind in use, the first can be retired.
    expectOk(await backend.invoke('absence:saveType', { name: 'Sickness (short-term)', isSickness: true }));
    const retired = expectOk(await backend.invoke('absence:saveType', { id: sickness, name: 'Sickness', isSickness: true, active: false }));
    expect(retired.find((t) => t.id === sickness)?.active).toBe(false);
  });
});

describe('the office’s review points', () => {
  it('are the common 51, 201, 401 and 601 until the office sets its own', async () => {
    const { backend } = await newOffice();
    expect(expectOk(await backend.invoke('absence:settings', {}))).toEqual({ reviewPoints: [51, 201, 401, 601] });
    expect(expectOk(await backend.invoke('absence:saveSettings', { reviewPoints: [101, 301] }))).toEqual({ reviewPoints: [101, 301] });
    const alba = await worker(backend, 'Alba');
    expect(expectOk(await backend.invoke('absence:person', { staffId: alba.id })).figures.reviewPoints).toEqual([101, 301]);
    expect(await refusedUnchanged(backend, () => backend.invoke('absence:saveSettings', { reviewPoints: [301, 101] }), 'VALIDATION', 'reviewPoints'))
      .toBe('Enter the review points from lowest to highest, each once.');
  });

  it('fall back to the defaults if the stored row cannot be read', async () => {
    const { backend } = await newOffice();
    backend.session.context().sqlite.prepare(`INSERT INTO office_settings (key, value) VALUES ('absenceReviewPoints', 'not json')`).run();
    expect(expectOk(await backend.invoke('absence:settings', {}))).toEqual({ reviewPoints: [51, 201, 401, 601] });
  });
});
