// What absence sets off elsewhere, against a real encrypted office: the rota asks for cover for the planned
// sessions of someone off, and the home screen lists the return-to-work conversations, fit notes and
// wellbeing check-ins owed, each a kind sentence linking to the absence or the person. The fake clock reads
// Friday 27 November 2026, 10:00.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { SaveSessionInput } from '../../shared/contract/rota';
import { record, typeId } from '../helpers/absence';
import { expectOk, useOffices } from '../helpers/office';
import { book, defaults, worker } from '../helpers/rota';

const { newOffice } = useOffices();

const coverWarnings = async (backend: Backend, from = '2026-11-23', to = '2026-12-13') =>
  expectOk(await backend.invoke('rota:view', { from, to })).warnings.filter((w) => w.kind === 'needs-cover');

describe('the rota’s cover warning', () => {
  it('asks for cover for each planned session, from today on, on a day the person is off', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const sickness = await typeId(backend, 'Sickness');
    const alba = await worker(backend, 'Alba');
    const at = (date: string, more: Partial<SaveSessionInput> = {}) =>
      book(backend, { staffId: alba.id, date, placeId: officeId, elementId: groupId, status: 'planned', ...more });
    const monday = await at('2026-11-30');
    const tuesday = await at('2026-12-01');
    await at('2026-12-02', { status: 'cancelled', cancelledAt: '2026-11-27T09:00' });
    await at('2026-12-03'); // back by then
    const pastPlanned = await at('2026-11-26'); // before today: "still planned" says what to do
    await record(backend, alba.id, sickness, '2026-11-26', { lastDay: '2026-12-02' });

    const warnings = await coverWarnings(backend);
    expect(warnings).toEqual([
      { kind: 'needs-cover', date: '2026-11-30', staffId: alba.id, sessionIds: [monday.session.id], message: 'Alba Testworth is off (sickness) on 30/11/2026: find cover for this session or cancel it.' },
      { kind: 'needs-cover', date: '2026-12-01', staffId: alba.id, sessionIds: [tuesday.session.id], message: 'Alba Testworth is off (sickness) on 01/12/2026: find cover for this session or cancel it.' },
    ]);
    const rota = expectOk(await backend.invoke('rota:view', { from: '2026-11-23', to: '2026-11-29' }));
    expect(rota.warnings.filter((w) => w.sessionIds.includes(pastPlanned.session.id)).map((w) => w.kind)).toEqual(['planned-in-past']);

    // Booking another session while they are off says so at once.
    const booked = await at('2026-12-02', { startMinutes: 14 * 60, endMinutes: 16 * 60 });
    expect(booked.warnings.map((w) => w.kind)).toEqual(['needs-cover']);
  });

  it('covers every session to come while someone is still off, and words a part day and a disability-related absence with care', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const bryn = await worker(backend, 'Bryn');
    const cai = await worker(backend, 'Cai');
    const dee = await worker(backend, 'Dee');
    const planned = (staffId: number, date: string) => book(backend, { staffId, date, placeId: officeId, elementId: groupId, status: 'planned' });
    await planned(bryn.id, '2026-12-01');
    await planned(bryn.id, '2026-12-11');
    await planned(cai.id, '2026-12-04');
    await planned(dee.id, '2026-12-07');
    await record(backend, bryn.id, await typeId(backend, 'Compassionate'), '2026-11-25', { lastDay: '' });
    await record(backend, cai.id, await typeId(backend, 'Sickness'), '2026-12-04', { partDayMinutes: 120 });
    await record(backend, dee.id, await typeId(backend, 'Disability-related'), '2026-12-07', { lastDay: '2026-12-08' });

    expect((await coverWarnings(backend)).map((w) => w.message)).toEqual([
      'Bryn Testworth is off (compassionate) on 01/12/2026: find cover for this session or cancel it.',
      'Cai Testworth is off for part of 04/12/2026 (sickness): check whether this session needs cover, or cancel it.',
      // Whether someone is disabled is not for the rota to say.
      'Dee Testworth is off (sickness) on 07/12/2026: find cover for this session or cancel it.',
      'Bryn Testworth is off (compassionate) on 11/12/2026: find cover for this session or cancel it.',
    ]);
  });
});

describe('the home screen', () => {
  it('lists the conversations, fit notes and check-ins owed after anything overdue, each linking to the absence or the person', async () => {
    const { backend } = await newOffice();
    const sickness = await typeId(backend, 'Sickness');
    const alba = await worker(backend, 'Alba');
    const bryn = await worker(backend, 'Bryn');
    const cai = await worker(backend, 'Cai');
    const dee = await worker(backend, 'Dee');
    for (const [first, last] of [['2026-02-02', '2026-02-03'], ['2026-06-08', '2026-06-09'], ['2026-11-02', '2026-11-03']]) {
      const { absence } = await record(backend, alba.id, sickness, first!, { lastDay: last });
      expectOk(await backend.invoke('absence:returnToWork', { id: absence.id, heldOn: last!, by: 'Sam Quaintance' }));
    }
    const off = await record(backend, bryn.id, sickness, '2026-11-18', { lastDay: '' });
    const back = await record(backend, cai.id, sickness, '2026-11-23', { lastDay: '2026-11-24', returnedOn: '2026-11-25' });
    const ended = await record(backend, dee.id, sickness, '2026-11-09', { lastDay: '2026-11-20' });

    const week = expectOk(await backend.invoke('dashboard:week', {}));
    const absenceKinds = new Set(['absence-rtw', 'absence-fit-note', 'wellbeing-checkin']);
    const mine = week.items.filter((i) => absenceKinds.has(i.kind));
    expect(mine.map((i) => [i.kind, i.date, i.daysLeft, i.absenceId, i.staff?.staffId])).toEqual([
      ['absence-rtw', '2026-11-21', -6, ended.absence.id, dee.id],
      ['absence-rtw', '2026-11-25', -2, back.absence.id, cai.id],
      ['absence-fit-note', '2026-11-16', -11, ended.absence.id, dee.id],
      ['absence-fit-note', '2026-11-25', -2, off.absence.id, bryn.id],
      ['wellbeing-checkin', '2026-11-27', 0, null, alba.id],
    ]);
    expect(mine.map((i) => i.message)).toEqual([
      'Hold a return-to-work conversation with Dee Testworth, whose last day off was Friday 20/11/2026: ask how they are and agree any support that would help.',
      'Hold a return-to-work conversation with Cai Testworth, back since Wednesday 25/11/2026: ask how they are and agree any support that would help.',
      'Dee Testworth was off sick from 09/11/2026 to 20/11/2026: a fit note is needed from day 8 (16/11/2026). Ask them for it, and record it when it comes.',
      'Bryn Testworth has been off sick since Wednesday 18/11/2026: ask them for a fit note, needed from day 8 (Wednesday 25/11/2026), and record it when it comes.',
      'Offer Alba Testworth a wellbeing check-in: a conversation about how they are and what would help.',
    ]);
    expect(mine.every((i) => i.staff?.personId !== undefined && i.supervisionId === null && i.supportSessionId === null)).toBe(true);
    expect(mine.every((i) => !/warning|trigger|disciplin/i.test(i.message))).toBe(true);

    // After anything overdue (these staff started in January with no supervisions held), before this week's reminders.
    const kinds = week.items.map((i) => i.kind);
    const first = kinds.findIndex((k) => absenceKinds.has(k));
    expect(kinds.slice(0, first)).toContain('probation-decision-overdue');
    expect(kinds.slice(first, first + mine.length).every((k) => absenceKinds.has(k))).toBe(true);
    expect(kinds.slice(0, first).every((k) => k === 'supervision-overdue' || k === 'probation-decision-overdue')).toBe(true);
    expect(kinds.slice(first + mine.length).some((k) => k === 'supervision-overdue' || k === 'probation-decision-overdue')).toBe(false);

    // Held, recorded and offered: gone from the home screen.
    expectOk(await backend.invoke('absence:returnToWork', { id: back.absence.id, heldOn: '2026-11-25', by: 'Sam Quaintance' }));
    await record(backend, bryn.id, sickness, '2026-11-18', { id: off.absence.id, lastDay: '', certification: 'fit-note', fitNoteFrom: '2026-11-24', fitNoteTo: '2026-12-04' });
    const checkin = expectOk(await backend.invoke('absence:person', { staffId: alba.id })).checkins[0]!;
    expectOk(await backend.invoke('absence:recordCheckin', { id: checkin.id, status: 'held', heldOn: '2026-11-27', by: 'Sam Quaintance' }));
    const after = expectOk(await backend.invoke('dashboard:week', {})).items.filter((i) => absenceKinds.has(i.kind));
    expect(after.map((i) => [i.kind, i.absenceId])).toEqual([['absence-rtw', ended.absence.id], ['absence-fit-note', ended.absence.id]]);
  });
});
