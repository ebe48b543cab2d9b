// Every audited channel's own words (its note, its record number, its "by") fed inputs and outputs full of
// distinctive values, made up for this test: the entry as it would be stored must hold none of them. The
// summary's other part comes from column names only (capture.ts, audit-channels.test.ts); this covers what
// the channels add themselves, where a value could slip in ("decision: end", "attendance: did-not-attend").
//
// A channel that gains a note, a record number or a "by" must gain a sample here: the first test says which.
import { describe, expect, it } from 'vitest';
import { CHANNEL_AUDIT, type Recorded } from '../../electron/backend/audit/channels';
import { entryFor } from '../../electron/backend/audit/record';
import { THE_OFFICE } from '../../shared/contract/audit';
import { CHANNELS, type Channel } from '../../shared/contract/channels';

interface Sample {
  input: Record<string, unknown>;
  output?: unknown;
  /** Values that may be said, with why: the office's own settings, never a person's. */
  sayable?: string[];
}

const PERSON = {
  firstName: 'Ysolde', lastName: 'Pettifork', phone: '07700 900417', email: 'ysolde.pettifork@example.org', addressLine1: '14 Quillet Mews',
  postcode: 'BN11 3QQ', dateOfBirth: '1961-03-14', emergencyContactName: 'Ambrose Pettifork', town: 'Lancing',
};
const FILE = { fileName: 'Ysolde Pettifork statement 2026-11.xlsx', contentBase64: 'WXNvbGRlIFBldHRpZm9yaw==' };
const REASON = 'Ysolde Pettifork said her panic attacks came back in October';
const BY = 'Morwenna Testworth';

const SAMPLES: Partial<Record<Channel, Sample[]>> = {
  'office:create': [{ input: { officeName: 'Quillet Peer Circle', passphrase: 'kettle orchard lantern', confirmPassphrase: 'kettle orchard lantern' }, output: { recoveryKey: 'QWXYZ-ABCDE-FGHJK-LMNPQ-RSTUV' } }],
  'office:createDemo': [{ input: { passphrase: 'kettle orchard lantern', confirmPassphrase: 'kettle orchard lantern' }, output: { recoveryKey: 'QWXYZ-ABCDE-FGHJK-LMNPQ-RSTUV' } }],
  'office:unlock': [{ input: { passphrase: 'kettle orchard lantern' } }, { input: { recoveryKey: 'QWXYZ-ABCDE-FGHJK-LMNPQ-RSTUV' } }],
  'office:lock': [{ input: {} }],
  'office:leaveDemo': [{ input: {} }],
  'lists:update': [{ input: { kind: 'localities', items: ['Quillet Vale', 'Pettifork Green'] }, sayable: ['localities'] }],
  'members:update': [{ input: { id: 12, member: { ...PERSON, roles: [{ role: 'trustee', startedOn: '2026-11-01' }] } } }],
  'members:archive': [{ input: { id: 12, leftOn: '2026-11-20' } }],
  'members:delete': [{ input: { id: 12 } }],
  'members:importCommit': [{ input: { contentBase64: 'Rmlyc3QgbmFtZSxMYXN0IG5hbWUKWXNvbGRlLFBldHRpZm9yaw==', fileName: 'Pettifork family.csv' }, output: { imported: 3, skippedDuplicates: 1, rows: [{ name: 'Ysolde Pettifork' }] } }],
  'members:export': [{ input: { status: 'current' }, output: { ...FILE, rows: 41 } }],
  'staff:removeRate': [{ input: { staffId: 4, rateId: 9 } }],
  'staff:saveDbs': [{ input: { id: 3, staffId: 4, level: 'enhanced', certificateNumber: '001234567890', issuedOn: '2025-02-03', updateService: true } }],
  'places:save': [{ input: { id: 5, name: 'Pettifork House', site: 'Quillet Vale', kind: 'other', active: true } }],
  'payElements:save': [{ input: { id: 6, name: 'Quillet allowance', kind: 'hours', sageCode: '77', brightpayCode: 'QA' } }],
  'sessions:save': [{ input: { id: 7, staffId: 4, date: '2026-11-19', startMinutes: 555, endMinutes: 735, breakMinutes: 0, status: 'worked', supportedOneToOne: 3 } }],
  'sessions:delete': [{ input: { id: 7 } }],
  // The office's pay schedule is the office's, not a person's: "monthly pay" is fine.
  'payroll:saveSchedule': [{ input: { schedule: { kind: 'monthly', payDay: 28, payMonthOffset: 0 } }, sayable: ['monthly'] }],
  'payroll:approve': [{ input: { key: '2026-10', by: BY } }],
  'payroll:reopen': [{ input: { key: '2026-10', by: BY, reason: REASON } }],
  'payroll:export': [{ input: { key: '2026-10', format: 'sage', by: BY }, output: { ...FILE, rows: 12 }, sayable: ['sage'] }],
  'payroll:statementFile': [{ input: { staffId: 4, from: '2026-08-03', to: '2026-11-01' }, output: { ...FILE, rows: 13 } }],
  'supervision:saveArrangement': [{ input: { staffId: 4, supervisorStaffId: 8, cadenceWeeks: 5 } }],
  'supervision:createPlan': [{ input: { staffId: 4, startDate: '2026-09-07' } }],
  'supervision:save': [{ input: { id: 10, superviseeStaffId: 4, supervisorStaffId: 8, type: 'one-to-one', plannedOn: '2026-12-03', startMinutes: 600 } }],
  'supervision:reschedule': [{ input: { id: 10, plannedOn: '2026-12-10', reason: REASON } }],
  'supervision:hold': [{
    input: { id: 10, heldOn: '2026-11-26', outcome: 'concerns-raised', doneActionIds: [3], newActions: ['Ysolde to see her GP about sleep'], extendTo: '2027-02-26', lastDay: '', reason: REASON, by: BY },
  }, {
    input: { id: 10, heldOn: '2026-11-26', outcome: 'end', doneActionIds: [], newActions: [], extendTo: '', lastDay: '2026-12-24', reason: REASON, by: BY },
  }],
  'supervision:setStatus': [{ input: { id: 10, status: 'missed' } }, { input: { id: 10, status: 'cancelled' } }],
  'probation:extend': [{ input: { staffId: 4, newEndDate: '2027-02-26', reason: REASON, by: BY } }],
  'probation:decide': [{ input: { staffId: 4, decision: 'end', on: '2026-11-26', lastDay: '2026-12-24', reason: REASON, by: BY } }, { input: { staffId: 4, decision: 'confirm', on: '2026-11-26', lastDay: '', reason: '', by: BY } }],
  'support:save': [{ input: { id: 11, date: '2026-12-04', startMinutes: 600, endMinutes: 720, placeId: 5, theme: 'Living with voices: Ysolde’s group' } }],
  'support:delete': [{ input: { id: 11 } }],
  'support:invite': [{ input: { id: 11, staffIds: [4, 8, 9] } }],
  'support:setAttendance': [{ input: { id: 11, staffId: 4, status: 'did-not-attend' } }, { input: { id: 11, staffId: 4, status: 'apologies' } }],
  'support:uninvite': [{ input: { id: 11, staffId: 4 } }],
  'absence:saveType': [{ input: { id: 2, name: 'Hospital stay (Pettifork)', isSickness: true, isDisabilityRelated: false } }],
  'absence:save': [{ input: { id: 13, staffId: 4, typeId: 2, firstDay: '2026-11-02', lastDay: '2026-11-13', reason: REASON, reportedBy: 'Ambrose Pettifork', certification: 'fit-note' } }],
  'absence:delete': [{ input: { id: 13 } }],
  'absence:returnToWork': [{ input: { id: 13, heldOn: '2026-11-16', by: BY, support: 'Phased return, mornings only, for Ysolde' } }],
  'absence:saveAdjustment': [{ input: { staffId: 4, leaveOutDisabilityRelated: true, reviewPoints: [4, 8] } }],
  'absence:recordCheckin': [{ input: { id: 14, heldOn: '2026-11-20', heldBy: BY, score: 2, supportAgreed: 'Ysolde to call the crisis line' } }],
  'referrals:save': [{ input: { id: 15, personId: 12, referredOn: '2026-11-18', service: 'Pettifork Law Centre', reason: REASON, consentToShare: true } }],
  'referrals:attachment': [{ input: { id: 16 }, output: { ...FILE, rows: 13 } }],
  'referrals:dismissPrompt': [{ input: { id: 17 } }],
  // Whether each copy checked out is the backup's own news, said in the note on purpose.
  'backup:make': [{
    sayable: ['verified', 'failed'],
    input: {},
    output: {
      createdAt: '2026-11-27T10:00:00.000Z', warnings: ['E:\\Ysolde Pettifork\\backups is on a network drive'], removed: 2,
      written: [
        { path: 'C:\\Users\\ysolde.pettifork\\Peer Office\\backups\\peer-office-3f9a1c2e-2026-11-27-100000-manual.pobackup', fileName: 'peer-office-3f9a1c2e-2026-11-27-100000-manual.pobackup', check: 'verified' },
        { path: 'E:\\Pettifork USB\\peer-office-3f9a1c2e-2026-11-27-100000-manual.pobackup', fileName: 'peer-office-3f9a1c2e-2026-11-27-100000-manual.pobackup', check: 'failed' },
      ],
    },
  }],
  'backup:saveSettings': [{ input: { extraFolder: 'E:\\Ysolde Pettifork USB' } }, { input: { extraFolder: null } }],
  'security:changePassphrase': [{ input: { currentPassphrase: 'kettle orchard lantern', passphrase: 'harbour thimble meadow', confirmPassphrase: 'harbour thimble meadow' } }],
  'security:newRecoveryKey': [{ input: { currentPassphrase: 'kettle orchard lantern' }, output: { recoveryKey: 'QWXYZ-ABCDE-FGHJK-LMNPQ-RSTUV' } }],
  'security:confirmRecoveryKey': [{ input: { lastFive: 'RSTUV', confirmed: true } }],
  'audit:export': [{ input: { from: '2026-11-01', to: '2026-11-30', area: 'members', action: 'change', recordType: 'member', record: 'M01012' }, output: { ...FILE, rows: 5 } }],
};

type AnyRule = Recorded<Channel>;

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** As a word of its own, so "end" is not found inside "attendance recorded". */
const said = (text: string, value: string) => new RegExp(`(^|[^A-Za-z0-9])${escaped(value)}($|[^A-Za-z0-9])`).test(text);

const recordedWithWords = CHANNELS.filter((c): c is Channel => {
  const rule = CHANNEL_AUDIT[c];
  return rule !== 'read' && Boolean(rule.note || rule.id || rule.by);
});

describe('what each channel adds to its entry', () => {
  it('has a sample for every channel with a note, a record number or a "by"', () => {
    expect(recordedWithWords.filter((c) => !SAMPLES[c])).toEqual([]);
  });

  it.each(recordedWithWords)('%s keeps none of the values it is given, but the name typed as who did it', (channel) => {
    const rule = CHANNEL_AUDIT[channel] as AnyRule;
    for (const sample of SAMPLES[channel] ?? []) {
      const entry = entryFor(channel, rule, sample.input, sample.output, [], new Date('2026-11-27T10:00:00.000Z'));
      // "by" keeps the name typed where the screen asks for yours, and nothing else.
      expect(entry.by).toBe(rule.by ? String(sample.input['by']) : THE_OFFICE);
      // The record's number is an internal number or key, never one of the values.
      expect(entry.recordId).toMatch(/^(\d*|\d{4}-\d{2}(-\d{2})?|[a-zA-Z]+)$/);
      const words = [entry.summary, entry.recordType, entry.action, entry.area].join(' | ');
      const values = [...strings(sample.input), ...strings(sample.output)]
        .filter((v) => v.length >= 3 && v !== entry.recordId && v !== entry.by && !(sample.sayable ?? []).includes(v));
      for (const value of values) expect(said(words, value), `${channel} says “${value}”: ${words}`).toBe(false);
    }
  });

  it('catches a value said, so the test above can fail', () => {
    expect(said('decision: end', 'end')).toBe(true);
    expect(said('attendance: did-not-attend', 'did-not-attend')).toBe(true);
    expect(said('attendance recorded', 'end')).toBe(false);
  });
});
