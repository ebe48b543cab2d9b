// The `peer-office` command as a script would use it: exit codes, stdout for the machine, stderr for people.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, withPassphrase } from '../helpers/cli';
import { readWorkbook } from '../helpers/spreadsheets';
import { shippedMigrationCount } from '../helpers/migrations';
import { expectOk, FakeClock, PASSPHRASE, RECOVERY_KEY_FORMAT, useOffices } from '../helpers/office';
import { book, defaults, worker } from '../helpers/rota';
import { daysInMonth, formatUkDate, londonToday } from '../../shared/domain/dates';
import { periodName } from '../../shared/domain/pay/period-words';

const { tempDir, newOffice, backendAt } = useOffices();
const PERIOD_FORMS = "give the period as YYYY-MM, like 2026-10, or a four-week period's first day as YYYY-MM-DD";

// Each run starts a fresh Node and loads the backend (a second or two): allow for a busy machine.
describe('peer-office', { timeout: 120_000 }, () => {
  it('init creates an office, prints the recovery key alone on stdout and says to write it down', async () => {
    const db = join(tempDir(), 'office.db');
    const run = await runCli(['init', '--db', db, '--name', 'Quaintance Peer Support'], withPassphrase);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(RECOVERY_KEY_FORMAT);
    expect(run.stderr).toMatch(/write this down/i);
    expect(run.stderr).toMatch(/shown once/i);
    expect(existsSync(db) && existsSync(`${db}.keys.json`)).toBe(true);

    const again = await runCli(['init', '--db', db], withPassphrase);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already a database/);
    expect(again.stdout).toBe('');

    const check = await runCli(['check', '--db', db], withPassphrase);
    expect(check.code).toBe(0);
    const summary = JSON.parse(check.stdout) as { ok: boolean; integrity: string; foreignKeys: string; tables: Record<string, number> };
    expect(summary).toMatchObject({ ok: true, integrity: 'ok', foreignKeys: 'ok', isDemo: false });
    expect(summary.tables).toMatchObject({ people: 0, person_roles: 0, person_involvements: 0, office_settings: 3, __drizzle_migrations: shippedMigrationCount(), staff: 0, dated_settings: 9 });
    expect(summary.tables['list_items']).toBeGreaterThan(0);

    const byRecoveryKey = await runCli(['check', '--db', db], { PEER_OFFICE_RECOVERY_KEY: run.stdout.trim().toLowerCase().replace(/-/g, ' ') });
    expect(byRecoveryKey.code).toBe(0);

    const wrong = await runCli(['check', '--db', db], { PEER_OFFICE_PASSPHRASE: 'kettle orchard lanterns' });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/does not match/);
    expect(wrong.stdout).toBe('');
  });

  it('demo creates the demo office, which check counts as 300 people', async () => {
    const db = join(tempDir(), 'demo.db');
    const demo = await runCli(['demo', '--db', db], withPassphrase);
    expect(demo.code).toBe(0);
    expect(demo.stdout.trim()).toMatch(RECOVERY_KEY_FORMAT);
    const check = await runCli(['check', '--db', db], withPassphrase);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, isDemo: true, tables: { people: 300 } });
  });

  it('export payroll writes the demo’s last month for payroll, refuses a month not approved, and never overwrites unasked', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.db');
    expect((await runCli(['demo', '--db', db], withPassphrase)).code).toBe(0);
    // The CLI made the demo on the real clock: its own months are read from it, not worked out from the clock now
    // (midnight at a month's end in London could come between the two). Its last complete month is the one
    // approved, and its current month, the one after, is a draft.
    const periods = await demoPeriods(dir, db);
    const approved = periods.findIndex((p) => p.status === 'approved');
    expect(periods.filter((p) => p.status === 'approved'), JSON.stringify(periods)).toHaveLength(1);
    expect(approved, 'the approved month is not the newest').toBeGreaterThan(0);
    const lastMonth = periods[approved]!.key;
    const thisMonth = periods[approved - 1]!.key;
    expect(periods[approved - 1]!.status).toBe('draft');

    const xlsx = join(dir, 'payroll.xlsx');
    const written = await runCli(['export', 'payroll', '--db', db, '--period', lastMonth, '--format', 'xlsx', '--out', xlsx], withPassphrase);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toMatch(new RegExp(`^Wrote an Excel workbook for ${periodName(lastMonth)} \\(01/\\d\\d/\\d{4} to \\d\\d/\\d\\d/\\d{4}, \\d+ lines\\) to .*payroll\\.xlsx\\.$`, 'm'));
    expect(written.stderr).toMatch(/now marked exported/);
    const workbook = await readWorkbook(readFileSync(xlsx).toString('base64'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'Sessions']);
    expect(workbook.getWorksheet('Sessions')!.rowCount).toBeGreaterThan(100);

    const again = await runCli(['export', 'payroll', '--db', db, '--period', lastMonth, '--format', 'sage', '--out', xlsx], withPassphrase);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already a file .* add --force to replace it/);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK'); // still the workbook

    const sage = join(dir, 'sage.csv');
    writeFileSync(sage, 'an older file');
    const forced = await runCli(['export', 'payroll', '--db', db, '--period', lastMonth, '--format', 'sage', '--out', sage, '--force', '--by', 'Ada Payroll'], withPassphrase);
    expect(forced.code).toBe(0);
    const lines = readFileSync(sage, 'utf8').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThan(20);
    // Employee reference, payment number, hours, rate: nothing else, and no header.
    for (const line of lines) expect(line).toMatch(/^\d{1,7},\d{1,3},\d+\.\d{2},\d+\.\d{2}$/);
    expect(new Set(lines.map((l) => l.split(',')[1]))).toContain('30'); // the demo's mileage payment number

    // This month is still running (the backend approves a period from its last day): the reason comes
    // first, then the checklist, one problem a line.
    const todayBefore = londonToday(new Date());
    const draft = await runCli(['export', 'payroll', '--db', db, '--period', thisMonth, '--format', 'brightpay', '--out', join(dir, 'now.csv')], withPassphrase);
    const todayAfter = londonToday(new Date());
    expect(draft.code).toBe(1);
    expect(draft.stdout).toBe('');
    const [first, second, ...rest] = draft.stderr.split('\n');
    const monthEnd = `${thisMonth}-${daysInMonth(Number(thisMonth.slice(0, 4)), Number(thisMonth.slice(5)))}`;
    const name = periodName(thisMonth);
    const refusalOn = (today: string) => (today < monthEnd
      ? `peer-office: ${name} has not been approved: it has not finished yet. Approve it in the app from ${formatUkDate(monthEnd)} (Payroll → ${name}), once its sessions have been worked or cancelled.`
      : `peer-office: ${name} has not been approved: approve it in the app first (Payroll → ${name}).`);
    // The CLI read the clock between the two readings here: either day's words (the same but on a month's last midnight).
    expect([refusalOn(todayBefore), refusalOn(todayAfter)]).toContain(first);
    expect(second).toBe(`Checklist for the pay period ${formatUkDate(`${thisMonth}-01`)} to ${formatUkDate(monthEnd)}:`);
    expect(rest.length).toBeGreaterThan(1);
    for (const line of rest.slice(0, -1)) expect(line).toMatch(/^ {2}to (fix: |note:) \S.+$/);
    expect(rest.at(-1)).toBe('');
    expect(existsSync(join(dir, 'now.csv'))).toBe(false);

    // Last month reopened in the app: a finished period waiting for approval.
    const app = backendAt({ dir, dbPath: db, clock: new FakeClock(Date.now()) });
    expectOk(await app.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expectOk(await app.invoke('payroll:reopen', { key: lastMonth, by: 'Hywel Testworth', reason: 'Checking the mileage again' }));
    app.close();
    const reopened = await runCli(['export', 'payroll', '--db', db, '--period', lastMonth, '--format', 'brightpay', '--out', join(dir, 'last.csv')], withPassphrase);
    expect(reopened.code).toBe(1);
    const reasonFirst = reopened.stderr.split('\n');
    expect(reasonFirst[0]).toBe(`peer-office: ${periodName(lastMonth)} has not been approved: approve it in the app first (Payroll → ${periodName(lastMonth)}).`);
    expect(reasonFirst[1]).toMatch(/^(Checklist for the pay period .+:|The checklist for the pay period .+ is clear\.)$/);
    expect(existsSync(join(dir, 'last.csv'))).toBe(false);

    // The key's form is checked before the passphrase is even asked for.
    const badPeriod = await runCli(['export', 'payroll', '--db', db, '--period', '2026-13', '--format', 'sage', '--out', join(dir, 'x.csv')], {});
    expect(badPeriod.code).toBe(2);
    expect(badPeriod.stderr.split('\n')[0]).toBe(`peer-office: 2026-13 is not a month: ${PERIOD_FORMS}.`);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });

  it('export payroll takes a four-weekly office’s period by its first day, and leaves the schedule to judge the key', async () => {
    // The fake clock reads 27/11/2026: 12/10 to 08/11/2026 has finished, and so has 14/09 to 11/10/2026.
    const { backend, dir, dbPath } = await newOffice();
    const schedule = { kind: 'four-weekly' as const, anchor: '2026-01-05', payDaysAfterEnd: 5 };
    expectOk(await backend.invoke('payroll:saveSchedule', { schedule }));
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    await book(backend, { staffId: alba.id, date: '2026-10-13', placeId: officeId, elementId: groupId });
    await book(backend, { staffId: alba.id, date: '2026-09-15', placeId: officeId, elementId: groupId, status: 'planned' });
    expectOk(await backend.invoke('payroll:approve', { key: '2026-10-12', by: 'Morwenna Testworth' }));
    backend.close(); // the command opens the file itself

    const out = join(dir, 'brightpay.csv');
    const written = await runCli(['export', 'payroll', '--db', dbPath, '--period', '2026-10-12', '--format', 'brightpay', '--out', out], withPassphrase);
    expect(written.code).toBe(0);
    expect(written.stderr).toBe(`Wrote a BrightPay file for the four-week period from 12/10/2026 (12/10/2026 to 08/11/2026, 1 line) to ${out}.\nThe period is now marked exported.\n`);
    const csv = readFileSync(out, 'utf8').split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toMatch(/^PS\d{3},,Alba Testworth,Wellbeing group,[^,]*,3\.00,13\.00,39\.00,"?Wellbeing group, 12\/10\/2026 to 08\/11\/2026"?,/);

    const app = backendAt({ dir, dbPath });
    expectOk(await app.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const period = expectOk(await app.invoke('payroll:period', { key: '2026-10-12' }));
    expect(period.status).toBe('exported');
    expect(period.events.at(-1)).toMatchObject({ action: 'exported', by: 'peer-office command line', detail: 'brightpay' });
    app.close();

    // A day inside a period, or a month, is not one of this office's periods: the backend says which is.
    const wrongDay = await runCli(['export', 'payroll', '--db', dbPath, '--period', '2026-10-13', '--format', 'xlsx', '--out', join(dir, 'a.xlsx')], withPassphrase);
    expect(wrongDay.code).toBe(2);
    expect(wrongDay.stderr).toBe('peer-office: No four-week pay period starts on 13/10/2026: the one holding that day starts on 12/10/2026.\n');
    const month = await runCli(['export', 'payroll', '--db', dbPath, '--period', '2026-10', '--format', 'xlsx', '--out', join(dir, 'a.xlsx')], withPassphrase);
    expect(month.code).toBe(2);
    expect(month.stderr).toMatch(/^peer-office: Pay periods are four weeks: name one by its first day, like 2026-01-05\./);

    // The period before was never approved, and has a session still marked planned.
    const draft = await runCli(['export', 'payroll', '--db', dbPath, '--period', '2026-09-14', '--format', 'xlsx', '--out', join(dir, 'a.xlsx')], withPassphrase);
    expect(draft.code).toBe(1);
    expect(draft.stderr.split('\n')).toEqual([
      'peer-office: The four-week period from 14/09/2026 has not been approved: approve it in the app first (Payroll → four weeks from 14/09/2026).',
      'Checklist for the pay period 14/09/2026 to 11/10/2026:',
      expect.stringMatching(/^ {2}to fix: {2}Alba Testworth's session on 15\/09\/2026 at Office .+$/),
      '',
    ]);
    expect(existsSync(join(dir, 'a.xlsx'))).toBe(false);
  });

  it('check says 4 for random bytes beside a genuine key file, a damaged page, a missing key file or database', async () => {
    const dir = tempDir();
    const db = join(dir, 'office.db');
    expect((await runCli(['init', '--db', db], withPassphrase)).code).toBe(0);
    const fake = join(dir, 'fake.db');
    writeFileSync(fake, randomBytes(64 * 1024));
    copyFileSync(`${db}.keys.json`, `${fake}.keys.json`);
    const damaged = await runCli(['check', '--db', fake], withPassphrase);
    expect(damaged.code).toBe(4);
    expect(damaged.stderr).toMatch(/damaged or is not a Peer Office database/);

    // A genuine database with one page damaged: the key matches, SQLite's check finds the damage.
    const hurt = join(dir, 'hurt.db');
    const bytes = readFileSync(db);
    bytes.fill(0x5a, bytes.length - 2000, bytes.length - 1900);
    writeFileSync(hurt, bytes);
    copyFileSync(`${db}.keys.json`, `${hurt}.keys.json`);
    const hurtCheck = await runCli(['check', '--db', hurt], withPassphrase);
    expect(hurtCheck.code).toBe(4);
    expect(hurtCheck.stderr).toMatch(/Restore it from a backup/);

    const noKeys = join(dir, 'nokeys.db');
    copyFileSync(db, noKeys);
    expect((await runCli(['check', '--db', noKeys], withPassphrase)).code).toBe(4);
    expect((await runCli(['check', '--db', join(dir, 'nowhere.db')], withPassphrase)).code).toBe(4);
  });

  it.each([
    [[], /Name a command/],
    [['check'], /--db FILE/],
    [['init'], /--db FILE/],
    [['frobnicate', '--db', 'x.db'], /Unknown command "frobnicate"/],
    [['check', '--db', 'x.db', '--verbose'], /Unknown option '--verbose'/],
    [['check', '--db', 'x.db', '--name', 'Quaintance'], /--name is for init and demo only/],
    [['check', '--db', 'x.db', 'extra'], /Unexpected argument "extra"/],
    [['export', 'payroll', '--db', 'x.db', '--period', '2026-10', '--format', 'pdf', '--out', 'x.pdf'], /Unknown format "pdf": choose xlsx, sage, brightpay/],
    [['export', 'payroll', '--db', 'x.db', '--period', '2026-10', '--out', 'x.csv'], /--format/],
    [['export', 'payroll', '--db', 'x.db', '--format', 'sage', '--out', 'x.csv'], /--period/],
    [['export', 'payroll', '--db', 'x.db', '--period', '2026-00', '--format', 'sage', '--out', 'x.csv'], /^peer-office: 2026-00 is not a month: give the period as YYYY-MM/],
    [['export', 'payroll', '--db', 'x.db', '--period', '2026-02-30', '--format', 'sage', '--out', 'x.csv'], /^peer-office: 2026-02-30 is not a date: give the period as YYYY-MM/],
    [['export', 'payroll', '--db', 'x.db', '--period', 'October', '--format', 'sage', '--out', 'x.csv'], /^peer-office: "October" is not a pay period: give the period as YYYY-MM/],
    [['export', 'payroll', '--db', 'x.db', '--period', '2026-10', '--format', 'sage'], /--out FILE/],
    [['export', '--db', 'x.db'], /Name what to export: export payroll/],
    [['export', 'members', '--db', 'x.db'], /Unknown export "members"/],
    [['check', '--db', 'x.db', '--period', '2026-10'], /--period is for export payroll only/],
    [['export', 'payroll', '--db', 'x.db', '--name', 'Q', '--period', '2026-10', '--format', 'sage', '--out', 'x.csv'], /--name is for init and demo only/],
  ])('exits 2 with usage for %j', async (args, message) => {
    const run = await runCli(args, withPassphrase);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Usage: peer-office/);
  });

  it('refuses a passphrase given as an argument, and explains why', async () => {
    const db = join(tempDir(), 'office.db');
    for (const args of [['init', '--db', db, '--passphrase', 'x'], ['check', `--passphrase=${PASSPHRASE}`, '--db', db], ['check', '--db', db, '--recovery-key', 'x']]) {
      const run = await runCli(args, {});
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/never takes a passphrase or recovery key as an argument/);
      expect(run.stderr).toMatch(/PEER_OFFICE_PASSPHRASE/);
    }
    expect(existsSync(db)).toBe(false);
  });

  it('refuses a short passphrase, and asks for one when there is no terminal to type it in', async () => {
    const db = join(tempDir(), 'office.db');
    const short = await runCli(['init', '--db', db], { PEER_OFFICE_PASSPHRASE: 'kettle' });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 12 characters/);
    const none = await runCli(['init', '--db', db], {});
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Set PEER_OFFICE_PASSPHRASE/);
    expect(existsSync(db)).toBe(false);
  });

  it('prints usage for --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: peer-office <command> --db FILE/);
    expect(run.stdout).toMatch(/Exit codes/);
  });
});

/** The demo office's newest pay periods, newest first, as the app lists them now. */
async function demoPeriods(dir: string, dbPath: string) {
  const app = backendAt({ dir, dbPath, clock: new FakeClock(Date.now()) });
  expectOk(await app.invoke('office:unlock', { passphrase: PASSPHRASE }));
  const periods = expectOk(await app.invoke('payroll:periods', { count: 3 }));
  app.close();
  return periods;
}
