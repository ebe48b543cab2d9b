// Pay periods' use cases: the list, one period with its checklist, approving, reopening (with a reason,
// recorded with who and when) and exporting. Approved and exported periods lock their sessions
// (schedule.ts assertOpen); every change of state is written to pay_period_events, never edited.
import { asc, eq } from 'drizzle-orm';
import type { PeriodDetail, PeriodEvent, PeriodOverview } from '../../../shared/contract/payroll';
import type { PeriodInfo, SummaryLine } from '../../../shared/contract/payroll-model';
import { AppFailure } from '../../../shared/contract/result';
import { formatUkDate, londonToday } from '../../../shared/domain/dates';
import { previousPeriod } from '../../../shared/domain/pay/pay-periods';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { payElements, payPeriodEvents, payPeriods } from '../db/schema';
import { byWorksNumber, loadWorkers } from './staff-facts';
import { loadSessions, type LoadedSession } from '../rota/repository';
import { sicknessSinceApproval, sortChecklist, sspDaysForSage } from './checklist';
import { latestExportFormat } from './export-history';
import { computePeriod, type PeriodPay } from './compute';
import { periodOn, readSchedule, resolvePeriod, scheduleRules, storedPeriod } from './schedule';

const describe = (p: PeriodInfo) => `${formatUkDate(p.start)} to ${formatUkDate(p.end)}`;

function overviewOf(period: PeriodInfo, all: readonly LoadedSession[]): PeriodOverview {
  const worked = all.filter((s) => s.status === 'worked');
  return {
    ...period,
    workedSessions: worked.length,
    plannedSessions: all.filter((s) => s.status === 'planned').length,
    workedMinutes: worked.reduce((sum, s) => sum + s.workedMinutes, 0),
    people: new Set(worked.map((s) => s.staffId)).size,
  };
}

function eventsOf(db: Db, key: string): PeriodEvent[] {
  const row = storedPeriod(db, key);
  if (!row) return [];
  return db.select({ action: payPeriodEvents.action, at: payPeriodEvents.at, by: payPeriodEvents.by, detail: payPeriodEvents.detail })
    .from(payPeriodEvents).where(eq(payPeriodEvents.periodId, row.id)).orderBy(asc(payPeriodEvents.id)).all();
}

function detailOf(db: Db, pay: PeriodPay): PeriodDetail {
  return {
    ...overviewOf(pay.model.period, pay.sessions),
    checklist: pay.checklist,
    blocking: pay.checklist.filter((c) => c.blocking).length,
    totalPence: pay.model.lines.reduce((sum, l) => sum + l.amountPence, 0),
    events: eventsOf(db, pay.model.period.key),
  };
}

/**
 * A period's pay. Once approved, the summary lines are the ones stored at approval: a holiday scheme
 * or a dated figure changed afterwards cannot alter pay already approved (the sessions and rates behind
 * it are locked too). The checklist is always worked out afresh, so a problem found later still shows.
 */
export function computeByKey(ctx: OfficeContext, key: string): PeriodPay {
  const pay = computePeriod(ctx.db, resolvePeriod(ctx.db, key), ctx.now());
  const row = storedPeriod(ctx.db, key);
  // '' on an approved row: approved before figures were stored; its sessions and rates are locked, so
  // the figures worked out now are the ones approved.
  if (row && row.status !== 'draft' && row.approvedLines !== '') {
    const fresh = pay.model.lines;
    pay.model.lines = withCurrentNames(ctx.db, approvedLinesOf(row.approvedLines, key));
    // Problems met working out fresh figures (a mileage rate removed since) do not touch the stored ones,
    // and the SSP days to enter in Sage are the approved ones (none in periods approved before SSP lines).
    pay.checklist = sortChecklist([
      ...pay.checklist.filter((c) => c.kind !== 'no-mileage-rate' && c.kind !== 'ssp-days-for-sage'),
      ...sspDaysForSage(pay.model.lines, latestExportFormat(ctx.db)),
      ...sicknessSinceApproval(fresh, pay.model.lines),
    ]);
  }
  return pay;
}

/**
 * The figures stay as approved; who and what they are called come from today's records, so a works
 * number put right or a Sage code set after approval reaches the file without reopening the period.
 */
function withCurrentNames(db: Db, lines: SummaryLine[]): SummaryLine[] {
  const workers = loadWorkers(db, lines.map((l) => l.staffId));
  const elements = new Map(db.select().from(payElements).all().map((e) => [e.id, e]));
  const renamed = lines.map((l) => {
    const w = workers.get(l.staffId);
    const e = elements.get(l.elementId);
    return {
      ...l,
      ...(w ? { worksNumber: w.worksNumber, niNumber: w.niNumber, name: w.payrollName } : {}),
      ...(e ? { elementName: e.name, sageCode: e.sageCode, brightpayCode: e.brightpayCode } : {}),
    };
  });
  // In payroll's order again: a works number changed since approval moves its lines.
  const position = (id: number) => elements.get(id)?.position ?? 0;
  return renamed.sort((a, b) => byWorksNumber(a.worksNumber, b.worksNumber) || position(a.elementId) - position(b.elementId) || (a.ratePence ?? 0) - (b.ratePence ?? 0));
}

function approvedLinesOf(json: string, key: string): SummaryLine[] {
  try {
    const lines: unknown = JSON.parse(json);
    if (Array.isArray(lines)) return lines as SummaryLine[]; // written only by approve(), from the same type
  } catch {
    // reported below
  }
  throw new AppFailure('DAMAGED', `The approved figures of the pay period ${key} cannot be read: the database may be damaged. Restore it from a backup.`);
}

export const detail = (ctx: OfficeContext, key: string): PeriodDetail => detailOf(ctx.db, computeByKey(ctx, key));

/** The current period and the `count - 1` before it, newest first. */
export function list(ctx: OfficeContext, count: number): PeriodOverview[] {
  const schedule = scheduleRules(readSchedule(ctx.db));
  const out: PeriodOverview[] = [];
  let period: PeriodInfo = periodOn(ctx.db, londonToday(ctx.now()));
  for (let i = 0; i < count; i++) {
    // The list needs counts, not pay: working out every period's pay here kept the Payroll page waiting seconds.
    const resolved = resolvePeriod(ctx.db, period.key);
    out.push(overviewOf(resolved, loadSessions(ctx.db, { from: resolved.start, to: resolved.end })));
    period = periodOn(ctx.db, previousPeriod(schedule, period).end);
  }
  return out;
}

function record(ctx: OfficeContext, periodId: number, action: PeriodEvent['action'], by: string, detailText = ''): void {
  ctx.db.insert(payPeriodEvents).values({ periodId, action, at: ctx.now().toISOString(), by, detail: detailText }).run();
}

export function approve(ctx: OfficeContext, key: string, by: string): PeriodDetail {
  ctx.sqlite.transaction(() => {
    const pay = computeByKey(ctx, key);
    const period = pay.model.period;
    if (period.status !== 'draft') throw new AppFailure('CONFLICT', `The period ${describe(period)} is already ${period.status}.`);
    const today = londonToday(ctx.now());
    // Hours are known once the period has been worked: approving earlier would lock days still to come.
    if (period.end > today) {
      throw new AppFailure('CONFLICT', `The period ${describe(period)} has not finished yet: approve it from ${formatUkDate(period.end)}, once its sessions have been worked or cancelled.`);
    }
    const blocking = pay.checklist.filter((c) => c.blocking).length;
    if (blocking > 0) {
      throw new AppFailure('VALIDATION', `The period ${describe(period)} has ${blocking} ${blocking === 1 ? 'problem' : 'problems'} to fix before it can be approved: see the checklist.`);
    }
    const existing = storedPeriod(ctx.db, key);
    const approvedLines = JSON.stringify(pay.model.lines);
    const periodId = existing
      ? (ctx.db.update(payPeriods).set({ status: 'approved', approvedLines }).where(eq(payPeriods.id, existing.id)).run(), existing.id)
      : ctx.db.insert(payPeriods).values({ key, startDate: period.start, endDate: period.end, payDate: period.payDate, status: 'approved', approvedLines }).returning({ id: payPeriods.id }).get().id;
    record(ctx, periodId, 'approved', by);
  })();
  return detail(ctx, key);
}

export function reopen(ctx: OfficeContext, key: string, by: string, reason: string): PeriodDetail {
  ctx.sqlite.transaction(() => {
    const row = storedPeriod(ctx.db, key);
    if (!row || row.status === 'draft') throw new AppFailure('CONFLICT', 'That period is not approved or exported, so there is nothing to reopen.');
    // The approved figures go: approving again stores what the period then holds.
    ctx.db.update(payPeriods).set({ status: 'draft', approvedLines: '' }).where(eq(payPeriods.id, row.id)).run();
    record(ctx, row.id, 'reopened', by, reason);
  })();
  return detail(ctx, key);
}

/** Marks an approved period exported (again, for a second copy) and records the format. */
export function markExported(ctx: OfficeContext, key: string, by: string, format: string): void {
  const row = storedPeriod(ctx.db, key);
  if (!row || row.status === 'draft') throw new AppFailure('CONFLICT', 'Approve the period before exporting it: only approved hours go to payroll.');
  ctx.db.update(payPeriods).set({ status: 'exported' }).where(eq(payPeriods.id, row.id)).run();
  record(ctx, row.id, 'exported', by, format);
}
