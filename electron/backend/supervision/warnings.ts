// Where someone's probation stands and what the office should be told about it, worked out from the
// staff record, the probation events and today's date. Also when supervision is next due after probation.
import type { ProbationState, ProbationWarning } from '../../../shared/contract/supervision';
import { formatUkDate } from '../../../shared/domain/dates';
import { addDays } from '../../../shared/domain/pay/calendar';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/domain/pay/uk-defaults';
import { decisionDueOn } from '../../../shared/domain/probation';
import { addMonthsClamped } from '../../../shared/domain/staff';
import type { ProbationEventDbRow } from './repository';

/** Unfair-dismissal protection after six months' service applies to dismissals from this day. */
export const SIX_MONTHS_RULE_FROM = '2027-01-01';
/** How far ahead of the day someone is protected the six-months warning is shown on their record. */
export const SIX_MONTHS_LEAD_DAYS = 60;
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

/**
 * The first day someone is protected from unfair dismissal (uk-rules.md): six months' service counts
 * up to and including the last day, so someone starting on 15 July has it on 14 January; and nobody is
 * protected before the rule starts on 1 January 2027, however long they had served by then.
 */
export function protectedFrom(startDate: string): string {
  const sixMonthsServed = addDays(addMonthsClamped(startDate, 6), -1);
  return sixMonthsServed > SIX_MONTHS_RULE_FROM ? sixMonthsServed : SIX_MONTHS_RULE_FROM;
}

/**
 * A dismissal taking effect once someone is protected can be claimed unfair. It matters when the end
 * of probation, plus the notice a decision to end it needs, reaches that day.
 */
export function sixMonthsWarning(name: string, startDate: string, probationEnd: string, noticeDays: number, today: string): ProbationWarning | null {
  const from = protectedFrom(startDate);
  if (addDays(probationEnd, noticeDays) < from) return null;
  const rule = "From 1 January 2027 people with six months' service can claim unfair dismissal.";
  const message = from > today
    ? `${rule} ${name} is protected from ${formatUkDate(from)}: a decision to end their employment, with notice, must take effect before then.`
    : `${rule} ${name} has been protected since ${formatUkDate(from)}: ending their employment now needs a fair reason and a fair process.`;
  return { kind: 'six-months-service', date: from, message };
}

/**
 * "Hold the final review and record the decision by ...": the same words and date on the record's
 * warning and on the home screen, which shows its dates with their weekday (`showDate`).
 */
export function decisionDueWords(probationEnd: string, noticeDays: number, today: string, showDate: (date: string) => string = formatUkDate): string {
  // A working day, the same one the plan puts the final review on.
  const due = decisionDueOn(probationEnd, noticeDays, ENGLAND_AND_WALES_BANK_HOLIDAYS);
  const days = `${noticeDays} ${noticeDays === 1 ? "day's" : "days'"} notice before the end if it is needed`;
  if (due >= today) return `Hold the final review and record the decision by ${showDate(due)}${noticeDays === 0 ? '' : `, leaving ${days}`}.`;
  return `Hold the final review and record the decision now: it was due by ${showDate(due)}${noticeDays === 0 ? '' : `, to leave ${days}`}.`;
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
  } else if (today >= addDays(decisionDueOn(f.probationEnd, f.noticeDays, ENGLAND_AND_WALES_BANK_HOLIDAYS), -FINAL_REVIEW_LEAD_DAYS)) {
    warnings.push({ kind: 'final-review-due', date: f.probationEnd, message: `${f.name}'s probation ends on ${end}. ${decisionDueWords(f.probationEnd, f.noticeDays, today)}` });
  }
  // Said once it is near (or past), not from someone's first day: with the usual six-month probation it
  // applies to everyone, and a warning that is always there stops being read.
  const sixMonths = today >= addDays(protectedFrom(f.startDate), -SIX_MONTHS_LEAD_DAYS)
    ? sixMonthsWarning(f.name, f.startDate, f.probationEnd, f.noticeDays, today) : null;
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
 * After probation is confirmed, when the next supervision is due: the last meeting held since (or the
 * confirmation itself) plus the cadence. The one rule for the record's panel and the office lists alike.
 * Nothing is due by the cadence when it is "as required", or while a meeting is planned from that day
 * on: that meeting, even a late one, is the next one. Probation meetings left planned from before the
 * confirmation are not: they are overdue in their own right, to be recorded as held or missed.
 */
export function cadenceNextDue(f: { confirmedOn: string | null; lastHeldOn: string; cadenceWeeks: number | null; plannedOn: readonly string[]; isCurrent: boolean }): string {
  if (!f.isCurrent || f.confirmedOn === null || f.cadenceWeeks === null) return '';
  const since = f.lastHeldOn > f.confirmedOn ? f.lastHeldOn : f.confirmedOn;
  if (f.plannedOn.some((on) => on >= since)) return '';
  return addDays(since, f.cadenceWeeks * 7);
}
