// The checklist before a period is approved or exported: every problem, in plain words, with where to
// fix it. Blocking problems would pay someone wrongly (or unlawfully); the rest the office should see.
import type { ChecklistItem, PayrollFormat } from '../../../shared/contract/payroll';
import type { PeriodInfo, SummaryLine } from '../../../shared/contract/payroll-model';
import type { RotaWarning } from '../../../shared/contract/rota';
import { fitNoteDueFrom } from '../../../shared/domain/absence';
import { formatUkDate } from '../../../shared/domain/dates';
import { belowMinimumWage, type MinimumWageRates } from '../../../shared/domain/pay/minimum-wage';
import { formatPounds } from '../../../shared/domain/pay/rounding';
import type { LoadedSession, PayFacts } from '../rota/repository';
import { rateOn } from '../rota/warnings';
import type { SicknessSpell } from './ssp-days';
import type { PayrollWorker } from './staff-facts';

export interface ChecklistInput {
  period: PeriodInfo;
  /** In England: a planned session after it cannot be marked worked yet, so it is told apart. */
  today: string;
  sessions: readonly LoadedSession[]; // every session of the period, cancelled too
  workers: ReadonlyMap<number, PayrollWorker>;
  facts: PayFacts;
  minimumWage: readonly MinimumWageRates[];
  /** The rota's warnings over the period's weeks (overlaps, wards, permitted work). */
  rotaWarnings: readonly RotaWarning[];
  /** Problems the calculation found (no mileage rate). */
  extra: readonly ChecklistItem[];
  /** Sickness spells with a day in the period, up to today. */
  sickness: readonly SicknessSpell[];
  /** The period's summary lines, for the SSP days the Sage file cannot carry. */
  lines: readonly SummaryLine[];
  /** The format of the office's latest export (null before the first): Sage notes only for Sage users. */
  latestFormat: PayrollFormat | null;
}

export function periodChecklist(input: ChecklistInput): ChecklistItem[] {
  const { period, sessions, workers, facts } = input;
  const items: ChecklistItem[] = [];
  const personOf = (staffId: number) => workers.get(staffId)?.personId;
  for (const s of sessions.filter((x) => x.status === 'planned')) {
    const what = s.date > input.today
      ? 'is still to come: approve the period once it has been worked or cancelled.'
      : 'is still planned: mark it worked or cancelled.';
    items.push({
      kind: 'planned-in-past', blocking: true, date: s.date, staffId: s.staffId, personId: s.personId, sessionId: s.id,
      message: `${s.name}'s session on ${formatUkDate(s.date)} at ${s.placeLabel} ${what}`,
    });
  }
  const worked = sessions.filter((s) => s.status === 'worked');
  const seen = new Set<string>();
  for (const s of worked) {
    const worker = workers.get(s.staffId)!;
    const rate = rateOn(facts, s.staffId, s.date);
    if (rate === null) {
      if (!once(seen, `rate:${s.staffId}`)) continue;
      items.push({ kind: 'no-rate', blocking: true, date: s.date, staffId: s.staffId, personId: worker.personId, sessionId: s.id, message: `${s.name} has no pay rate on ${formatUkDate(s.date)}: add one on their staff record.` });
      continue;
    }
    const check = belowMinimumWage(rate, { dateOfBirth: worker.dateOfBirth || null, recordedBand: worker.ageBand || null, apprenticeshipStart: worker.apprenticeshipStartDate || null }, s.date, input.minimumWage);
    if (!check.ok) {
      // No age recorded: the rate cannot be judged. A missing table row (before 2025) is passed over.
      if (!worker.dateOfBirth && !worker.ageBand && once(seen, `age:${s.staffId}`)) {
        items.push({ kind: 'no-age-for-minimum-wage', blocking: false, staffId: s.staffId, personId: worker.personId, message: `${s.name} has no date of birth or age band, so their pay cannot be checked against the minimum wage.` });
      }
      continue;
    }
    if (check.below && once(seen, `nmw:${s.staffId}:${rate}:${check.minimumPence}`)) {
      items.push({
        kind: 'below-minimum-wage', blocking: true, date: s.date, staffId: s.staffId, personId: worker.personId, sessionId: s.id,
        message: `${s.name} is paid ${formatPounds(rate)} an hour on ${formatUkDate(s.date)}, below the minimum wage of ${formatPounds(check.minimumPence)}: add a new rate on their staff record.`,
      });
    }
  }
  const workedIds = new Set(worked.map((s) => s.id));
  for (const w of input.rotaWarnings) {
    if (!w.sessionIds.some((id) => workedIds.has(id))) continue;
    if (w.kind === 'overlap') items.push({ kind: 'overlap', blocking: true, date: w.date, staffId: w.staffId, personId: personOf(w.staffId!), sessionId: w.sessionIds[0], message: w.message });
    if (w.kind === 'ward-understaffed') items.push({ kind: 'ward-understaffed', blocking: false, date: w.date, staffId: w.staffId, personId: personOf(w.staffId!), sessionId: w.sessionIds[0], message: w.message });
    if (w.kind.startsWith('permitted-work') && w.date <= period.end) {
      items.push({ kind: 'permitted-work', blocking: false, date: w.date, staffId: w.staffId, personId: personOf(w.staffId!), message: `${w.message} Consider a referral to benefits advice.` });
    }
  }
  items.push(
    ...input.extra, ...fitNotesNeeded(input.sickness, period), ...sickButWorked(input.sickness, worked),
    ...sspDaysForSage(input.lines, input.latestFormat),
  );
  return sortChecklist(items);
}

/** Blocking first, then by date. */
export const sortChecklist = (items: ChecklistItem[]): ChecklistItem[] =>
  items.sort((a, b) => Number(b.blocking) - Number(a.blocking) || (a.date ?? '').localeCompare(b.date ?? ''));

/**
 * Sickness that ran past day 7 within the period with no fit note recorded: a warning, not a block,
 * since SSP and pay can go while the office asks for the note. Disability-related sickness too.
 */
function fitNotesNeeded(spells: readonly SicknessSpell[], period: PeriodInfo): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const spell of spells) {
    if (spell.certification === 'fit-note') continue;
    const dayEight = fitNoteDueFrom(spell.firstDay); // the rule the absence screens use
    const fromInPeriod = dayEight > period.start ? dayEight : period.start;
    const untilInPeriod = spell.lastDay < period.end ? spell.lastDay : period.end;
    if (fromInPeriod > untilInPeriod) continue;
    const off = spell.ongoing
      ? `has been off sick since ${formatUkDate(spell.firstDay)}`
      : `was off sick from ${formatUkDate(spell.firstDay)} to ${formatUkDate(spell.lastDay)}`;
    items.push({
      kind: 'fit-note-needed', blocking: false, date: dayEight, staffId: spell.staffId, personId: spell.personId,
      message: `${spell.name} ${off} with no fit note recorded: one is needed from day 8 (${formatUkDate(dayEight)}). Ask them for it, then record it with their absence.`,
    });
  }
  return items;
}

/**
 * A whole day off sick with a session marked worked on it: one of the two is wrong. The day is paid as
 * work and left out of the SSP days (ssp-days.ts), so nobody is paid twice; the office puts right
 * whichever record is wrong.
 */
function sickButWorked(spells: readonly SicknessSpell[], worked: readonly LoadedSession[]): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const spell of spells.filter((s) => !s.partDay)) {
    for (const s of worked.filter((x) => x.staffId === spell.staffId && x.date >= spell.firstDay && x.date <= spell.lastDay)) {
      items.push({
        kind: 'sick-but-worked', blocking: false, date: s.date, staffId: s.staffId, personId: s.personId, sessionId: s.id,
        message: `${s.name} is recorded as off sick on ${formatUkDate(s.date)}, but their session at ${s.placeLabel} that day is marked worked: it is paid as work, not as an SSP day. If they did not work it, mark it cancelled; if they did, correct the dates of the absence.`,
      });
    }
  }
  return items;
}

/**
 * Sage's timesheet import takes hours and rates only, so SSP days stay out of the Sage file: the office
 * enters them in Sage's own sickness screen, which works out the pay. Built from the lines, so an
 * approved period speaks of the days it approved. Shown to offices whose latest export was for Sage, and
 * (worded as "if") before an office's first export; not to offices that use the workbook or BrightPay.
 */
export function sspDaysForSage(lines: readonly SummaryLine[], latestFormat: PayrollFormat | null): ChecklistItem[] {
  if (latestFormat !== null && latestFormat !== 'sage') return [];
  const lead = latestFormat === 'sage' ? 'For Sage 50' : 'If you export for Sage 50';
  return lines.filter((l) => l.unit === 'ssp-days').map((l) => {
    const dates = l.sickDates ?? [];
    const days = `${l.quantity} ${l.quantity === 1 ? 'day' : 'days'}`;
    const which = dates.length > 0 ? ` (${listWords(dates.map(formatUkDate))})` : '';
    return {
      kind: 'ssp-days-for-sage', blocking: false, staffId: l.staffId, ...(dates[0] ? { date: dates[0] } : {}),
      message: `${lead}: SSP days are not in the Sage file. Enter these SSP days in Sage's sickness screen: ${days} for ${l.name}${which}.`,
    };
  });
}

/**
 * Sickness recorded, changed or deleted after approval: the approved SSP days are a snapshot, so the days
 * worked out now can differ. A warning per person, since only reopening the period puts it right.
 */
export function sicknessSinceApproval(fresh: readonly SummaryLine[], approved: readonly SummaryLine[]): ChecklistItem[] {
  const daysOf = (lines: readonly SummaryLine[]) => new Map(lines.filter((l) => l.unit === 'ssp-days').map((l) => [l.staffId, l]));
  const now = daysOf(fresh);
  const then = daysOf(approved);
  const items: ChecklistItem[] = [];
  for (const staffId of new Set([...now.keys(), ...then.keys()])) {
    const a = now.get(staffId);
    const b = then.get(staffId);
    if ((a?.sickDates ?? []).join() === (b?.sickDates ?? []).join()) continue;
    const line = (a ?? b)!;
    const count = (n: number) => `${n} SSP ${n === 1 ? 'day' : 'days'}`;
    items.push({
      kind: 'sickness-since-approval', blocking: false, staffId, ...(line.sickDates?.[0] ? { date: line.sickDates[0] } : {}),
      message: `Sickness recorded or changed since this period was approved: ${line.name} now has ${count(a?.quantity ?? 0)} in it, and ${count(b?.quantity ?? 0)} were approved. Reopen the period and approve it again to send payroll the right days.`,
    });
  }
  return items;
}

const listWords = (words: readonly string[]): string =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

function once(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
