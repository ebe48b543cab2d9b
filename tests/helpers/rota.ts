// Synthetic staff, places and sessions for the rota and payroll tests, made through the backend's own
// channels (never straight into the tables), so each test drives the office as the screens do.
import { expect } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { MemberInput } from '../../shared/contract/members';
import type { PlaceKind, SavedSession, SaveSessionInput } from '../../shared/contract/rota';
import type { SaveStaffInput, StaffRecord } from '../../shared/contract/staff';
import type { BenefitKind } from '../../shared/domain/staff';
import { memberInput } from './members';
import { expectOk } from './office';
import { staffInput } from './staff';

/** 9, 30 -> 570: a time of day as the contract takes it. */
export const at = (hours: number, minutes = 0): number => hours * 60 + minutes;

export interface WorkerOptions {
  member?: Partial<MemberInput>;
  staff?: Partial<SaveStaffInput>;
  /** Hourly rates in pence by the date they start; none: no rate at all. */
  rates?: { from: string; pence: number }[];
  benefit?: { from: string; kind: BenefitKind };
}

let made = 0;

/** A person on the register with a staff record (born 1990, started 5 January 2026, £13.00 an hour). */
export async function worker(backend: Backend, firstName: string, options: WorkerOptions = {}): Promise<StaffRecord> {
  made += 1;
  const member = memberInput({ firstName, lastName: 'Testworth', email: `worker${made}@example.org`, dateOfBirth: '1990-05-17', ...options.member });
  const personId = expectOk(await backend.invoke('members:create', member)).id;
  let record = expectOk(await backend.invoke('staff:save', staffInput(personId, options.staff)));
  for (const rate of options.rates ?? [{ from: '2026-01-05', pence: 1300 }]) {
    record = expectOk(await backend.invoke('staff:addRate', { staffId: record.id, effectiveFrom: rate.from, hourlyPence: rate.pence }));
  }
  if (options.benefit) {
    record = expectOk(await backend.invoke('staff:setBenefitStatus', { staffId: record.id, fromDate: options.benefit.from, kind: options.benefit.kind }));
  }
  return record;
}

/** Adds a place and returns its id. */
export async function addPlace(backend: Backend, name: string, kind: PlaceKind, site = ''): Promise<number> {
  const list = expectOk(await backend.invoke('places:save', { name, site, kind }));
  return list.find((p) => p.name === name && p.site === site)!.id;
}

/** The id of a pay element by name (the seeded ones: 'Wellbeing group', 'Mileage', ...). */
export async function elementId(backend: Backend, name: string): Promise<number> {
  const found = expectOk(await backend.invoke('payElements:list', {})).find((e) => e.name === name);
  if (!found) throw new Error(`no pay element called ${name}`);
  return found.id;
}

/** The seeded place 'Office' and activity 'Wellbeing group': where a session goes when the test does not care. */
export async function defaults(backend: Backend): Promise<{ officeId: number; groupId: number }> {
  const officeId = expectOk(await backend.invoke('places:list', {})).find((p) => p.name === 'Office')!.id;
  return { officeId, groupId: await elementId(backend, 'Wellbeing group') };
}

export type SessionParts = Pick<SaveSessionInput, 'staffId' | 'date' | 'placeId' | 'elementId'> & Partial<SaveSessionInput>;

/** A worked session from 09:00 to 12:00 unless told otherwise. */
export const sessionInput = (parts: SessionParts): SaveSessionInput => ({ startMinutes: at(9), endMinutes: at(12), breakMinutes: 0, status: 'worked', ...parts });

export async function book(backend: Backend, parts: SessionParts): Promise<SavedSession> {
  return expectOk(await backend.invoke('sessions:save', sessionInput(parts)));
}

/** Every stored session row, to show a refused call changed nothing. */
export const sessionRows = (backend: Backend): unknown[] =>
  backend.session.context().sqlite.prepare('SELECT * FROM sessions ORDER BY id').all();

/** Every row of the pay-period tables, to show a refused call stored nothing. */
export const periodRows = (backend: Backend): unknown[] => {
  const { sqlite } = backend.session.context();
  return [...sqlite.prepare('SELECT * FROM pay_periods ORDER BY id').all(), ...sqlite.prepare('SELECT * FROM pay_period_events ORDER BY id').all()];
};

type AnyResult = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };

/** Asserts a refusal with its code (and the field it names, when given); returns the message. */
export function expectRefused(result: AnyResult, code: string, field?: string): string {
  if (result.ok) throw new Error(`expected ${code}, but the call succeeded`);
  expect(result.error.code).toBe(code);
  if (field !== undefined) expect(Object.keys(result.error.fields ?? {})).toContain(field);
  return result.error.message;
}
