// The demo office's absence: on the first open the Absence page, the rota and the home screen have a kind,
// realistic picture to show, whatever day the demo is made, and every absence keeps the rules the service
// enforces (within employment, no overlaps, no day off on a day worked, a conversation held once back).
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { saveAbsenceSchema } from '../../shared/contract/absence';
import { addDays } from '../../shared/domain/pay/calendar';
import { useDemoOffices } from '../helpers/demo';
import { expectOk } from '../helpers/office';

const demoAt = useDemoOffices();

interface AbsenceRow {
  id: number; staff_id: number; type_id: number; first_day: string; last_day: string; part_day_minutes: number | null; reported_by: string; reported_at: string;
  certification: 'self' | 'fit-note'; fit_note_from: string; fit_note_to: string; returned_on: string; reason: string; rtw_held_on: string; rtw_by: string;
  start_date: string; end_date: string; type_name: string; is_sickness: number; is_disability_related: number;
}

const sql = <T>(backend: Backend, query: string): T[] => backend.session.context().sqlite.prepare(query).all() as T[];

async function expectAKindPicture(backend: Backend) {
  const o = expectOk(await backend.invoke('absence:overview', {}));
  const today = o.today;

  // Someone off sick now, their sessions to come flagged for cover.
  expect(o.offNow).toHaveLength(1);
  const off = o.offNow[0]!;
  expect(off).toMatchObject({ lastDay: '', certification: 'self' });
  expect(off.type.isSickness).toBe(true);
  const rota = expectOk(await backend.invoke('rota:view', { from: today, to: addDays(today, 13) }));
  const cover = rota.warnings.filter((w) => w.kind === 'needs-cover');
  expect(cover.length).toBeGreaterThan(0);
  expect(cover.every((w) => w.staffId === off.staffId)).toBe(true);
  // Their sessions since the first day off were cancelled when they called in, before each began.
  const cancelled = sql<{ date: string; start_minutes: number; cancelled_at: string; status: string }>(backend,
    `SELECT date, start_minutes, cancelled_at, status FROM sessions WHERE staff_id = ${off.staffId} AND date >= '${off.firstDay}' AND date < '${today}'`);
  expect(cancelled.every((s) => s.status === 'cancelled' && s.cancelled_at < `${s.date}T${String(Math.floor(s.start_minutes / 60)).padStart(2, '0')}`)).toBe(true);

  // A conversation to hold, a check-in to offer at the first review point, a disability-related pattern left out.
  expect(o.rtwToChase.length).toBeGreaterThanOrEqual(1);
  expect(o.checkinsToDo.map((c) => c.reviewPoint)).toEqual([51]);
  const reviewed = o.people.find((p) => p.staffId === o.checkinsToDo[0]!.staffId)!;
  expect(reviewed.figures.reachedPoint).toBe(51);
  expect(reviewed.openCheckin).toBe(true);
  const adjusted = sql<{ staff_id: number }>(backend, 'SELECT staff_id FROM absence_adjustments WHERE leave_out_disability_related = 1');
  expect(adjusted).toHaveLength(1);
  const pattern = expectOk(await backend.invoke('absence:person', { staffId: adjusted[0]!.staff_id }));
  expect(pattern.figures.disabilitySpells).toBeGreaterThanOrEqual(3);
  expect(pattern.figures.reachedPoint).toBeNull();

  const rows = sql<AbsenceRow>(backend, `SELECT a.*, s.start_date, s.end_date, t.name AS type_name, t.is_sickness, t.is_disability_related
    FROM absences a JOIN staff s ON s.id = a.staff_id JOIN absence_types t ON t.id = a.type_id ORDER BY a.staff_id, a.first_day`);
  // Longer spells covered by fit notes; days for dependants and a bereavement; most people none to three spells.
  const fitNotes = rows.filter((r) => r.certification === 'fit-note');
  expect(fitNotes.length).toBeGreaterThanOrEqual(2);
  expect(fitNotes.every((r) => r.last_day > addDays(r.first_day, 6) && r.fit_note_from > r.first_day && r.fit_note_to === r.last_day)).toBe(true);
  expect(new Set(rows.map((r) => r.type_name))).toEqual(new Set(['Sickness', 'Disability-related', 'Dependants (time off for dependants)', 'Compassionate', 'Unpaid leave']));
  expect(rows.some((r) => r.part_day_minutes !== null)).toBe(true);
  const perPerson = new Map<number, number>();
  for (const r of rows.filter((x) => x.is_sickness)) perPerson.set(r.staff_id, (perPerson.get(r.staff_id) ?? 0) + 1);
  const spellsEach = [...perPerson.values()];
  expect(Math.max(...spellsEach)).toBeLessThanOrEqual(5);
  expect(spellsEach.filter((n) => n <= 3).length / spellsEach.length).toBeGreaterThan(0.9);

  // Every absence keeps the rules the service enforces.
  const worked = new Set(sql<{ key: string }>(backend, `SELECT staff_id || '|' || date AS key FROM sessions WHERE status = 'worked'`).map((r) => r.key));
  rows.forEach((r, i) => {
    const parsed = saveAbsenceSchema.safeParse({
      staffId: r.staff_id, typeId: r.type_id, firstDay: r.first_day, lastDay: r.last_day, partDayMinutes: r.part_day_minutes, reportedBy: r.reported_by, reportedAt: r.reported_at,
      certification: r.certification, fitNoteFrom: r.fit_note_from, fitNoteTo: r.fit_note_to, returnedOn: r.returned_on, reason: r.reason,
    });
    expect(parsed.success, `absence ${r.id}`).toBe(true);
    expect(r.first_day >= r.start_date && (!r.end_date || (r.last_day || today) <= r.end_date)).toBe(true);
    const next = rows[i + 1];
    if (next && next.staff_id === r.staff_id) expect(r.last_day !== '' && r.last_day < next.first_day, `absences ${r.id} and ${next.id} overlap`).toBe(true);
    if (r.part_day_minutes === null) {
      for (let d = r.first_day; d <= (r.last_day || addDays(today, -1)) && d < today; d = addDays(d, 1)) expect(worked.has(`${r.staff_id}|${d}`), `absence ${r.id} on ${d}`).toBe(false);
    }
    expect(r.returned_on === '' || (r.returned_on > r.last_day && r.returned_on <= today)).toBe(true);
    expect(r.rtw_held_on === '' || (r.rtw_held_on >= r.last_day && r.rtw_held_on <= today && r.rtw_by !== '')).toBe(true);
    expect(r.reason).not.toMatch(/depress|anxi|psych|diagnos/i);
  });
  // Sickness before this pay period has its fit notes: past periods carry no fit-note warning.
  expect(o.fitNotesNeeded.every((a) => a.lastDay === '' || a.lastDay >= addDays(today, -31))).toBe(true);
  const checkins = sql<{ status: string; reached_on: string; held_on: string }>(backend, 'SELECT status, reached_on, held_on FROM wellbeing_checkins');
  expect(checkins.every((c) => c.reached_on <= today && (c.status === 'to-do' || c.held_on >= c.reached_on))).toBe(true);

  const week = expectOk(await backend.invoke('dashboard:week', {}));
  const kinds = new Set(week.items.map((i) => i.kind));
  for (const kind of ['absence-rtw', 'wellbeing-checkin'] as const) expect(kinds, kind).toContain(kind);
  return o;
}

describe('the demo office’s absence', () => {
  it('has a kind, realistic picture on the demo’s day, with the person off now past day 7 and needing a fit note', async () => {
    const o = await expectAKindPicture(await demoAt('2026-11-27T10:00:00Z'));
    expect(o.offNow[0]!.calendarDays).toBeGreaterThan(7);
    expect(o.fitNotesNeeded.map((a) => a.id)).toEqual([o.offNow[0]!.id]);
    expect(o.office.absenceRate).toBeGreaterThan(0.01);
    expect(o.office.absenceRate).toBeLessThan(0.06);
  }, 60_000);

  it('follows the office’s clock: the same stories on another day', async () => {
    await expectAKindPicture(await demoAt('2027-06-14T09:00:00Z'));
  }, 60_000);
});
