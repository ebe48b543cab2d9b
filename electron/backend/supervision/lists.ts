// The office-wide views: a month of supervisions (everyone's or one supervisor's), and what is overdue
// or due this week, planned or owed by someone's cadence after probation.
import { AppFailure } from '../../../shared/contract/result';
import type { DueSupervision, ProbationState, SupervisionLists, SupervisionMonth } from '../../../shared/contract/supervision';
import { daysInMonth } from '../../../shared/domain/dates';
import { addDays, daysBetween, isoWeekday, mondayOf } from '../../../shared/domain/pay/calendar';
import type { Db } from '../db/open';
import { isCurrentStaff } from '../staff/warnings';
import { toSupervisionRows } from './person';
import {
  allArrangements, allEvents, lastHeldOn, loadNamedStaff, plannedSupervisions, supervisionsBetween, type NamedStaff, type ProbationEventDbRow,
  type SupervisionDbRow,
} from './repository';
import { readSupervisionSettings } from './settings';
import { cadenceNextDue, decisionOf, probationState } from './warnings';

const byName = new Intl.Collator('en-GB', { sensitivity: 'base' });

export function supervisionMonth(db: Db, month: string, supervisorStaffId: number | undefined, today: string): SupervisionMonth {
  const names = loadNamedStaff(db);
  const supervisor = supervisorStaffId === undefined ? null : names.get(supervisorStaffId);
  if (supervisor === undefined) throw new AppFailure('NOT_FOUND', "That supervisor's staff record no longer exists. Choose another, or show everyone's.");
  const [year, m] = month.split('-').map(Number) as [number, number];
  const from = `${month}-01`;
  const to = `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}`;
  // By date, then time (untimed last), then supervisee.
  const rows = supervisionsBetween(db, from, to, supervisorStaffId).sort((a, b) =>
    a.plannedOn.localeCompare(b.plannedOn) || (a.startMinutes ?? 1440) - (b.startMinutes ?? 1440) ||
    byName.compare(names.get(a.superviseeStaffId)!.sortName, names.get(b.superviseeStaffId)!.sortName) || a.id - b.id);
  return { month, from, to, supervisor: supervisor?.name ?? null, rows: toSupervisionRows(db, rows, names, today) };
}

/** What the lists and the home screen need to know of each member of staff. */
export interface StaffSupervisionPicture {
  who: NamedStaff;
  isCurrent: boolean;
  state: ProbationState;
  events: ProbationEventDbRow[];
  supervisorStaffId: number | null;
  /** Planned meetings, soonest first. */
  planned: SupervisionDbRow[];
  /** Due by the cadence after probation ('' when not). */
  nextDue: string;
}

/** Everyone's picture, read in a handful of queries. */
export function officePicture(db: Db, today: string): { names: Map<number, NamedStaff>; people: StaffSupervisionPicture[] } {
  const names = loadNamedStaff(db);
  const arrangements = allArrangements(db);
  const events = allEvents(db);
  const lastHeld = lastHeldOn(db);
  const defaultCadence = readSupervisionSettings(db).defaultCadenceWeeks;
  const planned = new Map<number, SupervisionDbRow[]>();
  for (const r of plannedSupervisions(db)) planned.set(r.superviseeStaffId, [...(planned.get(r.superviseeStaffId) ?? []), r]);
  const people = [...names.values()].map((who): StaffSupervisionPicture => {
    const s = who.staff;
    const own = events.get(s.id) ?? [];
    const arrangement = arrangements.get(s.id);
    const mine = planned.get(s.id) ?? [];
    const decision = decisionOf(own);
    const isCurrent = isCurrentStaff(s, today);
    return {
      who, isCurrent, events: own, planned: mine,
      state: probationState(s.startDate, s.probationEndDate, own, today),
      supervisorStaffId: arrangement?.supervisorStaffId ?? null,
      nextDue: cadenceNextDue({
        confirmedOn: decision?.kind === 'confirmed' ? decision.onDate : null, lastHeldOn: lastHeld.get(s.id) ?? '', isCurrent,
        cadenceWeeks: arrangement ? arrangement.cadenceWeeks : defaultCadence, plannedOn: mine.map((r) => r.plannedOn),
      }),
    };
  });
  return { names, people };
}

/**
 * The days "this week" covers on the home screen and the supervision lists: Monday to Sunday of the week
 * holding today. At a weekend the office is shut and this week's work is done, so it runs on to the
 * Sunday of the coming week: opened on a Saturday it shows Monday's meetings, not just an empty weekend.
 * It still starts on this week's Monday, so sessions earlier in the week still ask who came.
 */
export function officeWeek(today: string): { weekFrom: string; weekTo: string } {
  const weekFrom = mondayOf(today);
  const atWeekend = isoWeekday(today) >= 6;
  return { weekFrom, weekTo: addDays(weekFrom, atWeekend ? 13 : 6) };
}

export function supervisionLists(db: Db, today: string, picture = officePicture(db, today)): SupervisionLists {
  const { weekFrom, weekTo } = officeWeek(today);
  const { names, people } = picture;
  const overdue: DueSupervision[] = [];
  const dueThisWeek: DueSupervision[] = [];
  const nameOf = (id: number | null) => (id === null ? null : names.get(id)!.name);
  for (const p of people.filter((x) => x.isCurrent)) {
    for (const r of p.planned) {
      const due: DueSupervision = { staff: p.who.name, supervisor: nameOf(r.supervisorStaffId), due: r.plannedOn, supervisionId: r.id, planItem: r.planItem, daysLeft: daysBetween(today, r.plannedOn) };
      if (r.plannedOn < today) overdue.push(due);
      else if (r.plannedOn <= weekTo) dueThisWeek.push(due);
    }
    // Owed by the cadence by the same rule as the record's panel (cadenceNextDue).
    if (p.nextDue) {
      const due: DueSupervision = { staff: p.who.name, supervisor: nameOf(p.supervisorStaffId), due: p.nextDue, supervisionId: null, planItem: '', daysLeft: daysBetween(today, p.nextDue) };
      if (p.nextDue < today) overdue.push(due);
      else if (p.nextDue <= weekTo) dueThisWeek.push(due);
    }
  }
  const sortKey = (d: DueSupervision) => names.get(d.staff.staffId)!.sortName;
  const soonest = (a: DueSupervision, b: DueSupervision) => a.due.localeCompare(b.due) || byName.compare(sortKey(a), sortKey(b)) || (a.supervisionId ?? 0) - (b.supervisionId ?? 0);
  const noSupervisor = people.filter((p) => p.isCurrent && p.supervisorStaffId === null)
    .sort((a, b) => byName.compare(a.who.sortName, b.who.sortName)).map((p) => p.who.name);
  return { today, weekFrom, weekTo, overdue: overdue.sort(soonest), dueThisWeek: dueThisWeek.sort(soonest), noSupervisor };
}
