// The office's pay schedule (monthly by default, four-weekly as an option) and the pay periods it makes.
// A period that has been approved keeps the dates it was approved with (pay_periods), whatever the
// schedule says later.
import { and, asc, desc, eq, gt, gte, lt, lte, ne } from 'drizzle-orm';
import type { PaySchedulePayload } from '../../../shared/contract/payroll';
import type { PeriodInfo } from '../../../shared/contract/payroll-model';
import { AppFailure } from '../../../shared/contract/result';
import { formatUkDate } from '../../../shared/domain/dates';
import { monthlyPeriod, periodContaining, type PaySchedule, type PayPeriod } from '../../../shared/domain/pay/pay-periods';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/domain/pay/uk-defaults';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { payPeriods, payRates, sessions } from '../db/schema';
import { readSetting, writeSetting } from '../lists/service';

/**
 * Monthly, in arrears: a month's hours are paid on the last working day of the month after. Hours are
 * known only once the month has been worked, so a period can be checked and approved before its pay day
 * (paid in the month worked, the last days would still be planned when payroll needs the file).
 */
export const DEFAULT_SCHEDULE: PaySchedulePayload = { kind: 'monthly', payDay: 'last', payMonthOffset: 1 };

export function readSchedule(db: Db): PaySchedulePayload {
  const stored = readSetting(db, 'paySchedule');
  if (!stored) return DEFAULT_SCHEDULE;
  try {
    return JSON.parse(stored) as PaySchedulePayload; // written only by saveSchedule, through the contract's schema
  } catch {
    throw new AppFailure('DAMAGED', 'The pay schedule cannot be read: the database may be damaged. Restore it from a backup.');
  }
}

/** With the bank holidays, so a pay day on a weekend or bank holiday moves to the working day before. */
export const scheduleRules = (s: PaySchedulePayload): PaySchedule => ({ ...s, bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS });

/**
 * Changing the schedule would move the periods around ones already paid, so it is allowed only while
 * no period has ever been approved (in practice: when the office starts using payroll). A period has a
 * row only once approved, and a reopened one keeps its row: it was most likely paid already.
 */
export function saveSchedule(ctx: OfficeContext, schedule: PaySchedulePayload): PaySchedulePayload {
  ctx.sqlite.transaction(() => {
    const everApproved = ctx.db.select({ key: payPeriods.key }).from(payPeriods).get();
    if (everApproved) {
      throw new AppFailure('CONFLICT', 'The pay schedule cannot change once a period has been approved: periods already paid would move. Keep the schedule, or start a new office file.');
    }
    writeSetting(ctx, 'paySchedule', JSON.stringify(schedule));
  })();
  return readSchedule(ctx.db);
}

export type PeriodRow = typeof payPeriods.$inferSelect;

export const storedPeriod = (db: Db, key: string): PeriodRow | undefined => db.select().from(payPeriods).where(eq(payPeriods.key, key)).get();

/** The period named by `key`: as stored when it has left draft, otherwise as the schedule makes it. */
export function resolvePeriod(db: Db, key: string): PeriodInfo {
  const row = storedPeriod(db, key);
  if (row) return { key: row.key, start: row.startDate, end: row.endDate, payDate: row.payDate, status: row.status };
  const schedule = scheduleRules(readSchedule(db));
  let period: PayPeriod;
  if (schedule.kind === 'monthly') {
    if (!/^\d{4}-\d{2}$/.test(key)) throw new AppFailure('VALIDATION', `Pay periods are months: name one like 2026-10, not ${key}.`, { key: 'Choose a month, like 2026-10' });
    period = monthlyPeriod(schedule, key);
  } else {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(key)) throw new AppFailure('VALIDATION', `Pay periods are four weeks: name one by its first day, like ${schedule.anchor}.`, { key: 'Choose a period by its first day' });
    period = periodContaining(schedule, key);
    if (period.key !== key) throw new AppFailure('VALIDATION', `No four-week pay period starts on ${formatUkDate(key)}: the one holding that day starts on ${formatUkDate(period.key)}.`, { key: 'Choose a period by its first day' });
  }
  return { ...period, status: 'draft' };
}

/** The period holding `date`, stored or from the schedule. */
export function periodOn(db: Db, date: string): PeriodInfo {
  const row = db.select().from(payPeriods).where(and(lte(payPeriods.startDate, date), gte(payPeriods.endDate, date))).get();
  if (row) return { key: row.key, start: row.startDate, end: row.endDate, payDate: row.payDate, status: row.status };
  const p = periodContaining(scheduleRules(readSchedule(db)), date);
  return { ...p, status: 'draft' };
}

/** Refuses a change to a session on `date` when its period is approved or exported. */
export function assertOpen(db: Db, date: string, doing: string): void {
  const row = db.select().from(payPeriods).where(and(lte(payPeriods.startDate, date), gte(payPeriods.endDate, date), ne(payPeriods.status, 'draft'))).get();
  if (!row) return;
  const state = row.status === 'exported' ? 'exported to payroll' : 'approved';
  throw new AppFailure('FORBIDDEN', `You cannot ${doing} on ${formatUkDate(date)}: the pay period ${formatUkDate(row.startDate)} to ${formatUkDate(row.endDate)} has been ${state}. Reopen the period on the Payroll page first (you will be asked why).`);
}

/** Dates of the approved or exported periods that touch `from`..`to`, for marking sessions locked. */
export function closedRanges(db: Db, from: string, to: string): { start: string; end: string }[] {
  return db.select({ start: payPeriods.startDate, end: payPeriods.endDate }).from(payPeriods)
    .where(and(lte(payPeriods.startDate, to), gte(payPeriods.endDate, from), ne(payPeriods.status, 'draft'))).all();
}

/**
 * Refuses a pay-rate change that would alter pay already approved: a rate from `date` (or its removal)
 * changes every session of the worker from that day until their next rate, so any of those in
 * an approved or exported period stops it.
 */
export function assertRateChangeOpen(db: Db, staffId: number, date: string): void {
  // Sessions from the worker's next rate on keep that rate, whatever happens to this one.
  const next = db.select({ from: payRates.effectiveFrom }).from(payRates)
    .where(and(eq(payRates.staffId, staffId), gt(payRates.effectiveFrom, date))).orderBy(asc(payRates.effectiveFrom)).get();
  const hit = db.select({ date: sessions.date, start: payPeriods.startDate, end: payPeriods.endDate }).from(sessions)
    .innerJoin(payPeriods, and(lte(payPeriods.startDate, sessions.date), gte(payPeriods.endDate, sessions.date)))
    .where(and(eq(sessions.staffId, staffId), gte(sessions.date, date), next ? lt(sessions.date, next.from) : undefined, ne(payPeriods.status, 'draft')))
    .orderBy(desc(sessions.date)).get();
  if (!hit) return;
  throw new AppFailure('FORBIDDEN', `A rate change from ${formatUkDate(date)} would change pay already approved for ${formatUkDate(hit.start)} to ${formatUkDate(hit.end)}. Date the change after ${formatUkDate(hit.end)}, or reopen that period on the Payroll page first.`, { effectiveFrom: `Choose a date after ${formatUkDate(hit.end)}, when pay has not been approved` });
}
