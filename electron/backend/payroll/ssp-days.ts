// Sickness for payroll: the spells of sickness that touch a range of dates, and the Statutory Sick Pay
// qualifying days in it. The app does not pay SSP (payroll works out the rate from earnings it holds);
// it tells payroll which days of sickness were days the person would have worked.
//
// A qualifying day is a day of a whole-day sickness absence on which the person had a rota session
// (planned or cancelled: an absence usually cancels them). A day with a session marked worked is paid
// as work, never also as SSP: the checklist asks the office which record is wrong. For a sick day with
// no session, a bank worker was not due (only the rota says when they are); for part-time staff the
// rota of that week decides, as it does for the absence figures (dueToWork in shared/domain/absence.ts):
// weekdays count only in a week with no session at all. A part day is not an SSP day.
// Everything is counted in calendar dates, never hours, so a spell over a clock change neither gains
// nor loses a day.
import { and, eq, gte, inArray, lte, or } from 'drizzle-orm';
import { dueToWork } from '../../../shared/domain/absence';
import { displayName } from '../../../shared/domain/members';
import { addDays, mondayOf } from '../../../shared/domain/pay/calendar';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/domain/pay/uk-defaults';
import type { Db } from '../db/open';
import { absences, absenceTypes, people, sessions, staff } from '../db/schema';

const BANK_HOLIDAYS: ReadonlySet<string> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

export interface SicknessSpell {
  absenceId: number;
  staffId: number;
  personId: number;
  /** As the office reads it (a preferred name if they have one). */
  name: string;
  firstDay: string;
  /** The last day off: the recorded one, the day before they came back, or today while still off. */
  lastDay: string;
  /** True while no last day is recorded. */
  ongoing: boolean;
  /** A single-day absence of some hours: never an SSP day. */
  partDay: boolean;
  certification: 'self' | 'fit-note';
}

export interface DateRange {
  from: string;
  to: string;
}

/**
 * Sickness spells (absences of a kind marked as sickness) with any day in the range, up to today: an
 * absence recorded ahead (a fit note to next Friday) counts only the days that have come.
 */
export function sicknessSpells(db: Db, range: DateRange, today: string, staffId?: number): SicknessSpell[] {
  const rows = db
    .select({
      id: absences.id, staffId: absences.staffId, personId: staff.personId, firstDay: absences.firstDay, lastDay: absences.lastDay,
      returnedOn: absences.returnedOn, partDayMinutes: absences.partDayMinutes, certification: absences.certification,
      firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName,
    })
    .from(absences)
    .innerJoin(absenceTypes, eq(absenceTypes.id, absences.typeId))
    .innerJoin(staff, eq(staff.id, absences.staffId))
    .innerJoin(people, eq(people.id, staff.personId))
    .where(and(
      eq(absenceTypes.isSickness, true),
      lte(absences.firstDay, range.to),
      or(eq(absences.lastDay, ''), gte(absences.lastDay, range.from)),
      staffId === undefined ? undefined : eq(absences.staffId, staffId),
    ))
    .orderBy(absences.firstDay, absences.id)
    .all();
  const spells: SicknessSpell[] = [];
  for (const r of rows) {
    // Still off: until the day before they came back, if that is recorded, or until today.
    const open = r.lastDay === '' ? (r.returnedOn !== '' ? addDays(r.returnedOn, -1) : today) : r.lastDay;
    const lastDay = open > today ? today : open;
    if (lastDay < r.firstDay || lastDay < range.from || r.firstDay > today) continue;
    spells.push({
      absenceId: r.id, staffId: r.staffId, personId: r.personId, name: displayName(r), firstDay: r.firstDay, lastDay,
      ongoing: r.lastDay === '', partDay: r.partDayMinutes !== null, certification: r.certification,
    });
  }
  return spells;
}

/**
 * The SSP qualifying days in the range, per staff id, oldest first. Only staff with at least one such
 * day are in the map.
 */
export const sspQualifyingDays = (db: Db, range: DateRange, today: string, staffId?: number): Map<number, string[]> =>
  sspDaysOfSpells(db, sicknessSpells(db, range, today, staffId), range);

/** As sspQualifyingDays, from spells already read (the pay calculation reads them once for the checklist too). */
export function sspDaysOfSpells(db: Db, sickness: readonly SicknessSpell[], range: DateRange): Map<number, string[]> {
  const spells = sickness.filter((s) => !s.partDay);
  if (spells.length === 0) return new Map();
  // Whole weeks around the range: whether someone had any rota that week decides their weekdays.
  const weeks = { from: mondayOf(range.from), to: addDays(mondayOf(range.to), 6) };
  const ids = [...new Set(spells.map((s) => s.staffId))];
  const rota = db.selectDistinct({ staffId: sessions.staffId, date: sessions.date, status: sessions.status }).from(sessions)
    .where(and(inArray(sessions.staffId, ids), gte(sessions.date, weeks.from), lte(sessions.date, weeks.to))).all();
  const rotaDays = new Map<number, Set<string>>();
  const workedDays = new Map<number, Set<string>>();
  for (const r of rota) {
    rotaDays.set(r.staffId, (rotaDays.get(r.staffId) ?? new Set()).add(r.date));
    if (r.status === 'worked') workedDays.set(r.staffId, (workedDays.get(r.staffId) ?? new Set()).add(r.date));
  }

  const bank = new Set(db.select({ id: staff.id }).from(staff).where(and(inArray(staff.id, ids), eq(staff.contractType, 'bank'))).all().map((r) => r.id));
  const out = new Map<number, string[]>();
  for (const id of ids) {
    const sickDays = new Set<string>();
    for (const spell of spells.filter((s) => s.staffId === id)) {
      const from = spell.firstDay > range.from ? spell.firstDay : range.from;
      const to = spell.lastDay < range.to ? spell.lastDay : range.to;
      for (let d = from; d <= to; d = addDays(d, 1)) if (!workedDays.get(id)?.has(d)) sickDays.add(d);
    }
    const days = qualifyingDays([...sickDays], rotaDays.get(id) ?? new Set(), { bank: bank.has(id) });
    if (days.length > 0) out.set(id, days);
  }
  return out;
}

/** Of the sick days, those the person was due to work, judged from their rota as absence figures judge them (shared/domain/absence.ts). */
export function qualifyingDays(sickDays: readonly string[], rotaDays: ReadonlySet<string>, options: { bank?: boolean; bankHolidays?: ReadonlySet<string> } = {}): string[] {
  const facts = { sessionDays: rotaDays, bank: options.bank ?? false, bankHolidays: options.bankHolidays ?? BANK_HOLIDAYS };
  return [...new Set(sickDays)].sort().filter((d) => dueToWork(d, facts).due);
}
