// Reading supervision as the screens and print pages show it: meetings with names, moves and agreed
// actions, and one person's whole picture (probation, warnings, supervisor, cadence, open actions).
import { AppFailure } from '../../../shared/contract/result';
import type { PersonSupervision, ProbationEvent, SupervisionAction, SupervisionRow } from '../../../shared/contract/supervision';
import type { Db } from '../db/open';
import { isCurrentStaff } from '../staff/warnings';
import {
  eventsOf, findArrangement, loadActions, loadNamedStaff, rescheduleLinks, supervisionsOf, type ActionDb, type NamedStaff, type SupervisionDbRow,
} from './repository';
import { readSupervisionSettings } from './settings';
import { cadenceNextDue, decisionOf, probationState, probationWarnings } from './warnings';

const toAction = (a: ActionDb): SupervisionAction => ({ id: a.id, text: a.text, raisedOn: a.raisedOn, doneOn: a.doneOn });

/** Rows as shown: `names` must hold every supervisee and supervisor in them. */
export function toSupervisionRows(db: Db, rows: readonly SupervisionDbRow[], names: ReadonlyMap<number, NamedStaff>, today: string, actions?: readonly ActionDb[]): SupervisionRow[] {
  const links = rescheduleLinks(db, rows);
  const byMeeting = new Map<number, SupervisionAction[]>();
  for (const a of actions ?? loadActions(db, { raisedInIds: rows.filter((r) => r.status === 'held').map((r) => r.id) })) {
    byMeeting.set(a.raisedInId, [...(byMeeting.get(a.raisedInId) ?? []), toAction(a)]);
  }
  return rows.map((r) => ({
    id: r.id,
    supervisee: names.get(r.superviseeStaffId)!.name,
    supervisor: r.supervisorStaffId === null ? null : names.get(r.supervisorStaffId)!.name,
    type: r.type,
    planItem: r.planItem,
    plannedOn: r.plannedOn,
    startMinutes: r.startMinutes,
    status: r.status,
    heldOn: r.heldOn,
    outcome: r.outcome as SupervisionRow['outcome'], // written only from the contract's outcomes
    rescheduledTo: links.to.get(r.id) ?? '',
    rescheduledFrom: links.from.get(r.id) ?? '',
    overdue: r.status === 'planned' && r.plannedOn < today,
    actions: byMeeting.get(r.id) ?? [],
  }));
}

export function notFound(): never {
  throw new AppFailure('NOT_FOUND', 'That staff record no longer exists. Open the person again from the register.');
}

export function personSupervision(db: Db, staffId: number, today: string): PersonSupervision {
  const names = loadNamedStaff(db);
  const who = names.get(staffId) ?? notFound();
  const s = who.staff;
  const settings = readSupervisionSettings(db);
  const arrangement = findArrangement(db, staffId);
  const supervisorId = arrangement?.supervisorStaffId ?? null;
  const cadenceWeeks = arrangement ? arrangement.cadenceWeeks : settings.defaultCadenceWeeks;
  const rows = supervisionsOf(db, staffId);
  const events = eventsOf(db, staffId);
  const actions = loadActions(db, { superviseeStaffId: staffId });
  const isCurrent = isCurrentStaff(s, today);
  const decision = decisionOf(events);
  const lastHeldOn = rows.reduce((last, r) => (r.status === 'held' && r.heldOn > last ? r.heldOn : last), '');
  const firstExtension = events.find((e) => e.kind === 'extended');
  return {
    staff: { ...who.name, startDate: s.startDate, endDate: s.endDate, jobRole: s.jobRole, isCurrent },
    probation: {
      startDate: s.startDate,
      endDate: s.probationEndDate,
      originalEndDate: firstExtension?.previousEndDate ?? s.probationEndDate,
      state: probationState(s.startDate, s.probationEndDate, events, today),
      hasPlan: rows.some((r) => r.planItem !== ''),
      events: events.map((e): ProbationEvent => ({ id: e.id, kind: e.kind, onDate: e.onDate, previousEndDate: e.previousEndDate, newEndDate: e.newEndDate, reason: e.reason, by: e.by })),
      warnings: probationWarnings({
        name: who.name.name, startDate: s.startDate, probationEnd: s.probationEndDate, isCurrent, hasSupervisor: supervisorId !== null, events, noticeDays: settings.probationNoticeDays,
      }, today),
    },
    supervisor: supervisorId === null ? null : names.get(supervisorId)!.name,
    cadenceWeeks,
    nextDue: cadenceNextDue({
      confirmedOn: decision?.kind === 'confirmed' ? decision.onDate : null, lastHeldOn, cadenceWeeks, isCurrent,
      plannedOn: rows.filter((r) => r.status === 'planned').map((r) => r.plannedOn),
    }),
    supervisions: toSupervisionRows(db, rows, names, today, actions),
    openActions: actions.filter((a) => a.doneInId === null).map(toAction),
  };
}
