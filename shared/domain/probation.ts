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
  /** The notice a decision to end employment in probation needs (the office's setting, 7 days by default). */
  noticeDays: number;
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

/** The day the probation decision is due: the end less the notice, so notice can be given in time if it is needed. */
const decideBy = (probationEnd: string, noticeDays: number): string => addDays(probationEnd, -noticeDays);

/** The working day the decision is due: decideBy, moved back off a weekend or bank holiday (the office is shut). */
export const decisionDueOn = (probationEnd: string, noticeDays: number, bankHolidays: readonly string[]): string =>
  workingDayOnOrBefore(decideBy(probationEnd, noticeDays), bankHolidays);

/**
 * The final review falls on the last working day on or before the day the decision is due: if it is to end
 * the employment, the notice can still be given before probation ends.
 */
const finalReview = (end: string, rules: PlanRules): PlanItem => ({ kind: 'final-review', due: decisionDueOn(end, rules.noticeDays, rules.bankHolidays) });

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

/**
 * The longest probation may run, extensions included: 12 months from the start. ACAS asks that an
 * extension be reasonable and agreed in writing before the end; twice the usual six months is the outside
 * of that, and from 1 January 2027 six months' service brings unfair-dismissal protection whatever the
 * probation, so a longer one buys the office nothing and leaves the person unsettled. A total, not a cap
 * per extension, so a run of short extensions cannot go past it either.
 */
export const MAX_PROBATION_MONTHS = 12;

/** The last day probation may end, however often it is extended. */
export const latestProbationEnd = (start: string): string => addMonthsClamped(start, MAX_PROBATION_MONTHS);
