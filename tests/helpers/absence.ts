// Absences for tests, recorded through the backend's own channels as the screens record them, and a
// snapshot of every absence table a refusal must leave as it was.
import type { Backend } from '../../electron/backend/backend';
import type { Absence, PersonAbsence, SaveAbsenceInput } from '../../shared/contract/absence';
import { expectOk } from './office';

/** The id of a kind of absence by name (the seeded ones: 'Sickness', 'Disability-related', 'Compassionate', ...). */
export async function typeId(backend: Backend, name: string): Promise<number> {
  const found = expectOk(await backend.invoke('absence:types', {})).find((t) => t.name === name);
  if (!found) throw new Error(`no kind of absence called ${name}`);
  return found.id;
}

/** A whole day of sickness, self-certified, unless told otherwise. */
export const absenceInput = (staffId: number, typeId: number, firstDay: string, parts: Partial<SaveAbsenceInput> = {}): SaveAbsenceInput => ({
  staffId, typeId, firstDay, lastDay: firstDay, ...parts,
});

/** Records an absence and answers with the person's record and the absence just stored. */
export async function record(backend: Backend, staffId: number, typeId: number, firstDay: string, parts: Partial<SaveAbsenceInput> = {}): Promise<{ person: PersonAbsence; absence: Absence }> {
  const person = expectOk(await backend.invoke('absence:save', absenceInput(staffId, typeId, firstDay, parts)));
  const absence = parts.id !== undefined
    ? person.absences.find((a) => a.id === parts.id)!
    : person.absences.reduce((a, b) => (b.id > a.id ? b : a));
  return { person, absence };
}

/** Every row of every absence table, and the office's review points, to show a refused call changed nothing. */
export function absenceTables(backend: Backend): unknown[] {
  const { sqlite } = backend.session.context();
  return [
    ...['absence_types', 'absences', 'absence_adjustments', 'wellbeing_checkins'].map((t) => sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()),
    sqlite.prepare(`SELECT * FROM office_settings WHERE key = 'absenceReviewPoints'`).all(),
  ];
}
