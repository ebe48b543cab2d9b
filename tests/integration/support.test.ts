// The county-wide support sessions against a real encrypted office: booking and changing a session, the
// place it is at, inviting people, recording who came, the year's notes and who has attended none, and
// every refusal leaving the tables as they were. The fake clock reads Friday 27 November 2026, 10:00.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { populateDemoSupport } from '../../electron/backend/support/demo';
import { supportSessionsBetween } from '../../electron/backend/support/repository';
import type { SaveSupportSessionInput, SupportYear } from '../../shared/contract/supervision';
import { expectOk, useOffices } from '../helpers/office';
import { addPlace, at, expectRefused, worker } from '../helpers/rota';

const { newOffice } = useOffices();

const THEME = 'Looking after yourself on the ward';

const sessionInput = (placeId: number, parts: Partial<SaveSupportSessionInput> = {}): SaveSupportSessionInput => ({
  date: '2026-12-09', startMinutes: at(10), endMinutes: at(13), placeId, theme: THEME, ...parts,
});

async function book(backend: Backend, placeId: number, parts: Partial<SaveSupportSessionInput> = {}): Promise<{ year: SupportYear; id: number }> {
  const year = expectOk(await backend.invoke('support:save', sessionInput(placeId, parts)));
  const date = parts.date ?? '2026-12-09';
  const made = year.sessions.filter((s) => s.date === date).reduce((a, b) => (b.id > a.id ? b : a));
  return { year, id: made.id };
}

/** Every row of both tables, to show a refused call changed nothing. */
const supportRows = (backend: Backend): unknown[] => {
  const { sqlite } = backend.session.context();
  return [...sqlite.prepare('SELECT * FROM support_sessions ORDER BY id').all(), ...sqlite.prepare('SELECT * FROM support_attendance ORDER BY support_session_id, staff_id').all()];
};

const statusOf = (year: SupportYear, sessionId: number, staffId: number) =>
  year.sessions.find((s) => s.id === sessionId)?.attendees.find((a) => a.staffId === staffId)?.status;

describe('booking a support session', () => {
  it('is stored with its place and theme, changed in place, and answered with the whole year', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue', 'Worthing');
    const { year, id } = await book(backend, hub, { theme: '  Boundaries and saying no  ' });
    expect(year.year).toBe(2026);
    expect(year.sessions).toEqual([{
      id, date: '2026-12-09', startMinutes: 600, endMinutes: 780, place: { id: hub, name: 'Tidewater Community Hub', site: 'Worthing' },
      theme: 'Boundaries and saying no', attendees: [], counts: { invited: 0, attended: 0, apologies: 0, 'did-not-attend': 0 },
    }]);

    const changed = expectOk(await backend.invoke('support:save', sessionInput(hub, { id, startMinutes: at(9, 30), theme: 'Sharing your story safely' })));
    expect(changed.sessions).toHaveLength(1);
    expect(changed.sessions[0]).toMatchObject({ id, startMinutes: 570, theme: 'Sharing your story safely' });
    expect(expectOk(await backend.invoke('support:year', { year: 2026 }))).toEqual(changed);

    // Moved into the next year, it answers with that year.
    const moved = expectOk(await backend.invoke('support:save', sessionInput(hub, { id, date: '2027-03-10' })));
    expect(moved.year).toBe(2027);
    expect(moved.sessions.map((s) => s.id)).toEqual([id]);
    expect(expectOk(await backend.invoke('support:year', { year: 2026 })).sessions).toEqual([]);
  });

  it('lists the year by date and time, and supportSessionsBetween gives the home screen the same order', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue', 'Worthing');
    const late = await book(backend, hub, { date: '2026-06-10', startMinutes: at(14), endMinutes: at(16) });
    const early = await book(backend, hub, { date: '2026-06-10', startMinutes: at(9), endMinutes: at(11) });
    const march = await book(backend, hub, { date: '2026-03-11' });
    await book(backend, hub, { date: '2027-01-13' });
    const year = expectOk(await backend.invoke('support:year', { year: 2026 }));
    expect(year.sessions.map((s) => s.id)).toEqual([march.id, early.id, late.id]);
    expect(supportSessionsBetween(backend.session.context().db, '2026-06-01', '2026-06-30')).toEqual([
      { id: early.id, date: '2026-06-10', startMinutes: 540, theme: THEME, placeName: 'Tidewater Community Hub, Worthing' },
      { id: late.id, date: '2026-06-10', startMinutes: 840, theme: THEME, placeName: 'Tidewater Community Hub, Worthing' },
    ]);
  });

  it('refuses wrong times, unknown sessions and places, changing nothing', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const { id } = await book(backend, hub);
    const rows = supportRows(backend);
    expect(expectRefused(await backend.invoke('support:save', sessionInput(hub, { endMinutes: at(10) })), 'VALIDATION', 'endMinutes')).toBeTruthy();
    expect(expectRefused(await backend.invoke('support:save', sessionInput(hub, { theme: '' })), 'VALIDATION', 'theme')).toBeTruthy();
    expect(expectRefused(await backend.invoke('support:save', sessionInput(hub, { id: id + 100 })), 'NOT_FOUND')).toMatch(/no longer on the list/);
    expect(expectRefused(await backend.invoke('support:save', sessionInput(9999)), 'VALIDATION', 'placeId')).toMatch(/That place is no longer on the list/);
    expect(expectRefused(await backend.invoke('support:save', sessionInput(9999, { id })), 'VALIDATION', 'placeId')).toBeTruthy();
    expect(supportRows(backend)).toEqual(rows);
  });

  it('refuses a second session at the same place at an overlapping time; another place or a later time is fine', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const centre = await addPlace(backend, 'Pennyfield Centre', 'group-venue');
    const { id } = await book(backend, hub);
    const rows = supportRows(backend);
    const twice = await backend.invoke('support:save', sessionInput(hub, { startMinutes: at(12), endMinutes: at(15) }));
    expect(expectRefused(twice, 'CONFLICT', 'date')).toBe(
      'There is already a support session at Tidewater Community Hub on 09/12/2026 from 10:00 to 13:00. Open that one to change it, or choose another time or place.',
    );
    expect(supportRows(backend)).toEqual(rows);
    expectOk(await backend.invoke('support:save', sessionInput(centre)));
    expectOk(await backend.invoke('support:save', sessionInput(hub, { startMinutes: at(13), endMinutes: at(15) })));
    // Changing the session itself never clashes with itself.
    expectOk(await backend.invoke('support:save', sessionInput(hub, { id, endMinutes: at(12, 30) })));
  });

  it('takes only places in use for a new session; a session already at a retired place keeps it', async () => {
    const { backend } = await newOffice();
    const centre = await addPlace(backend, 'Pennyfield Centre', 'group-venue', 'Crawley');
    const { id } = await book(backend, centre);
    expectOk(await backend.invoke('places:save', { id: centre, name: 'Pennyfield Centre', site: 'Crawley', kind: 'group-venue', active: false }));
    const rows = supportRows(backend);
    const refused = await backend.invoke('support:save', sessionInput(centre, { date: '2027-03-10' }));
    expect(expectRefused(refused, 'VALIDATION', 'placeId')).toBe('Pennyfield Centre is no longer in use. Choose another place, or bring it back in Settings, Lists and places.');
    expect(supportRows(backend)).toEqual(rows);
    const kept = expectOk(await backend.invoke('support:save', sessionInput(centre, { id, theme: 'Endings and goodbyes' })));
    expect(kept.sessions[0]).toMatchObject({ id, theme: 'Endings and goodbyes', place: { id: centre } });

    // Moving it to a place in use is fine; moving it back to the retired one is not.
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    expectOk(await backend.invoke('support:save', sessionInput(hub, { id })));
    expectRefused(await backend.invoke('support:save', sessionInput(centre, { id })), 'VALIDATION', 'placeId');
  });
});

describe('inviting people', () => {
  it('is idempotent: someone already on the list keeps their status and the day they were invited', async () => {
    const { backend, clock } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const [alba, bram, cato] = [await worker(backend, 'Alba'), await worker(backend, 'Bram'), await worker(backend, 'Cato')];
    const { id } = await book(backend, hub, { date: '2026-11-25' });
    const first = expectOk(await backend.invoke('support:invite', { id, staffIds: [alba.id, bram.id] }));
    expect(first.sessions[0]!.attendees.map((a) => [a.name, a.status, a.invitedOn])).toEqual([
      ['Alba Testworth', 'invited', '2026-11-27'], ['Bram Testworth', 'invited', '2026-11-27'],
    ]);
    expectOk(await backend.invoke('support:setAttendance', { id, staffId: alba.id, status: 'attended' }));

    clock.advance(3 * 24 * 3_600_000);
    const again = expectOk(await backend.invoke('support:invite', { id, staffIds: [alba.id, bram.id, cato.id, cato.id] }));
    expect(again.sessions[0]!.attendees.map((a) => [a.name, a.status, a.invitedOn])).toEqual([
      ['Alba Testworth', 'attended', '2026-11-27'], ['Bram Testworth', 'invited', '2026-11-27'], ['Cato Testworth', 'invited', '2026-11-30'],
    ]);
    expect(again.sessions[0]!.counts).toEqual({ invited: 2, attended: 1, apologies: 0, 'did-not-attend': 0 });
    const rows = supportRows(backend);
    expectOk(await backend.invoke('support:invite', { id, staffIds: [alba.id, bram.id, cato.id] }));
    expect(supportRows(backend)).toEqual(rows);
  });

  it('refuses people not employed on the day, and unknown people or sessions, inviting nobody', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const alba = await worker(backend, 'Alba');
    const leaver = await worker(backend, 'Dora', { staff: { endDate: '2026-10-31', leavingReason: 'Moved away' } });
    const starter = await worker(backend, 'Edie', { staff: { startDate: '2027-01-04' }, rates: [] });
    const { id } = await book(backend, hub);
    const rows = supportRows(backend);

    const refused = await backend.invoke('support:invite', { id, staffIds: [alba.id, leaver.id, starter.id] });
    expect(expectRefused(refused, 'VALIDATION', 'staffIds')).toBe(
      'Only people employed on 09/12/2026 can be invited: Dora Testworth left on 31/10/2026, before this session; Edie Testworth starts on 04/01/2027, after this session. Untick them and invite the rest.',
    );
    expect(expectRefused(await backend.invoke('support:invite', { id, staffIds: [alba.id, 9999] }), 'NOT_FOUND')).toMatch(/no longer has a staff record/);
    expect(expectRefused(await backend.invoke('support:invite', { id: id + 100, staffIds: [alba.id] }), 'NOT_FOUND')).toMatch(/no longer on the list/);
    expect(supportRows(backend)).toEqual(rows);
  });

  it('takes someone invited by mistake off the list, but not someone marked attended', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const [alba, bram] = [await worker(backend, 'Alba'), await worker(backend, 'Bram')];
    const { id } = await book(backend, hub, { date: '2026-11-27' });
    expectOk(await backend.invoke('support:invite', { id, staffIds: [alba.id, bram.id] }));
    expectOk(await backend.invoke('support:setAttendance', { id, staffId: alba.id, status: 'attended' }));

    const removed = expectOk(await backend.invoke('support:uninvite', { id, staffId: bram.id }));
    expect(removed.sessions[0]!.attendees.map((a) => a.name)).toEqual(['Alba Testworth']);
    const rows = supportRows(backend);
    expect(expectRefused(await backend.invoke('support:uninvite', { id, staffId: alba.id }), 'CONFLICT')).toBe(
      'Alba Testworth is marked as attended. If that was a mistake, set them back to invited first, then remove them.',
    );
    expectRefused(await backend.invoke('support:uninvite', { id, staffId: bram.id }), 'NOT_FOUND');
    expect(supportRows(backend)).toEqual(rows);

    expectOk(await backend.invoke('support:setAttendance', { id, staffId: alba.id, status: 'invited' }));
    expect(expectOk(await backend.invoke('support:uninvite', { id, staffId: alba.id })).sessions[0]!.attendees).toEqual([]);
  });
});

describe('recording attendance', () => {
  it('takes attended and did-not-attend only on or after the day; apologies and invited at any time', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const [alba, bram] = [await worker(backend, 'Alba'), await worker(backend, 'Bram')];
    const coming = await book(backend, hub, { date: '2026-11-28' });
    const today = await book(backend, hub, { date: '2026-11-27' });
    for (const { id } of [coming, today]) expectOk(await backend.invoke('support:invite', { id, staffIds: [alba.id, bram.id] }));
    const rows = supportRows(backend);

    const early = await backend.invoke('support:setAttendance', { id: coming.id, staffId: alba.id, status: 'attended' });
    expect(expectRefused(early, 'VALIDATION', 'status')).toBe(
      'The session is on 28/11/2026: record "Attended" on the day or after. Until then, people are invited or have sent apologies.',
    );
    expectRefused(await backend.invoke('support:setAttendance', { id: coming.id, staffId: alba.id, status: 'did-not-attend' }), 'VALIDATION', 'status');
    expect(supportRows(backend)).toEqual(rows);

    let year = expectOk(await backend.invoke('support:setAttendance', { id: coming.id, staffId: alba.id, status: 'apologies' }));
    expect(statusOf(year, coming.id, alba.id)).toBe('apologies');
    year = expectOk(await backend.invoke('support:setAttendance', { id: coming.id, staffId: alba.id, status: 'invited' }));
    expect(statusOf(year, coming.id, alba.id)).toBe('invited');

    expectOk(await backend.invoke('support:setAttendance', { id: today.id, staffId: alba.id, status: 'attended' }));
    year = expectOk(await backend.invoke('support:setAttendance', { id: today.id, staffId: bram.id, status: 'did-not-attend' }));
    expect(year.sessions.find((s) => s.id === today.id)!.counts).toEqual({ invited: 0, attended: 1, apologies: 0, 'did-not-attend': 1 });
  });

  it('refuses someone not on the list, and a session that has gone', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const alba = await worker(backend, 'Alba');
    const { id } = await book(backend, hub, { date: '2026-11-20' });
    const rows = supportRows(backend);
    expect(expectRefused(await backend.invoke('support:setAttendance', { id, staffId: alba.id, status: 'attended' }), 'NOT_FOUND')).toMatch(/not on the list for this session/);
    expectRefused(await backend.invoke('support:setAttendance', { id: id + 100, staffId: alba.id, status: 'attended' }), 'NOT_FOUND');
    expect(supportRows(backend)).toEqual(rows);
  });

  it('keeps a session with attendance recorded from moving to a day still to come', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const alba = await worker(backend, 'Alba');
    const { id } = await book(backend, hub, { date: '2026-11-20' });
    expectOk(await backend.invoke('support:invite', { id, staffIds: [alba.id] }));
    expectOk(await backend.invoke('support:setAttendance', { id, staffId: alba.id, status: 'attended' }));
    const rows = supportRows(backend);
    const moved = await backend.invoke('support:save', sessionInput(hub, { id, date: '2026-12-09' }));
    expect(expectRefused(moved, 'VALIDATION', 'date')).toMatch(/^1 person is marked as attended or did not attend, so the session cannot move to a day still to come/);
    expect(supportRows(backend)).toEqual(rows);
    // An earlier day is fine: they came, and the date was wrong.
    expect(expectOk(await backend.invoke('support:save', sessionInput(hub, { id, date: '2026-11-19' }))).sessions[0]!.date).toBe('2026-11-19');
  });
});

describe('moving a session to another day', () => {
  it('refuses a day someone on the list is not employed, naming them, changing nothing', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const alba = await worker(backend, 'Alba');
    const dora = await worker(backend, 'Dora', { staff: { endDate: '2026-12-31', leavingReason: 'Moved away' } });
    const edie = await worker(backend, 'Edie', { staff: { startDate: '2026-12-01' }, rates: [] });
    const { id } = await book(backend, hub);
    expectOk(await backend.invoke('support:invite', { id, staffIds: [alba.id, dora.id, edie.id] }));
    expectOk(await backend.invoke('support:setAttendance', { id, staffId: dora.id, status: 'apologies' }));
    const rows = supportRows(backend);

    const later = await backend.invoke('support:save', sessionInput(hub, { id, date: '2027-01-13' }));
    expect(expectRefused(later, 'CONFLICT', 'date')).toBe(
      'Only people employed on 13/01/2027 can be invited: Dora Testworth left on 31/12/2026, before this session. Take them off the list first, or choose another date.');
    const earlier = await backend.invoke('support:save', sessionInput(hub, { id, date: '2026-11-30' }));
    expect(expectRefused(earlier, 'CONFLICT', 'date')).toBe(
      'Only people employed on 30/11/2026 can be invited: Edie Testworth starts on 01/12/2026, after this session. Take them off the list first, or choose another date.');
    expect(supportRows(backend)).toEqual(rows);

    // A day they all work is fine; once Dora is off the list, so is January.
    expect(expectOk(await backend.invoke('support:save', sessionInput(hub, { id, date: '2026-12-16' }))).sessions[0]!.date).toBe('2026-12-16');
    expectOk(await backend.invoke('support:uninvite', { id, staffId: dora.id }));
    expect(expectOk(await backend.invoke('support:save', sessionInput(hub, { id, date: '2027-01-13' }))).sessions[0]!.attendees.map((a) => a.name)).toEqual(['Alba Testworth', 'Edie Testworth']);
  });
});

describe('the year', () => {
  it('notes fewer than four sessions, worded for a year to come or a year gone', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    expect(expectOk(await backend.invoke('support:year', { year: 2027 })).notes).toEqual([
      'No support sessions are booked for 2027 yet: the plan is 4 a year. Add them when the dates are agreed.',
    ]);
    for (const date of ['2026-03-11', '2026-06-10', '2026-09-09']) await book(backend, hub, { date });
    expect(expectOk(await backend.invoke('support:year', { year: 2026 })).notes).toEqual([
      '3 support sessions are booked for 2026; the plan is 4 a year, so 1 more is still to book.',
    ]);
    const four = await book(backend, hub, { date: '2026-12-09' });
    expect(four.year.notes).toEqual([]);
    await book(backend, hub, { date: '2025-06-11' });
    expect(expectOk(await backend.invoke('support:year', { year: 2025 })).notes).toEqual(['1 support session was booked in 2025; the plan is 4 a year.']);
  });

  it('lists everyone employed in the year who attended none of its sessions, by surname', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const zara = await worker(backend, 'Zara', { member: { lastName: 'Abbott' } });
    const alba = await worker(backend, 'Alba');
    const bram = await worker(backend, 'Bram');
    const leftLastYear = await worker(backend, 'Dora', { staff: { startDate: '2024-01-08', endDate: '2025-12-31', leavingReason: 'Moved away' }, rates: [] });
    const leftThisYear = await worker(backend, 'Fern', { staff: { endDate: '2026-06-30', leavingReason: 'Moved away' } });
    await worker(backend, 'Edie', { staff: { startDate: '2027-01-04' }, rates: [] });
    const held = await book(backend, hub, { date: '2026-09-09' });
    const lastYear = await book(backend, hub, { date: '2025-09-10' });
    expectOk(await backend.invoke('support:invite', { id: held.id, staffIds: [alba.id, bram.id] }));
    expectOk(await backend.invoke('support:setAttendance', { id: held.id, staffId: alba.id, status: 'attended' }));
    expectOk(await backend.invoke('support:setAttendance', { id: held.id, staffId: bram.id, status: 'apologies' }));
    // Attending last year counts for last year only.
    expectOk(await backend.invoke('support:invite', { id: lastYear.id, staffIds: [leftLastYear.id] }));
    expectOk(await backend.invoke('support:setAttendance', { id: lastYear.id, staffId: leftLastYear.id, status: 'attended' }));

    const year = expectOk(await backend.invoke('support:year', { year: 2026 }));
    expect(year.notAttended).toEqual([
      { staffId: zara.id, personId: zara.personId, name: 'Zara Abbott' },
      { staffId: bram.id, personId: bram.personId, name: 'Bram Testworth' },
      { staffId: leftThisYear.id, personId: leftThisYear.personId, name: 'Fern Testworth' },
    ]);
    expect(expectOk(await backend.invoke('support:year', { year: 2025 })).notAttended.map((s) => s.name)).toEqual([]);
  });
});

describe('deleting a session', () => {
  it('is refused while anyone is marked attended, saying why; otherwise it goes with its list', async () => {
    const { backend } = await newOffice();
    const hub = await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    const [alba, bram] = [await worker(backend, 'Alba'), await worker(backend, 'Bram')];
    const held = await book(backend, hub, { date: '2026-11-18' });
    const booked = await book(backend, hub, { date: '2026-12-09' });
    expectOk(await backend.invoke('support:invite', { id: held.id, staffIds: [alba.id, bram.id] }));
    expectOk(await backend.invoke('support:invite', { id: booked.id, staffIds: [alba.id, bram.id] }));
    expectOk(await backend.invoke('support:setAttendance', { id: held.id, staffId: alba.id, status: 'attended' }));
    expectOk(await backend.invoke('support:setAttendance', { id: booked.id, staffId: bram.id, status: 'apologies' }));
    const rows = supportRows(backend);

    expect(expectRefused(await backend.invoke('support:delete', { id: held.id }), 'CONFLICT')).toBe(
      '1 person is marked as attended at the support session on 18/11/2026, so it is part of their record and cannot be deleted. If the attendance was recorded by mistake, set it back to invited first.',
    );
    expect(supportRows(backend)).toEqual(rows);

    const after = expectOk(await backend.invoke('support:delete', { id: booked.id }));
    expect(after.sessions.map((s) => s.id)).toEqual([held.id]);
    const left = backend.session.context().sqlite.prepare('SELECT count(*) AS n FROM support_attendance WHERE support_session_id = ?').get(booked.id) as { n: number };
    expect(left.n).toBe(0);
    expectRefused(await backend.invoke('support:delete', { id: booked.id }), 'NOT_FOUND');
  });
});

describe('the demo office’s support sessions', () => {
  it('are four a year over two years: held ones with attendance, the next one invited, later ones not yet', async () => {
    const { backend } = await newOffice();
    await addPlace(backend, 'Tidewater Community Hub', 'group-venue', 'Worthing');
    await addPlace(backend, 'Pennyfield Centre', 'group-venue', 'Crawley');
    const people = [];
    for (const name of ['Alba', 'Bram', 'Cato', 'Dora', 'Edie', 'Fern', 'Gus', 'Hal', 'Ines', 'Jude', 'Kit', 'Lou']) people.push(await worker(backend, name, { staff: { startDate: '2024-01-08' }, rates: [] }));
    const ctx = backend.session.context();
    ctx.sqlite.transaction(() => populateDemoSupport(ctx, '2026-11-27'))();

    const last = expectOk(await backend.invoke('support:year', { year: 2025 }));
    const now = expectOk(await backend.invoke('support:year', { year: 2026 }));
    expect(last.sessions.map((s) => s.date)).toEqual(['2025-03-12', '2025-06-11', '2025-09-10', '2025-12-10']);
    expect(now.sessions.map((s) => s.date)).toEqual(['2026-03-11', '2026-06-10', '2026-09-09', '2026-12-09']);
    for (const s of [...last.sessions, ...now.sessions.slice(0, 3)]) {
      expect(s.attendees).toHaveLength(people.length);
      expect(s.counts.invited).toBe(0);
      expect(s.counts.attended).toBeGreaterThan(s.counts.apologies + s.counts['did-not-attend']);
    }
    expect(now.sessions[3]!.counts).toEqual({ invited: people.length, attended: 0, apologies: 0, 'did-not-attend': 0 });
    expect(new Set(now.sessions.map((s) => s.place.name))).toEqual(new Set(['Tidewater Community Hub', 'Pennyfield Centre']));
    expect(now.notes).toEqual([]);
    // Somebody came to none this year, so the list has names; most people came to one.
    expect(now.notAttended.length).toBeGreaterThan(0);
    expect(now.notAttended.length).toBeLessThan(people.length / 2);
  });

  it('invites only the next session to come, whichever part of the year it is', async () => {
    const { backend } = await newOffice();
    await addPlace(backend, 'Tidewater Community Hub', 'group-venue');
    await worker(backend, 'Alba', { staff: { startDate: '2024-01-08' }, rates: [] });
    const ctx = backend.session.context();
    ctx.sqlite.transaction(() => populateDemoSupport(ctx, '2026-01-20'))();
    const now = expectOk(await backend.invoke('support:year', { year: 2026 }));
    expect(now.sessions.map((s) => s.counts.invited)).toEqual([1, 0, 0, 0]);
    expect(now.sessions[0]!.attendees[0]!.invitedOn).toBe('2026-01-20');
  });
});
