// Where someone's probation stands and what the office should be told about it, worked out from the
// staff record, the probation events and today's date. Also when supervision is next due after probation.
import type { ProbationState, ProbationWarning } from '../../../shared/contract/supervision';
import { formatUkDate } from '../../../shared/domain/dates';
import { addDays } from '../../../shared/domain/pay/calendar';
import { addMonthsClamped } from '../../../shared/domain/staff';
import type { ProbationEventDbRow } from './repository';

/** Unfair-dismissal protection after six months' service applies to dismissals from this day. */
export const SIX_MONTHS_RULE_FROM = '2027-01-01';
/** The final review is due this many days before the notice a decision needs. */
export const FINAL_REVIEW_LEAD_DAYS = 14;

/** The decision that settled probation (confirmed or ended), if one is recorded: there is at most one, since a second is refused. */
export const decisionOf = <E extends Pick<ProbationEventDbRow, 'kind'>>(events: readonly E[]): E | undefined => events.find((e) => e.kind !== 'extended');

export function probationState(startDate: string, probationEnd: string, events: readonly ProbationEventDbRow[], today: string): ProbationState {
  const decision = decisionOf(events);
  if (decision) return decision.kind === 'confirmed' ? 'confirmed' : 'ended';
  if (today < startDate) return 'not-started';
  return today > probationEnd ? 'overdue-decision' : 'in-probation';
}

export const isUndecided = (state: ProbationState): boolean => state === 'not-started' || state === 'in-probation' || state === 'overdue-decision';

export const sixMonthsOn = (startDate: string): string => addMonthsClamped(startDate, 6);

/**
 * From 1 January 2027 (uk-rules.md) a dismissal taking effect after six months' service can be claimed
 * unfair. It matters when the end of probation, plus notice, reaches that day.
 */
export function sixMonthsWarning(name: string, startDate: string, probationEnd: string, noticeDays: number, today: string): ProbationWarning | null {
  const sixMonths = sixMonthsOn(startDate);
  if (sixMonths < SIX_MONTHS_RULE_FROM || addDays(probationEnd, noticeDays) < sixMonths) return null;
  const rule = "From 1 January 2027 people with six months' service can claim unfair dismissal.";
  const message = sixMonths >= today
    ? `${rule} ${name} reaches six months on ${formatUkDate(sixMonths)}: a decision to end their employment, with notice, must take effect before then.`
    : `${rule} ${name} reached six months on ${formatUkDate(sixMonths)}: ending their employment now needs a fair reason and a fair process.`;
  return { kind: 'six-months-service', date: sixMonths, message };
}

export interface ProbationFacts {
  name: string;
  startDate: string;
  probationEnd: string;
  isCurrent: boolean;
  hasSupervisor: boolean;
  events: readonly ProbationEventDbRow[];
  noticeDays: number;
}

/**
 * Warnings for current staff whose probation is not settled. A final review held without a decision
 * can only have extended probation (confirm and end record the decision), so an undecided probation
 * never has its final review held for the current end date.
 */
export function probationWarnings(f: ProbationFacts, today: string): ProbationWarning[] {
  const state = probationState(f.startDate, f.probationEnd, f.events, today);
  if (!f.isCurrent || !isUndecided(state)) return [];
  const warnings: ProbationWarning[] = [];
  const end = formatUkDate(f.probationEnd);
  if (state === 'overdue-decision') {
    warnings.push({ kind: 'decision-overdue', date: f.probationEnd, message: `${f.name}'s probation ended on ${end} and no decision is recorded. Record it: confirm them in post, extend probation or end their employment.` });
  } else if (today >= addDays(f.probationEnd, -(f.noticeDays + FINAL_REVIEW_LEAD_DAYS))) {
    const decideBy = addDays(f.probationEnd, -f.noticeDays);
    const notice = f.noticeDays === 0 ? '' : `, leaving ${f.noticeDays} ${f.noticeDays === 1 ? "day's" : "days'"} notice before the end if it is needed`;
    warnings.push({ kind: 'final-review-due', date: f.probationEnd, message: `${f.name}'s probation ends on ${end}. Hold the final review and record the decision by ${formatUkDate(decideBy)}${notice}.` });
  }
  const sixMonths = sixMonthsWarning(f.name, f.startDate, f.probationEnd, f.noticeDays, today);
  if (sixMonths) warnings.push(sixMonths);
  for (const e of f.events) {
    if (e.kind === 'extended' && e.onDate > e.previousEndDate) {
      warnings.push({
        kind: 'extension-after-end', date: e.onDate,
        message: `Probation was extended on ${formatUkDate(e.onDate)}, after it had ended on ${formatUkDate(e.previousEndDate)}. ACAS advises agreeing an extension in writing before the original end date: make sure ${f.name} has it in writing.`,
      });
    }
  }
  if (!f.hasSupervisor) {
    warnings.push({ kind: 'no-supervisor', message: `Nobody is named to supervise ${f.name}. Choose their supervisor, so their probation meetings have someone to hold them.` });
  }
  return warnings;
}

/**
 * After probation is confirmed: the last meeting held since (or the confirmation itself) plus the
 * cadence. Nothing is due while a meeting is planned from today on, or when the cadence is "as required".
 */
export function cadenceNextDue(f: { confirmedOn: string | null; lastHeldOn: string; cadenceWeeks: number | null; plannedFromToday: boolean; isCurrent: boolean }): string {
  if (!f.isCurrent || f.confirmedOn === null || f.cadenceWeeks === null || f.plannedFromToday) return '';
  const since = f.lastHeldOn > f.confirmedOn ? f.lastHeldOn : f.confirmedOn;
  return addDays(since, f.cadenceWeeks * 7);
}
