// The changes the crash writer makes, as pure functions of a change number. The writer and the checker
// both derive them from the number alone, so the checker knows exactly what every row must hold
// without trusting anything the killed process said beyond "change N has committed".
import type { MemberValues } from '../../shared/contract/members';
import type { Role } from '../../shared/domain/members';
import { seededRandom } from '../../shared/domain/seeded-random';

/** The writer's clock: fixed, so every record stays inside the "made by mistake" delete window. */
export const CRASH_NOW = '2026-11-27T10:00:00.000Z';

export type Change =
  | { op: 'create' }
  | { op: 'update'; id: number }
  | { op: 'delete'; id: number }
  /** Lock and unlock, through the backend as the app does: closing folds the WAL into the file, so a kill can land mid-checkpoint. */
  | { op: 'reopen' };

/** The audit log as a writer found it: entries up to the last one checked before, and each since as [id, channel, record]. */
export interface AuditReport {
  upTo: number;
  since: [number, string, string][];
}

/** What the writer says on stdout, one JSON object a line. */
export type WriterLine =
  /** Unlocked (recovering the WAL) and checked: the register as found, [person id, change that wrote them], and the audit log. */
  | { t: 'ready'; journal: string; synchronous: number; foreignKeys: number; cipher: string; register: [number, number][]; audit: AuditReport; checkMs: number }
  | ({ t: 'intent'; seq: number } & Change)
  | { t: 'ack'; seq: number; id?: number };

export const seeded = seededRandom;

// Enough people that updates and deletes hit pages all over the file, few enough to check every run.
const POPULATION_CEILING = 300;

/** Which change number `seq` makes, given the people the writer knows are on the register. */
export function chooseChange(seq: number, ids: readonly number[]): Change {
  const random = seeded(seq ^ 0x5bd1e995);
  const pick = (): number => ids[Math.floor(random() * ids.length)]!;
  const r = random();
  if (ids.length === 0) return { op: 'create' };
  if (r < 0.04) return { op: 'reopen' };
  if (ids.length > POPULATION_CEILING) return r < 0.6 ? { op: 'delete', id: pick() } : { op: 'update', id: pick() };
  if (r < 0.5) return { op: 'create' };
  if (r < 0.85) return { op: 'update', id: pick() };
  return { op: 'delete', id: pick() };
}

const CRASH_ROLES: readonly Role[] = ['member', 'peer supporter', 'volunteer', 'trustee'];
const FIRST_NAMES = ['Zebedee', 'Philippa', 'Barnaby', 'Ottoline', 'Cordelia', 'Peregrine', 'Araminta', 'Thaddeus'];

const isoDay = (daysAfter: number): string => new Date(Date.UTC(2020, 0, 1) + daysAfter * 86_400_000).toISOString().slice(0, 10);

/**
 * The member that change `seq` writes (created or overwritten). Its number is in the person row
 * (preferredName) and, differently, in every role and involvement row, so a person whose tables
 * disagree (one written by one change, another by a different one) cannot pass the check. Some
 * changes are large (50 long involvements, ~4 KB) so that one transaction spans several pages.
 * Given as the contract schema's output, already normalised, so the checker can compare stored rows
 * with it directly; the harness proves the schema turns these values into themselves.
 */
export function memberFor(seq: number): MemberValues {
  const random = seeded(seq);
  const joinedDay = Math.floor(random() * 1500);
  const roleCount = 1 + (seq % 4);
  const involvementCount = seq % 5 === 0 ? 50 : seq % 3;
  const left = seq % 11 === 0;
  return {
    firstName: FIRST_NAMES[seq % FIRST_NAMES.length]!,
    lastName: `Crashworth-${seq}`,
    preferredName: `change ${seq}`,
    pronouns: '',
    dateOfBirth: '',
    addressLine1: `${1 + (seq % 97)} Lantern Row`,
    addressLine2: seq % 2 ? `Flat ${seq % 9}, ${'Orchard House '.repeat(1 + (seq % 6))}`.trim() : '',
    town: 'Worthing',
    postcode: 'BN11 1AA',
    phone: '07700 900123',
    email: `crash.${seq}@example.org`,
    locality: 'Worthing',
    joinedOn: isoDay(joinedDay),
    status: left ? 'left' : seq % 7 === 0 ? 'lapsed' : 'active',
    leftOn: left ? isoDay(joinedDay + 400) : '',
    contactMethods: seq % 2 ? ['email', 'phone'] : [],
    contactConsent: seq % 2 === 1,
    contactConsentOn: seq % 2 ? isoDay(joinedDay) : '',
    emergencyContactName: '',
    emergencyContactPhone: '',
    emergencyContactRelationship: '',
    // A leaver's roles end on the day they left already, so an update (which would end open roles) stores what a create does.
    roles: Array.from({ length: roleCount }, (_, i) => ({
      role: CRASH_ROLES[(seq + i) % CRASH_ROLES.length]!,
      startedOn: isoDay(joinedDay + i + (seq % 13)),
      endedOn: left ? isoDay(joinedDay + 400) : '',
    })),
    involvements: Array.from({ length: involvementCount }, (_, i) => `Group ${i} of change ${seq}: ${'peer support walking group '.repeat(2)}`.slice(0, 80).trim()),
  };
}
