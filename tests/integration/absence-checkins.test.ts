// Wellbeing check-ins against a real encrypted office: offered in the same transaction as the write that
// takes someone's Bradford factor to a review point (an absence, their adjustment, the office's points, a
// kind of absence), once per point per 52 weeks, never for a lower point after a higher one, never for
// someone who has left. The fake clock starts on Friday 27 November 2026, 10:00.
import { describe, expect, it } from 'vitest';
import type { PersonAbsence } from '../../shared/contract/absence';
import { record, typeId } from '../helpers/absence';
import { expectOk, HOUR, PASSPHRASE, useOffices } from '../helpers/office';
import { expectRefused, worker } from '../helpers/rota';

const { newOffice } = useOffices();
const DAY = 24 * HOUR;

const points = (p: PersonAbsence) => p.checkins.map((c) => `${c.reviewPoint} ${c.reachedOn} ${c.score} ${c.status}`);

describe('wellbeing check-ins', () => {
  it('are offered when an absence takes the score to a review point, once per point, and again at a higher one', async () => {
    const { backend } = await newOffice();
    const alba = await worker(backend, 'Alba');
    const sickness = await typeId(backend, 'Sickness');
    const dependants = await typeId(backend, 'Dependants (time off for dependants)');
    await record(backend, alba.id, sickness, '2026-02-02', { lastDay: '2026-02-03' });
    let { person } = await record(backend, alba.id, sickness, '2026-06-08', { lastDay: '2026-06-09' });
    expect(person.figures.bradford).toBe(16);
    expect(person.checkins).toEqual([]);

    ({ person } = await record(backend, alba.id, sickness, '2026-11-02', { lastDay: '2026-11-03' }));
    expect(person.figures).toMatchObject({ bradford: 54, reachedPoint: 51 });
    expect(points(person)).toEqual(['51 2026-11-27 54 to-do']);

    // Other writes that leave 51 the point reached offer nothing more, whatever came of the first.
    expectOk(await backend.invoke('absence:recordCheckin', { id: person.checkins[0]!.id, status: 'declined', heldOn: '2026-11-27', by: 'Sam Quaintance' }));
    await record(backend, alba.id, dependants, '2026-09-14');
    const fourth = await record(backend, alba.id, sickness, '2026-09-21', { lastDay: '2026-09-22' });
    expect(fourth.person.figures).toMatchObject({ spells: 4, days: 8, bradford: 128 });
    expectOk(await backend.invoke('absence:delete', { id: fourth.absence.id }));
    ({ person } = await record(backend, alba.id, sickness, '2026-09-21', { lastDay: '2026-09-22' }));
    expect(points(person)).toEqual(['51 2026-11-27 54 declined']);

    ({ person } = await record(backend, alba.id, sickness, '2026-10-12', { lastDay: '2026-10-13' }));
    expect(person.figures).toMatchObject({ spells: 5, days: 10, bradford: 250, reachedPoint: 201 });
    expect(points(person)).toEqual(['201 2026-11-27 250 to-do', '51 2026-11-27 54 declined']);
  });

  it('close a lower point still to do when a higher one is offered or recorded: one conversation, not two', async () => {
    const { backend } = await newOffice();
    const alba = await worker(backend, 'Alba');
    const sickness = await typeId(backend, 'Sickness');
    await record(backend, alba.id, sickness, '2026-02-02', { lastDay: '2026-02-03' });
    await record(backend, alba.id, sickness, '2026-06-08', { lastDay: '2026-06-09' });
    let { person } = await record(backend, alba.id, sickness, '2026-11-02', { lastDay: '2026-11-03' });
    expect(points(person)).toEqual(['51 2026-11-27 54 to-do']);
    // Two more spells before anyone talked to her: 201 is offered, and 51 is no longer a task of its own.
    await record(backend, alba.id, sickness, '2026-09-21', { lastDay: '2026-09-22' });
    ({ person } = await record(backend, alba.id, sickness, '2026-10-12', { lastDay: '2026-10-13' }));
    expect(points(person)).toEqual(['201 2026-11-27 250 to-do', '51 2026-11-27 54 not-needed']);
    const overview = expectOk(await backend.invoke('absence:overview', {}));
    expect(overview.checkinsToDo.map((c) => c.reviewPoint)).toEqual([201]);

    // Recording a higher point's conversation also closes a lower one left to do (set by hand here, as an
    // office upgraded from before this rule might have it).
    const { sqlite } = backend.session.context();
    sqlite.prepare(`UPDATE wellbeing_checkins SET status = 'to-do' WHERE review_point = 51`).run();
    const held = expectOk(await backend.invoke('absence:recordCheckin', { id: person.checkins[0]!.id, status: 'held', heldOn: '2026-11-27', by: 'Sam Quaintance', supportAgreed: 'A quieter week' }));
    expect(points(held)).toEqual(['201 2026-11-27 250 held', '51 2026-11-27 54 not-needed']);
  });

  it('are withdrawn when the score falls below the point (an absence deleted as a mistake), and own points never fall below the office\u2019s', async () => {
    const { backend } = await newOffice();
    const alba = await worker(backend, 'Alba');
    const sickness = await typeId(backend, 'Sickness');
    await record(backend, alba.id, sickness, '2026-02-02', { lastDay: '2026-02-03' });
    await record(backend, alba.id, sickness, '2026-06-08', { lastDay: '2026-06-09' });
    const third = await record(backend, alba.id, sickness, '2026-11-02', { lastDay: '2026-11-03' });
    expect(points(third.person)).toEqual(['51 2026-11-27 54 to-do']);
    const deleted = expectOk(await backend.invoke('absence:delete', { id: third.absence.id }));
    expect(deleted.figures).toMatchObject({ bradford: 16, reachedPoint: null });
    expect(points(deleted)).toEqual(['51 2026-11-27 54 not-needed']);
    expect(expectOk(await backend.invoke('dashboard:week', {})).items.filter((i) => i.kind === 'wellbeing-checkin')).toEqual([]);

    // Her own points, then the office raises its own past them: hers are never the lower.
    expectOk(await backend.invoke('absence:saveAdjustment', { staffId: alba.id, leaveOutDisabilityRelated: false, reviewPoints: [60, 250] }));
    expectOk(await backend.invoke('absence:saveSettings', { reviewPoints: [101, 301] }));
    const person = expectOk(await backend.invoke('absence:person', { staffId: alba.id }));
    expect(person.adjustment.reviewPoints).toEqual([60, 250]);
    expect(person.figures.reviewPoints).toEqual([101, 301]);
  });

  it('are offered on the next unlock when days off still going take the score to a point, with no write at all', async () => {
    const { backend, clock } = await newOffice();
    const alba = await worker(backend, 'Alba');
    const sickness = await typeId(backend, 'Sickness');
    await record(backend, alba.id, sickness, '2026-02-02');
    await record(backend, alba.id, sickness, '2026-06-08');
    const { person } = await record(backend, alba.id, sickness, '2026-11-27', { lastDay: '' }); // off from today
    expect(person.figures).toMatchObject({ bradford: 27, reachedPoint: null });
    clock.advance(10 * DAY); // Monday 7 December: 7 weekdays off, 3 × 3 × 9 = 81
    expectOk(await backend.invoke('office:lock', {}));
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const after = expectOk(await backend.invoke('absence:person', { staffId: alba.id }));
    expect(after.figures).toMatchObject({ bradford: 81, reachedPoint: 51 });
    expect(points(after)).toEqual(['51 2026-12-07 81 to-do']);
  });

  it('are offered again for the same point once 52 weeks have passed since the last', async () => {
    const office = await newOffice();
    const { backend, clock } = office;
    const alba = await worker(backend, 'Alba');
    const sickness = await typeId(backend, 'Sickness');
    const compassionate = await typeId(backend, 'Compassionate');
    await record(backend, alba.id, sickness, '2026-02-02', { lastDay: '2026-02-03' });
    await record(backend, alba.id, sickness, '2026-06-08', { lastDay: '2026-06-09' });
    let { person } = await record(backend, alba.id, sickness, '2026-11-02', { lastDay: '2026-11-03' });
    expect(points(person)).toEqual(['51 2026-11-27 54 to-do']);

    // 363 days on, with the score at 51 again from a new year's spells: the last check-in is within 52 weeks.
    clock.advance(363 * DAY);
    await record(backend, alba.id, sickness, '2027-02-01', { lastDay: '2027-02-02' });
    await record(backend, alba.id, sickness, '2027-06-07', { lastDay: '2027-06-08' });
    ({ person } = await record(backend, alba.id, sickness, '2027-10-04', { lastDay: '2027-10-05' }));
    expect(person.figures).toMatchObject({ from: '2026-11-27', bradford: 54 });
    // (Last year's, never held, was withdrawn as the old spells left the 52 weeks and the score fell.)
    expect(points(person)).toEqual(['51 2026-11-27 54 not-needed']);

    // A day later it is 52 weeks ago: the next write offers a new one.
    clock.advance(DAY);
    ({ person } = await record(backend, alba.id, compassionate, '2027-11-15'));
    expect(points(person)).toEqual(['51 2027-11-26 54 to-do', '51 2026-11-27 54 not-needed']);
  });

  it('follow the person’s own points, the office’s points and which kinds count as sickness, and never someone who has left', async () => {
    const { backend } = await newOffice();
    const sickness = await typeId(backend, 'Sickness');
    const alba = await worker(backend, 'Alba');
    const bryn = await worker(backend, 'Bryn');
    const cai = await worker(backend, 'Cai', { staff: { endDate: '2026-10-30', leavingReason: 'Moved away' } });
    const dee = await worker(backend, 'Dee');
    await record(backend, alba.id, sickness, '2026-02-02', { lastDay: '2026-02-03' });
    await record(backend, alba.id, sickness, '2026-06-08', { lastDay: '2026-06-09' }); // 16
    await record(backend, bryn.id, sickness, '2026-03-02', { lastDay: '2026-03-05' }); // 4
    await record(backend, cai.id, sickness, '2026-10-05', { lastDay: '2026-10-09' }); // 5, but left
    await record(backend, dee.id, await typeId(backend, 'Compassionate'), '2026-04-13', { lastDay: '2026-04-17' }); // not sickness

    // The office's lower points: Bryn reaches 4 and Alba, at 16, passes it; Cai has left.
    expect(expectOk(await backend.invoke('absence:saveSettings', { reviewPoints: [4, 40] }))).toEqual({ reviewPoints: [4, 40] });
    expect(expectOk(await backend.invoke('absence:settings', {}))).toEqual({ reviewPoints: [4, 40] });
    const person = async (staffId: number) => expectOk(await backend.invoke('absence:person', { staffId }));
    expect(points(await person(bryn.id))).toEqual(['4 2026-11-27 4 to-do']);
    expect(points(await person(alba.id))).toEqual(['4 2026-11-27 16 to-do']);
    expect((await person(cai.id)).checkins).toEqual([]);

    // Her own, higher points (a reasonable adjustment): 16 is under her first point, so the check-in
    // offered at the office's 4 is no longer due.
    const adjusted = expectOk(await backend.invoke('absence:saveAdjustment', { staffId: alba.id, leaveOutDisabilityRelated: false, reviewPoints: [20, 100] }));
    expect(adjusted.figures).toMatchObject({ bradford: 16, reviewPoints: [20, 100], reachedPoint: null });
    expect(points(adjusted)).toEqual(['4 2026-11-27 16 not-needed']);
    // Points of her own below the office's would be the opposite of an adjustment: refused, nothing changed.
    const before = await person(alba.id);
    for (const lower of [[2, 100], [20, 30]]) {
      const refused = await backend.invoke('absence:saveAdjustment', { staffId: alba.id, leaveOutDisabilityRelated: false, reviewPoints: lower });
      expect(expectRefused(refused, 'VALIDATION', 'reviewPoints')).toBe("Enter points at least as high as the office's (4 and 40): a person's own points give them more room, never less. To ask about absence sooner for everyone, lower the office's points in Settings, Absence.");
      expect(await person(alba.id)).toEqual(before);
    }

    // Counting compassionate leave as sickness takes Dee to 5.
    const compassionate = await typeId(backend, 'Compassionate');
    expectOk(await backend.invoke('absence:saveType', { id: compassionate, name: 'Compassionate', isSickness: true }));
    expect(points(await person(dee.id))).toEqual(['4 2026-11-27 5 to-do']);
  });

  it('are not offered for disability-related absence the adjustment leaves out', async () => {
    const { backend } = await newOffice();
    const alba = await worker(backend, 'Alba');
    const disability = await typeId(backend, 'Disability-related');
    expectOk(await backend.invoke('absence:saveAdjustment', { staffId: alba.id, leaveOutDisabilityRelated: true, reviewPoints: null }));
    let person: PersonAbsence | undefined;
    for (const day of ['2026-02-02', '2026-04-07', '2026-06-08', '2026-08-03', '2026-10-05']) ({ person } = await record(backend, alba.id, disability, day));
    expect(person!.figures).toMatchObject({ bradford: 0, disabilitySpells: 5, disabilityDays: 5 });
    expect(person!.checkins).toEqual([]);
  });
});
