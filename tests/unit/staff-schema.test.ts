// The staff record's rules, applied through one schema by the form and the backend alike: National
// Insurance and DBS certificate numbers, contract types, holiday schemes, probation and dates.
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../shared/contract/channels';
import { addRateSchema, saveDbsSchema, saveStaffSchema, type SaveStaffInput } from '../../shared/contract/staff';
import { addDatedRateSchema } from '../../shared/contract/dated-settings';
import { addMonthsClamped, defaultProbationEnd, formatNiNumber, normaliseDbsCertificate, normaliseNiNumber } from '../../shared/domain/staff';
import { staffInput } from '../helpers/staff';

function problems(overrides: Partial<SaveStaffInput>): Record<string, string> {
  const result = saveStaffSchema.safeParse(staffInput(1, overrides));
  return result.success ? {} : fieldErrors(result.error);
}

describe('National Insurance numbers', () => {
  it('are read however they are typed and stored without spaces', () => {
    for (const typed of ['AB123456C', 'ab 12 34 56 c', ' AB 123456 C ', 'AB-12-34-56-C']) expect(normaliseNiNumber(typed)).toBe('AB123456C');
    expect(formatNiNumber('AB123456C')).toBe('AB 12 34 56 C');
    expect(normaliseNiNumber('JZ987654A')).toBe('JZ987654A');
    expect(normaliseNiNumber('OA123456D')).toBe('OA123456D'); // O may be the first letter
  });

  it.each([
    ['DA123456A', 'D is never a prefix letter'], ['AF123456A', 'nor F'], ['IA123456A', 'nor I'], ['AQ123456A', 'nor Q'], ['UA123456A', 'nor U'], ['AV123456A', 'nor V'],
    ['QQ123456C', 'so the GOV.UK example is not a real number'], ['AO123456A', 'O is never the second letter'],
    ['BG123456A', 'BG is not allocated'], ['GB123456A', 'GB'], ['KN123456A', 'KN'], ['NK123456A', 'NK'], ['NT123456A', 'NT'], ['TN123456A', 'TN'], ['ZZ123456A', 'ZZ'],
    ['AB123456E', 'the suffix is A to D'], ['AB123456', 'the suffix is needed'], ['AB12345C', 'six digits'], ['AB1234567C', 'not seven'], ['A1234567C', 'two letters'], ['', 'empty'],
  ])('refuses %s (%s)', (typed) => {
    expect(normaliseNiNumber(typed)).toBeNull();
  });

  it('are optional on the form, and say how to write one', () => {
    expect(saveStaffSchema.parse(staffInput(1, { niNumber: '' })).niNumber).toBe('');
    expect(saveStaffSchema.parse(staffInput(1, { niNumber: 'ab 12 34 56 c' })).niNumber).toBe('AB123456C');
    expect(problems({ niNumber: 'AB 12 34 56' })).toEqual({ niNumber: 'Enter a National Insurance number, like AB 12 34 56 C' });
  });
});

describe('DBS certificate numbers', () => {
  it('are 12 digits, spaces and hyphens dropped', () => {
    expect(normaliseDbsCertificate('0012 3456 7890')).toBe('001234567890');
    expect(normaliseDbsCertificate('00123456789')).toBeNull();
    expect(normaliseDbsCertificate('00123456789X')).toBeNull();
    const parsed = saveDbsSchema.safeParse({ staffId: 1, level: 'enhanced-barred', certificateNumber: '1234', issuedOn: '2026-01-05' });
    expect(parsed.success || fieldErrors(parsed.error)).toEqual({ certificateNumber: 'Enter the 12-digit certificate number, like 001234567890' });
  });

  it('cannot be renewed or checked before they were issued', () => {
    const parsed = saveDbsSchema.safeParse({ staffId: 1, level: 'enhanced', certificateNumber: '001234567890', issuedOn: '2026-01-05', renewalDueOn: '2025-12-31', lastStatusCheckOn: '2026-01-04' });
    expect(parsed.success || Object.keys(fieldErrors(parsed.error)).sort()).toEqual(['lastStatusCheckOn', 'renewalDueOn']);
  });
});

describe('probation', () => {
  it('ends six months after the start by default, on the same day or the month’s last', () => {
    expect(defaultProbationEnd('2026-01-05')).toBe('2026-07-05');
    expect(defaultProbationEnd('2026-08-31')).toBe('2027-02-28');
    expect(defaultProbationEnd('2027-08-31')).toBe('2028-02-29');
    expect(defaultProbationEnd('2026-12-31')).toBe('2027-06-30');
    expect(addMonthsClamped('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
    expect(saveStaffSchema.parse(staffInput(1, { startDate: '2026-08-31' })).probationEndDate).toBe('2027-02-28');
    expect(saveStaffSchema.parse(staffInput(1, { probationEndDate: '2026-04-05' })).probationEndDate).toBe('2026-04-05');
    expect(problems({ startDate: '2026-01-05', probationEndDate: '2025-12-01' })).toHaveProperty('probationEndDate');
  });
});

describe('saveStaffSchema', () => {
  it('accepts a part-time contract with weekly hours and tidies what was typed', () => {
    expect(saveStaffSchema.parse(staffInput(1, { worksNumber: '  0042 ', jobRole: ' Trainer ' }))).toMatchObject({
      worksNumber: '0042', jobRole: 'Trainer', contractType: 'part-time', weeklyMinutes: 16 * 60, endDate: '', leavingReason: '', rolledUpHoliday: false, ageBand: '',
    });
  });

  it('needs weekly hours for part-time and none for bank', () => {
    expect(problems({ contractType: 'part-time', weeklyMinutes: null })).toEqual({ weeklyMinutes: 'Enter their contracted hours a week: a part-time contract has them' });
    expect(problems({ contractType: 'bank', weeklyMinutes: 600 })).toHaveProperty('weeklyMinutes');
    expect(problems({ contractType: 'bank', weeklyMinutes: null })).toEqual({});
    expect(problems({ weeklyMinutes: 49 * 60 })).toHaveProperty('weeklyMinutes');
    expect(problems({ weeklyMinutes: 90.5 })).toHaveProperty('weeklyMinutes');
  });

  it('allows rolled-up holiday pay only for irregular hours, and fixed holiday only with a contracted week', () => {
    expect(problems({ holidayScheme: 'fixed', rolledUpHoliday: true })).toHaveProperty('rolledUpHoliday');
    expect(problems({ holidayScheme: 'irregular', rolledUpHoliday: true })).toEqual({});
    expect(problems({ contractType: 'bank', weeklyMinutes: null, holidayScheme: 'fixed' })).toHaveProperty('holidayScheme');
    expect(problems({ holidayScheme: 'fixed' })).toEqual({});
  });

  it('needs the end on or after the start, and a works number payroll files can carry', () => {
    expect(problems({ startDate: '2026-01-05', endDate: '2026-01-04' })).toEqual({ endDate: 'The end date must be on or after the start date' });
    expect(problems({ endDate: '2026-01-05' })).toEqual({});
    expect(problems({ worksNumber: '  ' })).toEqual({ worksNumber: 'Enter the works number, exactly as your payroll software has it' });
    expect(problems({ worksNumber: 'W,12' })).toHaveProperty('worksNumber');
    expect(problems({ worksNumber: 'W"12' })).toHaveProperty('worksNumber');
    expect(problems({ worksNumber: 'PS-12/3' })).toEqual({});
  });

  it('takes an age band from minimum-wage.ts, or none', () => {
    expect(problems({ ageBand: '18-20' })).toEqual({});
    expect(problems({ ageBand: '21+' as never })).toHaveProperty('ageBand');
  });
});

describe('pay rates and dated settings', () => {
  it('are whole pence above nothing', () => {
    expect(addRateSchema.safeParse({ staffId: 1, effectiveFrom: '2026-04-01', hourlyPence: 1271 }).success).toBe(true);
    for (const hourlyPence of [0, -5, 12.71]) expect(addRateSchema.safeParse({ staffId: 1, effectiveFrom: '2026-04-01', hourlyPence }).success).toBe(false);
  });

  it('check each kind’s figures, naming the field', () => {
    const ok = addDatedRateSchema.safeParse({ kind: 'minimum-wage', effectiveFrom: '2027-04-01', values: { age21AndOverPence: 1300, age18To20Pence: 1100, under18Pence: 850, apprenticePence: 850 } });
    expect(ok.success).toBe(true);
    const bad = addDatedRateSchema.safeParse({ kind: 'permitted-work', effectiveFrom: '2027-04-06', values: { lowerEarningsPence: 2000, higherEarningsPence: 1000, hoursLimitMinutes: 960 } });
    expect(bad.success || fieldErrors(bad.error)).toEqual({ 'values.higherEarningsPence': 'The higher limit must be at least the lower limit' });
    const ssp = addDatedRateSchema.safeParse({ kind: 'ssp', effectiveFrom: '2027-04-06', values: { weeklyRatePence: 12500, waitingDays: 0, lowerEarningsLimitPence: null, earningsShareBasisPoints: 8000, minSpellDays: 1, linkingWeeks: 8 } });
    expect(ssp.success).toBe(true);
  });
});
