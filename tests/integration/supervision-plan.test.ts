// Probation plans against a real encrypted office: made with the staff record (on working days, nobody
// named to supervise yet), filled in when a supervisor is named, re-made when the dates are edited
// before a decision, made on request for older records, and the office's supervision settings. The
// fake clock reads Friday 27 November 2026, 10:00.
import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../shared/domain/pay/calendar';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../shared/domain/pay/uk-defaults';
import { expectOk, useOffices } from '../helpers/office';
import { expectRefused } from '../helpers/rota';
import { staffInput } from '../helpers/staff';
import { hire, meeting, person, planLines, supervisionTables } from '../helpers/supervision';

const { newOffice } = useOffices();

describe('a new staff record', () => {
  it('gets an arrangement with nobody named, the office cadence, and its probation plan on working days', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Wren', { startDate: '2026-12-01' });
    expect(planLines(p)).toEqual([
      '2026-12-31 supervision planned', // 1 January 2027 is a bank holiday
      '2027-02-01 supervision planned',
      '2027-03-02 mid-point-review planned',
      '2027-04-01 supervision planned',
      '2027-04-30 supervision planned', // 1 May 2027 is a Saturday
      // Probation ends Tuesday 1 June 2027: the decision is due a week's notice before, on Tuesday 25 May.
      '2027-05-25 final-review planned',
    ]);
    for (const s of p.supervisions) {
      expect(isoWeekday(s.plannedOn)).toBeLessThan(6);
      expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).not.toContain(s.plannedOn);
      expect(s).toMatchObject({ supervisor: null, type: 'one-to-one', startMinutes: null, heldOn: '', outcome: '', overdue: false, actions: [] });
    }
    expect(p).toMatchObject({ supervisor: null, cadenceWeeks: 6, nextDue: '', openActions: [] });
    expect(p.staff).toMatchObject({ name: 'Wren Plumtree', startDate: '2026-12-01', endDate: '', jobRole: 'Peer supporter', isCurrent: true });
    expect(p.probation).toMatchObject({ startDate: '2026-12-01', endDate: '2027-06-01', originalEndDate: '2027-06-01', state: 'not-started', hasPlan: true, events: [] });
    // The six-months warning waits until 60 days before they are protected (1 June 2027).
    expect(p.probation.warnings.map((w) => w.kind)).toEqual(['no-supervisor']);
  });

  it('leaves the plan alone when the record is saved again with the same dates', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Wren', { startDate: '2026-12-01' });
    const before = supervisionTables(backend).supervisions;
    expectOk(await backend.invoke('staff:save', staffInput(p.staff.personId, { startDate: '2026-12-01', jobRole: 'Trainer', contractType: 'bank', weeklyMinutes: null })));
    expect(supervisionTables(backend).supervisions).toEqual(before);
  });
});

describe('naming a supervisor', () => {
  it('moves planned meetings with nobody, and the old supervisor’s from today on, to them, leaving held and other people’s meetings where they were', async () => {
    const { backend } = await newOffice();
    const ash = await hire(backend, 'Ash', { startDate: '2025-01-06' });
    const bea = await hire(backend, 'Bea', { startDate: '2025-01-06' });
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    const staffId = p.staff.staffId;
    const first = meeting(p, { plannedOn: '2026-10-01' });
    expectOk(await backend.invoke('supervision:hold', { id: first.id, heldOn: '2026-10-01' }));
    // Booked with Bea: someone else was asked to hold it, so it stays hers.
    expectOk(await backend.invoke('supervision:save', { superviseeStaffId: staffId, supervisorStaffId: bea.staff.staffId, type: 'reflective', plannedOn: '2026-12-09' }));

    const named = expectOk(await backend.invoke('supervision:saveArrangement', { staffId, supervisorStaffId: ash.staff.staffId, cadenceWeeks: 8 }));
    expect(named.supervisor).toEqual({ staffId: ash.staff.staffId, personId: ash.staff.personId, name: 'Ash Plumtree' });
    expect(named.cadenceWeeks).toBe(8);
    const who = (s: { supervisor: { name: string } | null }) => s.supervisor?.name ?? 'nobody';
    expect(named.supervisions.map((s) => `${s.plannedOn} ${s.status} ${who(s)}`)).toEqual([
      '2026-10-01 held nobody',
      '2026-10-30 planned Ash Plumtree', // overdue, with nobody to hold it: now Ash's
      '2026-11-30 planned Ash Plumtree', // the mid-point review
      '2026-12-09 planned Bea Plumtree',
      '2026-12-31 planned Ash Plumtree',
      '2027-02-01 planned Ash Plumtree',
      '2027-02-22 planned Ash Plumtree', // the final review: the end, Monday 1 March, less a week's notice
    ]);
    expect(named.probation.warnings.map((w) => w.kind)).not.toContain('no-supervisor');

    // A change of supervisor moves Ash's planned meetings (and any with nobody) to Bea; clearing it moves them to nobody.
    const changed = expectOk(await backend.invoke('supervision:saveArrangement', { staffId, supervisorStaffId: bea.staff.staffId, cadenceWeeks: null }));
    expect(changed.supervisions.filter((s) => s.status === 'planned' && s.plannedOn >= '2026-11-27').every((s) => who(s) === 'Bea Plumtree')).toBe(true);
    expect(changed.cadenceWeeks).toBeNull();
    const cleared = expectOk(await backend.invoke('supervision:saveArrangement', { staffId, supervisorStaffId: null, cadenceWeeks: null }));
    expect(cleared.supervisions.filter((s) => s.status === 'planned' && s.plannedOn >= '2026-11-27').map(who)).toEqual(['nobody', 'nobody', 'nobody', 'nobody', 'nobody']);
    expect(cleared.probation.warnings.map((w) => w.kind)).toContain('no-supervisor');
  });

  it('refuses themselves, someone with no staff record and someone who has left, changing nothing', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Cal', { startDate: '2026-09-01' });
    const gone = await hire(backend, 'Dot', { startDate: '2025-01-06', endDate: '2026-10-31' });
    const staffId = p.staff.staffId;
    const before = supervisionTables(backend);
    const save = (supervisorStaffId: number) => backend.invoke('supervision:saveArrangement', { staffId, supervisorStaffId, cadenceWeeks: 6 });
    expect(expectRefused(await save(staffId), 'VALIDATION', 'supervisorStaffId')).toBe('Choose someone other than Cal Plumtree: nobody supervises themselves.');
    expect(expectRefused(await save(9999), 'VALIDATION', 'supervisorStaffId')).toBe('That supervisor has no staff record. Choose someone from the staff list.');
    expect(expectRefused(await save(gone.staff.staffId), 'VALIDATION', 'supervisorStaffId')).toBe('Dot Plumtree left on 31/10/2026. Choose someone who works here on 27/11/2026.');
    expectRefused(await backend.invoke('supervision:saveArrangement', { staffId: 9999, supervisorStaffId: null, cadenceWeeks: 6 }), 'NOT_FOUND');
    expect(supervisionTables(backend)).toEqual(before);
  });
});

describe('editing the dates on the staff record', () => {
  it('re-plans from the last meeting held, keeping meetings someone rescheduled', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Eli', { startDate: '2026-09-01' });
    expect(planLines(p)).toEqual([
      '2026-10-01 supervision planned', '2026-10-30 supervision planned', '2026-11-30 mid-point-review planned',
      '2026-12-31 supervision planned', '2027-02-01 supervision planned',
      '2027-02-22 final-review planned', // ends Monday 1 March 2027, less a week's notice
    ]);
    expectOk(await backend.invoke('supervision:hold', { id: meeting(p, { plannedOn: '2026-10-01' }).id, heldOn: '2026-10-01' }));
    expectOk(await backend.invoke('supervision:reschedule', { id: meeting(p, { planItem: 'mid-point-review' }).id, plannedOn: '2026-12-08', startMinutes: 600 }));

    // Started a fortnight later than recorded: the end follows (left empty, it is six months on).
    const record = expectOk(await backend.invoke('staff:save', staffInput(p.staff.personId, { startDate: '2026-09-15' })));
    expect(record.probationEndDate).toBe('2027-03-15');
    expect(planLines(await person(backend, p.staff.staffId))).toEqual([
      '2026-10-01 supervision held',
      '2026-10-15 supervision planned', // the new plan's first, after the meeting held
      '2026-11-13 supervision planned', // 15 November 2026 is a Sunday
      '2026-11-30 mid-point-review rescheduled',
      '2026-12-08 mid-point-review planned', // rescheduled by hand: kept, and the new plan adds no second one
      '2027-01-15 supervision planned',
      '2027-02-15 supervision planned',
      '2027-03-08 final-review planned', // ends Monday 15 March, less a week's notice
    ]);

    // An end date typed in re-plans too.
    expectOk(await backend.invoke('staff:save', staffInput(p.staff.personId, { startDate: '2026-09-15', probationEndDate: '2027-01-15' })));
    expect(planLines(await person(backend, p.staff.staffId))).toEqual([
      '2026-10-01 supervision held', '2026-10-15 supervision planned',
      '2026-11-30 mid-point-review rescheduled', '2026-12-08 mid-point-review planned',
      // The new plan's 15 December supervision is a week after the review kept: held as part of it.
      '2027-01-08 final-review planned', // ends Friday 15 January, less a week's notice
    ]);
  });

  it('cancels rescheduled meetings that fall outside the new dates, and plans the new final review', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Eli', { startDate: '2026-09-01' });
    expectOk(await backend.invoke('supervision:hold', { id: meeting(p, { plannedOn: '2026-10-01' }).id, heldOn: '2026-10-01' }));
    expectOk(await backend.invoke('supervision:reschedule', { id: meeting(p, { plannedOn: '2027-02-01' }).id, plannedOn: '2027-02-10' }));
    expectOk(await backend.invoke('supervision:reschedule', { id: meeting(p, { planItem: 'final-review' }).id, plannedOn: '2027-03-03' }));

    expectOk(await backend.invoke('staff:save', staffInput(p.staff.personId, { startDate: '2026-09-01', probationEndDate: '2027-01-15' })));
    expect(planLines(await person(backend, p.staff.staffId))).toEqual([
      '2026-10-01 supervision held',
      '2026-11-06 mid-point-review planned', // 8 November 2026 is a Sunday
      '2026-12-01 supervision planned',
      // Ends Friday 15 January 2027: the final review is a week's notice before, on Friday 8 January, and the
      // 31 December supervision, 8 days before it, is held as part of it.
      '2027-01-08 final-review planned',
      // Moved by hand to dates after the new end: kept on record, cancelled.
      '2027-02-01 supervision rescheduled', '2027-02-10 supervision cancelled',
      '2027-02-22 final-review rescheduled', '2027-03-03 final-review cancelled',
    ]);
  });

  it('keeps a rescheduled final review within a fortnight of the new one, with no supervision after it', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Eli', { startDate: '2026-09-01' });
    const staffId = p.staff.staffId;
    expectOk(await backend.invoke('supervision:hold', { id: meeting(p, { plannedOn: '2026-10-01' }).id, heldOn: '2026-10-01' }));
    expectOk(await backend.invoke('supervision:reschedule', { id: meeting(p, { planItem: 'final-review' }).id, plannedOn: '2027-02-19' }));
    expectOk(await backend.invoke('supervision:reschedule', { id: meeting(p, { plannedOn: '2027-02-01' }).id, plannedOn: '2027-02-24' }));

    expectOk(await backend.invoke('staff:save', staffInput(p.staff.personId, { startDate: '2026-09-01', probationEndDate: '2027-03-05' })));
    expect(planLines(await person(backend, staffId))).toEqual([
      '2026-10-01 supervision held', '2026-10-30 supervision planned', '2026-12-02 mid-point-review planned', '2026-12-31 supervision planned',
      '2027-02-01 supervision rescheduled', '2027-02-01 supervision planned',
      // The new end, Friday 5 March, puts the new final review a week's notice before it, on Friday 26 February:
      // the one moved to the 19th is a week before that, so it stands for it and no second one is planned.
      '2027-02-19 final-review planned',
      '2027-02-22 final-review rescheduled', // the first plan's, a week before the old end (Monday 1 March)
      '2027-02-24 supervision cancelled', // after the final review
    ]);

    // Further than a fortnight from the new final review (Wednesday 24 March, the new end less a week):
    // cancelled, and the new one planned with the months before it.
    expectOk(await backend.invoke('staff:save', staffInput(p.staff.personId, { startDate: '2026-09-01', probationEndDate: '2027-03-31' })));
    expect(planLines(await person(backend, staffId))).toEqual([
      '2026-10-01 supervision held', '2026-10-30 supervision planned', '2026-12-01 supervision planned', '2026-12-15 mid-point-review planned',
      '2026-12-31 supervision planned', '2027-02-01 supervision rescheduled', '2027-02-01 supervision planned',
      '2027-02-19 final-review cancelled', '2027-02-22 final-review rescheduled', '2027-02-24 supervision cancelled',
      '2027-03-01 supervision planned', '2027-03-24 final-review planned',
    ]);
  });

  it('refuses a new probation end on the staff record once probation has been extended, changing nothing', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Eli', { startDate: '2026-09-01' });
    expectOk(await backend.invoke('probation:extend', { staffId: p.staff.staffId, newEndDate: '2027-05-03', reason: 'More time', by: 'Sam Office' }));
    const before = supervisionTables(backend);
    const moved = await backend.invoke('staff:save', staffInput(p.staff.personId, { startDate: '2026-09-01', probationEndDate: '2027-06-01' }));
    expect(expectRefused(moved, 'CONFLICT', 'probationEndDate')).toBe(
      'Probation has been extended: change its end with Extend probation on the Probation and supervision panel, so the record keeps why.');
    // Left empty, the end would go back to six months from the start: refused too.
    expectRefused(await backend.invoke('staff:save', staffInput(p.staff.personId, { startDate: '2026-09-01' })), 'CONFLICT', 'probationEndDate');
    expect(supervisionTables(backend)).toEqual(before);
    // The rest of the record still saves, with the end as extended.
    const saved = expectOk(await backend.invoke('staff:save', staffInput(p.staff.personId, { startDate: '2026-09-01', probationEndDate: '2027-05-03', jobRole: 'Trainer' })));
    expect(saved).toMatchObject({ jobRole: 'Trainer', probationEndDate: '2027-05-03' });
  });

  it('leaves the plan as it is once probation is decided', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Eli', { startDate: '2026-09-01' });
    expectOk(await backend.invoke('probation:decide', { staffId: p.staff.staffId, decision: 'confirm', on: '2026-11-27', by: 'Sam Office' }));
    const before = supervisionTables(backend).supervisions;
    expectOk(await backend.invoke('staff:save', staffInput(p.staff.personId, { startDate: '2026-09-15' })));
    expect(supervisionTables(backend).supervisions).toEqual(before);
  });
});

describe('supervision:createPlan', () => {
  it('makes the plan for a record from before plans existed, and refuses a second one', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Fen', { startDate: '2026-12-01' });
    const staffId = p.staff.staffId;
    // A record made before this version: no plan rows and no arrangement (the migration seeds arrangements; this one has none either).
    const { sqlite } = backend.session.context();
    sqlite.prepare('DELETE FROM supervisions WHERE supervisee_staff_id = ?').run(staffId);
    sqlite.prepare('DELETE FROM supervision_arrangements WHERE staff_id = ?').run(staffId);
    const bare = await person(backend, staffId);
    expect(bare.probation.hasPlan).toBe(false);
    expect(bare.supervisions).toEqual([]);

    const made = expectOk(await backend.invoke('supervision:createPlan', { staffId }));
    expect(made.probation.hasPlan).toBe(true);
    expect(planLines(made)).toEqual(planLines(p));
    expect(made.cadenceWeeks).toBe(6);

    const before = supervisionTables(backend);
    expect(expectRefused(await backend.invoke('supervision:createPlan', { staffId }), 'CONFLICT')).toMatch(/^Fen Plumtree already has a probation plan/);
    expectRefused(await backend.invoke('supervision:createPlan', { staffId: 9999 }), 'NOT_FOUND');
    expect(supervisionTables(backend)).toEqual(before);
  });

  it('is refused once probation is decided', async () => {
    const { backend } = await newOffice();
    const p = await hire(backend, 'Fen', { startDate: '2025-01-06' });
    const staffId = p.staff.staffId;
    expectOk(await backend.invoke('probation:decide', { staffId, decision: 'confirm', on: '2025-07-04', by: 'Sam Office' }));
    backend.session.context().sqlite.prepare('DELETE FROM supervisions WHERE supervisee_staff_id = ?').run(staffId);
    const before = supervisionTables(backend);
    expect(expectRefused(await backend.invoke('supervision:createPlan', { staffId }), 'CONFLICT')).toBe(
      "Fen Plumtree's probation was already confirmed in post on 04/07/2025. A decision is recorded once and cannot be changed here.");
    expect(supervisionTables(backend)).toEqual(before);
  });
});

describe('supervision settings', () => {
  it('start at monthly, every 6 weeks and a week’s notice, and round-trip, "as required" stored as empty', async () => {
    const { backend } = await newOffice();
    expect(expectOk(await backend.invoke('supervision:settings', {}))).toEqual({ probationIntervalMonths: 1, defaultCadenceWeeks: 6, probationNoticeDays: 7 });
    const saved = expectOk(await backend.invoke('supervision:saveSettings', { probationIntervalMonths: 2, defaultCadenceWeeks: null, probationNoticeDays: 14 }));
    expect(saved).toEqual({ probationIntervalMonths: 2, defaultCadenceWeeks: null, probationNoticeDays: 14 });
    expect(expectOk(await backend.invoke('supervision:settings', {}))).toEqual(saved);
    const stored = backend.session.context().sqlite.prepare(`SELECT value FROM office_settings WHERE key = 'defaultCadenceWeeks'`).get() as { value: string };
    expect(stored.value).toBe('');

    // New plans follow them: every two months, the final review a fortnight's notice before the end
    // (Monday 1 March 2027 less 14 days is Monday 15 February), and no cadence after probation.
    const p = await hire(backend, 'Gil', { startDate: '2026-09-01', probationEndDate: '2027-03-01' });
    expect(planLines(p)).toEqual([
      '2026-10-30 supervision planned', '2026-11-30 mid-point-review planned', '2026-12-31 supervision planned', '2027-02-15 final-review planned',
    ]);
    expect(p.cadenceWeeks).toBeNull();
  });

  it('refuse values out of range, changing nothing', async () => {
    const { backend } = await newOffice();
    expectOk(await backend.invoke('supervision:saveSettings', { probationIntervalMonths: 1, defaultCadenceWeeks: 8, probationNoticeDays: 7 }));
    const before = supervisionTables(backend);
    const refused = await backend.invoke('supervision:saveSettings', { probationIntervalMonths: 7, defaultCadenceWeeks: 0, probationNoticeDays: 91 });
    expect(expectRefused(refused, 'VALIDATION')).toBe('3 things need putting right: Enter 6 months or fewer; Enter 1 week or more; Enter 90 days or fewer.');
    expect(supervisionTables(backend)).toEqual(before);
  });
});
