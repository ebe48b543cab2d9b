// Probation decisions and what each one does to the record: confirm, extend (the end moves and the plan
// grows) or end (the staff record gets its last day and later meetings are cancelled). Used by a final
// review's outcome and by probation:extend / probation:decide alike, inside the caller's transaction.
import { PLAN_ITEM_LABELS, type PlanItemKindOrNone } from '../../../shared/contract/supervision';
import { AppFailure, refuseField } from '../../../shared/contract/result';
import { formatUkDate, londonToday } from '../../../shared/domain/dates';
import { latestProbationEnd, MAX_PROBATION_MONTHS } from '../../../shared/domain/probation';
import type { Db } from '../db/open';
import { growPlan } from './plan';
import {
  cancelPlannedAfter, cancelPlannedFinalReviews, cancelPlannedPlanAfter, cancelPlannedReviews, eventsOf, insertEvent, setLastDay, setProbationEnd,
  type NamedStaff, type ProbationEventDbRow,
} from './repository';
import { decisionOf } from './warnings';

/** The leaving reason a record gets when probation ends it and none was written. */
export const PROBATION_NOT_PASSED = 'Probation not passed';

export interface DecisionMeta { on: string; by: string; reason: string; nowIso: string }

const decisionWords = (decision: ProbationEventDbRow): string =>
  decision.kind === 'confirmed' ? `confirmed in post on ${formatUkDate(decision.onDate)}` : `ended on ${formatUkDate(decision.onDate)}`;

/** Refused once probation is confirmed or ended: a decision is recorded once, never edited. */
export function assertUndecided(db: Db, who: NamedStaff): void {
  const decision = decisionOf(eventsOf(db, who.staff.id));
  if (!decision) return;
  throw new AppFailure('CONFLICT', `${who.name.name}'s probation was already ${decisionWords(decision)}. A decision is recorded once and cannot be changed here.`);
}

export const isReview = (planItem: PlanItemKindOrNone): boolean => planItem === 'mid-point-review' || planItem === 'final-review';

/**
 * Probation reviews belong to probation: once it is decided, none can be held, rescheduled or put back
 * to planned (`done` says which, as in "can no longer be held"). Plain supervisions carry on as before.
 */
export function assertReviewStillOpen(db: Db, who: NamedStaff, planItem: PlanItemKindOrNone, done: string): void {
  if (!isReview(planItem)) return;
  const decision = decisionOf(eventsOf(db, who.staff.id));
  if (!decision) return;
  throw new AppFailure('CONFLICT',
    `${who.name.name}'s probation was already ${decisionWords(decision)}, so the ${PLAN_ITEM_LABELS[planItem].toLowerCase()} can no longer be ${done}. To meet, book a supervision instead.`);
}

export function confirmProbation(db: Db, who: NamedStaff, m: DecisionMeta): void {
  insertEvent(db, { staffId: who.staff.id, kind: 'confirmed', onDate: m.on, reason: m.reason, by: m.by, recordedAt: m.nowIso });
  // Probation is over: its meetings after the decision will not happen (the cadence takes over), and
  // no review can be held now, however late. Probation supervisions due before the decision stay, to be
  // recorded as held or missed; meetings booked by hand stay too.
  cancelPlannedPlanAfter(db, who.staff.id, m.on, m.nowIso);
  cancelPlannedReviews(db, who.staff.id, m.nowIso);
}

/** Moves the end of probation and grows the plan; `field` names the input holding the new end. */
export function extendProbation(db: Db, who: NamedStaff, newEnd: string, field: string, m: DecisionMeta): void {
  const s = who.staff;
  const oldEnd = s.probationEndDate;
  if (newEnd <= oldEnd) refuseField(field, `Choose a new end after ${formatUkDate(oldEnd)}, when probation ends now.`);
  if (newEnd <= m.on) refuseField(field, `Choose a new end after ${formatUkDate(m.on)}, the date of this decision.`);
  assertWithinLongestProbation(who, newEnd, field);
  if (s.endDate && newEnd > s.endDate) refuseField(field, `${who.name.name}'s contract ends on ${formatUkDate(s.endDate)}: probation cannot run past it.`);
  // An unheld final review was for the old end; the review being held (a final review's 'extend') stays held.
  cancelPlannedFinalReviews(db, s.id, m.nowIso);
  insertEvent(db, { staffId: s.id, kind: 'extended', onDate: m.on, previousEndDate: oldEnd, newEndDate: newEnd, reason: m.reason, by: m.by, recordedAt: m.nowIso });
  setProbationEnd(db, s.id, newEnd, m.nowIso);
  // A review recorded late plans nothing in the past: the new meetings start from today at the earliest.
  const today = londonToday(new Date(m.nowIso));
  growPlan(db, { ...s, probationEndDate: newEnd }, oldEnd, newEnd, m.on > today ? m.on : today, m.nowIso);
}

/** However often it is extended, probation ends by latestProbationEnd (see MAX_PROBATION_MONTHS for why). */
function assertWithinLongestProbation(who: NamedStaff, newEnd: string, field: string): void {
  const { startDate, probationEndDate } = who.staff;
  const latest = latestProbationEnd(startDate);
  if (newEnd <= latest) return;
  const limit = `probation can last at most ${MAX_PROBATION_MONTHS} months from ${who.name.name}'s start on ${formatUkDate(startDate)}`;
  refuseField(field, probationEndDate < latest
    ? `Choose a new end on or before ${formatUkDate(latest)}: ${limit}. If they need longer than that, decide now: confirm them in post or end their employment.`
    : `It cannot be extended again: ${limit}, and it already runs to ${formatUkDate(probationEndDate)}. Record the decision instead: confirm them in post or end their employment.`);
}

/** Records the end of employment after probation is not passed; `field` names the input holding the last day. */
export function endProbation(db: Db, who: NamedStaff, lastDay: string, field: string, m: DecisionMeta): void {
  const s = who.staff;
  if (lastDay < m.on) refuseField(field, `Choose a last day on or after ${formatUkDate(m.on)}, the date of this decision: notice runs from then.`);
  insertEvent(db, { staffId: s.id, kind: 'ended', onDate: m.on, newEndDate: lastDay, reason: m.reason, by: m.by, recordedAt: m.nowIso });
  setLastDay(db, s.id, lastDay, s.leavingReason || PROBATION_NOT_PASSED, m.nowIso);
  cancelPlannedAfter(db, s.id, lastDay, m.nowIso);
  // Meetings up to the last day can still be held, but no probation review now the decision is made.
  cancelPlannedReviews(db, s.id, m.nowIso);
}
