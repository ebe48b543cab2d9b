// Sickness recorded after a pay period was approved is not in that period's pay: the approved figures
// are a snapshot (payroll/periods.ts), so its SSP days would never reach payroll unless the office
// reopens the period. The absence says so where it is recorded; the period's checklist says so too.
import { and, eq, inArray, max, ne } from 'drizzle-orm';
import { formatUkDate } from '../../../shared/domain/dates';
import type { Db } from '../db/open';
import { payPeriodEvents, payPeriods } from '../db/schema';
import type { AbsenceDbRow } from './repository';

export interface ApprovedPeriod {
  start: string;
  end: string;
  /** When it was last approved (ISO instant). */
  approvedAt: string;
}

/** Periods approved or exported, with their latest approval. */
export function approvedPeriods(db: Db): ApprovedPeriod[] {
  const periods = db.select({ id: payPeriods.id, start: payPeriods.startDate, end: payPeriods.endDate }).from(payPeriods)
    .where(ne(payPeriods.status, 'draft')).all();
  if (periods.length === 0) return [];
  const approvals = new Map(db.select({ periodId: payPeriodEvents.periodId, at: max(payPeriodEvents.at) }).from(payPeriodEvents)
    .where(and(eq(payPeriodEvents.action, 'approved'), inArray(payPeriodEvents.periodId, periods.map((p) => p.id))))
    .groupBy(payPeriodEvents.periodId).all().map((a) => [a.periodId, a.at ?? '']));
  return periods.map((p) => ({ start: p.start, end: p.end, approvedAt: approvals.get(p.id) ?? '' }));
}

/**
 * '' or a sentence naming the approved periods this sickness reaches that were approved before it was
 * last saved. A part day is never an SSP day, so it needs no word; days still to come are not counted.
 */
export function approvedPayNote(row: Pick<AbsenceDbRow, 'firstDay' | 'lastDay' | 'partDayMinutes' | 'updatedAt'>, isSickness: boolean, periods: readonly ApprovedPeriod[], today: string): string {
  if (!isSickness || row.partDayMinutes !== null) return '';
  const last = row.lastDay && row.lastDay < today ? row.lastDay : today;
  const missed = periods
    .filter((p) => p.start <= last && p.end >= row.firstDay && p.approvedAt < row.updatedAt)
    .sort((a, b) => a.start.localeCompare(b.start));
  if (missed.length === 0) return '';
  const names = missed.map((p) => `${formatUkDate(p.start)} to ${formatUkDate(p.end)}`).join(' and ');
  const one = missed.length === 1;
  return `Recorded after the pay ${one ? 'period' : 'periods'} ${names} ${one ? 'was' : 'were'} approved, so its SSP days are not in ${one ? "that period's" : 'their'} payroll. To include them, reopen ${one ? 'the period' : 'each period'} on the Payroll page and approve it again.`;
}
