// What the rota should warn about, from the sessions of a range and the pay facts. Warnings never
// block a booking: the office decides; they are shown when booking, on the rota and in the checklist.
import type { RotaWarning } from '../../../shared/contract/rota';
import { formatUkDate } from '../../../shared/domain/dates';
import { addDays, mondayOf } from '../../../shared/domain/pay/calendar';
import { inForceOn } from '../../../shared/domain/pay/dated';
import { checkPermittedWork, weeklyTotals, type PermittedWorkKind, type PermittedWorkLimits } from '../../../shared/domain/pay/permitted-work';
import { formatDecimalHours, formatPounds } from '../../../shared/domain/pay/rounding';
import { formatClock, shiftsOverlap } from '../../../shared/domain/pay/shift';
import type { LoadedSession, PayFacts } from './repository';

/** Ward visits are made in pairs (the charity's practice: nobody visits a ward alone). */
export const WARD_MINIMUM_SUPPORTERS = 2;

type TimedSession = LoadedSession;

const PERMITTED: Record<string, PermittedWorkKind | undefined> = {
  'permitted-work-lower': 'lower', 'permitted-work-higher': 'higher', 'permitted-work-supported': 'supported',
};
const PERMITTED_WORDS: Record<PermittedWorkKind, string> = { lower: 'lower limit', higher: 'higher limit', supported: 'supported permitted work' };

/**
 * Hours as payroll writes them (17.25), never as a clock time (17:15); a limit of whole hours reads as
 * the rule is written: 16, not 16.00.
 */
const hoursWords = (minutes: number) => (minutes % 60 === 0 ? String(minutes / 60) : formatDecimalHours(minutes));

const when = (s: TimedSession) => `${formatUkDate(s.date)} ${formatClock(s.startMinutes)} to ${formatClock(s.endMinutes)}`;

export const rateOn = (facts: PayFacts, staffId: number, date: string): number | null =>
  inForceOn(facts.rates.get(staffId) ?? [], date)?.hourlyPence ?? null;

export const permittedKindOn = (facts: PayFacts, staffId: number, date: string): PermittedWorkKind | null =>
  PERMITTED[inForceOn(facts.benefits.get(staffId) ?? [], date)?.kind ?? ''] ?? null;

/**
 * The dates whose sessions the warnings about `from`..`to` need: whole Monday-to-Sunday weeks, since
 * permitted work is judged by the week, and a day either side, since a night shift from the day before
 * can overlap the first day (Sunday 22:00 to 06:00 and Monday 05:00) and one on the last day run into
 * the next. The extra days only make partial weeks, whose totals can never warn wrongly.
 */
export function warningSpan(from: string, to: string): { from: string; to: string } {
  return { from: addDays(mondayOf(from), -1), to: addDays(mondayOf(to), 7) };
}

/**
 * Warnings for live (not cancelled) sessions. Permitted-work weeks are judged from the sessions given,
 * so pass whole Monday-to-Sunday weeks. `today` makes "still planned after its day". `absences` (who
 * is off) make the cover warning; payroll passes none, since it judges only worked sessions.
 */
export function rotaWarnings(all: readonly TimedSession[], facts: PayFacts, limits: readonly PermittedWorkLimits[], today: string, absences: readonly CoverAbsence[] = []): RotaWarning[] {
  const live = all.filter((s) => s.status !== 'cancelled');
  return [...overlaps(live), ...understaffedWards(live), ...permittedWork(live, facts, limits), ...plannedInPast(live, today), ...noRate(live, facts), ...needsCover(live, absences, today)];
}

function byKey<T>(items: readonly T[], key: (t: T) => string | number): Map<string | number, T[]> {
  const map = new Map<string | number, T[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    list.push(item);
    map.set(key(item), list);
  }
  return map;
}

function overlaps(live: readonly TimedSession[]): RotaWarning[] {
  const warnings: RotaWarning[] = [];
  for (const mine of byKey(live, (s) => s.staffId).values()) {
    const sorted = [...mine].sort((a, b) => a.startUtcMs - b.startUtcMs);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j]!.startUtcMs < sorted[i]!.endUtcMs; j++) {
        const [a, b] = [sorted[i]!, sorted[j]!];
        if (!shiftsOverlap(a, b)) continue;
        warnings.push({
          kind: 'overlap', date: a.date, staffId: a.staffId, sessionIds: [a.id, b.id],
          message: `${a.name} is booked twice at once: ${when(a)} (${a.placeLabel}) and ${when(b)} (${b.placeLabel}). Change or cancel one.`,
        });
      }
    }
  }
  return warnings;
}

function understaffedWards(live: readonly TimedSession[]): RotaWarning[] {
  const warnings: RotaWarning[] = [];
  for (const atPlace of byKey(live.filter((s) => s.placeKind === 'ward'), (s) => s.placeId).values()) {
    for (const s of atPlace) {
      const together = new Set(atPlace.filter((o) => shiftsOverlap(o, s)).map((o) => o.staffId));
      if (together.size >= WARD_MINIMUM_SUPPORTERS) continue;
      warnings.push({
        kind: 'ward-understaffed', date: s.date, placeId: s.placeId, staffId: s.staffId, sessionIds: [s.id],
        message: `${s.placeLabel} on ${when(s)} has only ${s.name} booked: ward visits need at least ${WARD_MINIMUM_SUPPORTERS} peer supporters.`,
      });
    }
  }
  return warnings;
}

function permittedWork(live: readonly TimedSession[], facts: PayFacts, limits: readonly PermittedWorkLimits[]): RotaWarning[] {
  const warnings: RotaWarning[] = [];
  for (const [staffId, mine] of byKey(live, (s) => s.staffId)) {
    const paid = mine.map((s) => ({ date: s.date, minutes: s.workedMinutes, ratePence: rateOn(facts, Number(staffId), s.date) ?? 0, id: s.id }));
    for (const week of weeklyTotals(paid)) {
      if (week.sessions === 0) continue;
      const kind = permittedKindOn(facts, Number(staffId), week.weekStart);
      if (!kind) continue;
      const [check] = checkPermittedWork([week], kind, limits);
      if (!check || (!check.overHours && !check.overEarnings)) continue;
      const name = mine[0]!.name;
      const ids = paid.filter((p) => p.date >= week.weekStart && p.date <= week.weekEnd).map((p) => p.id);
      const base = { date: week.weekStart, staffId: Number(staffId), sessionIds: ids };
      const weekWords = `the week of ${formatUkDate(week.weekStart)}`;
      if (check.overHours) {
        warnings.push({ ...base, kind: 'permitted-work-hours', message: `${name} is on permitted work (${PERMITTED_WORDS[kind]}) and has ${formatDecimalHours(week.minutes)} hours in ${weekWords}: it must stay under ${hoursWords(check.limits!.hoursLimitMinutes)} hours, or their benefits may be affected.` });
      }
      if (check.overEarnings) {
        const limit = kind === 'lower' ? check.limits!.lowerEarningsPence : check.limits!.higherEarningsPence;
        warnings.push({ ...base, kind: 'permitted-work-earnings', message: `${name} is on permitted work (${PERMITTED_WORDS[kind]}) and would earn ${formatPounds(week.pence)} in ${weekWords}, over the ${formatPounds(limit)} weekly limit: their benefits may be affected.` });
      }
    }
  }
  return warnings;
}

function plannedInPast(live: readonly TimedSession[], today: string): RotaWarning[] {
  return live.filter((s) => s.status === 'planned' && s.date < today).map((s) => ({
    kind: 'planned-in-past' as const, date: s.date, staffId: s.staffId, sessionIds: [s.id],
    message: `${s.name}'s session on ${when(s)} (${s.placeLabel}) is still planned: mark it worked or cancelled.`,
  }));
}

/** An absence as the cover check needs it (absence/cover.ts reads them): whose, which days, its kind in words. */
export interface CoverAbsence {
  staffId: number;
  firstDay: string;
  /** '' while still off: every day from the first needs cover until a last day is known. */
  lastDay: string;
  partDayMinutes: number | null;
  kindWords: string;
}

/**
 * Planned sessions, from today on, of someone off that day. Past ones are left to "still planned": cover
 * can no longer be found, only the record put right.
 */
function needsCover(live: readonly TimedSession[], absences: readonly CoverAbsence[], today: string): RotaWarning[] {
  if (absences.length === 0) return [];
  const warnings: RotaWarning[] = [];
  for (const s of live) {
    if (s.status !== 'planned' || s.date < today) continue;
    const off = absences.find((a) => a.staffId === s.staffId && a.firstDay <= s.date && (a.lastDay === '' || s.date <= a.lastDay));
    if (!off) continue;
    const message = off.partDayMinutes === null
      ? `${s.name} is off (${off.kindWords}) on ${formatUkDate(s.date)}: find cover for this session or cancel it.`
      // Part of a day: the hours off may or may not be the session's, so the office checks.
      : `${s.name} is off for part of ${formatUkDate(s.date)} (${off.kindWords}): check whether this session needs cover, or cancel it.`;
    warnings.push({ kind: 'needs-cover', date: s.date, staffId: s.staffId, sessionIds: [s.id], message });
  }
  return warnings;
}

function noRate(live: readonly TimedSession[], facts: PayFacts): RotaWarning[] {
  const seen = new Set<number>();
  const warnings: RotaWarning[] = [];
  for (const s of live) {
    if (rateOn(facts, s.staffId, s.date) !== null || seen.has(s.staffId)) continue;
    seen.add(s.staffId);
    warnings.push({ kind: 'no-rate', date: s.date, staffId: s.staffId, sessionIds: live.filter((o) => o.staffId === s.staffId && rateOn(facts, o.staffId, o.date) === null).map((o) => o.id), message: `${s.name} has no pay rate on ${formatUkDate(s.date)}: add one on their staff record.` });
  }
  return warnings;
}
