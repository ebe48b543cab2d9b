// Sickness recorded (or changed) after a pay period was approved is not in that period's pay: the
// approved figures are a snapshot (payroll/periods.ts), so its SSP days would not reach payroll unless
// the office reopens the period. The absence says so where it is recorded, by comparing the SSP days
// worked out now with those approved; the period's checklist says so too (sicknessSinceApproval).
import { and, ne } from 'drizzle-orm';
import type { SummaryLine } from '../../../shared/contract/payroll-model';
import { formatUkDate } from '../../../shared/domain/dates';
import type { Db } from '../db/open';
import { payPeriods } from '../db/schema';
import { sspQualifyingDays } from '../payroll/ssp-days';
import type { AbsenceDbRow } from './repository';

export interface ApprovedSspDays {
  start: string;
  end: string;
  /** The person's SSP days in the approved snapshot. */
  approved: ReadonlySet<string>;
  /** Their SSP days worked out from today's records. */
  now: ReadonlySet<string>;
}

/**
 * One person's SSP days in each approved or exported period that holds a snapshot and that one of
 * `spells` reaches: as approved, and as they would be worked out today.
 */
export function approvedSspDays(db: Db, staffId: number, spells: readonly Pick<AbsenceDbRow, 'firstDay' | 'lastDay'>[], today: string): ApprovedSspDays[] {
  if (spells.length === 0) return [];
  const periods = db.select({ start: payPeriods.startDate, end: payPeriods.endDate, lines: payPeriods.approvedLines }).from(payPeriods)
    .where(and(ne(payPeriods.status, 'draft'), ne(payPeriods.approvedLines, ''))).all()
    .filter((p) => spells.some((s) => s.firstDay <= p.end && (s.lastDay === '' || s.lastDay >= p.start)));
  return periods.map((p) => ({
    start: p.start, end: p.end,
    approved: new Set(sspLineOf(p.lines, staffId)?.sickDates ?? []),
    now: new Set(sspQualifyingDays(db, { from: p.start, to: p.end }, today, staffId).get(staffId) ?? []),
  }));
}

function sspLineOf(json: string, staffId: number): SummaryLine | undefined {
  try {
    const lines = JSON.parse(json) as SummaryLine[]; // written only by approve(), from the same type
    return Array.isArray(lines) ? lines.find((l) => l.unit === 'ssp-days' && l.staffId === staffId) : undefined;
  } catch {
    return undefined; // the period's own page reports a damaged snapshot
  }
}

/**
 * '' or a sentence naming the approved periods whose SSP days for this absence's dates differ from what
 * was approved, and what to do. Only sickness has SSP days; a part day never is one.
 */
export function approvedPayNote(row: Pick<AbsenceDbRow, 'firstDay' | 'lastDay' | 'partDayMinutes'>, isSickness: boolean, periods: readonly ApprovedSspDays[], today: string): string {
  if (!isSickness || row.partDayMinutes !== null) return '';
  const last = row.lastDay && row.lastDay < today ? row.lastDay : today;
  const inSpell = (days: ReadonlySet<string>) => [...days].filter((d) => d >= row.firstDay && d <= last).sort().join();
  const differ = periods
    .filter((p) => p.start <= last && p.end >= row.firstDay && inSpell(p.approved) !== inSpell(p.now))
    .sort((a, b) => a.start.localeCompare(b.start));
  if (differ.length === 0) return '';
  const names = differ.map((p) => `${formatUkDate(p.start)} to ${formatUkDate(p.end)}`).join(' and ');
  const one = differ.length === 1;
  return `Its SSP days are not the ones approved for the pay ${one ? 'period' : 'periods'} ${names}, so payroll has not been sent them. To include them, reopen ${one ? 'the period' : 'each period'} on the Payroll page and approve it again.`;
}
