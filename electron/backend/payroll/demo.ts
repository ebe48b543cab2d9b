// The demo office's payroll history: every pay period with worked sessions before last month has been
// approved and exported, and last month is approved and ready to export, so a newcomer can try "Export
// for payroll" at once. The current period stays a draft. Rows and events are written as approving
// and exporting write them (periods.ts), with times the office could have done it.
import { and, count, eq, gte, lte, min } from 'drizzle-orm';
import { previousPeriod, type PayPeriod } from '../../../shared/domain/pay/pay-periods';
import { addDays } from '../../../shared/domain/pay/calendar';
import type { OfficeContext } from '../context';
import { payPeriodEvents, payPeriods, sessions } from '../db/schema';
import { approvableLines } from './compute';
import { periodOn, readSchedule, scheduleRules } from './schedule';

const MINUTE_MS = 60_000;

export function closeDemoPeriods(ctx: OfficeContext, today: string, by: string): void {
  const first = ctx.db.select({ date: min(sessions.date) }).from(sessions).where(eq(sessions.status, 'worked')).get()?.date;
  if (!first) return;
  const schedule = scheduleRules(readSchedule(ctx.db));
  const lastComplete = previousPeriod(schedule, periodOn(ctx.db, today));
  const nowMs = ctx.now().getTime();
  for (let p: PayPeriod = lastComplete; p.end >= first; p = previousPeriod(schedule, p)) {
    const worked = ctx.db.select({ n: count() }).from(sessions)
      .where(and(eq(sessions.status, 'worked'), gte(sessions.date, p.start), lte(sessions.date, p.end))).get()!.n;
    if (worked === 0) continue;
    const done = p.key === lastComplete.key ? 'approved' : 'exported';
    const approvedLines = JSON.stringify(approvableLines(ctx.db, { ...p, status: 'draft' }, today));
    const periodId = ctx.db.insert(payPeriods).values({ key: p.key, startDate: p.start, endDate: p.end, payDate: p.payDate, status: done, approvedLines })
      .returning({ id: payPeriods.id }).get().id;
    // The morning after the period ends; never later than now (the demo may be made early on the 1st).
    const approvedMs = Math.min(Date.parse(`${addDays(p.end, 1)}T09:40:00.000Z`), nowMs - MINUTE_MS);
    const events: (typeof payPeriodEvents.$inferInsert)[] = [{ periodId, action: 'approved', at: iso(approvedMs), by }];
    if (done === 'exported') {
      // A workbook for the trustees' records, then the file for Sage.
      events.push({ periodId, action: 'exported', at: iso(approvedMs + 25 * MINUTE_MS), by, detail: 'xlsx' });
      events.push({ periodId, action: 'exported', at: iso(approvedMs + 27 * MINUTE_MS), by, detail: 'sage' });
    }
    ctx.db.insert(payPeriodEvents).values(events).run();
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
