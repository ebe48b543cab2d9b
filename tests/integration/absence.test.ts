// Recording absence against a real encrypted office: an absence and its figures as the person's record
// shows them (days from the rota or from weekdays, part days, still off, fit notes), the return-to-work
// conversation, the adjustment, recording a check-in, deleting, and every refusal leaving every absence
// table as it was. The fake clock reads Friday 27 November 2026, 10:00.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { absenceInput, absenceTables, record, typeId } from '../helpers/absence';
import { expectOk, useOffices } from '../helpers/office';
import { book, defaults, expectRefused, worker } from '../helpers/rota';

const { newOffice } = useOffices();

async function office() {
  const { backend } = await newOffice();
  const alba = await worker(backend, 'Alba');
  return { backend, alba, sickness: await typeId(backend, 'Sickness') };
}

/** Asserts a refusal (code and field) that left every absence table as it was; returns the message. */
async function refusedUnchanged(backend: Backend, call: () => Promise<Parameters<typeof expectRefused>[0]>, code: string, field?: string): Promise<string> {
  const before = absenceTables(backend);
  const message = expectRefused(await call(), code, field);
  expect(absenceTables(backend)).toEqual(before);
  return message;
}

describe('recording an absence', () => {
  it('stores it with no diagnosis, and answers with the person’s absences and figures', async () => {
    const { backend, alba, sickness } = await office();
    const { person, absence } = await record(backend, alba.id, sickness, '2026-11-16', {
      lastDay: '2026-11-17', reportedBy: ' Themselves ', reportedAt: '2026-11-16T07:45', reason: '  Unwell  ',
    });
    expect(person.staff).toEqual({ staffId: alba.id, personId: alba.personId, name: 'Alba Testworth', isCurrent: true });
    expect(absence).toMatchObject({
      staffId: alba.id, firstDay: '2026-11-16', lastDay: '2026-11-17', partDayMinutes: null, reportedBy: 'Themselves', reportedAt: '2026-11-16T07:45',
      certification: 'self', fitNoteFrom: '', fitNoteTo: '', returnedOn: '', reason: 'Unwell', rtwHeldOn: '', rtwBy: '', rtwSupport: '',
      daysLost: 2, calendarDays: 2, fitNoteNeeded: false, rtwToChase: true,
    });
    expect(absence.type).toMatchObject({ id: sickness, name: 'Sickness', isSickness: true, isDisabilityRelated: false, active: true });
    // No rota yet: the two weekdays count, and with no rota to compare with there is no rate.
    expect(person.figures).toEqual({
      from: '2025-11-29', to: '2026-11-27', spells: 1, days: 2, bradford: 2, disabilitySpells: 0, disabilityDays: 0,
      absenceRate: null, daysScheduled: 2, daysLostAllKinds: 2, reviewPoints: [51, 201, 401, 601], reachedPoint: null,
    });
    expect(person.adjustment).toEqual({ leaveOutDisabilityRelated: false, reviewPoints: null });
    expect(person.checkins).toEqual([]);
    expect(expectOk(await backend.invoke('absence:person', { staffId: alba.id }))).toEqual(person);
  });

  it('counts the rota’s days, whatever their status, once the person had a session in the spell', async () => {
    const { backend, alba, sickness } = await office();
    const { officeId, groupId } = await defaults(backend);
    await book(backend, { staffId: alba.id, date: '2026-11-10', placeId: officeId, elementId: groupId });
    await book(backend, { staffId: alba.id, date: '2026-11-17', placeId: officeId, elementId: groupId, status: 'cancelled', cancelledAt: '2026-11-16T07:30' });
    await book(backend, { staffId: alba.id, date: '2026-11-19', placeId: officeId, elementId: groupId, status: 'cancelled', cancelledAt: '2026-11-16T07:30' });
    const { person, absence } = await record(backend, alba.id, sickness, '2026-11-16', { lastDay: '2026-11-20' });
    expect(absence).toMatchObject({ daysLost: 2, calendarDays: 5 });
    // Three rota days in the window: two lost.
    expect(person.figures).toMatchObject({ spells: 1, days: 2, bradford: 2, daysScheduled: 3, daysLostAllKinds: 2 });
    expect(person.figures.absenceRate).toBeCloseTo(2 / 3, 10);
  });

  it('counts a part day as half a day', async () => {
    const { backend, alba, sickness } = await office();
    const { absence, person } = await record(backend, alba.id, sickness, '2026-11-24', { partDayMinutes: 210, reason: 'Went home unwell' });
    expect(absence).toMatchObject({ partDayMinutes: 210, daysLost: 0.5, calendarDays: 1 });
    expect(person.figures).toMatchObject({ spells: 1, days: 0.5, bradford: 0.5, daysScheduled: 1 });
  });

  it('asks for a fit note from day 8 of sickness while still off, until one is recorded', async () => {
    const { backend, alba, sickness } = await office();
    const off = await record(backend, alba.id, sickness, '2026-11-20', { lastDay: '' });
    expect(off.absence).toMatchObject({ lastDay: '', calendarDays: 8, daysLost: 6, fitNoteNeeded: true, rtwToChase: false });
    const fitNote = await record(backend, alba.id, sickness, '2026-11-20', { id: off.absence.id, lastDay: '', certification: 'fit-note', fitNoteFrom: '2026-11-25', fitNoteTo: '2026-12-08' });
    expect(fitNote.absence).toMatchObject({ id: off.absence.id, certification: 'fit-note', fitNoteFrom: '2026-11-25', fitNoteTo: '2026-12-08', fitNoteNeeded: false });
    expect(fitNote.person.absences).toHaveLength(1);
    // Self-certified again: the fit note dates are not kept.
    const self = await record(backend, alba.id, sickness, '2026-11-20', { id: off.absence.id, lastDay: '2026-11-27', certification: 'self', fitNoteFrom: '2026-11-25', fitNoteTo: '2026-12-08' });
    expect(self.absence).toMatchObject({ fitNoteFrom: '', fitNoteTo: '', fitNoteNeeded: true, rtwToChase: false });
    // Back within 7 days: no fit note is needed, and the conversation is chased.
    const short = await record(backend, alba.id, sickness, '2026-11-20', { id: off.absence.id, lastDay: '2026-11-25', returnedOn: '2026-11-26' });
    expect(short.absence).toMatchObject({ calendarDays: 6, fitNoteNeeded: false, rtwToChase: true, returnedOn: '2026-11-26' });
  });

  it('lists the person’s absences latest first, and a kind that is not sickness stays out of the Bradford factor', async () => {
    const { backend, alba, sickness } = await office();
    const compassionate = await typeId(backend, 'Compassionate');
    await record(backend, alba.id, sickness, '2026-03-02');
    await record(backend, alba.id, compassionate, '2026-09-14', { lastDay: '2026-09-16', reason: 'Bereavement' });
    const { person } = await record(backend, alba.id, sickness, '2026-06-01');
    expect(person.absences.map((a) => a.firstDay)).toEqual(['2026-09-14', '2026-06-01', '2026-03-02']);
    expect(person.figures).toMatchObject({ spells: 2, days: 2, bradford: 8, daysLostAllKinds: 5 });
  });

  it('is deleted, answering with what is left', async () => {
    const { backend, alba, sickness } = await office();
    const first = await record(backend, alba.id, sickness, '2026-03-02');
    await record(backend, alba.id, sickness, '2026-06-01');
    const after = expectOk(await backend.invoke('absence:delete', { id: first.absence.id }));
    expect(after.absences.map((a) => a.firstDay)).toEqual(['2026-06-01']);
    expect(await refusedUnchanged(backend, () => backend.invoke('absence:delete', { id: first.absence.id }), 'NOT_FOUND')).toMatch(/no longer on record/);
  });
});

describe('refusing an absence', () => {
  it('leaves every absence table as it was, with a reason and the field to put right', async () => {
    const { backend, alba, sickness } = await office();
    const compassionate = await typeId(backend, 'Compassionate');
    const held = await record(backend, alba.id, sickness, '2026-11-02', { lastDay: '2026-11-04' });
    const save = (parts: Parameters<typeof absenceInput>[3], staffId = alba.id, type = sickness, firstDay = '2026-10-05') =>
      () => backend.invoke('absence:save', absenceInput(staffId, type, firstDay, parts));

    expect(await refusedUnchanged(backend, save({}, 9999), 'NOT_FOUND')).toMatch(/staff record no longer exists/);
    expect(await refusedUnchanged(backend, save({ id: 9999 }), 'NOT_FOUND')).toMatch(/absence is no longer on record/);
    expect(await refusedUnchanged(backend, save({}, alba.id, 9999), 'VALIDATION', 'typeId')).toBe('That kind of absence is no longer on the list. Choose another.');
    expect(await refusedUnchanged(backend, save({ certification: 'fit-note', fitNoteFrom: '2026-10-05', fitNoteTo: '2026-10-05' }, alba.id, compassionate), 'VALIDATION', 'certification'))
      .toBe('A fit note is for sickness, and Compassionate is not a kind of sickness: choose self-certified, or a kind of sickness.');
    expect(await refusedUnchanged(backend, save({}, alba.id, sickness, '2026-01-02'), 'VALIDATION', 'firstDay')).toBe('Alba Testworth started on 05/01/2026: enter a first day off from then.');
    expect(await refusedUnchanged(backend, save({ lastDay: '' }, alba.id, sickness, '2026-11-30'), 'VALIDATION', 'lastDay')).toMatch(/^Enter the last day off: an absence that has not begun yet needs one/);
    expect(await refusedUnchanged(backend, save({ lastDay: '2026-11-20', returnedOn: '2026-11-30' }, alba.id, sickness, '2026-11-16'), 'VALIDATION', 'returnedOn'))
      .toBe('Enter the day they came back, up to today (27/11/2026), or leave it empty until they are back.');
    expect(await refusedUnchanged(backend, save({ reportedAt: '2026-10-05T25:10' }), 'VALIDATION', 'reportedAt')).toBe('Enter when it was reported as a real date and time, like 27/11/2026 08:15');
    expect(await refusedUnchanged(backend, save({ lastDay: '2026-11-02' }, alba.id, sickness, '2026-10-30'), 'CONFLICT', 'firstDay'))
      .toBe('Alba Testworth already has an absence recorded from 02/11/2026 to 04/11/2026. Change that one, or choose days that do not overlap it.');
    expect(await refusedUnchanged(backend, save({ lastDay: '' }, alba.id, sickness, '2026-11-04'), 'CONFLICT', 'firstDay')).toMatch(/from 02\/11\/2026 to 04\/11\/2026/);

    // Someone else's absence stays with them; a retired kind takes no new absences but stays on the old ones.
    const bryn = await worker(backend, 'Bryn');
    expect(await refusedUnchanged(backend, save({ id: held.absence.id, lastDay: '2026-11-04' }, bryn.id, sickness, '2026-11-02'), 'VALIDATION', 'staffId'))
      .toBe('An absence stays with the person it was recorded for: record a new one for Bryn Testworth instead.');
    expectOk(await backend.invoke('absence:saveType', { id: compassionate, name: 'Compassionate', active: false }));
    expect(await refusedUnchanged(backend, save({}, alba.id, compassionate), 'VALIDATION', 'typeId')).toBe('Compassionate is no longer in use. Choose another kind, or bring it back in Settings, Absence.');
  });

  it('keeps an absence within employment', async () => {
    const { backend, sickness } = await office();
    const left = await worker(backend, 'Cai', { staff: { endDate: '2026-10-31', leavingReason: 'Moved away' } });
    const save = (firstDay: string, lastDay: string) => () => backend.invoke('absence:save', absenceInput(left.id, sickness, firstDay, { lastDay }));
    expect(await refusedUnchanged(backend, save('2026-11-02', '2026-11-02'), 'VALIDATION', 'firstDay')).toBe("Cai Testworth's employment ended on 31/10/2026: enter a first day off up to then.");
    expect(await refusedUnchanged(backend, save('2026-10-29', '2026-11-02'), 'VALIDATION', 'lastDay')).toBe("Cai Testworth's employment ended on 31/10/2026: enter a last day off up to then.");
    const { person } = await record(backend, left.id, sickness, '2026-10-29', { lastDay: '2026-10-30' });
    expect(person.staff.isCurrent).toBe(false);
  });
});

describe('the return-to-work conversation', () => {
  it('is recorded once they are back, and is no longer chased', async () => {
    const { backend, alba, sickness } = await office();
    const { absence } = await record(backend, alba.id, sickness, '2026-11-16', { lastDay: '2026-11-18', returnedOn: '2026-11-19' });
    expect(absence.rtwToChase).toBe(true);
    const held = expectOk(await backend.invoke('absence:returnToWork', { id: absence.id, heldOn: '2026-11-19', by: ' Sam Quaintance ', support: 'A quieter first week back' }));
    expect(held.absences[0]).toMatchObject({ rtwHeldOn: '2026-11-19', rtwBy: 'Sam Quaintance', rtwSupport: 'A quieter first week back', rtwToChase: false });
    // Saving the absence again keeps the conversation.
    const again = await record(backend, alba.id, sickness, '2026-11-16', { id: absence.id, lastDay: '2026-11-18', returnedOn: '2026-11-19', reason: 'Unwell' });
    expect(again.absence).toMatchObject({ rtwHeldOn: '2026-11-19', rtwBy: 'Sam Quaintance', reason: 'Unwell' });
  });

  it('is one conversation per person: the home screen asks once, and holding it covers earlier spells still waiting', async () => {
    const { backend, alba, sickness } = await office();
    const compassionate = await typeId(backend, 'Compassionate');
    const first = await record(backend, alba.id, sickness, '2026-11-09', { lastDay: '2026-11-10' });
    await record(backend, alba.id, compassionate, '2026-11-12', { lastDay: '2026-11-12' }); // not sickness: not chased
    const latest = await record(backend, alba.id, sickness, '2026-11-16', { lastDay: '2026-11-17', returnedOn: '2026-11-18' });
    const rtw = async () => expectOk(await backend.invoke('dashboard:week', {})).items.filter((i) => i.kind === 'absence-rtw');
    expect((await rtw()).map((i) => [i.absenceId, i.message])).toEqual([[latest.absence.id,
      'Hold a return-to-work conversation with Alba Testworth about their last 2 absences, back since Wednesday 18/11/2026: ask how they are and agree any support that would help.']]);
    const held = expectOk(await backend.invoke('absence:returnToWork', { id: latest.absence.id, heldOn: '2026-11-18', by: 'Sam Quaintance', support: 'Shorter sessions for a fortnight' }));
    expect(held.absences.map((a) => [a.id, a.rtwHeldOn, a.rtwBy, a.rtwToChase])).toEqual([
      [latest.absence.id, '2026-11-18', 'Sam Quaintance', false],
      [expect.any(Number), '', '', false],
      [first.absence.id, '2026-11-18', 'Sam Quaintance', false],
    ]);
    expect(await rtw()).toEqual([]);
  });

  it('is refused while they are still off, in the future, before the last day off, or for an absence not on record', async () => {
    const { backend, alba, sickness } = await office();
    const off = await record(backend, alba.id, sickness, '2026-11-23', { lastDay: '' });
    const back = await record(backend, alba.id, sickness, '2026-11-02', { lastDay: '2026-11-04' });
    const hold = (id: number, heldOn: string) => () => backend.invoke('absence:returnToWork', { id, heldOn, by: 'Sam Quaintance' });
    expect(await refusedUnchanged(backend, hold(off.absence.id, '2026-11-26'), 'VALIDATION', 'heldOn')).toBe('Alba Testworth is still off: record their last day off first, then the conversation once they are back.');
    expect(await refusedUnchanged(backend, hold(back.absence.id, '2026-11-30'), 'VALIDATION', 'heldOn')).toBe('Enter the date it was held, up to today (27/11/2026): record the conversation once it has happened.');
    expect(await refusedUnchanged(backend, hold(back.absence.id, '2026-11-03'), 'VALIDATION', 'heldOn')).toBe('Enter a date from 04/11/2026, their last day off: the conversation is held as they come back.');
    expect(await refusedUnchanged(backend, hold(9999, '2026-11-05'), 'NOT_FOUND')).toMatch(/no longer on record/);
  });
});

describe('the adjustment', () => {
  it('leaves disability-related sickness out of the score, shown apart, and sets the person’s own review points', async () => {
    const { backend, alba, sickness } = await office();
    const disability = await typeId(backend, 'Disability-related');
    for (const day of ['2026-03-02', '2026-05-05', '2026-07-06']) await record(backend, alba.id, disability, day);
    const { person } = await record(backend, alba.id, sickness, '2026-10-05');
    expect(person.figures).toMatchObject({ spells: 4, days: 4, bradford: 64, disabilitySpells: 3, disabilityDays: 3, reachedPoint: 51 });
    // Reaching 51 offered a check-in at once.
    expect(person.checkins.map((c) => [c.reviewPoint, c.status])).toEqual([[51, 'to-do']]);

    const adjusted = expectOk(await backend.invoke('absence:saveAdjustment', { staffId: alba.id, leaveOutDisabilityRelated: true, reviewPoints: [101, 301] }));
    expect(adjusted.adjustment).toEqual({ leaveOutDisabilityRelated: true, reviewPoints: [101, 301] });
    expect(adjusted.figures).toMatchObject({ spells: 1, days: 1, bradford: 1, disabilitySpells: 3, disabilityDays: 3, reviewPoints: [101, 301], reachedPoint: null, daysLostAllKinds: 4 });

    const back = expectOk(await backend.invoke('absence:saveAdjustment', { staffId: alba.id, leaveOutDisabilityRelated: false, reviewPoints: null }));
    expect(back.figures).toMatchObject({ bradford: 64, reviewPoints: [51, 201, 401, 601] });
    expect(await refusedUnchanged(backend, () => backend.invoke('absence:saveAdjustment', { staffId: 9999, leaveOutDisabilityRelated: true, reviewPoints: null }), 'NOT_FOUND'))
      .toMatch(/staff record no longer exists/);
  });
});

describe('recording a wellbeing check-in', () => {
  async function withCheckin() {
    const o = await office();
    for (const day of ['2026-02-02', '2026-06-08']) await record(o.backend, o.alba.id, o.sickness, day, { lastDay: addDay(day) });
    const { person } = await record(o.backend, o.alba.id, o.sickness, '2026-11-02', { lastDay: '2026-11-03' });
    return { ...o, checkin: person.checkins[0]! };
  }
  const addDay = (day: string) => `${day.slice(0, 8)}${String(Number(day.slice(8)) + 1).padStart(2, '0')}`;

  it('stores what came of it: held, offered but declined, or not needed', async () => {
    const { backend, alba, checkin } = await withCheckin();
    expect(checkin).toMatchObject({ staffId: alba.id, name: 'Alba Testworth', personId: alba.personId, reviewPoint: 51, reachedOn: '2026-11-27', score: 54, status: 'to-do' });
    const held = expectOk(await backend.invoke('absence:recordCheckin', { id: checkin.id, status: 'held', heldOn: '2026-11-27', by: 'Sam Quaintance', supportAgreed: 'Group sessions rather than ward visits for a month' }));
    expect(held.checkins[0]).toMatchObject({ status: 'held', heldOn: '2026-11-27', heldBy: 'Sam Quaintance', supportAgreed: 'Group sessions rather than ward visits for a month' });
    const notNeeded = expectOk(await backend.invoke('absence:recordCheckin', { id: checkin.id, status: 'not-needed' }));
    expect(notNeeded.checkins[0]).toMatchObject({ status: 'not-needed', heldOn: '', heldBy: '' });
  });

  it('is refused in the future, before the point was reached, or for a check-in not on record', async () => {
    const { backend, checkin } = await withCheckin();
    const rec = (id: number, heldOn: string) => () => backend.invoke('absence:recordCheckin', { id, status: 'declined', heldOn, by: 'Sam Quaintance' });
    expect(await refusedUnchanged(backend, rec(checkin.id, '2026-11-28'), 'VALIDATION', 'heldOn')).toBe('Enter the date, up to today (27/11/2026): record it once it has happened.');
    expect(await refusedUnchanged(backend, rec(checkin.id, '2026-11-26'), 'VALIDATION', 'heldOn')).toBe('Enter a date from 27/11/2026, when the review point was reached.');
    expect(await refusedUnchanged(backend, rec(9999, '2026-11-27'), 'NOT_FOUND')).toMatch(/no longer on record/);
  });
});
