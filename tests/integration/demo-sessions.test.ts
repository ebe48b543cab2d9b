// The demo office's rota and payroll history: two years of sessions made from its staff, places and
// rates, past pay periods exported, last month approved and clean, this month a draft with the two
// warnings the demo is meant to show. Against a real encrypted demo office on a fake clock.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { computePeriod } from '../../electron/backend/payroll/compute';
import { resolvePeriod } from '../../electron/backend/payroll/schedule';
import { DEMO_APPROVER } from '../../electron/backend/rota/demo';
import { shiftMinutes } from '../../shared/domain/pay/shift';
import { useDemoOffices } from '../helpers/demo';
import { expectOk, FakeClock } from '../helpers/office';

const demoAt = useDemoOffices();

interface SessionRow {
  id: number; staff_id: number; place_id: number; date: string; start_minutes: number; end_minutes: number; break_minutes: number; worked_minutes: number;
  start_utc_ms: number; end_utc_ms: number; status: string; cancelled_at: string; offered_at: string; miles_tenths: number;
  supported_one_to_one: number | null; supported_in_groups: number | null; place_kind: string; contract_start: string; contract_end: string;
}

// The fake clock: Friday 27 November 2026, 10:00. November is the current period; October the last complete one.
const TODAY = '2026-11-27';
let backend: Backend;
let rows: SessionRow[];
const sql = <T>(query: string, ...params: unknown[]) => backend.session.context().sqlite.prepare(query).all(...params) as T[];

beforeAll(async () => {
  backend = await demoAt(new FakeClock());
  rows = sql<SessionRow>(`SELECT s.*, p.kind AS place_kind, st.start_date AS contract_start, st.end_date AS contract_end
    FROM sessions s JOIN places p ON p.id = s.place_id JOIN staff st ON st.id = s.staff_id ORDER BY s.id`);
}, 60_000);

describe('the demo office’s rota', () => {
  it('holds two years of sessions up to three weeks ahead: worked or cancelled before today, planned from today', () => {
    expect(rows.length).toBeGreaterThan(6000);
    const dates = rows.map((r) => r.date).sort();
    expect(dates[0]).toBe('2024-11-01');
    expect(dates[dates.length - 1]! >= '2026-12-11').toBe(true);
    expect(dates[dates.length - 1]! <= '2026-12-17').toBe(true);
    // Every month of the two years has work in it.
    expect(new Set(rows.filter((r) => r.status === 'worked').map((r) => r.date.slice(0, 7))).size).toBe(25);
    expect(rows.filter((r) => r.date < TODAY).every((r) => r.status === 'worked' || r.status === 'cancelled')).toBe(true);
    expect(rows.filter((r) => r.date >= TODAY).every((r) => r.status === 'planned' || r.status === 'cancelled')).toBe(true);
    expect(rows.some((r) => r.date > TODAY && r.status === 'planned')).toBe(true);
    const cancelled = rows.filter((r) => r.status === 'cancelled');
    expect(cancelled.length).toBeGreaterThan(50);
    expect(cancelled.length / rows.length).toBeLessThan(0.08);
    // Notice comes before the session starts, and never after now.
    for (const r of cancelled) {
      expect(r.cancelled_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      expect(r.cancelled_at < `${r.date}T${clock(r.start_minutes)}`).toBe(true);
      expect(r.cancelled_at <= '2026-11-27T10:00').toBe(true);
    }
    expect(rows.filter((r) => r.status !== 'cancelled').every((r) => r.cancelled_at === '')).toBe(true);
  });

  it('stores minutes and instants as booking on the rota would, with breaks of half an hour at most', () => {
    for (const r of rows) {
      const shift = shiftMinutes({ date: r.date, startMinutes: r.start_minutes, endMinutes: r.end_minutes, breakMinutes: r.break_minutes });
      expect(shift).toMatchObject({ ok: true, workedMinutes: r.worked_minutes, startUtcMs: r.start_utc_ms, endUtcMs: r.end_utc_ms });
      expect(r.break_minutes).toBeGreaterThanOrEqual(0);
      expect(r.break_minutes).toBeLessThanOrEqual(30);
      expect(r.end_minutes).toBeGreaterThan(r.start_minutes); // daytime sessions only
    }
  });

  it('books nobody outside their contract, or on a day they have no pay rate', () => {
    expect(rows.filter((r) => r.date < r.contract_start || (r.contract_end !== '' && r.date > r.contract_end))).toEqual([]);
    const withoutRate = sql<{ id: number }>(`SELECT s.id FROM sessions s
      WHERE NOT EXISTS (SELECT 1 FROM pay_rates r WHERE r.staff_id = s.staff_id AND r.effective_from <= s.date)`);
    expect(withoutRate).toEqual([]);
  });

  it('keeps only counts of people supported, small whole numbers, on worked ward sessions and nowhere else', () => {
    const ward = rows.filter((r) => r.place_kind === 'ward' && r.status === 'worked');
    expect(ward.length).toBeGreaterThan(1000);
    for (const r of ward) {
      for (const n of [r.supported_one_to_one, r.supported_in_groups]) {
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(20);
      }
    }
    expect(rows.filter((r) => !(r.place_kind === 'ward' && r.status === 'worked')).every((r) => r.supported_one_to_one === null && r.supported_in_groups === null)).toBe(true);
    // The only text a session holds is when it was offered or cancelled.
    expect(rows.every((r) => /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/.test(r.offered_at))).toBe(true);
    expect(rows.some((r) => r.miles_tenths > 0) && rows.every((r) => r.miles_tenths === 0 || r.status === 'worked')).toBe(true);
  });

  it('books wards in pairs: the same ward at the same times for two peer supporters', () => {
    const visits = new Map<string, number>();
    for (const r of rows.filter((x) => x.place_kind === 'ward' && x.status !== 'cancelled')) {
      const key = `${r.date}|${r.start_minutes}|${r.end_minutes}|${r.place_id}`;
      visits.set(key, (visits.get(key) ?? 0) + 1);
    }
    const alone = [...visits].filter(([, n]) => n < 2).map(([key]) => key.split('|')[0]);
    expect(visits.size).toBeGreaterThan(1000);
    // Only the two the demo means to show, both in the current period.
    expect(alone.length).toBeLessThanOrEqual(2);
    expect(alone.every((d) => d!.startsWith('2026-11'))).toBe(true);
  });
});

describe('the demo office’s pay periods', () => {
  it('has every month before last exported, last month approved and this month a draft', async () => {
    const periods = expectOk(await backend.invoke('payroll:periods', { count: 25 }));
    expect(periods.map((p) => [p.key, p.status])).toEqual([
      ['2026-11', 'draft'], ['2026-10', 'approved'],
      ...months('2026-09', 23).map((key) => [key, 'exported']),
    ]);
    const stored = sql<{ key: string; action: string; at: string; by: string; detail: string; end_date: string }>(`SELECT p.key, p.end_date, e.action, e.at, e.by, e.detail
      FROM pay_period_events e JOIN pay_periods p ON p.id = e.period_id ORDER BY e.id`);
    expect(stored.every((e) => e.by === DEMO_APPROVER && e.at > `${e.end_date}T23:59:59` && e.at <= '2026-11-27T10:00:00.000Z')).toBe(true);
    expect(stored.filter((e) => e.key === '2026-10').map((e) => e.action)).toEqual(['approved']);
    expect(stored.filter((e) => e.key === '2025-06').map((e) => `${e.action} ${e.detail}`)).toEqual(['approved ', 'exported xlsx', 'exported sage']);
  });

  it('leaves no blocking problem, no lone ward visit and no permitted-work week in any approved or exported period', () => {
    const { db } = backend.session.context();
    const closed = sql<{ key: string; approved_lines: string }>(`SELECT key, approved_lines FROM pay_periods ORDER BY key`);
    expect(closed).toHaveLength(24);
    let sspLines = 0;
    for (const { key, approved_lines } of closed) {
      const pay = computePeriod(db, resolvePeriod(db, key), new Date('2026-11-27T10:00:00Z'));
      expect({ key, blocking: pay.checklist.filter((c) => c.blocking) }).toEqual({ key, blocking: [] });
      // Sickness is the only other thing to note: the SSP days Sage cannot take, one note per person with SSP days.
      const ssp = pay.model.lines.filter((l) => l.unit === 'ssp-days');
      sspLines += ssp.length;
      expect(pay.checklist.filter((c) => c.kind !== 'no-age-for-minimum-wage' && c.kind !== 'ssp-days-for-sage')).toEqual([]);
      expect(pay.checklist.filter((c) => c.kind === 'ssp-days-for-sage').map((c) => c.staffId).sort()).toEqual(ssp.map((l) => l.staffId).sort());
      expect(pay.model.lines.length).toBeGreaterThan(20);
      // SSP days never go in Sage's timesheet (no Sage number); BrightPay takes them under the demo's code.
      expect(pay.model.lines.every((l) => l.unit === 'holiday-accrued' || l.unit === 'ssp-days' || l.sageCode !== '')).toBe(true);
      expect(ssp.every((l) => l.brightpayCode === 'SSP' && l.quantity > 0 && l.amountPence === 0 && l.ratePence === null)).toBe(true);
      // The periods were approved after the absences went in: what was approved is what the sessions and sickness give now.
      expect({ key, lines: JSON.parse(approved_lines) as unknown }).toEqual({ key, lines: pay.model.lines });
    }
    // The demo's sickness reaches payroll: a good few approved months carry SSP days.
    expect(sspLines).toBeGreaterThan(5);
  });

  it('shows last month approved with nothing blocking, ready to export to Sage at once', async () => {
    const october = expectOk(await backend.invoke('payroll:period', { key: '2026-10' }));
    expect(october).toMatchObject({ status: 'approved', blocking: 0 });
    expect(october.workedSessions).toBeGreaterThan(200);
    expect(october.totalPence).toBeGreaterThan(0);
  });

  it('has this month as a draft whose rota and checklist warn of a lone ward visit and a permitted-work week', async () => {
    const november = expectOk(await backend.invoke('payroll:period', { key: '2026-11' }));
    expect(november.status).toBe('draft');
    const warned = new Set(november.checklist.filter((c) => !c.blocking).map((c) => c.kind));
    expect(warned).toContain('permitted-work');
    expect(warned).toContain('ward-understaffed');
    // What blocks it is only what is yet to be worked.
    expect(new Set(november.checklist.filter((c) => c.blocking).map((c) => c.kind))).toEqual(new Set(['planned-in-past']));

    const rota = expectOk(await backend.invoke('rota:view', { from: '2026-11-23', to: '2026-11-29' }));
    const kinds = rota.warnings.map((w) => w.kind);
    expect(kinds).toContain('ward-understaffed');
    expect(kinds).toContain('permitted-work-hours');
    expect(kinds.filter((k) => k === 'overlap' || k === 'no-rate' || k === 'planned-in-past')).toEqual([]);
    expect(new Set(rota.warnings.filter((w) => w.kind.startsWith('permitted-work')).map((w) => w.staffId)).size).toBe(1);
  });

  it('exports last month to Sage with the demo’s payment numbers', async () => {
    // Holiday hours accrued are not a payment, and SSP days go in Sage's sickness screen: Sage gets a line for everything else.
    const payments = expectOk(await backend.invoke('payroll:model', { key: '2026-10' })).lines.filter((l) => l.unit !== 'holiday-accrued' && l.unit !== 'ssp-days');
    const file = expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'sage', by: 'A tester' }));
    const lines = Buffer.from(file.contentBase64, 'base64').toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(payments.length);
    for (const line of lines) expect(line).toMatch(/^\d{1,7},\d{1,3},\d+\.\d{2},\d+\.\d{2}$/);
    expect(lines[0]!.split(',').slice(0, 2)).toEqual([payments[0]!.worksNumber, payments[0]!.sageCode]);
    expect(new Set(lines.map((l) => l.split(',')[1]))).toEqual(new Set(payments.map((l) => l.sageCode)));
    expect(payments.some((l) => l.unit === 'miles' && l.sageCode === '30')).toBe(true);
    expect(expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).status).toBe('exported');
  });
});

describe('the demo office on another day', () => {
  it('is the same every time, and follows the office’s clock', async () => {
    const again = await demoAt(new FakeClock());
    const digest = (b: Backend) => createHash('sha256').update(JSON.stringify(b.session.context().sqlite
      .prepare('SELECT staff_id, date, start_minutes, end_minutes, break_minutes, place_id, element_id, status, cancelled_at, miles_tenths, supported_one_to_one FROM sessions ORDER BY id').raw().all())).digest('hex');
    expect(digest(again)).toBe(digest(backend));

    const spring = await demoAt(new FakeClock(Date.parse('2027-03-10T09:00:00Z')));
    const periods = expectOk(await spring.invoke('payroll:periods', { count: 3 }));
    expect(periods.map((p) => [p.key, p.status])).toEqual([['2027-03', 'draft'], ['2027-02', 'approved'], ['2027-01', 'exported']]);
    expect(expectOk(await spring.invoke('payroll:period', { key: '2027-02' })).blocking).toBe(0);
    const range = spring.session.context().sqlite.prepare(`SELECT min(date) AS first, max(date) AS last FROM sessions`).get() as { first: string; last: string };
    expect(range.first).toBe('2025-03-01');
    expect(range.last >= '2027-03-24' && range.last <= '2027-03-30').toBe(true);
  }, 60_000);
});

/** 'YYYY-MM' keys from `latest` back, `count` of them. */
function months(latest: string, count: number): string[] {
  const [y, m] = latest.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
