// The probation plan as rows of supervisions: made with the staff record, re-made when its dates are
// edited before a decision, and grown when probation is extended. The dates come from the pure rules
// in shared/domain/probation.ts; this file decides which rows to keep, add or remove.
import { eq, inArray } from 'drizzle-orm';
import { londonToday } from '../../../shared/domain/dates';
import { daysBetween } from '../../../shared/domain/pay/calendar';
import { extendPlan, MERGE_WITHIN_DAYS, probationPlan, type PlanItem, type PlanItemKind } from '../../../shared/domain/probation';
import type { Db } from '../db/open';
import { staff, supervisions } from '../db/schema';
import {
  cancelSupervisions, eventsOf, findArrangement, insertSupervisions, supervisionsOf, writeArrangement, type ArrangementDbRow, type NewSupervision,
  type StaffDbRow, type SupervisionDbRow,
} from './repository';
import { planRules, readSupervisionSettings } from './settings';
import { decisionOf } from './warnings';

/** The person's arrangement; one with nobody named and the office's default cadence when they have none yet. */
export function ensureArrangement(db: Db, staffId: number, nowIso: string): ArrangementDbRow {
  const found = findArrangement(db, staffId);
  if (found) return found;
  const made = { staffId, supervisorStaffId: null, cadenceWeeks: readSupervisionSettings(db).defaultCadenceWeeks, updatedAt: nowIso };
  writeArrangement(db, made);
  return made;
}

const findStaffRow = (db: Db, staffId: number): StaffDbRow => db.select().from(staff).where(eq(staff.id, staffId)).get()!;

const planRow = (staffId: number, supervisorStaffId: number | null, item: PlanItem, nowIso: string): NewSupervision => ({
  superviseeStaffId: staffId, supervisorStaffId, type: 'one-to-one', planItem: item.kind, plannedOn: item.due, startMinutes: null,
  status: 'planned', heldOn: '', outcome: '', rescheduledFromId: null, createdAt: nowIso, updatedAt: nowIso,
});

function insertItems(db: Db, s: StaffDbRow, items: readonly PlanItem[], nowIso: string): void {
  const supervisor = ensureArrangement(db, s.id, nowIso).supervisorStaffId;
  insertSupervisions(db, items.map((i) => planRow(s.id, supervisor, i, nowIso)));
}

/** The whole plan from the record's start and probation end. */
export function makePlan(db: Db, s: StaffDbRow, nowIso: string): void {
  insertItems(db, s, probationPlan(s.startDate, s.probationEndDate, planRules(db)), nowIso);
}

const isPlanRow = (r: SupervisionDbRow) => r.planItem !== '';

/** A final review someone moved stands for the new plan's one only this close to it; further away, it is replaced. */
export const KEPT_FINAL_REVIEW_WITHIN_DAYS = 14;

/**
 * The start or probation end changed before any decision: planned plan rows nobody has moved are
 * replaced by the new plan's items dated after the last one held or missed (or cancelled before
 * today: a future meeting cancelled is no reason to leave the months before it unplanned). A row
 * someone rescheduled was a deliberate choice, so it stays while it still fits: inside the new start
 * and end, and (a final review) within a fortnight of the new plan's final review; and never a meeting
 * after the final review. A row that no longer fits is cancelled, so the record still shows the move. A review a kept
 * row (or a held mid-point) already covers is not planned twice.
 */
export function replan(db: Db, s: StaffDbRow, today: string, nowIso: string): void {
  if (decisionOf(eventsOf(db, s.id))) return;
  const rows = supervisionsOf(db, s.id).filter(isPlanRow);
  if (rows.length === 0) return; // a record from before plans existed: supervision:createPlan makes it
  const replaceable = rows.filter((r) => r.status === 'planned' && r.rescheduledFromId === null);
  if (replaceable.length) db.delete(supervisions).where(inArray(supervisions.id, replaceable.map((r) => r.id))).run();
  const settledUntil = rows.filter((r) => r.status === 'held' || r.status === 'missed' || (r.status === 'cancelled' && r.plannedOn < today))
    .reduce((last, r) => (r.plannedOn > last ? r.plannedOn : last), '');
  const plan = probationPlan(s.startDate, s.probationEndDate, planRules(db));
  const newFinal = plan.find((i) => i.kind === 'final-review')?.due ?? s.probationEndDate;

  const moved = rows.filter((r) => r.status === 'planned' && r.rescheduledFromId !== null);
  const fits = (r: SupervisionDbRow) => r.plannedOn >= s.startDate && r.plannedOn <= s.probationEndDate &&
    (r.planItem !== 'final-review' || Math.abs(daysBetween(r.plannedOn, newFinal)) <= KEPT_FINAL_REVIEW_WITHIN_DAYS);
  const keptFinal = moved.find((r) => r.planItem === 'final-review' && fits(r));
  const finalOn = keptFinal?.plannedOn ?? newFinal;
  const kept = moved.filter((r) => fits(r) && (r.planItem === 'final-review' || r.plannedOn <= finalOn));
  cancelSupervisions(db, moved.filter((r) => !kept.includes(r)).map((r) => r.id), nowIso);

  const keptReviews = [...kept, ...rows.filter((r) => r.status === 'held' && r.planItem === 'mid-point-review')].filter((r) => r.planItem !== 'supervision');
  const covered = new Set<string>(keptReviews.map((r) => r.planItem));
  // As in the plan itself, a supervision this close to a review is held as part of it.
  const nearKeptReview = (due: string) => keptReviews.some((r) => Math.abs(daysBetween(r.plannedOn, due)) < MERGE_WITHIN_DAYS);
  const items = plan.filter((i) => i.due > settledUntil &&
    (i.kind === 'supervision' ? !nearKeptReview(i.due) && i.due <= finalOn : !covered.has(i.kind)));
  insertItems(db, s, items, nowIso);
}

/**
 * Probation extended from `oldEnd` to `newEnd`: the plan grows by extendPlan's new supervisions and a
 * final review at the new end. Rows already there (held, planned or missed) stay as they are. Two
 * kinds of extendPlan's items are left out: any dated before `notBefore` (the later of the decision and
 * today: an extension recorded late plans nothing in the past), and a supervision close to a final
 * review that was held (the review that extended probation was that month's meeting).
 */
export function growPlan(db: Db, s: StaffDbRow, oldEnd: string, newEnd: string, notBefore: string, nowIso: string): void {
  const live = supervisionsOf(db, s.id).filter((r) => isPlanRow(r) && r.status !== 'rescheduled' && r.status !== 'cancelled');
  const base: PlanItem[] = live.map((r) => ({ kind: r.planItem as PlanItemKind, due: r.plannedOn }));
  const heldFinals = live.filter((r) => r.planItem === 'final-review' && r.status === 'held').map((r) => r.heldOn);
  const nearHeldFinal = (due: string) => heldFinals.some((d) => Math.abs(daysBetween(d, due)) < MERGE_WITHIN_DAYS);
  const remaining = new Map<string, number>();
  for (const i of base) remaining.set(`${i.kind}|${i.due}`, (remaining.get(`${i.kind}|${i.due}`) ?? 0) + 1);
  const added = extendPlan(base, s.startDate, oldEnd, newEnd, planRules(db)).filter((i) => {
    const key = `${i.kind}|${i.due}`;
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    if (i.due < notBefore) return false;
    // The new final review is always new: a held one with the same date was for the old end.
    if (i.kind === 'final-review') return true;
    return left === 0 && !nearHeldFinal(i.due);
  });
  insertItems(db, s, added, nowIso);
}

/**
 * Called by staff:save inside its transaction: a new record gets its arrangement and plan; an edit to
 * the start or probation end re-plans (see replan).
 */
export function afterStaffSaved(db: Db, before: StaffDbRow | undefined, staffId: number, nowIso: string): void {
  const after = findStaffRow(db, staffId);
  if (!before) makePlan(db, after, nowIso);
  else if (before.startDate !== after.startDate || before.probationEndDate !== after.probationEndDate) replan(db, after, londonToday(new Date(nowIso)), nowIso);
}
