// The demo office's rota and payroll: made-up wards and group venues in West Sussex, payroll codes on
// the seeded pay elements (so the demo's export works at once), two years of sessions up to a few
// weeks ahead, and the pay periods already run: exported, then last month approved and ready to go.
// Everything is relative to the office's clock, and seeded, so every demo office is the same.
import { eq } from 'drizzle-orm';
import { addDays, isoWeekday, mondayOf } from '../../../shared/domain/pay/calendar';
import { inForceOn } from '../../../shared/domain/pay/dated';
import { londonOffsetMinutes } from '../../../shared/domain/pay/london-time';
import type { OfficeContext } from '../context';
import { payElements, places, staff } from '../db/schema';
import { closeDemoPeriods } from '../payroll/demo';
import { periodOn } from '../payroll/schedule';
import { populateDemoSessions, type DemoRotaOptions, type OverLimitWeek } from './demo-sessions';
import { loadPayFacts } from './repository';
import { rateOn } from './warnings';

// Invented names: no real hospital, unit or community centre is meant. (The real mental-health
// hospitals of West Sussex are deliberately not used, so nothing in the demo reads as a real ward.)
const HOSPITALS: readonly { site: string; wards: readonly string[] }[] = [
  { site: 'Brambleford Hospital', wards: ['Oak Ward', 'Willow Ward', 'Rowan Ward'] },
  { site: 'Kestrel Downs Unit', wards: ['Beech Ward', 'Hazel Ward'] },
  { site: 'Fernhollow Hospital', wards: ['Cedar Ward', 'Juniper Ward'] },
];
const GROUP_VENUES: readonly { name: string; site: string }[] = [
  { name: 'Tidewater Community Hub', site: 'Worthing' },
  { name: 'Pennyfield Centre', site: 'Crawley' },
];

/**
 * Payroll codes as a small charity's Sage 50 and BrightPay might number them. Holiday hours accrued is
 * not a payment, so Sage has no number for it; BrightPay takes it as information. SSP days never go in
 * Sage's timesheet (they are entered in its sickness screen), so they too have no Sage number.
 */
const PAY_CODES: Record<string, { sageCode: string; brightpayCode: string }> = {
  'Ward one-to-one and groups': { sageCode: '1', brightpayCode: 'WARD' },
  'Wellbeing group': { sageCode: '2', brightpayCode: 'GROUP' },
  'Training delivery': { sageCode: '3', brightpayCode: 'TRAIN' },
  'County-wide support session': { sageCode: '4', brightpayCode: 'COUNTY' },
  Admin: { sageCode: '5', brightpayCode: 'ADMIN' },
  Travel: { sageCode: '6', brightpayCode: 'TRAVEL' },
  Mileage: { sageCode: '30', brightpayCode: 'MILES' },
  'Holiday hours accrued': { sageCode: '', brightpayCode: 'HOLACC' },
  'Rolled-up holiday pay': { sageCode: '40', brightpayCode: 'RUHOL' },
  'Statutory Sick Pay (qualifying days)': { sageCode: '', brightpayCode: 'SSP' },
};

export const DEMO_APPROVER = 'Demo office manager';

export interface DemoRotaScale {
  /** Years of sessions before today (the demo: 2). */
  years?: number;
  /** Each hospital and venue this many times over, numbered (the benchmark's bigger office). */
  placeCopies?: number;
  /**
   * Leave the past pay periods for the caller to close (closeDemoPeriods) once the rest of the history is
   * in: the demo office adds its absences first, so the approved months carry their SSP days.
   */
  leavePeriodsOpen?: boolean;
}

/** Runs inside the demo office's creating transaction, after the staff; `today` is the demo's day. */
export function populateDemoRota(ctx: OfficeContext, today: string, scale: DemoRotaScale = {}): void {
  addDemoPlaces(ctx, scale.placeCopies ?? 1);
  for (const e of ctx.db.select().from(payElements).all()) {
    const codes = PAY_CODES[e.name];
    if (codes) ctx.db.update(payElements).set(codes).where(eq(payElements.id, e.id)).run();
  }
  const current = periodOn(ctx.db, today);
  const from = `${addMonths(current.start.slice(0, 7), -12 * (scale.years ?? 2))}-01`;
  const now = ctx.now();
  const options: DemoRotaOptions = {
    from, to: addDays(today, 20), today, nowIso: now.toISOString(), nowLocal: londonWallClock(now),
    understaffedOn: understaffedDays(today, current.start, current.end),
  };
  populateDemoSessions(ctx, { ...options, overLimit: overLimitWeeks(ctx, today, current.start, current.end) });
  if (!scale.leavePeriodsOpen) closeDemoPeriods(ctx, today, DEMO_APPROVER);
}

function addDemoPlaces(ctx: OfficeContext, copies: number): void {
  const rows: (typeof places.$inferInsert)[] = [];
  for (let copy = 1; copy <= copies; copy++) {
    const numbered = (name: string) => (copy === 1 ? name : `${name} ${copy}`);
    for (const h of HOSPITALS) for (const ward of h.wards) rows.push({ name: ward, site: numbered(h.site), kind: 'ward' });
    for (const v of GROUP_VENUES) rows.push({ name: numbered(v.name), site: v.site, kind: 'group-venue' });
  }
  ctx.db.insert(places).values(rows).run();
}

/**
 * One ward visit booked with a single peer supporter in the current pay period, so the rota shows
 * that warning: the last weekday already worked this period, and the next one still to come.
 */
function understaffedDays(today: string, periodStart: string, periodEnd: string): string[] {
  const weekday = (d: string) => isoWeekday(d) <= 5;
  const days: string[] = [];
  for (let d = addDays(today, -1); d >= periodStart; d = addDays(d, -1)) {
    if (weekday(d)) {
      days.push(d);
      break;
    }
  }
  for (let d = addDays(today, 1); d <= periodEnd; d = addDays(d, 1)) {
    if (weekday(d)) {
      days.push(d);
      break;
    }
  }
  return days.length ? days : [today];
}

/**
 * The weeks in the current pay period in which one person on permitted work (higher limit) is booked
 * over 16 hours. Last week, when it lies in the period: a complete week, so the checklist warns and the
 * Home screen prompts a benefits-advice referral (the prompt counts complete weeks only). And this week
 * when some of it is already worked, so the rota's opening week warns too. Only days of the current
 * period are used: the approved months stay free of warnings.
 */
function overLimitWeeks(ctx: OfficeContext, today: string, periodStart: string, periodEnd: string): OverLimitWeek[] {
  const thisWeek = mondayOf(today);
  const lastWeek = addDays(thisWeek, -7);
  const workedThisWeek = Array.from({ length: 7 }, (_, i) => addDays(thisWeek, i)).some((d) => d >= periodStart && d < today && isoWeekday(d) <= 5);
  const starts = [...(lastWeek >= periodStart ? [lastWeek] : []), ...(workedThisWeek ? [thisWeek] : [])];
  if (starts.length === 0) starts.push(thisWeek); // the period's first days: at least the rota warns
  const weeks = starts.map((weekStart) => ({
    weekStart,
    onOrAfter: weekStart < periodStart ? periodStart : weekStart,
    through: addDays(weekStart, 6) > periodEnd ? periodEnd : addDays(weekStart, 6),
  }));
  const facts = loadPayFacts(ctx.db);
  const who = ctx.db.select({ id: staff.id, start: staff.startDate, end: staff.endDate }).from(staff).all().find((s) => weeks.every((w) =>
    inForceOn(facts.benefits.get(s.id) ?? [], w.weekStart)?.kind === 'permitted-work-higher' &&
    s.start <= w.onOrAfter && (!s.end || s.end >= w.through) && rateOn(facts, s.id, w.onOrAfter) !== null));
  return who ? weeks.map((w) => ({ staffId: who.id, ...w })) : [];
}

function addMonths(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Now as a wall clock in England reads it, 'YYYY-MM-DDTHH:MM' (how notice times are stored). */
function londonWallClock(now: Date): string {
  return new Date(now.getTime() + londonOffsetMinutes(now.getTime()) * 60_000).toISOString().slice(0, 16);
}
