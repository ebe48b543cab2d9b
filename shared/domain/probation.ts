// A new peer supporter's probation plan (uk-rules.md, "Probation and supervision"): one-to-one
// supervision at a set interval (monthly by default) over the probation period, a mid-point review and a
// final review, each on a working day. Extending probation grows the plan: what was planned stays, more
// supervisions follow at the same interval, and the final review moves to the new end.
import { addMonthsClamped } from './staff';
import { addDays, daysBetween, workingDayOnOrBefore } from './pay/calendar';

export type PlanItemKind = 'supervision' | 'mid-point-review' | 'final-review';

export interface PlanItem {
  kind: PlanItemKind;
  /** The working day it is due: on or before the date the interval gives, never on a weekend or bank holiday. */
  due: string;
}

export interface PlanRules {
  intervalMonths: number; // 1: monthly
  bankHolidays: readonly string[];
}

/**
 * Supervision dates counted from the start each time (start + k intervals, clamped to the month's end),
 * never from the last one: 31 January gives 28 February then 31 March, not 28 March. Only dates after
 * `after` and before `end` are kept; each moves to the working day on or before it.
 */
function supervisionsBetween(start: string, after: string, end: string, rules: PlanRules): PlanItem[] {
  const items: PlanItem[] = [];
  for (let k = 1; ; k++) {
    const on = addMonthsClamped(start, k * rules.intervalMonths);
    if (on >= end) break;
    if (on > after) items.push({ kind: 'supervision', due: workingDayOnOrBefore(on, rules.bankHolidays) });
  }
  return items;
}

/** The final review falls on the last working day of probation, so the decision is made before it ends. */
const finalReview = (end: string, rules: PlanRules): PlanItem => ({ kind: 'final-review', due: workingDayOnOrBefore(end, rules.bankHolidays) });

/** A supervision this close to a review is held as part of it: two meetings in a fortnight is one too many. */
export const MERGE_WITHIN_DAYS = 14;

function merge(items: PlanItem[]): PlanItem[] {
  const reviews = items.filter((i) => i.kind !== 'supervision').map((i) => i.due);
  const nearReview = (due: string) => reviews.some((r) => Math.abs(daysBetween(r, due)) < MERGE_WITHIN_DAYS);
  return items.filter((i) => i.kind !== 'supervision' || !nearReview(i.due)).sort((a, b) => a.due.localeCompare(b.due));
}

export function probationPlan(start: string, end: string, rules: PlanRules): PlanItem[] {
  if (end <= start || rules.intervalMonths < 1) return [];
  const midpoint = addDays(start, Math.floor(daysBetween(start, end) / 2));
  return merge([
    ...supervisionsBetween(start, start, end, rules),
    { kind: 'mid-point-review', due: workingDayOnOrBefore(midpoint, rules.bankHolidays) },
    finalReview(end, rules),
  ]);
}

/** The plan after probation is extended from `oldEnd` to `newEnd`: earlier items kept as they were. */
export function extendPlan(plan: readonly PlanItem[], start: string, oldEnd: string, newEnd: string, rules: PlanRules): PlanItem[] {
  if (newEnd <= oldEnd) return [...plan];
  return merge([
    ...plan.filter((i) => i.kind !== 'final-review'),
    // From the old end on: the supervision the old final review stood in for comes back as one.
    ...supervisionsBetween(start, addDays(oldEnd, -1), newEnd, rules),
    finalReview(newEnd, rules),
  ]);
}
