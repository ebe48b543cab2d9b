// Every channel validates its input before anything runs: clearly wrong input comes back as VALIDATION,
// never as a thrown error, whatever state the office is in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { CHANNELS, contract, type Channel } from '../../shared/contract/channels';
import { expectOk, useOffices } from '../helpers/office';

const { newOffice, backendAt, tempDir } = useOffices();

// Chosen per channel, so a new channel fails the type check until it has an entry here.
const WRONG: Record<Channel, unknown[]> = {
  'office:status': [{ bogus: 1 }, 42, 'status'],
  'office:create': [{ bogus: 1 }, { officeName: 'Quaintance Peer Support', passphrase: 'short', confirmPassphrase: 'short' }, { officeName: '', passphrase: 'kettle orchard lantern', confirmPassphrase: 'kettle orchard lantern' }],
  'office:createDemo': [{ passphrase: 'kettle orchard lantern', confirmPassphrase: 'something else entirely' }, [], 42],
  'office:unlock': [{ bogus: 1 }, { passphrase: '' }, { recoveryKey: '   ' }, { passphrase: 42 }],
  'office:lock': [{ bogus: 1 }, true],
  'office:settings': [{ bogus: 1 }, 'settings'],
  'office:leaveDemo': [{ bogus: 1 }, 'leave'],
  'office:rename': [{ officeName: '   ' }, { officeName: 7 }, {}],
  'lists:update': [{ kind: 'counties', items: [] }, { kind: 'localities', items: ['Worthing', 'WORTHING'] }, { kind: 'localities', items: 'Worthing' }],
  'members:search': [{ limit: 0 }, { sort: 'dateOfBirth' }, { status: 'gone' }, { query: 42 }, { direction: 'sideways' }],
  'members:get': [{ id: 0 }, { id: -1 }, { id: 1.5 }, { id: '1' }, {}],
  'members:create': [{ bogus: 1 }, { firstName: 'Zebedee' }, { firstName: 'Zebedee', lastName: 'Quaintance', joinedOn: '27/11/2026', status: 'active' }],
  'members:update': [{ id: 1 }, { id: 1, member: {} }, { member: { firstName: 'Zebedee' } }],
  'members:archive': [{ id: 1 }, { id: 1, leftOn: '2026-02-30' }, { leftOn: '2026-11-27' }],
  'members:delete': [{ id: 0 }, { id: 'all' }, {}],
  'members:importPreview': [{ fileName: 'members.pdf', contentBase64: 'AAAA' }, { fileName: 'members.xlsx', contentBase64: '' }, { fileName: 'members.csv', contentBase64: 'QQ==', mapping: { firstName: -1 } }],
  'members:importCommit': [{ fileName: '', contentBase64: 'AAAA' }, { fileName: 'members.csv', contentBase64: 'QQ==', mapping: { shoeSize: 1 } }, { fileName: 'members.csv', contentBase64: 'QQ==', skipDuplicates: 'yes' }],
  'members:export': [{ sort: 'shoeSize' }, { status: 'gone' }, { role: 'wizard' }],
  'staff:get': [{ personId: 0 }, { personId: '1' }, {}],
  'staff:save': [
    { personId: 1 },
    { personId: 1, worksNumber: 'W1', jobRole: 'Trainer', contractType: 'bank', weeklyMinutes: 600, startDate: '2026-01-05', holidayScheme: 'irregular' },
    { personId: 1, worksNumber: 'W1', jobRole: 'Trainer', contractType: 'part-time', startDate: '2026-01-05', holidayScheme: 'irregular' },
    { personId: 1, worksNumber: 'W1', niNumber: 'QQ 12 34 56 C', jobRole: 'Trainer', contractType: 'bank', startDate: '2026-01-05', holidayScheme: 'irregular' },
    { personId: 1, worksNumber: 'W,1', jobRole: 'Trainer', contractType: 'bank', startDate: '2026-01-05', holidayScheme: 'irregular' },
  ],
  'staff:addRate': [{ staffId: 1, effectiveFrom: '2026-04-01', hourlyPence: 0 }, { staffId: 1, effectiveFrom: '2026-04-01', hourlyPence: 12.71 }, { staffId: 1, effectiveFrom: '01/04/2026', hourlyPence: 1271 }],
  'staff:removeRate': [{ rateId: 0 }, { id: 1 }, {}],
  'staff:setBenefitStatus': [{ staffId: 1, fromDate: '2026-04-01', kind: 'jobseekers' }, { staffId: 1, kind: 'none' }, { fromDate: '2026-04-01', kind: 'none' }],
  'staff:saveDbs': [
    { staffId: 1, level: 'enhanced', certificateNumber: '12345', issuedOn: '2026-01-05' },
    { staffId: 1, level: 'super', certificateNumber: '001234567890', issuedOn: '2026-01-05' },
    { staffId: 1, level: 'enhanced', certificateNumber: '001234567890', issuedOn: '2026-01-05', renewalDueOn: '2025-01-05' },
  ],
  'staff:list': [{ bogus: 1 }, 'all'],
  'staff:reminders': [{ withinDays: -1 }, { withinDays: 1.5 }, { withinDays: '60' }],
  'settings:datedRates': [{ kind: 'tax' }, {}, { kind: 42 }],
  'settings:addDatedRate': [
    { kind: 'tax', effectiveFrom: '2027-04-01', values: {} },
    { kind: 'minimum-wage', effectiveFrom: '2027-04-01', values: { age21AndOverPence: 1300 } },
    { kind: 'mileage', effectiveFrom: '2027-04-06', values: { firstBandPencePerMile: 45, laterPencePerMile: 25, firstBandMiles: 10000, extra: 1 } },
  ],
  'places:list': [{ bogus: 1 }, 'all'],
  'places:save': [{ name: '', kind: 'ward' }, { name: 'Oaklands Ward', kind: 'car park' }, { name: 'Oaklands Ward', kind: 'ward', id: 0 }],
  'payElements:list': [{ bogus: 1 }, []],
  'payElements:save': [{ name: '' }, { name: 'Training delivery', sageCode: 'eleven' }, { name: 'Training delivery', brightpayCode: 'a,b' }],
  'rota:view': [{ from: '2026-11-01' }, { from: '2026-11-30', to: '2026-11-01' }, { from: '2026-01-01', to: '2026-12-31' }],
  'sessions:save': [
    { staffId: 1, date: '2026-11-27', startMinutes: 600, endMinutes: 720, placeId: 1 },
    { staffId: 1, date: '2026-11-27', startMinutes: 1440, endMinutes: 720, placeId: 1, elementId: 1 },
    { staffId: 1, date: '2026-11-27', startMinutes: 600, endMinutes: 720, placeId: 1, elementId: 1, status: 'cancelled' },
    { staffId: 1, date: '2026-11-27', startMinutes: 600, endMinutes: 720, placeId: 1, elementId: 1, supportedOneToOne: -2 },
  ],
  'sessions:delete': [{ id: 0 }, {}, { id: 'all' }],
  'payroll:schedule': [{ bogus: 1 }, 'monthly'],
  'payroll:saveSchedule': [{ schedule: { kind: 'weekly' } }, { schedule: { kind: 'monthly', payDay: 32 } }, { schedule: { kind: 'four-weekly', anchor: '2026-02-30', payDaysAfterEnd: 5 } }],
  'payroll:periods': [{ count: 0 }, { count: 1000 }],
  'payroll:period': [{ key: '2026-13' }, {}, { key: 'November' }],
  'payroll:approve': [{ key: '2026-10' }, { key: '2026-10', by: '  ' }],
  'payroll:reopen': [{ key: '2026-10', by: 'Sam' }, { key: '2026-10', by: 'Sam', reason: 'x' }],
  'payroll:export': [{ key: '2026-10', by: 'Sam', format: 'pdf' }, { key: '2026-10', format: 'xlsx' }],
  'payroll:model': [{ key: '' }, {}],
  'payroll:statement': [{ staffId: 1, from: '2026-11-30', to: '2026-11-01' }, { staffId: 0, from: '2026-11-01', to: '2026-11-30' }],
  'payroll:statementFile': [{ staffId: 1, from: '2026-11-01' }, { staffId: 1, from: '01/11/2026', to: '30/11/2026' }],
  'supervision:settings': [{ bogus: 1 }, 'settings'],
  'supervision:saveSettings': [
    { probationIntervalMonths: 0, defaultCadenceWeeks: 6, probationNoticeDays: 7 },
    { probationIntervalMonths: 1, defaultCadenceWeeks: 53, probationNoticeDays: 7 },
    { probationIntervalMonths: 1, defaultCadenceWeeks: 6, probationNoticeDays: -1 },
    { probationIntervalMonths: 1.5, defaultCadenceWeeks: null, probationNoticeDays: 7 },
    { probationIntervalMonths: 1, probationNoticeDays: 7 },
  ],
  'supervision:person': [{ staffId: 0 }, { staffId: '1' }, {}],
  'supervision:saveArrangement': [{ staffId: 1, supervisorStaffId: 2 }, { staffId: 1, supervisorStaffId: 0, cadenceWeeks: 6 }, { staffId: 1, supervisorStaffId: null, cadenceWeeks: 0 }],
  'supervision:createPlan': [{ staffId: 0 }, {}, { staffId: 'all' }],
  'supervision:save': [
    { superviseeStaffId: 1, supervisorStaffId: null, type: 'chat', plannedOn: '2026-12-01' },
    { superviseeStaffId: 1, supervisorStaffId: null, type: 'one-to-one', plannedOn: '01/12/2026' },
    { superviseeStaffId: 1, supervisorStaffId: null, type: 'one-to-one', plannedOn: '2026-12-01', startMinutes: 1440 },
    { supervisorStaffId: 2, type: 'one-to-one', plannedOn: '2026-12-01' },
  ],
  'supervision:reschedule': [{ id: 1 }, { id: 1, plannedOn: '2026-02-30' }, { plannedOn: '2026-12-01' }, { id: 1, plannedOn: '2026-12-01', startMinutes: -5 }],
  'supervision:hold': [
    { id: 1 },
    { id: 1, heldOn: '2026-11-27', outcome: 'brilliant' },
    { id: 1, heldOn: '2026-11-27', newActions: ['one', 'two', 'three', 'four', 'five', 'six'] },
    { id: 1, heldOn: '2026-11-27', newActions: ['x'.repeat(121)] },
    { id: 1, heldOn: '2026-11-27', newActions: ['   '] },
    { id: 1, heldOn: '2026-11-27', outcome: 'extend', reason: 'More time', by: 'Sam' },
    { id: 1, heldOn: '2026-11-27', outcome: 'end', reason: 'Not suited', by: 'Sam' },
    { id: 1, heldOn: '2026-11-27', outcome: 'confirm' },
    { id: 1, heldOn: '2026-11-27', doneActionIds: [0] },
  ],
  'supervision:setStatus': [{ id: 1, status: 'held' }, { id: 1, status: 'rescheduled' }, { status: 'cancelled' }],
  'probation:extend': [
    { staffId: 1, newEndDate: '2027-03-01', reason: 'More time', by: '  ' },
    { staffId: 1, newEndDate: '2027-03-01', reason: '', by: 'Sam' },
    { staffId: 1, newEndDate: '01/03/2027', reason: 'More time', by: 'Sam' },
    { staffId: 1, newEndDate: '2027-03-01', reason: 'x'.repeat(301), by: 'Sam' },
  ],
  'probation:decide': [
    { staffId: 1, decision: 'pass', on: '2026-11-27', by: 'Sam' },
    { staffId: 1, decision: 'end', on: '2026-11-27', reason: 'Not suited', by: 'Sam' },
    { staffId: 1, decision: 'end', on: '2026-11-27', lastDay: '2026-12-04', by: 'Sam' },
    { staffId: 1, decision: 'confirm', on: '2026-11-27' },
  ],
  'supervision:month': [{ month: '2026-13' }, { month: 'November' }, {}, { month: '2026-11', supervisorStaffId: 0 }],
  'supervision:lists': [{ bogus: 1 }, 'lists'],
  'dashboard:week': [{ bogus: 1 }, 'week'],
  'support:year': [{ year: 1999 }, { year: 2026.5 }, { year: '2026' }, {}],
  'support:save': [
    { date: '2026-12-09', startMinutes: 600, endMinutes: 780, placeId: 1 },
    { date: '2026-12-09', startMinutes: 780, endMinutes: 600, placeId: 1, theme: 'Boundaries and saying no' },
    { date: '09/12/2026', startMinutes: 600, endMinutes: 780, placeId: 1, theme: 'Boundaries and saying no' },
    { date: '2026-12-09', startMinutes: 600, endMinutes: 780, placeId: 0, theme: 'Boundaries and saying no' },
    { date: '2026-12-09', startMinutes: 600, endMinutes: 1440, placeId: 1, theme: 'Boundaries and saying no' },
    { date: '2026-12-09', startMinutes: 600, endMinutes: 780, placeId: 1, theme: '   ' },
  ],
  'support:delete': [{ id: 0 }, {}, { id: 'all' }],
  'support:invite': [{ id: 1, staffIds: [] }, { id: 1 }, { id: 1, staffIds: [0] }, { staffIds: [1] }],
  'support:setAttendance': [{ id: 1, staffId: 1, status: 'came' }, { id: 1, staffId: 1 }, { id: 1, status: 'attended' }],
  'support:uninvite': [{ id: 1 }, { staffId: 1 }, { id: 1, staffId: -1 }],
  'absence:types': [{ bogus: 1 }, 'types'],
  'absence:saveType': [{ name: '' }, { name: 'Long-term condition', isDisabilityRelated: true }, { id: 0, name: 'Other' }, { name: 'x'.repeat(61) }, { name: 'Other', active: 'no' }],
  'absence:settings': [{ bogus: 1 }, 'settings'],
  'absence:saveSettings': [{ reviewPoints: [] }, { reviewPoints: [201, 51] }, { reviewPoints: [51, 51] }, { reviewPoints: [0] }, { reviewPoints: [51.5] }, {}],
  'absence:person': [{ staffId: 0 }, { staffId: '1' }, {}],
  'absence:save': [
    { staffId: 1, firstDay: '2026-11-27' },
    { staffId: 1, typeId: 1, firstDay: '27/11/2026' },
    { staffId: 1, typeId: 1, firstDay: '2026-11-27', lastDay: '2026-11-26' },
    { staffId: 1, typeId: 1, firstDay: '2026-11-26', lastDay: '2026-11-27', partDayMinutes: 120 },
    { staffId: 1, typeId: 1, firstDay: '2026-11-27', lastDay: '2026-11-27', partDayMinutes: 0 },
    { staffId: 1, typeId: 1, firstDay: '2026-11-27', lastDay: '2026-11-27', certification: 'fit-note' },
    { staffId: 1, typeId: 1, firstDay: '2026-11-27', lastDay: '2026-11-27', certification: 'doctor' },
    { staffId: 1, typeId: 1, firstDay: '2026-11-20', lastDay: '2026-11-23', returnedOn: '2026-11-23' },
    { staffId: 1, typeId: 1, firstDay: '2026-11-20', lastDay: '', returnedOn: '2026-11-25' },
    { staffId: 1, typeId: 1, firstDay: '2026-11-27', lastDay: '2026-11-27', reportedAt: '27/11/2026 08:15' },
    { staffId: 1, typeId: 1, firstDay: '2026-11-27', lastDay: '2026-11-27', reason: 'x'.repeat(121) },
  ],
  'absence:delete': [{ id: 0 }, {}, { id: 'all' }],
  'absence:returnToWork': [{ id: 1, heldOn: '2026-11-27' }, { id: 1, heldOn: '2026-02-30', by: 'Sam Quaintance' }, { id: 1, heldOn: '2026-11-27', by: '   ' }],
  'absence:saveAdjustment': [
    { staffId: 1, reviewPoints: null }, { staffId: 1, leaveOutDisabilityRelated: true }, { staffId: 1, leaveOutDisabilityRelated: true, reviewPoints: [] },
    { staffId: 1, leaveOutDisabilityRelated: true, reviewPoints: [201, 51] }, { staffId: 1, leaveOutDisabilityRelated: 'yes', reviewPoints: null },
  ],
  'absence:recordCheckin': [{ id: 1, status: 'to-do' }, { id: 1, status: 'held' }, { id: 1, status: 'declined', heldOn: '2026-11-27' }, { status: 'not-needed' }],
  'absence:overview': [{ bogus: 1 }, 'overview'],
  'referrals:lists': [{ bogus: 1 }, 'lists'],
  'referrals:person': [{ personId: 0 }, { personId: '1' }, {}],
  'referrals:get': [{ id: 0 }, { id: 1.5 }, {}],
  'referrals:save': [
    { personId: 1, referredOn: '2026-11-27', reason: 'starting-work' },
    { personId: 1, referredOn: '27/11/2026', service: 'Citizens Advice', reason: 'starting-work' },
    { personId: 1, referredOn: '2026-11-27', service: 'Citizens Advice', reason: 'lottery' },
    { personId: 1, referredOn: '2026-11-27', service: 'Citizens Advice', reason: 'pip', consentToShare: true },
    { personId: 1, referredOn: '2026-11-27', service: 'Citizens Advice', reason: 'pip', consentOn: '2026-11-27' },
    { personId: 1, referredOn: '2026-11-27', service: 'Citizens Advice', reason: 'pip', followUpOn: '2026-11-20' },
    { personId: 1, referredOn: '2026-11-27', service: 'Citizens Advice', reason: 'pip', status: 'closed' },
    { personId: 1, referredOn: '2026-11-27', service: 'Citizens Advice', reason: 'pip', status: 'done' },
    { personId: 1, referredOn: '2026-11-27', service: '   ', reason: 'pip' },
  ],
  'referrals:attachStatement': [{ referralId: 1, from: '2026-11-30', to: '2026-11-01' }, { referralId: 1, from: '01/11/2026', to: '30/11/2026' }, { from: '2026-11-01', to: '2026-11-30' }],
  'referrals:attachment': [{ id: 0 }, { id: 'latest' }, {}],
  'referrals:dismissPrompt': [{ id: 0 }, { id: -1 }, {}],
  'backup:list': [{ bogus: 1 }, 'list'],
  'backup:make': [{ bogus: 1 }, 'now'],
  'backup:settings': [{ bogus: 1 }, 'settings'],
  'backup:saveSettings': [{}, { extraFolder: 'USB stick' }, { extraFolder: 42 }, { extraFolder: `E:\\${'x'.repeat(5000)}` }, { extraFolder: 'E:\\Backups', bogus: 1 }],
  'backup:preview': [
    { file: 'E:\\peer-office-2026-11-27-100000-daily.pobackup' },
    { file: 'E:\\peer-office-2026-11-27-100000-daily.pobackup', passphrase: 'kettle orchard lantern', recoveryKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' },
    { file: 'backup.pobackup', passphrase: 'kettle orchard lantern' },
    { passphrase: 'kettle orchard lantern' },
    { file: '/media/usb/backup.pobackup', passphrase: '' },
    { file: '/media/usb/backup.pobackup', recoveryKey: '   ' },
  ],
  'backup:restore': [
    { file: '/media/usb/backup.pobackup' },
    { file: '', passphrase: 'kettle orchard lantern' },
    { file: '/media/usb/backup.pobackup', passphrase: 42 },
    { file: '/media/usb/backup.pobackup', passphrase: 'kettle orchard lantern', bogus: 1 },
    // Only a plain "yes, I mean it" confirms replacing a different office.
    { file: '/media/usb/backup.pobackup', passphrase: 'kettle orchard lantern', replaceDifferentOffice: 'yes' },
    { file: '/media/usb/backup.pobackup', passphrase: 'kettle orchard lantern', replaceDifferentOffice: false },
  ],
  'backup:progress': [{ bogus: 1 }, 'progress'],
  'security:settings': [{ bogus: 1 }, 'settings'],
  'security:saveSettings': [{}, { autoLockMinutes: 0 }, { autoLockMinutes: 121 }, { autoLockMinutes: 2.5 }, { autoLockMinutes: '10' }, { autoLockMinutes: 10, bogus: 1 }],
  'security:changePassphrase': [
    { currentPassphrase: '', passphrase: 'harbour thimble meadow', confirmPassphrase: 'harbour thimble meadow' },
    { currentPassphrase: 'kettle orchard lantern', passphrase: 'short', confirmPassphrase: 'short' },
    { currentPassphrase: 'kettle orchard lantern', passphrase: 'harbour thimble meadow', confirmPassphrase: 'harbour thimble meadows' },
    { currentPassphrase: 'kettle orchard lantern', passphrase: 'kettle orchard lantern', confirmPassphrase: 'kettle orchard lantern' },
    { passphrase: 'harbour thimble meadow', confirmPassphrase: 'harbour thimble meadow' },
  ],
  'security:newRecoveryKey': [{}, { passphrase: '' }, { passphrase: 42 }, { passphrase: 'kettle orchard lantern', bogus: 1 }],
  'security:confirmRecoveryKey': [{}, { recoveryKey: '   ' }, { recoveryKey: 'x'.repeat(201) }, { recoveryKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', bogus: 1 }],
  'audit:list': [
    { from: '27/11/2026' }, { from: '2026-12-02', to: '2026-12-01' }, { area: 'kitchen' }, { action: 'edit' }, { recordType: 'person' },
    { page: 0 }, { page: 1.5 }, { pageSize: 1000 }, { record: 'x'.repeat(41) }, { bogus: 1 },
  ],
  'audit:export': [{ to: '2026-02-30' }, { from: '2026-12-02', to: '2026-12-01' }, { area: 'kitchen' }, { page: 2 }, { bogus: 1 }],
};

async function expectAllRefused(backend: Backend) {
  for (const channel of CHANNELS) {
    // A number where every channel expects an object, then the channel's own wrong inputs.
    for (const input of [42, ...WRONG[channel]]) {
      const result = await backend.invokeUnknown(channel, input);
      expect(result.ok, `${channel} accepted ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.code, `${channel} with ${JSON.stringify(input)}`).toBe('VALIDATION');
    }
  }
}

describe('the contract', () => {
  it('has a wrong-input case for every channel', () => {
    expect(Object.keys(WRONG).sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses wrong input on every channel before there is an office', async () => {
    const backend = backendAt({ dir: tempDir() });
    await expectAllRefused(backend);
    expect(expectOk(await backend.invoke('office:status', {})).state).toBe('none');
  });

  it('refuses wrong input on every channel while unlocked, changing nothing', async () => {
    const { backend } = await newOffice();
    await expectAllRefused(backend);
    const status = expectOk(await backend.invoke('office:status', {}));
    expect(status).toEqual({ state: 'unlocked', officeName: 'Quaintance Peer Support', isDemo: false });
    expect(expectOk(await backend.invoke('members:search', {})).counts.all).toBe(0);
    // Nothing refused reached the audit log: it holds only the office's creation.
    expect(expectOk(await backend.invoke('audit:list', {})).entries.map((e) => e.channel)).toEqual(['office:create']);
  });

  it('refuses channels that do not exist, including object built-ins', async () => {
    const backend = backendAt({ dir: tempDir() });
    for (const name of ['members:drop', 'shell:openExternal', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 42, null, undefined, { channel: 'office:status' }]) {
      const result = await backend.invokeUnknown(name, {});
      expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Unknown request.' } });
    }
  });

  it('answers anything at all with a Result and never throws', async () => {
    const backend = backendAt({ dir: tempDir() });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true }), async (channel, input) => {
        const result = await backend.invokeUnknown(channel, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(['VALIDATION', 'NO_OFFICE', 'LOCKED']).toContain(result.error.code);
      }),
      { numRuns: 300 },
    );
  });
});
