// A pay period's pay, worked out once from the worked sessions: the model every file is written from
// (shared/contract/payroll-model.ts) and the checklist. Hours and miles are summed exactly and rounded
// once, on each line's total; each amount is what payroll will compute from the file's hours and rate.
// Sickness adds a line of SSP qualifying days per person (ssp-days.ts): days, with no amount.
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { ChecklistItem } from '../../../shared/contract/payroll';
import type { PayrollModel, PeriodInfo, SessionLine, SummaryLine } from '../../../shared/contract/payroll-model';
import { formatUkDate, londonToday } from '../../../shared/domain/dates';
import { inForceOn } from '../../../shared/domain/pay/dated';
import { accruedHolidayMinutes, rolledUpHolidayPence, type HolidayRules } from '../../../shared/domain/pay/holiday';
import { mileagePay, type MileageRates } from '../../../shared/domain/pay/mileage';
import type { SspRules } from '../../../shared/domain/pay/ssp';
import { divideRounded, minutesToHundredths, payPence } from '../../../shared/domain/pay/rounding';
import { formatClock } from '../../../shared/domain/pay/shift';
import type { Db } from '../db/open';
import { payElements, sessions } from '../db/schema';
import { readSetting } from '../lists/service';
import { loadPayFacts, loadSessions, type LoadedSession, type PayFacts } from '../rota/repository';
import { rateOn, rotaWarnings, warningSpan } from '../rota/warnings';
import { datedTable } from '../settings/dated';
import { periodChecklist } from './checklist';
import { latestExportFormat } from './export-history';
import { sicknessSpells, sspDaysOfSpells, sspQualifyingDays } from './ssp-days';
import { byWorksNumber, loadWorkers, type PayrollWorker } from './staff-facts';

type Element = typeof payElements.$inferSelect;
type LineFigures = Pick<SummaryLine, 'unit' | 'quantity' | 'hundredths' | 'ratePence' | 'amountPence'>;

export interface PeriodPay {
  model: PayrollModel;
  checklist: ChecklistItem[];
  /** Every session of the period (cancelled too), for the period's counts. */
  sessions: LoadedSession[];
}

export function computePeriod(db: Db, period: PeriodInfo, now: Date): PeriodPay {
  // One read of the sessions and pay facts: the period's own, and the days around it that the overlap and
  // permitted-work checks need.
  const span = loadSessions(db, warningSpan(period.start, period.end));
  const all = span.filter((s) => s.date >= period.start && s.date <= period.end);
  const worked = all.filter((s) => s.status === 'worked');
  const today = londonToday(now);
  const range = { from: period.start, to: period.end };
  const sickness = sicknessSpells(db, range, today);
  const sick = sspDaysOfSpells(db, sickness, range);
  // Someone off sick all period may have no session in it, and still has SSP days to pay.
  const workers = loadWorkers(db, [...all.map((s) => s.staffId), ...sick.keys()]);
  const facts = loadPayFacts(db, span.map((s) => s.staffId));
  const { lines, extra } = summaryLines(db, period, worked, workers, facts, sick);
  const around = span.filter((s) => s.status !== 'cancelled');
  // An overlap blocks only when both sessions were worked (paid twice): a planned one in the period is
  // on the checklist already, and one planned in the next period is the rota's to sort out.
  const workedAround = new Set(around.filter((s) => s.status === 'worked').map((s) => s.id));
  const warnings = rotaWarnings(around, facts, datedTable(db, 'permitted-work'), period.end)
    .filter((w) => w.kind !== 'overlap' || w.sessionIds.every((id) => workedAround.has(id)));
  const checklist = periodChecklist({
    period, today, sessions: all, workers, facts, minimumWage: datedTable(db, 'minimum-wage'), rotaWarnings: warnings, extra,
    sickness, lines, latestFormat: latestExportFormat(db),
  });
  const model: PayrollModel = {
    officeName: readSetting(db, 'officeName') ?? '', period, generatedAt: now.toISOString(), lines,
    sessions: worked.map((s) => sessionLine(s, workers.get(s.staffId)!, rateOn(facts, s.staffId, s.date))).sort((a, b) => byWorksNumber(a.worksNumber, b.worksNumber) || a.date.localeCompare(b.date) || a.start.localeCompare(b.start)),
    sspRates: sspRatesDuring(datedTable(db, 'ssp'), period),
  };
  return { model, checklist, sessions: all };
}

/**
 * The summary lines of the worked sessions (what is paid) and of the SSP days (`sick`: qualifying days
 * by staff id), and the problems met working them out.
 */
export function summaryLines(db: Db, period: PeriodInfo, worked: readonly LoadedSession[], workers: ReadonlyMap<number, PayrollWorker>, facts: PayFacts,
  sick: ReadonlyMap<number, readonly string[]>) {
  const elements = db.select().from(payElements).all();
  const extra: ChecklistItem[] = [];
  const lines: SummaryLine[] = [];
  // Read once per period, not once per worker: at 400 staff the repeated reads were a tenth of the time.
  const rules: PeriodRules = { holiday: inForceOn(datedTable(db, 'holiday'), period.end), mileage: datedTable(db, 'mileage') };
  for (const [staffId, mine] of groupByStaff(worked)) {
    lines.push(...workerLines(db, workers.get(staffId)!, mine, facts, elements, period, rules, extra));
  }
  const sspElement = elements.find((e) => e.kind === 'ssp-days');
  if (sspElement) {
    for (const [staffId, dates] of sick) lines.push(sspLine(workers.get(staffId)!, sspElement, dates));
  }
  const position = new Map(elements.map((e) => [e.id, e.position]));
  lines.sort((a, b) => byWorksNumber(a.worksNumber, b.worksNumber) || position.get(a.elementId)! - position.get(b.elementId)! || (a.ratePence ?? 0) - (b.ratePence ?? 0));
  return { lines, extra };
}

/** The lines of a period as approving stores them (the demo's history uses it). */
export function approvableLines(db: Db, period: PeriodInfo, today: string): SummaryLine[] {
  const worked = loadSessions(db, { from: period.start, to: period.end }).filter((s) => s.status === 'worked');
  const sick = sspQualifyingDays(db, { from: period.start, to: period.end }, today);
  const ids = worked.map((s) => s.staffId);
  return summaryLines(db, period, worked, loadWorkers(db, [...ids, ...sick.keys()]), loadPayFacts(db, ids), sick).lines;
}

/** The SSP figures in force on any day of the period: the one at its start and any that start within it. */
export function sspRatesDuring(table: readonly SspRules[], period: PeriodInfo): SspRules[] {
  const atStart = inForceOn(table, period.start);
  const later = table.filter((r) => r.from > period.start && r.from <= period.end).sort((a, b) => a.from.localeCompare(b.from));
  return atStart ? [atStart, ...later] : later;
}

/**
 * One line of SSP days: the number of qualifying days, no rate and no amount, because payroll works out
 * SSP (the lower of the weekly rate or 80% of average weekly earnings) from earnings it holds.
 */
function sspLine(w: PayrollWorker, e: Element, dates: readonly string[]): SummaryLine {
  return { ...summaryLine(w, e, { unit: 'ssp-days', quantity: dates.length, hundredths: dates.length * 100, ratePence: null, amountPence: 0 }), sickDates: [...dates] };
}

function summaryLine(w: PayrollWorker, e: Element, rest: LineFigures): SummaryLine {
  return {
    staffId: w.staffId, worksNumber: w.worksNumber, niNumber: w.niNumber, name: w.payrollName, elementId: e.id, elementName: e.name,
    sageCode: e.sageCode, brightpayCode: e.brightpayCode, accruesHoliday: rest.unit === 'hours' && w.holidayScheme === 'irregular' && !w.rolledUpHoliday, ...rest,
  };
}

function groupByStaff(list: readonly LoadedSession[]): Map<number, LoadedSession[]> {
  const map = new Map<number, LoadedSession[]>();
  for (const s of list) map.set(s.staffId, [...(map.get(s.staffId) ?? []), s]);
  return map;
}

function sessionLine(s: LoadedSession, w: PayrollWorker, ratePence: number | null): SessionLine {
  return {
    sessionId: s.id, staffId: s.staffId, worksNumber: w.worksNumber, name: w.payrollName, date: s.date,
    start: formatClock(s.startMinutes), end: formatClock(s.endMinutes), breakMinutes: s.breakMinutes, workedMinutes: s.workedMinutes,
    placeName: s.placeLabel, elementName: s.elementName, ratePence, amountPence: ratePence === null ? 0 : payPence(s.workedMinutes, ratePence), milesTenths: s.milesTenths,
  };
}

interface PeriodRules {
  /** The holiday figures in force at the period's end (12.07%). */
  holiday: HolidayRules | undefined;
  mileage: MileageRates[];
}

function workerLines(db: Db, w: PayrollWorker, mine: readonly LoadedSession[], facts: PayFacts, elements: readonly Element[], period: PeriodInfo,
  rules: PeriodRules, extra: ChecklistItem[]): SummaryLine[] {
  const line = (e: Element, rest: LineFigures): SummaryLine => summaryLine(w, e, rest);
  // Hours: one line per element and rate (a rise mid-period gives two lines, each rounded once).
  const minutes = new Map<string, number>();
  for (const s of mine) {
    const rate = rateOn(facts, s.staffId, s.date);
    if (rate === null) continue; // on the checklist as blocking
    const key = `${s.elementId}|${rate}`;
    minutes.set(key, (minutes.get(key) ?? 0) + s.workedMinutes);
  }
  const out: SummaryLine[] = [];
  for (const [key, total] of minutes) {
    const [elementId, rate] = key.split('|').map(Number) as [number, number];
    const hundredths = minutesToHundredths(total);
    out.push(line(elements.find((e) => e.id === elementId)!, { unit: 'hours', quantity: total, hundredths, ratePence: rate, amountPence: divideRounded(hundredths * rate, 100) }));
  }
  const paidMinutes = [...minutes.values()].reduce((a, b) => a + b, 0);
  const pay = out.reduce((sum, l) => sum + l.amountPence, 0);
  const { holiday } = rules;
  const kindElement = (kind: Element['kind']) => elements.find((e) => e.kind === kind);
  if (holiday && w.holidayScheme === 'irregular' && paidMinutes > 0) {
    if (w.rolledUpHoliday) {
      const pence = rolledUpHolidayPence(pay, holiday);
      const e = kindElement('rolled-up-holiday');
      if (e && pence > 0) out.push(line(e, { unit: 'amount', quantity: 0, hundredths: 100, ratePence: pence, amountPence: pence }));
    } else {
      const accrued = accruedHolidayMinutes(paidMinutes, holiday);
      const e = kindElement('holiday-accrued');
      if (e && accrued > 0) out.push(line(e, { unit: 'holiday-accrued', quantity: accrued, hundredths: minutesToHundredths(accrued), ratePence: null, amountPence: 0 }));
    }
  }
  out.push(...mileageLines(db, w, mine, period, rules.mileage, kindElement('mileage'), extra, line));
  return out;
}

function mileageLines(db: Db, w: PayrollWorker, mine: readonly LoadedSession[], period: PeriodInfo, table: readonly MileageRates[], element: Element | undefined, extra: ChecklistItem[],
  line: (e: Element, rest: LineFigures) => SummaryLine): SummaryLine[] {
  const trips = mine.filter((s) => s.milesTenths > 0).map((s) => ({ date: s.date, tenths: s.milesTenths }));
  if (trips.length === 0 || !element) return [];
  // Miles already paid this tax year, before this period: the 10,000-mile band carries across periods.
  const claimedBefore = (yearStart: string) => db.select({ tenths: sql<number>`coalesce(sum(${sessions.milesTenths}), 0)` }).from(sessions)
    .where(and(eq(sessions.staffId, w.staffId), eq(sessions.status, 'worked'), gte(sessions.date, yearStart), lt(sessions.date, period.start))).get()!.tenths;
  const result = mileagePay(trips, claimedBefore, table);
  if (!result.ok) {
    extra.push({ kind: 'no-mileage-rate', blocking: true, staffId: w.staffId, personId: w.personId, date: trips[0]!.date, message: `${w.payrollName}'s miles on ${formatUkDate(trips[0]!.date)} have no mileage rate: add one in Settings, Pay and rates.` });
    return [];
  }
  return result.lines.map((l) => line(element, { unit: 'miles', quantity: l.tenths, hundredths: l.tenths * 10, ratePence: l.pencePerMile, amountPence: divideRounded(l.tenths * l.pencePerMile, 10) }));
}
