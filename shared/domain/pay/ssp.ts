// Statutory Sick Pay days, for the payroll export (uk-rules.md: "the app does not run payroll: it
// exports sickness days per pay period so payroll can pay SSP"). The rules changed on 6 April 2026:
// no waiting days and no earnings threshold; the weekly rate became the lower of the flat rate and 80%
// of average weekly earnings. The 28-week maximum and the daily-rate arithmetic are left to payroll.
import { daysBetween } from './calendar';
import { type Dated, inForceOn } from './dated';
import { percentOf } from './rounding';

export interface SspRules extends Dated {
  weeklyRatePence: number;
  waitingDays: number; // first qualifying days of a period of incapacity that are not paid
  lowerEarningsLimitPence: number | null; // average weekly earnings below this: no SSP (null: no threshold)
  earningsShareBasisPoints: number | null; // 8000: pay the lower of the flat rate and 80% of earnings
  minSpellDays: number; // consecutive sick days (any day of the week) that make a period of incapacity
  linkingWeeks: number; // periods no more than this many weeks apart count as one
}

/** The weekly SSP rate for someone with these average weekly earnings (8-week average, pence). */
export function sspWeeklyRate(rules: SspRules, averageWeeklyEarningsPence: number): { eligible: boolean; weeklyPence: number } {
  if (rules.lowerEarningsLimitPence !== null && averageWeeklyEarningsPence < rules.lowerEarningsLimitPence) {
    return { eligible: false, weeklyPence: 0 };
  }
  const share = rules.earningsShareBasisPoints === null ? Infinity : percentOf(averageWeeklyEarningsPence, rules.earningsShareBasisPoints);
  return { eligible: true, weeklyPence: Math.min(rules.weeklyRatePence, share) };
}

/**
 * not-qualifying: sick, but not a day they would have worked (for bank staff, not on the rota);
 * too-short: the run of sick days is too short to be a period of incapacity under the rules that day;
 * waiting: a qualifying day SSP is not paid for; payable: SSP is due; no-rules: no SSP rules set.
 */
export type SspDayKind = 'not-qualifying' | 'too-short' | 'waiting' | 'payable' | 'no-rules';

/**
 * Each sick day judged by the rules in force on that day, so a spell across 6 April 2026 has its
 * earlier days under the old rules and its later days under the new. Waiting days are served once
 * per linked series of periods of incapacity.
 */
export function classifySickDays(
  sickDays: readonly string[], isQualifyingDay: (date: string) => boolean, table: readonly SspRules[],
): { date: string; kind: SspDayKind }[] {
  const out: { date: string; kind: SspDayKind }[] = [];
  let lastPeriodEnd: string | null = null;
  let waitingServed = 0;
  for (const spell of spells(sickDays)) {
    const startRules = inForceOn(table, spell[0]!);
    const linked = lastPeriodEnd !== null && startRules !== undefined &&
      daysBetween(lastPeriodEnd, spell[0]!) - 1 <= startRules.linkingWeeks * 7;
    if (!linked) waitingServed = 0;
    let formedPeriod = false;
    for (const date of spell) {
      const rules = inForceOn(table, date);
      if (!rules) { out.push({ date, kind: 'no-rules' }); continue; }
      if (spell.length < rules.minSpellDays) { out.push({ date, kind: 'too-short' }); continue; }
      formedPeriod = true;
      if (!isQualifyingDay(date)) out.push({ date, kind: 'not-qualifying' });
      else if (waitingServed < rules.waitingDays) { waitingServed += 1; out.push({ date, kind: 'waiting' }); }
      else out.push({ date, kind: 'payable' });
    }
    if (formedPeriod) lastPeriodEnd = spell[spell.length - 1]!;
  }
  return out;
}

/** Payable and waiting days within a pay period, as the export lists them. */
export function sspDaysInPeriod(days: readonly { date: string; kind: SspDayKind }[], start: string, end: string) {
  const inPeriod = days.filter((d) => d.date >= start && d.date <= end);
  return {
    payable: inPeriod.filter((d) => d.kind === 'payable').map((d) => d.date),
    waiting: inPeriod.filter((d) => d.kind === 'waiting').map((d) => d.date),
  };
}

/** Runs of consecutive calendar days (weekends count: sickness does not stop for them). */
function spells(days: readonly string[]): string[][] {
  const sorted = [...new Set(days)].sort();
  const runs: string[][] = [];
  for (const date of sorted) {
    const run = runs[runs.length - 1];
    if (run && daysBetween(run[run.length - 1]!, date) === 1) run.push(date);
    else runs.push([date]);
  }
  return runs;
}
