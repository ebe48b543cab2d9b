// Which backups the rotation keeps: 7 daily, 4 weekly (Monday weeks), 12 monthly; the newest always;
// backups made before a database update always; files that are not Peer Office backups never touched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName, planRotation } from '../../shared/domain/backup-rotation';
import { addDays } from '../../shared/domain/pay/calendar';

const daily = (date: string, time = '120000') => backupFileName(date, time, 'daily');
/** One backup a day for `count` days ending on `last`. */
const everyDay = (last: string, count: number) => Array.from({ length: count }, (_, i) => daily(addDays(last, -i)));
const datesOf = (names: string[]) => names.map((n) => parseBackupName(n)!.date).sort();

describe('backup names', () => {
  it('round-trip, with a sequence for a second backup in the same second', () => {
    expect(backupFileName('2026-11-27', '093005', 'manual')).toBe('peer-office-2026-11-27-093005-manual.pobackup');
    expect(backupFileName('2026-11-27', '093005', 'manual', 2)).toBe('peer-office-2026-11-27-093005-manual-2.pobackup');
    expect(parseBackupName('peer-office-2026-11-27-093005-before-migration-3.pobackup')).toEqual({
      fileName: 'peer-office-2026-11-27-093005-before-migration-3.pobackup', date: '2026-11-27', time: '093005', reason: 'before-migration', sequence: 3,
    });
  });

  it('are not ours when anything differs', () => {
    for (const name of [
      'peer-office-2026-11-27-093005-manual.pobackup.tmp', 'peer-office-2026-11-27-093005-manual.pobackup.failed-check',
      'peer-office-2026-11-27-0930-manual.pobackup', 'peer-office-2026-11-27-093005-weekly.pobackup', 'Peer-Office-2026-11-27-093005-manual.pobackup',
      'peer-office-2026-11-27-093005-manual-1.pobackup', 'office.db', 'peer-office-2026-11-27-093005-manual.pobackup/evil', '',
    ]) expect(parseBackupName(name), name).toBeNull();
  });
});

describe('planRotation', () => {
  it('keeps everything while there are fewer than seven days of backups', () => {
    const names = everyDay('2026-11-27', 6);
    expect(planRotation(names)).toEqual({ keep: [...names], remove: [], ignored: [] });
  });

  it('keeps the newest of each of the last 7 days, 4 Monday weeks and 12 months', () => {
    const plan = planRotation(everyDay('2026-11-27', 500));
    expect(datesOf(plan.keep)).toEqual([
      // months: the newest of each of the twelve months up to November 2026
      '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31',
      '2026-09-30', '2026-10-31',
      // weeks beginning 2, 9 and 16 November (their Sundays); 23 November's week is today's
      '2026-11-08', '2026-11-15',
      // the last seven days (the 22nd is also its week's newest)
      '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27',
    ]);
    expect(plan.keep.length + plan.remove.length).toBe(500);
  });

  it('keeps only the newest backup of a day with several', () => {
    const names = [daily('2026-11-27', '090000'), daily('2026-11-27', '170000'), backupFileName('2026-11-27', '170000', 'manual', 2)];
    expect(planRotation(names)).toMatchObject({ keep: [names[2]], remove: [names[1], names[0]] });
  });

  it('counts days that have a backup, so an office closed for weeks still has a week of them', () => {
    const beforeHoliday = everyDay('2026-07-31', 10);
    const plan = planRotation([...beforeHoliday, daily('2026-09-01')]);
    expect(datesOf(plan.keep)).toEqual(['2026-07-26', '2026-07-27', '2026-07-28', '2026-07-29', '2026-07-30', '2026-07-31', '2026-09-01']);
  });

  it('always keeps backups made before a database update', () => {
    const update = backupFileName('2025-03-03', '080000', 'before-migration');
    const plan = planRotation([update, ...everyDay('2026-11-27', 400)]);
    expect(plan.keep).toContain(update);
  });

  it('ignores files that are not ours, whatever they are called', () => {
    const strangers = ['notes.txt', 'peer-office-2020-01-01-120000-daily.pobackup.failed-check', 'peer-office-2020-01-01-120000-daily.pobackup.tmp'];
    const plan = planRotation([...strangers, ...everyDay('2026-11-27', 30)]);
    expect(plan.ignored).toEqual(strangers);
    for (const s of strangers) expect([...plan.keep, ...plan.remove]).not.toContain(s);
  });

  it('never removes the newest backup, and every name lands in exactly one list (property)', () => {
    const stamp = fc.record({
      day: fc.integer({ min: 0, max: 900 }), time: fc.integer({ min: 0, max: 86_399 }), reason: fc.constantFrom('manual', 'daily', 'before-migration', 'command-line' as const),
    });
    fc.assert(fc.property(fc.array(stamp, { minLength: 1, maxLength: 80 }), fc.array(fc.string().filter((s) => parseBackupName(s) === null)), (stamps, others) => {
      const names = [...new Set(stamps.map((s) => {
        const t = `${String(Math.floor(s.time / 3600)).padStart(2, '0')}${String(Math.floor(s.time / 60) % 60).padStart(2, '0')}${String(s.time % 60).padStart(2, '0')}`;
        return backupFileName(addDays('2024-01-01', s.day), t, s.reason);
      }))];
      const plan = planRotation([...names, ...others]);
      const newest = [...names].sort((a, b) => parseBackupName(b)!.date.localeCompare(parseBackupName(a)!.date) || parseBackupName(b)!.time.localeCompare(parseBackupName(a)!.time))[0]!;
      expect(plan.keep).toContain(newest);
      expect([...plan.keep, ...plan.remove].sort()).toEqual([...names].sort());
      expect(plan.keep.length).toBeLessThanOrEqual(7 + 4 + 12 + names.filter((n) => n.includes('before-migration')).length);
      expect(plan.ignored).toEqual(others);
    }), { numRuns: 200 });
  });
});
