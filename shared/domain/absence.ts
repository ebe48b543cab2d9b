// Absence figures from plain values, the same on both sides: days lost, spells, the Bradford factor, the
// absence rate, the review point reached and whether a fit note is needed. No database here: the backend
// hands in each person's spells and the days they had a rota session.
//
// Everything is counted in calendar dates, never hours, so a spell over the last Sunday of March or
// October (a 23- or 25-hour day) neither gains nor loses a day.
import { ROLLING_DAYS, SELF_CERTIFIED_DAYS, type AbsenceFigures } from '../contract/absence';
import { addDays, daysBetween, isoWeekday, mondayOf } from './pay/calendar';

/** One absence row: one spell, from its first day to its last ('' while still off). */
export interface SpellFacts {
  firstDay: string;
  lastDay: string;
  /** A single-day absence of some hours; null for whole days. */
  partDayMinutes: number | null;
  isSickness: boolean;
  isDisabilityRelated: boolean;
}

export interface DayFacts {
  /** Days on which the person had a rota session, whatever its status (an absence usually cancels them). */
  sessionDays: ReadonlySet<string>;
  /** Days with a session marked worked: a whole day off sick cannot have been lost on them. */
  workedDays?: ReadonlySet<string>;
  /** Bank staff: only their rota says when they were due; a week with none has no day they were due. */
  bank?: boolean;
  bankHolidays: ReadonlySet<string>;
}

export interface DateWindow {
  from: string;
  to: string;
}

/** The rolling 52 weeks ending today, today included. */
export const rollingWindow = (today: string): DateWindow => ({ from: addDays(today, 1 - ROLLING_DAYS), to: today });

/** The last day a spell covers: its last day, or today while still off (its first day, if that is later). */
export const spellEnd = (s: Pick<SpellFacts, 'firstDay' | 'lastDay'>, today: string): string =>
  s.lastDay || (s.firstDay > today ? s.firstDay : today);

/** Calendar days from the first day to the last (or today, while still off), both counted. */
export const calendarDaysOf = (s: Pick<SpellFacts, 'firstDay' | 'lastDay'>, today: string): number => daysBetween(s.firstDay, spellEnd(s, today)) + 1;

/** Monday to Friday and not a bank holiday: the days someone with no rota would have been due to work. */
export const isWorkingWeekday = (date: string, bankHolidays: ReadonlySet<string>): boolean => isoWeekday(date) <= 5 && !bankHolidays.has(date);

export interface CountedDay {
  date: string;
  /** 1, or 0.5 for a part day. */
  lost: number;
  /** Counted because of a rota session that day (true), or by the weekday rule (false). */
  fromRota: boolean;
}

/** The Monday-to-Sunday weeks (by their Monday) in which the person had any rota session: worked out once per set. */
const rotaWeeksCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function rotaWeeks(sessionDays: ReadonlySet<string>): ReadonlySet<string> {
  let weeks = rotaWeeksCache.get(sessionDays);
  if (!weeks) {
    weeks = new Set([...sessionDays].map(mondayOf));
    rotaWeeksCache.set(sessionDays, weeks);
  }
  return weeks;
}

/**
 * Whether the person was due to work on a day, and why. A rota session that day says so (whatever its
 * status: an absence usually cancels them). Bank staff are due only when the rota says so (uk-rules: "for
 * bank staff, the rota"). Part-time staff have contracted hours but no fixed days, so a day with no
 * session is judged by its Monday-to-Sunday week: if they had no session at all that week, weekdays that
 * are not bank holidays count, as the days they could have worked; if they had sessions that week, only
 * those days count. The SSP qualifying days for payroll follow the same rule.
 */
export function dueToWork(date: string, facts: DayFacts): { due: boolean; fromRota: boolean } {
  if (facts.sessionDays.has(date)) return { due: true, fromRota: true };
  if (facts.bank) return { due: false, fromRota: false };
  return { due: !rotaWeeks(facts.sessionDays).has(mondayOf(date)) && isWorkingWeekday(date, facts.bankHolidays), fromRota: false };
}

/**
 * The days a spell counts as lost (see dueToWork), optionally only those inside `clip`. Each day is judged
 * by its own week, so a spell counts the same way however the window cuts it. `facts.sessionDays` must
 * cover the whole weeks the spell touches.
 */
export function countedDays(s: SpellFacts, facts: DayFacts, today: string, clip?: DateWindow): CountedDay[] {
  const end = spellEnd(s, today);
  const lost = s.partDayMinutes === null ? 1 : 0.5;
  const days: CountedDay[] = [];
  for (let d = s.firstDay; d <= end; d = addDays(d, 1)) {
    if (clip && (d < clip.from || d > clip.to)) continue;
    // A session worked that day: a whole day was not lost (a part day is the hours they went home early).
    if (s.partDayMinutes === null && facts.workedDays?.has(d)) continue;
    const { due, fromRota } = dueToWork(d, facts);
    if (due) days.push({ date: d, lost, fromRota });
  }
  return days;
}

export const sumLost = (days: readonly CountedDay[]): number => days.reduce((sum, d) => sum + d.lost, 0);

/** Days lost in a spell (optionally only inside `clip`): half a day for a part day. */
export const daysLostIn = (s: SpellFacts, facts: DayFacts, today: string, clip?: DateWindow): number => sumLost(countedDays(s, facts, today, clip));

/** The day a fit note is needed from: day 8, since self-certification covers the first 7 calendar days. */
export const fitNoteDueFrom = (firstDay: string): string => addDays(firstDay, SELF_CERTIFIED_DAYS);

/**
 * Sickness that has reached day 8 by today with no fit note recorded. Counted to today, not to a last day
 * still to come: sickness recorded ahead is not chased for a note before day 8 has arrived.
 */
export const fitNoteNeeded = (s: Pick<SpellFacts, 'firstDay' | 'lastDay' | 'isSickness'> & { certification: 'self' | 'fit-note' }, today: string): boolean =>
  s.isSickness && s.certification !== 'fit-note' && today >= fitNoteDueFrom(s.firstDay) && calendarDaysOf(s, today) > SELF_CERTIFIED_DAYS;

/**
 * Back from sickness (their last day off has passed, or they have come back) and the conversation is not
 * yet held. Only sickness is chased: after unpaid or compassionate leave a conversation is for the
 * office to judge, not a task that stays on the list.
 */
export const returnToWorkToChase = (a: { lastDay: string; returnedOn: string; rtwHeldOn: string; isSickness: boolean; partDayMinutes: number | null }, today: string): boolean =>
  // Going home unwell part-way through a day is not an absence to come back from.
  a.isSickness && a.partDayMinutes === null && a.rtwHeldOn === '' && ((a.lastDay !== '' && a.lastDay < today) || (a.returnedOn !== '' && a.returnedOn <= today));

/** S² × D: it weighs short, frequent spells far above one long one. */
export const bradfordFactor = (spells: number, days: number): number => spells * spells * days;

/** The highest review point at or below the score, or null below the first. Points are lowest first. */
export function reachedReviewPoint(points: readonly number[], score: number): number | null {
  let reached: number | null = null;
  for (const p of points) if (p <= score) reached = p;
  return reached;
}

export interface FiguresInput {
  today: string;
  spells: readonly SpellFacts[];
  facts: DayFacts;
  /** Their reasonable adjustment: disability-related sickness left out of the Bradford spells and days. */
  leaveOutDisabilityRelated: boolean;
  /** The points that apply to them (their own, or the office's), lowest first. */
  reviewPoints: readonly number[];
}

/**
 * One person's figures over the rolling 52 weeks. A spell counts once, in the window if any of its days
 * lost are (a spell across a year end or the window's start is one spell, not two). The absence rate is
 * days lost of every kind over days scheduled: their rota's days in the window, plus the days off counted
 * by the weekday rule, which the rota did not hold; none while they had no rota in the window at all.
 */
export function absenceFigures(input: FiguresInput): AbsenceFigures {
  const { today, facts } = input;
  const window = rollingWindow(today);
  let spells = 0;
  let days = 0;
  let disabilitySpells = 0;
  let disabilityDays = 0;
  let daysLostAllKinds = 0;
  const weekdayRuleDays = new Set<string>();
  for (const s of input.spells) {
    const counted = countedDays(s, facts, today, window);
    if (counted.length === 0) continue;
    const lost = sumLost(counted);
    daysLostAllKinds += lost;
    for (const c of counted) if (!c.fromRota) weekdayRuleDays.add(c.date);
    if (!s.isSickness) continue;
    if (s.isDisabilityRelated) {
      disabilitySpells += 1;
      disabilityDays += lost;
      if (input.leaveOutDisabilityRelated) continue;
    }
    spells += 1;
    days += lost;
  }
  let rotaDays = 0;
  for (const d of facts.sessionDays) if (d >= window.from && d <= window.to) rotaDays += 1;
  // Weekday-rule days come only from weeks with no session at all, so they never double-count a rota day.
  const daysScheduled = rotaDays + weekdayRuleDays.size;
  const bradford = bradfordFactor(spells, days);
  return {
    from: window.from,
    to: window.to,
    spells,
    days,
    bradford,
    disabilitySpells,
    disabilityDays,
    // With no rota in the 52 weeks, the days off would be measured against themselves (always 100%):
    // there is nothing to compare with, and the screens say so.
    absenceRate: rotaDays === 0 ? null : daysLostAllKinds / daysScheduled,
    daysScheduled,
    daysLostAllKinds,
    reviewPoints: [...input.reviewPoints],
    reachedPoint: reachedReviewPoint(input.reviewPoints, bradford),
  };
}

/**
 * The review point to offer a wellbeing check-in for, or null: the highest point reached, unless a
 * check-in for it (or a higher point) was made within the rolling 52 weeks. Once per point per 52 weeks,
 * and never a lower point soon after a higher one: the conversation has been had.
 */
export function checkinToOffer(reachedPoint: number | null, earlier: readonly { reviewPoint: number; reachedOn: string }[], today: string): number | null {
  if (reachedPoint === null) return null;
  const { from } = rollingWindow(today);
  return earlier.some((c) => c.reviewPoint >= reachedPoint && c.reachedOn >= from && c.reachedOn <= today) ? null : reachedPoint;
}

/**
 * A kind of absence as it reads inside a sentence: "sickness", "compassionate", "dependants". A
 * disability-related absence reads as sickness wherever others may see it (the rota): whether someone is
 * disabled is theirs and the office's to know.
 */
export function absenceKindWords(type: { name: string; isDisabilityRelated: boolean }): string {
  if (type.isDisabilityRelated) return 'sickness';
  // "Dependants (time off for dependants)": the explanation in brackets is for the settings list.
  const name = type.name.replace(/\s*\(.*\)\s*$/, '') || type.name;
  // "Unpaid leave" -> "unpaid leave", but an abbreviation ("NHS appointment") keeps its capitals.
  return /^[A-Z][^A-Z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}
