// `npm run bench`, rota, payroll and supervision: a ten-times office (3,000 people, 400 staff with rates,
// ten years of sessions at the demo's density, supervision histories and support sessions) in a real
// encrypted file, then the waits a person has on the Rota, Payroll, Supervision and home pages. Figures, not pass marks. Made with the demo's own generators at a bigger scale;
// only the backdating of contracts and rates (the demo's go back two years) is the bench's own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../../electron/backend/backend';
import { silentLogger, type OfficeContext } from '../../electron/backend/context';
import { demoMembers } from '../../electron/backend/members/demo';
import { writeMember } from '../../electron/backend/members/repository';
import { populateDemoRota } from '../../electron/backend/rota/demo';
import { populateDemoStaff } from '../../electron/backend/staff/demo';
import { populateDemoSupervision } from '../../electron/backend/supervision/demo';
import { populateDemoSupport } from '../../electron/backend/support/demo';
import { memberInputSchema } from '../../shared/contract/members';
import { addDays, daysBetween } from '../../shared/domain/pay/calendar';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../electron/backend/db/migrations', import.meta.url));
const PASSPHRASE = 'kettle orchard lantern';
const NOW = new Date('2026-11-27T10:00:00Z'); // a Friday: November is the draft period, October approved
const TODAY = '2026-11-27';
const PEOPLE = 3000;
const STAFF = 400;
const YEARS = 10;

// Peak memory: sampled on a timer (which cannot fire inside synchronous work) and at each step, and
// the operating system's own high-water mark, which sees everything.
let sampledPeak = 0;
const sample = () => {
  sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 20);

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(n < 10 ? 1 : 0)} ms`);
const report = (what: string, value: string) => process.stdout.write(`  ${what.padEnd(56)} ${value}\n`);

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const value = work();
  const t = performance.now() - start;
  sample();
  return [value, t];
}

async function timedAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  const t = performance.now() - start;
  sample();
  return [value, t];
}

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Median and slowest of `runs` calls (the first warms SQLite's page cache, as opening a page does). */
async function repeat<T>(runs: number, work: () => Promise<T>): Promise<{ value: T; median: number; max: number }> {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const [v, t] = await timedAsync(work);
    value = v;
    times.push(t);
  }
  times.sort((a, b) => a - b);
  return { value: value!, median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]! };
}

/**
 * The demo's staff start between 2019 and 2026 with rates from April 2024. Spread their starts over
 * ten years instead, and give each the rates of the Aprils before (35p lower a year), so ten years
 * of sessions have people and rates to go with them.
 */
function backdateStaff(ctx: OfficeContext, years: number): void {
  const { sqlite } = ctx;
  const oldFirst = '2019-01-01';
  const newFirst = `${Number(TODAY.slice(0, 4)) - years}-12-01`;
  const last = '2026-10-01';
  const scale = daysBetween(newFirst, last) / daysBetween(oldFirst, last);
  const staff = sqlite.prepare('SELECT id, start_date AS start FROM staff').all() as { id: number; start: string }[];
  const firstRate = sqlite.prepare('SELECT effective_from AS "from", hourly_pence AS pence FROM pay_rates WHERE staff_id = ? ORDER BY effective_from LIMIT 1');
  const addRate = sqlite.prepare('INSERT INTO pay_rates (staff_id, effective_from, hourly_pence) VALUES (?, ?, ?)');
  const moveStart = sqlite.prepare('UPDATE staff SET start_date = ?, probation_end_date = ? WHERE id = ?');
  const moveBenefit = sqlite.prepare('UPDATE benefit_statuses SET from_date = ? WHERE staff_id = ? AND from_date = ?');
  for (const s of staff) {
    const start = s.start < oldFirst ? s.start : addDays(last, -Math.round(daysBetween(s.start, last) * scale));
    moveStart.run(start, addDays(start, 182), s.id);
    moveBenefit.run(start, s.id, s.start);
    const rate = firstRate.get(s.id) as { from: string; pence: number };
    const payOn = (date: string) => rate.pence - 35 * (Number(rate.from.slice(0, 4)) - Number(date.slice(0, 4)) + (date.slice(5) < '04-01' ? 1 : 0));
    if (start < rate.from) addRate.run(s.id, start, payOn(start));
    for (let y = Number(start.slice(0, 4)); `${y}-04-01` < rate.from; y++) {
      if (`${y}-04-01` > start) addRate.run(s.id, `${y}-04-01`, payOn(`${y}-04-01`));
    }
  }
}

process.stdout.write(`Peer Office payroll bench (Node ${process.versions.node}, ${process.platform}): ${PEOPLE.toLocaleString('en-GB')} people, ${STAFF} staff, ${YEARS} years\n`);
const root = mkdtempSync(join(tmpdir(), 'peer-office-bench-payroll-'));
const backend = createBackend({ dataDir: root, databasePath: join(root, 'office.db'), migrationsDir: MIGRATIONS_DIR, now: () => NOW, logger: silentLogger });
try {
  await must(backend.invoke('office:create', { officeName: 'Bench office', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
  const ctx = backend.session.context();
  const steps: [string, number][] = [];
  const step = (name: string, work: () => void) => steps.push([name, timed(work)[1]]);
  const [, build] = timed(() => ctx.sqlite.transaction(() => {
    const nowIso = NOW.toISOString();
    step(`${PEOPLE.toLocaleString('en-GB')} members`, () => demoMembers(PEOPLE).forEach((m, i) => writeMember(ctx.db, memberInputSchema.parse(m), { memberNumber: 1001 + i, nowIso })));
    step(`${STAFF} staff, backdated over ${YEARS} years`, () => {
      populateDemoStaff(ctx, TODAY, STAFF);
      backdateStaff(ctx, YEARS);
    });
    step('supervision histories and probation plans', () => populateDemoSupervision(ctx, TODAY));
    step('places, sessions and closed pay periods', () => populateDemoRota(ctx, TODAY, { years: YEARS, placeCopies: STAFF / 40 }));
    step('support sessions and attendance', () => populateDemoSupport(ctx, TODAY));
  })());
  const count = (sql: string) => (ctx.sqlite.prepare(sql).get() as { n: number }).n;
  const sessions = count('SELECT count(*) AS n FROM sessions');
  report(`build the office, one transaction (${sessions.toLocaleString('en-GB')} sessions)`, ms(build));
  for (const [name, t] of steps) report(`  of which ${name}`, ms(t));
  report('  places / pay periods closed', `${count('SELECT count(*) AS n FROM places')} / ${count(`SELECT count(*) AS n FROM pay_periods`)}`);
  const [, checkpoint] = timed(() => ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)'));
  report('checkpoint the WAL into the file', ms(checkpoint));

  const month = { key: '2026-10', from: '2026-10-01', to: '2026-10-31' };
  const october = await must(backend.invoke('payroll:period', { key: month.key }));
  report(`October: ${october.workedSessions.toLocaleString('en-GB')} worked sessions, ${october.people} people`, `${october.status}, ${october.blocking} blocking`);
  for (const format of ['xlsx', 'sage', 'brightpay'] as const) {
    const { value: file, median, max } = await repeat(3, () => must(backend.invoke('payroll:export', { key: month.key, format, by: 'Bench' })));
    report(`export a month, ${format} (${file.rows.toLocaleString('en-GB')} lines, ${(file.contentBase64.length * 0.75 / 1024).toFixed(0)} KiB): median / max of 3`, `${ms(median)} / ${ms(max)}`);
  }
  const views = [['a week', '2026-11-23', '2026-11-29'], ['a month', '2026-11-01', '2026-11-30']] as const;
  for (const [what, from, to] of views) {
    const { value, median, max } = await repeat(5, () => must(backend.invoke('rota:view', { from, to })));
    report(`rota:view, ${what}, all places (${value.sessions.length.toLocaleString('en-GB')} sessions, ${value.warnings.length} warnings): median / max of 5`, `${ms(median)} / ${ms(max)}`);
  }
  for (const key of ['2026-11', '2026-10']) {
    const { value, median, max } = await repeat(3, () => must(backend.invoke('payroll:period', { key })));
    report(`payroll:period ${key} (${value.status}, ${value.checklist.length.toLocaleString('en-GB')} checklist items): median / max of 3`, `${ms(median)} / ${ms(max)}`);
  }
  const { median: listMedian } = await repeat(3, () => must(backend.invoke('payroll:periods', { count: 14 })));
  report('payroll:periods, the 14 the Payroll page lists: median of 3', ms(listMedian));
  const staffId = (ctx.sqlite.prepare(`SELECT staff_id AS n FROM sessions WHERE date >= '2026-09-01' GROUP BY staff_id ORDER BY count(*) DESC LIMIT 1`).get() as { n: number }).n;
  const { median: statement } = await repeat(3, () => must(backend.invoke('payroll:statement', { staffId, from: '2026-06-01', to: '2026-11-30' })));
  report('payroll:statement, six months of one busy person: median of 3', ms(statement));

  report('supervisions / support sessions', `${count('SELECT count(*) AS n FROM supervisions').toLocaleString('en-GB')} / ${count('SELECT count(*) AS n FROM support_sessions')}`);
  const { value: week, median: home } = await repeat(5, () => must(backend.invoke('dashboard:week', {})));
  report(`dashboard:week, the home screen (${week.items.length} items): median of 5`, ms(home));
  const { median: lists } = await repeat(5, () => must(backend.invoke('supervision:lists', {})));
  report('supervision:lists, overdue and due this week: median of 5', ms(lists));
  const { value: nov, median: monthMedian } = await repeat(5, () => must(backend.invoke('supervision:month', { month: '2026-11' })));
  report(`supervision:month, November, everyone (${nov.rows.length} meetings): median of 5`, ms(monthMedian));
  const supervisee = (ctx.sqlite.prepare('SELECT supervisee_staff_id AS n FROM supervisions GROUP BY supervisee_staff_id ORDER BY count(*) DESC LIMIT 1').get() as { n: number }).n;
  const { value: busiest, median: personMedian } = await repeat(5, () => must(backend.invoke('supervision:person', { staffId: supervisee })));
  report(`supervision:person, the most supervised person (${busiest.supervisions.length} meetings): median of 5`, ms(personMedian));
  const { value: support, median: supportMedian } = await repeat(5, () => must(backend.invoke('support:year', { year: 2026 })));
  report(`support:year 2026 (${support.sessions.length} sessions, ${support.notAttended.length} not attended): median of 5`, ms(supportMedian));
} finally {
  backend.close();
  clearInterval(sampler);
  sample();
  rmSync(root, { recursive: true, force: true });
}
report('peak RSS, highest sampled (process.memoryUsage)', mib(sampledPeak));
report('peak RSS, operating system high-water (maxRSS)', mib(process.resourceUsage().maxRSS * 1024));
