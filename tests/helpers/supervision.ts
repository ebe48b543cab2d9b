// Synthetic staff for the supervision and probation tests, made through the backend's own channels as
// the screens make them, and a snapshot of every table a refusal must leave as it was.
import type { Backend } from '../../electron/backend/backend';
import type { SaveStaffInput } from '../../shared/contract/staff';
import type { PersonSupervision, SupervisionRow } from '../../shared/contract/supervision';
import { memberInput } from './members';
import { expectOk } from './office';
import { staffInput } from './staff';

let made = 0;

/** A person on the register made staff (peer supporter, started 5 January 2026 unless told); answers with their supervision. */
export async function hire(backend: Backend, firstName: string, staff: Partial<SaveStaffInput> = {}): Promise<PersonSupervision> {
  made += 1;
  const member = memberInput({ firstName, lastName: 'Plumtree', email: `supervised${made}@example.org`, postcode: 'BN11 2ZZ' });
  const personId = expectOk(await backend.invoke('members:create', member)).id;
  const record = expectOk(await backend.invoke('staff:save', staffInput(personId, staff)));
  return expectOk(await backend.invoke('supervision:person', { staffId: record.id }));
}

export const person = async (backend: Backend, staffId: number): Promise<PersonSupervision> =>
  expectOk(await backend.invoke('supervision:person', { staffId }));

/** 'YYYY-MM-DD kind status' lines, oldest first: a plan at a glance. */
export const planLines = (p: PersonSupervision): string[] => p.supervisions.map((s) => `${s.plannedOn} ${s.planItem || 'by-hand'} ${s.status}`);

/** The meeting of a kind (and status) in someone's record. */
export function meeting(p: PersonSupervision, match: Partial<Pick<SupervisionRow, 'id' | 'planItem' | 'status' | 'plannedOn'>>): SupervisionRow {
  const found = p.supervisions.find((s) => Object.entries(match).every(([k, v]) => s[k as keyof SupervisionRow] === v));
  if (!found) throw new Error(`no meeting like ${JSON.stringify(match)} in ${planLines(p).join(', ')}`);
  return found;
}

/** Cancels every planned meeting dated before `today`, so a record started in the past has nothing overdue. */
export async function cancelPast(backend: Backend, staffId: number, today: string): Promise<PersonSupervision> {
  let p = await person(backend, staffId);
  for (const s of p.supervisions.filter((r) => r.status === 'planned' && r.plannedOn < today)) {
    p = expectOk(await backend.invoke('supervision:setStatus', { id: s.id, status: 'cancelled' }));
  }
  return p;
}

/**
 * Long-serving staff: started in January 2025, their probation meetings held on the days planned,
 * confirmed on 4 July 2025 (which cancels the final review left unheld), and one supervision held on
 * `lastHeldOn` (when given) with `supervisorStaffId`.
 */
export async function confirmedStaff(backend: Backend, firstName: string, today: string, options: { lastHeldOn?: string; supervisorStaffId?: number | null } = {}): Promise<PersonSupervision> {
  const hired = await hire(backend, firstName, { startDate: '2025-01-06' });
  const staffId = hired.staff.staffId;
  for (const s of hired.supervisions.filter((r) => r.planItem !== 'final-review')) {
    const outcome = s.planItem === 'mid-point-review' ? 'on-track' : '';
    expectOk(await backend.invoke('supervision:hold', { id: s.id, heldOn: s.plannedOn, outcome }));
  }
  let p = expectOk(await backend.invoke('probation:decide', { staffId, decision: 'confirm', on: '2025-07-04', by: 'Sam Office' }));
  if (p.supervisions.some((r) => r.status === 'planned' && r.plannedOn < today)) throw new Error(`${firstName} has late meetings: ${planLines(p).join(', ')}`);
  if (options.supervisorStaffId !== undefined) {
    p = expectOk(await backend.invoke('supervision:saveArrangement', { staffId, supervisorStaffId: options.supervisorStaffId, cadenceWeeks: 6 }));
  }
  if (options.lastHeldOn) {
    p = expectOk(await backend.invoke('supervision:save', { superviseeStaffId: staffId, supervisorStaffId: options.supervisorStaffId ?? null, type: 'one-to-one', plannedOn: options.lastHeldOn }));
    p = expectOk(await backend.invoke('supervision:hold', { id: meeting(p, { plannedOn: options.lastHeldOn, status: 'planned' }).id, heldOn: options.lastHeldOn }));
  }
  return p;
}

/** Every row of every table supervision writes to (and the staff and settings it changes), to show a refusal changed nothing. */
export function supervisionTables(backend: Backend): Record<string, unknown[]> {
  const { sqlite } = backend.session.context();
  const tables = ['supervision_arrangements', 'supervisions', 'supervision_actions', 'probation_events', 'staff', 'office_settings'];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}
