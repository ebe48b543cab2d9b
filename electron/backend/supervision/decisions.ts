// Probation decisions and what each one does to the record: confirm, extend (the end moves and the plan
// grows) or end (the staff record gets its last day and later meetings are cancelled). Used by a final
// review's outcome and by probation:extend / probation:decide alike, inside the caller's transaction.
import { AppFailure } from '../../../shared/contract/result';
import { formatUkDate } from '../../../shared/domain/dates';
import type { Db } from '../db/open';
import { growPlan } from './plan';
import {
  cancelPlannedAfter, cancelPlannedFinalReviews, eventsOf, insertEvent, setLastDay, setProbationEnd, type NamedStaff,
} from './repository';
import { decisionOf } from './warnings';

/** The leaving reason a record gets when probation ends it and none was written. */
export const PROBATION_NOT_PASSED = 'Probation not passed';

export interface DecisionMeta { on: string; by: string; reason: string; nowIso: string }

const refuse = (field: string, message: string): never => {
  throw new AppFailure('VALIDATION', message, { [field]: message });
};

/** Refused once probation is confirmed or ended: a decision is recorded once, never edited. */
export function assertUndecided(db: Db, who: NamedStaff): void {
  const decision = decisionOf(eventsOf(db, who.staff.id));
  if (!decision) return;
  const what = decision.kind === 'confirmed' ? `confirmed in post on ${formatUkDate(decision.onDate)}` : `ended on ${formatUkDate(decision.onDate)}`;
  throw new AppFailure('CONFLICT', `${who.name.name}'s probation was already ${what}. A decision is recorded once and cannot be changed here.`);
}

export function confirmProbation(db: Db, who: NamedStaff, m: DecisionMeta): void {
  insertEvent(db, { staffId: who.staff.id, kind: 'confirmed', onDate: m.on, reason: m.reason, by: m.by, recordedAt: m.nowIso });
  // Decided without holding it, the final review has nothing left to decide.
  cancelPlannedFinalReviews(db, who.staff.id, m.nowIso);
}

/** Moves the end of probation and grows the plan; `field` names the input holding the new end. */
export function extendProbation(db: Db, who: NamedStaff, newEnd: string, field: string, m: DecisionMeta): void {
  const s = who.staff;
  const oldEnd = s.probationEndDate;
  if (newEnd <= oldEnd) refuse(field, `Choose a new end after ${formatUkDate(oldEnd)}, when probation ends now.`);
  if (newEnd <= m.on) refuse(field, `Choose a new end after ${formatUkDate(m.on)}, the date of this decision.`);
  if (s.endDate && newEnd > s.endDate) refuse(field, `${who.name.name}'s contract ends on ${formatUkDate(s.endDate)}: probation cannot run past it.`);
  // An unheld final review was for the old end; the review being held (a final review's 'extend') stays held.
  cancelPlannedFinalReviews(db, s.id, m.nowIso);
  insertEvent(db, { staffId: s.id, kind: 'extended', onDate: m.on, previousEndDate: oldEnd, newEndDate: newEnd, reason: m.reason, by: m.by, recordedAt: m.nowIso });
  setProbationEnd(db, s.id, newEnd, m.nowIso);
  growPlan(db, { ...s, probationEndDate: newEnd }, oldEnd, newEnd, m.on, m.nowIso);
}

/** Records the end of employment after probation is not passed; `field` names the input holding the last day. */
export function endProbation(db: Db, who: NamedStaff, lastDay: string, field: string, m: DecisionMeta): void {
  const s = who.staff;
  if (lastDay < m.on) refuse(field, `Choose a last day on or after ${formatUkDate(m.on)}, the date of this decision: notice runs from then.`);
  insertEvent(db, { staffId: s.id, kind: 'ended', onDate: m.on, newEndDate: lastDay, reason: m.reason, by: m.by, recordedAt: m.nowIso });
  setLastDay(db, s.id, lastDay, s.leavingReason || PROBATION_NOT_PASSED, m.nowIso);
  cancelPlannedAfter(db, s.id, lastDay, m.nowIso);
  cancelPlannedFinalReviews(db, s.id, m.nowIso);
}
