// Which backups the rotation keeps: 7 daily, 4 weekly (Monday weeks), 12 monthly; the newest always;
// backups made before a database update always; files that are not Peer Office backups never touched;
// and only this office's backups counted or removed, when two offices share a folder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_REASONS, backupFileName, newestFirst, parseBackupName, planRotation, type BackupScope } from '../../shared/domain/backup-rotation';
import { addDays } from '../../shared/domain/pay/calendar';

/** Two offices on one PC: the real one and the demo, say. */
const REAL = '3f9a1c2e';
const DEMO = '07b21d0a';
const real: BackupScope = { officeCode: REAL };
const demo: BackupScope = { officeCode: DEMO };
/** The London date the rotations below run on, unless a test says otherwise. */
const TODAY = '2026-11-27';

const daily = (date: string, time = '120000', code = REAL) => backupFileName(code, date, time, 'daily');
/** One backup a day for `count` days ending on `last`. */
const everyDay = (last: string, count: number, code = REAL) => Array.from({ length: count }, (_, i) => daily(addDays(last, -i), '120000', code));
const datesOf = (names: string[]) => names.map((n) => parseBackupName(n)!.date).sort();
/** The name the same backup had before names carried an office code. */
const unmarked = (name: string) => name.replace(/^peer-office-[0-9a-f]{8}-/, 'peer-office-');

describe('backup names', () => {
  it('sort newest first in one order whatever order the folder lists them in, two offices in the same second included', () => {
    const names = [daily('2026-11-26'), daily('2026-11-27', '093005', DEMO), daily('2026-11-27', '093005'), backupFileName(REAL, '2026-11-27', '093005', 'daily', 2)];
    const sorted = (list: string[]) => list.map((n) => parseBackupName(n)!).sort(newestFirst).map((b) => b.fileName);
    const expected = [names[3], names[1], names[2], names[0]];
    expect(sorted(names)).toEqual(expected);
    expect(sorted([...names].reverse())).toEqual(expected);
  });

  it('round-trip with the office code, and a sequence for a second backup in the same second', () => {
    expect(backupFileName(REAL, '2026-11-27', '093005', 'manual')).toBe('peer-office-3f9a1c2e-2026-11-27-093005-manual.pobackup');
    expect(backupFileName(REAL, '2026-11-27', '093005', 'manual', 2)).toBe('peer-office-3f9a1c2e-2026-11-27-093005-manual-2.pobackup');
    expect(parseBackupName('peer-office-3f9a1c2e-2026-11-27-093005-before-migration-3.pobackup')).toEqual({
      fileName: 'peer-office-3f9a1c2e-2026-11-27-093005-before-migration-3.pobackup', officeCode: REAL, date: '2026-11-27', time: '093005', reason: 'before-migration', sequence: 3,
    });
  });

  it('say when a backup was made straight after a passphrase or recovery-key change', () => {
    const name = backupFileName(REAL, '2026-11-27', '093005', 'key-change', 2);
    expect(name).toBe('peer-office-3f9a1c2e-2026-11-27-093005-key-change-2.pobackup');
    expect(parseBackupName(name)).toMatchObject({ officeCode: REAL, time: '093005', reason: 'key-change', sequence: 2 });
    expect(parseBackupName(unmarked(name))).toMatchObject({ officeCode: null, reason: 'key-change', sequence: 2 });
  });

  it('written before office codes still read, as unmarked', () => {
    expect(parseBackupName('peer-office-2026-11-27-093005-manual-2.pobackup')).toEqual({
      fileName: 'peer-office-2026-11-27-093005-manual-2.pobackup', officeCode: null, date: '2026-11-27', time: '093005', reason: 'manual', sequence: 2,
    });
  });

  it('never carry anything but an eight-character hex code (never an office name)', () => {
    for (const code of ['3F9A1C2E', '3f9a1c2', '3f9a1c2e0', 'quaintan', '']) expect(() => backupFileName(code, '2026-11-27', '093005', 'manual'), code).toThrow();
  });

  it('are not ours when anything differs', () => {
    for (const name of [
      'peer-office-2026-11-27-093005-manual.pobackup.tmp', 'peer-office-2026-11-27-093005-manual.pobackup.failed-check',
      'peer-office-2026-11-27-0930-manual.pobackup', 'peer-office-2026-11-27-093005-weekly.pobackup', 'Peer-Office-2026-11-27-093005-manual.pobackup',
      'peer-office-2026-11-27-093005-manual-1.pobackup', 'office.db', 'peer-office-2026-11-27-093005-manual.pobackup/evil', '',
      'peer-office-3F9A1C2E-2026-11-27-093005-manual.pobackup', 'peer-office-3f9a1c2-2026-11-27-093005-manual.pobackup',
      'peer-office-3f9a1c2e0-2026-11-27-093005-manual.pobackup', 'peer-office-3f9a1c2e-3f9a1c2e-2026-11-27-093005-manual.pobackup',
      'peer-office-Quaintance-2026-11-27-093005-manual.pobackup', 'peer-office-3f9a1c2e-2026-11-27-093005-manual.pobackup.failed-check',
      'peer-office-3f9a1c2e-2026-11-27-093005-key-changed.pobackup', 'peer-office-3f9a1c2e-2026-11-27-093005-key.pobackup',
    ]) expect(parseBackupName(name), name).toBeNull();
  });
});

describe('planRotation', () => {
  it('keeps everything while there are fewer than seven days of backups', () => {
    const names = everyDay('2026-11-27', 6);
    expect(planRotation(names, real, TODAY)).toEqual({ keep: [...names], remove: [], otherOffices: [], ignored: [] });
  });

  it('keeps the newest of each of the last 7 days, 4 Monday weeks and 12 months', () => {
    const plan = planRotation(everyDay('2026-11-27', 500), real, TODAY);
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

  it('keeps every backup made today: "Back up now" never removes the morning’s automatic backup', () => {
    const names = [daily(TODAY, '090000'), backupFileName(REAL, TODAY, '113000', 'manual'), backupFileName(REAL, TODAY, '113000', 'manual', 2)];
    expect(planRotation([...names, ...everyDay('2026-11-26', 30)], real, TODAY).keep).toEqual(expect.arrayContaining(names));
    expect(planRotation(names, real, TODAY)).toMatchObject({ keep: [names[2], names[1], names[0]], remove: [] });
  });

  it('keeps only the newest backup of an earlier day with several, once that day is over', () => {
    const names = [daily('2026-11-26', '090000'), daily('2026-11-26', '170000'), backupFileName(REAL, '2026-11-26', '170000', 'manual', 2)];
    expect(planRotation(names, real, TODAY)).toMatchObject({ keep: [names[2]], remove: [names[1], names[0]] });
    // The same three, on the day they were made, are all kept.
    expect(planRotation(names, real, '2026-11-26')).toMatchObject({ keep: [names[2], names[1], names[0]], remove: [] });
  });

  it('counts days that have a backup, so an office closed for weeks still has a week of them', () => {
    const beforeHoliday = everyDay('2026-07-31', 10);
    const plan = planRotation([...beforeHoliday, daily('2026-09-01')], real, '2026-09-01');
    expect(datesOf(plan.keep)).toEqual(['2026-07-26', '2026-07-27', '2026-07-28', '2026-07-29', '2026-07-30', '2026-07-31', '2026-09-01']);
  });

  it('always keeps backups made before a database update', () => {
    const update = backupFileName(REAL, '2025-03-03', '080000', 'before-migration');
    const plan = planRotation([update, ...everyDay('2026-11-27', 400)], real, TODAY);
    expect(plan.keep).toContain(update);
  });

  it('thins a backup made after a passphrase or recovery-key change like any other once its day is over', () => {
    const afterChange = backupFileName(REAL, '2026-11-20', '150000', 'key-change');
    const sameDay = daily('2026-11-20', '170000');
    // The newest of its day stays, and every one of today's (the day the change was made)...
    expect(planRotation([afterChange, ...everyDay('2026-11-19', 30)], real, '2026-11-20').keep).toContain(afterChange);
    expect(planRotation([afterChange, sameDay, ...everyDay('2026-11-19', 30)], real, '2026-11-20').keep).toContain(afterChange);
    // ...but once the day is over, a later backup of that day, or a week of newer days, removes it (unlike one made before an update).
    expect(planRotation([afterChange, sameDay, ...everyDay('2026-11-27', 7)], real, TODAY).remove).toContain(afterChange);
    expect(planRotation([afterChange, ...everyDay('2026-11-27', 40)], real, TODAY).remove).toContain(afterChange);
  });

  it('ignores files that are not ours, whatever they are called', () => {
    const strangers = ['notes.txt', 'peer-office-2020-01-01-120000-daily.pobackup.failed-check', 'peer-office-2020-01-01-120000-daily.pobackup.tmp'];
    const plan = planRotation([...strangers, ...everyDay('2026-11-27', 30)], real, TODAY);
    expect(plan.ignored).toEqual(strangers);
    for (const s of strangers) expect([...plan.keep, ...plan.remove]).not.toContain(s);
  });

  it('never removes the newest backup nor any of today’s, keeps one a day before today, and every name lands in exactly one list (property)', () => {
    const stamp = fc.record({
      // Spread over two and a half years, and bunched into the last few days, so that several share a day.
      day: fc.oneof(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 896, max: 900 })), time: fc.integer({ min: 0, max: 86_399 }), reason: fc.constantFrom(...BACKUP_REASONS),
      // Whose: this office, another office sharing the folder, or named before codes (claimed or not).
      whose: fc.constantFrom('this', 'other', 'unmarked-this', 'unmarked-other'),
    });
    // Today is often a day that has backups (one of the stamps'), otherwise any day, past them all too.
    const todayPick = fc.record({ fromStamps: fc.boolean(), index: fc.nat(), day: fc.integer({ min: 0, max: 920 }) });
    fc.assert(fc.property(fc.array(stamp, { minLength: 1, maxLength: 80 }), fc.array(fc.string().filter((s) => parseBackupName(s) === null)), todayPick, (stamps, others, pick) => {
      const today = addDays('2024-01-01', pick.fromStamps ? stamps[pick.index % stamps.length]!.day : pick.day);
      const named = [...new Map(stamps.map((s) => {
        const t = `${String(Math.floor(s.time / 3600)).padStart(2, '0')}${String(Math.floor(s.time / 60) % 60).padStart(2, '0')}${String(s.time % 60).padStart(2, '0')}`;
        const name = backupFileName(s.whose === 'other' ? DEMO : REAL, addDays('2024-01-01', s.day), t, s.reason);
        const final = s.whose.startsWith('unmarked') ? unmarked(name) : name;
        return [final, { name: final, ours: s.whose === 'this' || s.whose === 'unmarked-this' }] as const;
      })).values()];
      const claimed = new Set(named.filter((n) => n.ours && parseBackupName(n.name)!.officeCode === null).map((n) => n.name));
      const ours = named.filter((n) => n.ours).map((n) => n.name);
      const theirs = named.filter((n) => !n.ours).map((n) => n.name);
      const plan = planRotation([...named.map((n) => n.name), ...others], { officeCode: REAL, claimsUnmarked: (name) => claimed.has(name) }, today);
      expect([...plan.keep, ...plan.remove].sort()).toEqual([...ours].sort());
      expect([...plan.otherOffices].sort()).toEqual([...theirs].sort());
      expect(plan.ignored).toEqual(others);
      if (ours.length) {
        const newest = [...ours].sort((a, b) => parseBackupName(b)!.date.localeCompare(parseBackupName(a)!.date) || parseBackupName(b)!.time.localeCompare(parseBackupName(a)!.time))[0]!;
        expect(plan.keep).toContain(newest);
      }
      // Every backup made today stays, whatever else there is.
      const ofToday = ours.filter((n) => parseBackupName(n)!.date === today);
      expect(plan.keep).toEqual(expect.arrayContaining(ofToday));
      // Before today, at most one a day is kept, besides those made before a database update.
      const keptEarlierDays = plan.keep.map((n) => parseBackupName(n)!).filter((b) => b.date !== today && b.reason !== 'before-migration').map((b) => b.date);
      expect(new Set(keptEarlierDays).size).toBe(keptEarlierDays.length);
      expect(plan.keep.length).toBeLessThanOrEqual(7 + 4 + 12 + ofToday.length + ours.filter((n) => n.includes('before-migration')).length);
      // Another office's backups beside them change nothing about what this office keeps.
      expect(planRotation(ours, { officeCode: REAL, claimsUnmarked: (name) => claimed.has(name) }, today).keep).toEqual(plan.keep);
    }), { numRuns: 200 });
  });
});

describe('two offices sharing one folder', () => {
  it('each office’s rotation after many days removes only its own backups and keeps what it would alone', () => {
    // 500 days of daily backups from each office, in one folder (the USB stick both use as their extra folder).
    const realNames = everyDay('2026-11-27', 500, REAL);
    const demoNames = everyDay('2026-11-20', 500, DEMO).map((n, i) => (i % 3 === 0 ? n.replace('-120000-', '-080000-') : n));
    const folder = [...realNames, ...demoNames].sort();
    for (const [scope, own, other] of [[real, realNames, demoNames], [demo, demoNames, realNames]] as const) {
      const plan = planRotation(folder, scope, TODAY);
      expect(plan.otherOffices.sort()).toEqual([...other].sort());
      for (const removed of plan.remove) expect(own).toContain(removed);
      expect(plan.keep).toEqual(planRotation(own, scope, TODAY).keep);
      expect(plan.keep).toHaveLength(20);
    }
    // One after the other, as two offices unlocking on the same day: each leaves the other's intact.
    const removedByReal = new Set(planRotation(folder, real, TODAY).remove);
    const afterReal = folder.filter((n) => !removedByReal.has(n));
    const removedByDemo = new Set(planRotation(afterReal, demo, TODAY).remove);
    const afterBoth = afterReal.filter((n) => !removedByDemo.has(n));
    expect(afterBoth.filter((n) => n.includes(REAL))).toEqual(planRotation(realNames, real, TODAY).keep.sort());
    expect(afterBoth.filter((n) => n.includes(DEMO))).toEqual(planRotation(demoNames, demo, TODAY).keep.sort());
  });

  it('counts a backup named before office codes only when the office claims it', () => {
    const old = everyDay('2026-10-31', 40).map(unmarked);
    const now = everyDay('2026-11-27', 3);
    const claimed = planRotation([...old, ...now], { officeCode: REAL, claimsUnmarked: () => true }, TODAY);
    expect(claimed.otherOffices).toEqual([]);
    expect(claimed.remove.length).toBeGreaterThan(0);
    expect(claimed.remove.every((n) => old.includes(n))).toBe(true);
    // Not claimed (in a shared folder, with no header to say whose it is): never counted, never removed.
    for (const scope of [real, { officeCode: REAL, claimsUnmarked: () => false }]) {
      const plan = planRotation([...old, ...now], scope, TODAY);
      expect(plan).toEqual({ keep: [...now], remove: [], otherOffices: old, ignored: [] });
    }
  });
});
