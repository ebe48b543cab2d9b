// The checklist before a period is approved or exported: every problem, in plain words, with where to
// fix it. Blocking problems would pay someone wrongly (or unlawfully); the rest the office should see.
import type { ChecklistItem } from '../../../shared/contract/payroll';
import type { PeriodInfo } from '../../../shared/contract/payroll-model';
import type { RotaWarning } from '../../../shared/contract/rota';
import { formatUkDate } from '../../../shared/domain/dates';
import { belowMinimumWage, type MinimumWageRates } from '../../../shared/domain/pay/minimum-wage';
import { formatPounds } from '../../../shared/domain/pay/rounding';
import type { LoadedSession, PayFacts } from '../rota/repository';
import { rateOn } from '../rota/warnings';
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
  items.push(...input.extra);
  return items.sort((a, b) => Number(b.blocking) - Number(a.blocking) || (a.date ?? '').localeCompare(b.date ?? ''));
}

function once(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
