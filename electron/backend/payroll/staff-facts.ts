// What the payroll calculation needs of each worker, in one query.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/open';
import { people, staff } from '../db/schema';

export interface PayrollWorker {
  staffId: number;
  personId: number;
  worksNumber: string;
  niNumber: string;
  /** "First Last" as payroll knows them (the legal name, not a preferred one). */
  payrollName: string;
  holidayScheme: 'irregular' | 'fixed';
  rolledUpHoliday: boolean;
  dateOfBirth: string;
  ageBand: '' | '21-and-over' | '18-20' | 'under-18';
  apprenticeshipStartDate: string;
}

export function loadWorkers(db: Db, staffIds: readonly number[]): Map<number, PayrollWorker> {
  if (staffIds.length === 0) return new Map();
  const rows = db.select({ s: staff, firstName: people.firstName, lastName: people.lastName, dateOfBirth: people.dateOfBirth })
    .from(staff).innerJoin(people, eq(people.id, staff.personId)).where(inArray(staff.id, [...new Set(staffIds)])).all();
  return new Map(rows.map(({ s, firstName, lastName, dateOfBirth }) => [s.id, {
    staffId: s.id, personId: s.personId, worksNumber: s.worksNumber, niNumber: s.niNumber, payrollName: `${firstName} ${lastName}`,
    holidayScheme: s.holidayScheme, rolledUpHoliday: s.rolledUpHoliday, dateOfBirth, ageBand: s.ageBand, apprenticeshipStartDate: s.apprenticeshipStartDate,
  }]));
}

// One collator for every comparison: localeCompare with options builds a new one on each call, which
// made sorting a big month's lines take seconds.
const worksNumberOrder = new Intl.Collator('en-GB', { numeric: true });

/** Works numbers sort as payroll lists them: 2 before 10, letters after digits. */
export const byWorksNumber = (a: string, b: string): number => worksNumberOrder.compare(a, b);
