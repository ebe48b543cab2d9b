// Staff records against a real encrypted office: contracts, rates by date, minimum-wage and DBS
// warnings, reminders, benefit history, and the register's people who become staff.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { MemberInput } from '../../shared/contract/members';
import type { SaveStaffInput, StaffRecord } from '../../shared/contract/staff';
import { DEFAULT_JOB_ROLES } from '../../shared/domain/staff';
import { memberInput } from '../helpers/members';
import { bankInput, staffInput } from '../helpers/staff';
import { expectOk, FakeClock, HOUR, MIGRATIONS_DIR, PASSPHRASE, useOffices } from '../helpers/office';
import { createBackend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';

const { newOffice, tempDir } = useOffices();
const DAY = 24 * HOUR; // the fake clock stays in GMT from 27 November, so days are 24 hours

let people = 0;
/** A new person on the register (born 1990 unless told otherwise); returns their id. */
async function person(backend: Backend, overrides: Partial<MemberInput> = {}): Promise<number> {
  people += 1;
  const member = memberInput({ firstName: `Person${people}`, email: `person${people}@example.org`, dateOfBirth: '1990-05-17', ...overrides });
  return expectOk(await backend.invoke('members:create', member)).id;
}

async function staffMember(backend: Backend, memberOverrides: Partial<MemberInput> = {}, staffOverrides: Partial<SaveStaffInput> = {}): Promise<StaffRecord> {
  const personId = await person(backend, memberOverrides);
  return expectOk(await backend.invoke('staff:save', staffInput(personId, staffOverrides)));
}

const kinds = (r: StaffRecord) => r.warnings.map((w) => w.kind).sort();

describe('staff records', () => {
  it('are made from a person on the register, with probation defaulting to six months, and read back whole', async () => {
    const { backend } = await newOffice();
    const personId = await person(backend, { firstName: 'Zebedee' });
    expect(expectOk(await backend.invoke('staff:get', { personId }))).toBeNull();

    const created = expectOk(await backend.invoke('staff:save', staffInput(personId, { niNumber: 'ab 12 34 56 c', worksNumber: ' 0042 ' })));
    expect(created).toMatchObject({
      personId, name: 'Zebedee Quaintance', memberNumber: 1001, dateOfBirth: '1990-05-17', worksNumber: '0042', niNumber: 'AB123456C',
      jobRole: 'Peer supporter', contractType: 'part-time', weeklyMinutes: 960, startDate: '2026-01-05', probationEndDate: '2026-07-05',
      endDate: '', leavingReason: '', holidayScheme: 'irregular', rolledUpHoliday: false, ageBand: '', isCurrent: true,
      rates: [], currentRate: null, benefitHistory: [], currentBenefit: 'none', dbsChecks: [],
      createdAt: '2026-11-27T10:00:00.000Z', updatedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(kinds(created)).toEqual(['no-dbs', 'no-rate']);
    expect(expectOk(await backend.invoke('staff:get', { personId }))).toEqual(created);
  });

  it('are updated in place: one record per person', async () => {
    const { backend, clock } = await newOffice();
    const created = await staffMember(backend);
    clock.advance(HOUR);
    const updated = expectOk(await backend.invoke('staff:save', bankInput(created.personId, { worksNumber: created.worksNumber, jobRole: 'Trainer', rolledUpHoliday: true })));
    expect(updated).toMatchObject({ id: created.id, contractType: 'bank', weeklyMinutes: null, jobRole: 'Trainer', rolledUpHoliday: true, createdAt: created.createdAt, updatedAt: '2026-11-27T11:00:00.000Z' });
    expect(expectOk(await backend.invoke('staff:list', {}))).toHaveLength(1);
  });

  it('say NOT_FOUND for someone not on the register', async () => {
    const { backend } = await newOffice();
    for (const r of [await backend.invoke('staff:get', { personId: 99 }), await backend.invoke('staff:save', staffInput(99))]) expect(r.ok || r.error.code).toBe('NOT_FOUND');
    for (const r of [
      await backend.invoke('staff:addRate', { staffId: 99, effectiveFrom: '2026-04-01', hourlyPence: 1300 }),
      await backend.invoke('staff:removeRate', { rateId: 99 }),
      await backend.invoke('staff:setBenefitStatus', { staffId: 99, fromDate: '2026-04-01', kind: 'none' }),
      await backend.invoke('staff:saveDbs', { staffId: 99, level: 'enhanced', certificateNumber: '001234567890', issuedOn: '2026-01-05' }),
    ]) expect(r.ok || r.error.code).toBe('NOT_FOUND');
  });

  it('refuse a works number or NI number already on someone else’s record, naming who has it', async () => {
    const { backend } = await newOffice();
    await staffMember(backend, { firstName: 'Ottoline', lastName: 'Fairweather' }, { worksNumber: 'W7', niNumber: 'JZ987654A' });
    const second = await person(backend);
    const clash = await backend.invoke('staff:save', staffInput(second, { worksNumber: 'W7' }));
    expect(clash.ok || clash.error.code).toBe('CONFLICT');
    if (!clash.ok) expect(clash.error.fields?.['worksNumber']).toMatch(/W7 is already Ottoline Fairweather's/);
    const ni = await backend.invoke('staff:save', staffInput(second, { niNumber: 'jz 98 76 54 a' }));
    expect(ni.ok || ni.error.fields).toEqual({ niNumber: expect.stringMatching(/JZ 98 76 54 A is already on Ottoline Fairweather's/) });
    expect(expectOk(await backend.invoke('staff:get', { personId: second }))).toBeNull();
    // Saving one's own record again with the same numbers is no clash.
    const own = expectOk(await backend.invoke('staff:list', {}))[0]!;
    expect(expectOk(await backend.invoke('staff:save', staffInput(own.personId, { worksNumber: 'W7', niNumber: 'JZ987654A', jobRole: 'Coordinator' }))).jobRole).toBe('Coordinator');
  });

  it('keep the rules for part-time and bank contracts on the backend too', async () => {
    const { backend } = await newOffice();
    const personId = await person(backend);
    const bankWithHours = await backend.invoke('staff:save', bankInput(personId, { weeklyMinutes: 600 }));
    expect(bankWithHours.ok || bankWithHours.error.fields).toEqual({ weeklyMinutes: expect.stringMatching(/bank contract has no contracted hours/) });
    const partTimeWithout = await backend.invoke('staff:save', staffInput(personId, { weeklyMinutes: null }));
    expect(partTimeWithout.ok || partTimeWithout.error.code).toBe('VALIDATION');
    expect(expectOk(await backend.invoke('staff:save', bankInput(personId))).weeklyMinutes).toBeNull();
  });

  it('refuse a first probation longer than extensions may take it, 12 months from the start, and change nothing', async () => {
    const { backend } = await newOffice();
    const personId = await person(backend);
    const message = 'Probation must end on or before 05/01/2027: it can last at most 12 months from the start date, extensions included';
    const tooLong = await backend.invoke('staff:save', staffInput(personId, { startDate: '2026-01-05', probationEndDate: '2027-01-06' }));
    expect(tooLong.ok || tooLong.error).toEqual({ code: 'VALIDATION', message: `${message}.`, fields: { probationEndDate: message } });
    expect(expectOk(await backend.invoke('staff:get', { personId }))).toBeNull();
    // Exactly 12 months is allowed.
    const made = expectOk(await backend.invoke('staff:save', staffInput(personId, { startDate: '2026-01-05', probationEndDate: '2027-01-05' })));
    expect(made.probationEndDate).toBe('2027-01-05');
    // Moving the start earlier cannot leave the probation past the cap either.
    const later = await backend.invoke('staff:save', staffInput(personId, { startDate: '2025-12-01', probationEndDate: '2027-01-05' }));
    expect(later.ok || later.error.fields).toEqual({ probationEndDate: expect.stringMatching(/^Probation must end on or before 01\/12\/2026:/) });
    expect(expectOk(await backend.invoke('staff:get', { personId }))).toMatchObject({ startDate: '2026-01-05', probationEndDate: '2027-01-05' });
  });

  it('still save a record kept from before the cap, with a longer probation, when only other details change', async () => {
    const { backend } = await newOffice();
    const before = await staffMember(backend, {}, { startDate: '2026-01-05', probationEndDate: '2026-12-01' });
    // As an earlier version let it be saved: 18 months.
    backend.session.context().sqlite.prepare('UPDATE staff SET probation_end_date = ? WHERE id = ?').run('2027-07-05', before.id);
    const saved = expectOk(await backend.invoke('staff:save', staffInput(before.personId, { startDate: '2026-01-05', probationEndDate: '2027-07-05', jobRole: 'Trainer' })));
    expect(saved).toMatchObject({ jobRole: 'Trainer', probationEndDate: '2027-07-05' });
    // Moving its end is checked like any other.
    const moved = await backend.invoke('staff:save', staffInput(before.personId, { startDate: '2026-01-05', probationEndDate: '2027-07-06' }));
    expect(moved.ok || moved.error.fields).toEqual({ probationEndDate: expect.stringMatching(/^Probation must end on or before 05\/01\/2027:/) });
  });
});

describe('the staff tables themselves', () => {
  it('refuse what the services refuse, should anything else write to them', async () => {
    const { backend } = await newOffice();
    const a = await staffMember(backend, {}, { niNumber: 'AB123456C' });
    const b = await staffMember(backend, {}, { contractType: 'bank', weeklyMinutes: null });
    const { sqlite } = backend.session.context();
    const refused = (statement: string, ...params: unknown[]) => expect(() => sqlite.prepare(statement).run(...params)).toThrow(/constraint/i);
    refused('UPDATE staff SET contract_type = ? WHERE id = ?', 'part-time', b.id); // part-time with no weekly hours
    refused('UPDATE staff SET weekly_minutes = 600 WHERE id = ?', b.id); // bank with weekly hours
    refused('UPDATE staff SET holiday_scheme = ?, rolled_up_holiday = 1 WHERE id = ?', 'fixed', a.id);
    refused('UPDATE staff SET ni_number = ? WHERE id = ?', 'AB123456C', b.id);
    refused('UPDATE staff SET works_number = ? WHERE id = ?', a.worksNumber, b.id);
    refused('INSERT INTO pay_rates (staff_id, effective_from, hourly_pence) VALUES (?, ?, 0)', a.id, '2026-04-01');
    refused('DELETE FROM people WHERE id = ?', a.personId);
    expect(sqlite.prepare(`UPDATE staff SET ni_number = '' WHERE id = ?`).run(a.id).changes).toBe(1); // many may have none yet
  });
});

describe('pay rates', () => {
  it('take effect by date: a rise from 1 April leaves March at the old rate', async () => {
    const { backend } = await newOffice();
    const s = await staffMember(backend);
    expectOk(await backend.invoke('staff:addRate', { staffId: s.id, effectiveFrom: '2026-01-05', hourlyPence: 1300 }));
    const after = expectOk(await backend.invoke('staff:addRate', { staffId: s.id, effectiveFrom: '2026-04-01', hourlyPence: 1350 }));
    expect(after.rates.map((r) => [r.effectiveFrom, r.hourlyPence])).toEqual([['2026-01-05', 1300], ['2026-04-01', 1350]]);
    expect(after.currentRate).toMatchObject({ effectiveFrom: '2026-04-01', hourlyPence: 1350 });
    expect(kinds(after)).toEqual(['no-dbs']);

    const again = await backend.invoke('staff:addRate', { staffId: s.id, effectiveFrom: '2026-04-01', hourlyPence: 1400 });
    expect(again.ok || again.error.code).toBe('CONFLICT');
    if (!again.ok) expect(again.error.fields).toHaveProperty('effectiveFrom');

    const april = after.rates[1]!.id;
    const removed = expectOk(await backend.invoke('staff:removeRate', { rateId: april }));
    expect(removed.rates.map((r) => r.hourlyPence)).toEqual([1300]);
    expect(removed.currentRate?.hourlyPence).toBe(1300);
    const twice = await backend.invoke('staff:removeRate', { rateId: april });
    expect(twice.ok || twice.error.code).toBe('NOT_FOUND');
  });

  it('are flagged below the minimum wage from the day the minimum rose, using the date of birth', async () => {
    const { backend } = await newOffice();
    const s = await staffMember(backend, { dateOfBirth: '1990-05-17' });
    // £12.50 was above the £12.21 of 2025/26, and falls below the £12.71 from 1 April 2026.
    const r = expectOk(await backend.invoke('staff:addRate', { staffId: s.id, effectiveFrom: '2025-06-01', hourlyPence: 1250 }));
    const below = r.warnings.filter((w) => w.kind === 'below-minimum-wage');
    expect(below).toEqual([{ kind: 'below-minimum-wage', date: '2026-04-01', rateId: r.rates[0]!.id, message: expect.stringMatching(/£12\.50 an hour .* below the minimum wage for those aged 21 and over on 01\/04\/2026, which is £12\.71/) }]);
    const fixed = expectOk(await backend.invoke('staff:addRate', { staffId: s.id, effectiveFrom: '2026-04-01', hourlyPence: 1271 }));
    expect(kinds(fixed)).toEqual(['no-dbs']);
  });

  it('are checked on the birthday that moves someone up a band', async () => {
    const { backend } = await newOffice();
    // 20 today, 21 on 15 June 2027: £11.00 is fine for 18 to 20 but not for 21 and over.
    const s = await staffMember(backend, { dateOfBirth: '2006-06-15' });
    const r = expectOk(await backend.invoke('staff:addRate', { staffId: s.id, effectiveFrom: '2026-04-01', hourlyPence: 1100 }));
    expect(r.warnings.find((w) => w.kind === 'below-minimum-wage')).toMatchObject({ date: '2027-06-15' });
  });

  it('are checked against a recorded age band when there is no date of birth, and ask for one when there is neither', async () => {
    const { backend } = await newOffice();
    const personId = await person(backend, { dateOfBirth: '' });
    const noAge = expectOk(await backend.invoke('staff:save', staffInput(personId)));
    expect(kinds(noAge)).not.toContain('no-age-for-minimum-wage'); // nothing to check yet
    const withRate = expectOk(await backend.invoke('staff:addRate', { staffId: noAge.id, effectiveFrom: '2026-04-01', hourlyPence: 1100 }));
    expect(withRate.warnings.find((w) => w.kind === 'no-age-for-minimum-wage')?.message).toMatch(/Add a date of birth .* or an age band/);

    const young = expectOk(await backend.invoke('staff:save', staffInput(personId, { ageBand: '18-20' })));
    expect(kinds(young)).toEqual(['no-dbs']);
    const adult = expectOk(await backend.invoke('staff:save', staffInput(personId, { ageBand: '21-and-over' })));
    expect(adult.warnings.find((w) => w.kind === 'below-minimum-wage')).toMatchObject({ date: '2026-04-01' });
  });

  it('pay an apprentice the apprentice rate in the first year only', async () => {
    const { backend } = await newOffice();
    const s = await staffMember(backend, { dateOfBirth: '1990-05-17' }, { startDate: '2026-09-01', apprenticeshipStartDate: '2026-09-01' });
    const r = expectOk(await backend.invoke('staff:addRate', { staffId: s.id, effectiveFrom: '2026-09-01', hourlyPence: 800 }));
    expect(r.warnings.find((w) => w.kind === 'below-minimum-wage')).toMatchObject({ date: '2027-09-01' });
  });
});

describe('DBS checks and reminders', () => {
  const dbs = { level: 'enhanced-barred' as const, certificateNumber: '0012 3456 7890', issuedOn: '2024-01-20' };

  it('warn 60 days before renewal and once it is overdue, following the latest check', async () => {
    const { backend, clock } = await newOffice();
    const s = await staffMember(backend);
    // 54 days after 27 November 2026.
    const saved = expectOk(await backend.invoke('staff:saveDbs', { staffId: s.id, ...dbs, updateService: true, renewalDueOn: '2027-01-20' }));
    expect(saved.dbsChecks).toEqual([{ id: expect.any(Number), level: 'enhanced-barred', certificateNumber: '001234567890', issuedOn: '2024-01-20', updateService: true, renewalDueOn: '2027-01-20', lastStatusCheckOn: '' }]);
    expect(saved.warnings.find((w) => w.kind.startsWith('dbs'))).toMatchObject({ kind: 'dbs-renewal-due', date: '2027-01-20', message: expect.stringMatching(/in 54 days/) });
    expect(expectOk(await backend.invoke('staff:reminders', {}))).toEqual([
      { kind: 'dbs-renewal', staffId: s.id, personId: s.personId, name: s.name, date: '2027-01-20', daysLeft: 54, message: expect.stringMatching(/DBS check is due for renewal on 20\/01\/2027/) },
    ]);
    expect(expectOk(await backend.invoke('staff:reminders', { withinDays: 30 }))).toEqual([]);

    clock.advance(55 * DAY);
    const overdue = expectOk(await backend.invoke('staff:get', { personId: s.personId }))!;
    expect(overdue.warnings.find((w) => w.kind.startsWith('dbs'))).toMatchObject({ kind: 'dbs-overdue', date: '2027-01-20' });
    expect(expectOk(await backend.invoke('staff:reminders', { withinDays: 0 }))).toMatchObject([{ kind: 'dbs-renewal', daysLeft: -1 }]);

    // Correcting the check, then recording a new certificate: reminders follow the latest.
    const corrected = expectOk(await backend.invoke('staff:saveDbs', { staffId: s.id, id: saved.dbsChecks[0]!.id, ...dbs, updateService: true, renewalDueOn: '2027-03-01', lastStatusCheckOn: '2026-06-01' }));
    expect(corrected.dbsChecks).toHaveLength(1);
    expect(corrected.dbsChecks[0]).toMatchObject({ renewalDueOn: '2027-03-01', lastStatusCheckOn: '2026-06-01' });
    const renewed = expectOk(await backend.invoke('staff:saveDbs', { staffId: s.id, ...dbs, certificateNumber: '009876543210', issuedOn: '2027-01-15', renewalDueOn: '2030-01-15' }));
    expect(renewed.dbsChecks.map((d) => d.issuedOn)).toEqual(['2027-01-15', '2024-01-20']);
    expect(kinds(renewed).filter((k) => k.startsWith('dbs'))).toEqual([]);
    expect(expectOk(await backend.invoke('staff:reminders', {}))).toEqual([]);
  });

  it('ask for a renewal date when on the Update Service, and refuse a check from another record', async () => {
    const { backend } = await newOffice();
    const a = await staffMember(backend);
    const b = await staffMember(backend);
    const saved = expectOk(await backend.invoke('staff:saveDbs', { staffId: a.id, ...dbs, updateService: true }));
    expect(kinds(saved)).toContain('dbs-no-renewal-date');
    const wrong = await backend.invoke('staff:saveDbs', { staffId: b.id, id: saved.dbsChecks[0]!.id, ...dbs });
    expect(wrong.ok || wrong.error.code).toBe('NOT_FOUND');
  });

  it('remind of probation ends too, soonest first, and not for staff who have left', async () => {
    const { backend } = await newOffice();
    // Probation ends 15 December 2026: 18 days on.
    const probation = await staffMember(backend, { firstName: 'Araminta' }, { startDate: '2026-06-15' });
    expect(probation.warnings.find((w) => w.kind === 'probation-ending')).toMatchObject({ date: '2026-12-15', message: expect.stringMatching(/in 18 days/) });
    const renewal = await staffMember(backend, { firstName: 'Barnaby' });
    expectOk(await backend.invoke('staff:saveDbs', { staffId: renewal.id, ...dbs, renewalDueOn: '2026-12-01' }));
    const left = await staffMember(backend, { firstName: 'Cressida' }, { endDate: '2026-10-31', startDate: '2026-06-01' });
    expectOk(await backend.invoke('staff:saveDbs', { staffId: left.id, ...dbs, renewalDueOn: '2026-11-30' }));
    const later = await staffMember(backend, { firstName: 'Desmond' }, { startDate: '2026-07-20' }); // probation ends 20 January 2027

    const reminders = expectOk(await backend.invoke('staff:reminders', {}));
    expect(reminders.map((r) => [r.kind, r.name, r.date, r.daysLeft])).toEqual([
      ['dbs-renewal', renewal.name, '2026-12-01', 4],
      ['probation-end', probation.name, '2026-12-15', 18],
      ['probation-end', later.name, '2027-01-20', 54],
    ]);
    expect(expectOk(await backend.invoke('staff:reminders', { withinDays: 10 }))).toHaveLength(1);
    const leftRecord = expectOk(await backend.invoke('staff:get', { personId: left.personId }))!;
    expect(leftRecord.isCurrent).toBe(false);
    expect(leftRecord.warnings).toEqual([]);

    // Once probation is confirmed, its end needs no reminder on the record or the list.
    expectOk(await backend.invoke('probation:decide', { staffId: probation.id, decision: 'confirm', on: '2026-11-27', by: 'Office manager' }));
    const confirmed = expectOk(await backend.invoke('staff:get', { personId: probation.personId }))!;
    expect(confirmed.warnings.map((w) => w.kind)).not.toContain('probation-ending');
    expect(expectOk(await backend.invoke('staff:reminders', {})).map((r) => r.name)).not.toContain(probation.name);
  });
});

describe('benefit status', () => {
  it('is kept as a history by date; the same day again corrects it', async () => {
    const { backend } = await newOffice();
    const s = await staffMember(backend);
    expectOk(await backend.invoke('staff:setBenefitStatus', { staffId: s.id, fromDate: '2025-01-01', kind: 'permitted-work-higher' }));
    expectOk(await backend.invoke('staff:setBenefitStatus', { staffId: s.id, fromDate: '2026-06-01', kind: 'permitted-work-lower' }));
    const future = expectOk(await backend.invoke('staff:setBenefitStatus', { staffId: s.id, fromDate: '2027-01-01', kind: 'none' }));
    expect(future.currentBenefit).toBe('permitted-work-lower');
    const corrected = expectOk(await backend.invoke('staff:setBenefitStatus', { staffId: s.id, fromDate: '2026-06-01', kind: 'universal-credit' }));
    expect(corrected.benefitHistory.map((b) => [b.fromDate, b.kind])).toEqual([
      ['2025-01-01', 'permitted-work-higher'], ['2026-06-01', 'universal-credit'], ['2027-01-01', 'none'],
    ]);
    expect(corrected.currentBenefit).toBe('universal-credit');
  });
});

describe('the register and staff', () => {
  it('will not delete a person with a staff record, even just after adding them', async () => {
    const { backend } = await newOffice();
    const s = await staffMember(backend);
    expect(expectOk(await backend.invoke('members:get', { id: s.personId })).canDelete).toBe(false);
    const r = await backend.invoke('members:delete', { id: s.personId });
    expect(r.ok || r.error.code).toBe('CONFLICT');
    if (!r.ok) expect(r.error.message).toMatch(/has a staff record \(works number PS\d+\), so they cannot be deleted/);
    expect(expectOk(await backend.invoke('staff:get', { personId: s.personId }))?.id).toBe(s.id);
  });

  it('offers the shipped job roles as an editable list', async () => {
    const { backend } = await newOffice();
    expect(expectOk(await backend.invoke('office:settings', {})).jobRoles).toEqual(DEFAULT_JOB_ROLES);
    const updated = expectOk(await backend.invoke('lists:update', { kind: 'jobRoles', items: ['Peer supporter', 'Ward lead'] }));
    expect(updated.jobRoles).toEqual(['Peer supporter', 'Ward lead']);
    expect(updated.localities).toContain('Worthing');
  });

  it('lists current staff first, then by name, with their rate, DBS renewal and warning count', async () => {
    const { backend } = await newOffice();
    const zara = await staffMember(backend, { firstName: 'Zara', lastName: 'Abbott' }, { worksNumber: 'Z1' });
    const left = await staffMember(backend, { firstName: 'Alma', lastName: 'Aardvark' }, { worksNumber: 'A1', endDate: '2026-03-31' });
    const bob = await staffMember(backend, { firstName: 'Bob', lastName: 'Quill' }, { worksNumber: 'B1', contractType: 'bank', weeklyMinutes: null });
    expectOk(await backend.invoke('staff:addRate', { staffId: bob.id, effectiveFrom: '2026-01-05', hourlyPence: 1300 }));
    expectOk(await backend.invoke('staff:saveDbs', { staffId: bob.id, level: 'enhanced', certificateNumber: '001234567890', issuedOn: '2026-01-05', renewalDueOn: '2029-01-05' }));

    const rows = expectOk(await backend.invoke('staff:list', {}));
    expect(rows.map((r) => r.staffId)).toEqual([zara.id, bob.id, left.id]);
    expect(rows[1]).toEqual({
      staffId: bob.id, personId: bob.personId, name: 'Bob Quill', memberNumber: bob.memberNumber, worksNumber: 'B1', jobRole: 'Peer supporter',
      contractType: 'bank', startDate: '2026-01-05', endDate: '', isCurrent: true, currentRatePence: 1300, dbsRenewalDueOn: '2029-01-05', warningCount: 0,
    });
    expect(rows[0]).toMatchObject({ currentRatePence: null, dbsRenewalDueOn: '', warningCount: 2 });
    expect(rows[2]).toMatchObject({ isCurrent: false, warningCount: 0 });
  });
});

describe('the demo office’s staff', () => {
  it('has 40 staff with rates, DBS checks and a few renewals coming up, the same every time', async () => {
    const lists: string[][] = [];
    for (const _ of [1, 2]) {
      const backend = createBackend({ dataDir: tempDir(), migrationsDir: MIGRATIONS_DIR, now: new FakeClock().now, logger: silentLogger });
      try {
        expectOk(await backend.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
        const staff = expectOk(await backend.invoke('staff:list', {}));
        expect(staff).toHaveLength(40);
        expect(staff.every((s) => s.currentRatePence !== null && s.dbsRenewalDueOn !== '')).toBe(true);
        expect(new Set(staff.map((s) => s.jobRole))).toEqual(new Set(['Coordinator', 'Regional coordinator', 'Trainer', 'Peer supporter']));
        const reminders = expectOk(await backend.invoke('staff:reminders', {}));
        expect(reminders.filter((r) => r.kind === 'dbs-renewal').length).toBeGreaterThan(0);
        // No rate in the demo is under the minimum wage.
        expect(staff.every((s) => s.currentRatePence! >= 1271)).toBe(true);
        lists.push(staff.map((s) => `${s.worksNumber} ${s.name} ${s.currentRatePence}`));
      } finally {
        backend.close();
      }
    }
    expect(lists[0]).toEqual(lists[1]);
  });
});
