// The dated figures as the office manager types them (pounds, hours, percent, weeks, pence a mile,
// whole days and miles), turned into the stored whole units; and the contract's messages, which speak
// in the units typed, never in basis points, tenths or minutes.
import { describe, expect, it } from 'vitest';
import { addDatedRateSchema, DATED_KINDS, datedValueSchemas } from '../../shared/contract/dated-settings';
import { fieldErrors } from '../../shared/contract/channels';
import { parsePence, parsePounds } from '../../renderer/src/components/money';
import { formatCount, formatPercent, formatTenths, parseCount, parsePercent, parseTenths } from '../../renderer/src/components/units';
import { DATED_EDITORS, parseDatedField, showDatedField, type DatedField } from '../../renderer/src/features/settings/datedFields';

describe('typed figures to stored units', () => {
  it('reads a percentage as basis points from its digits, with no floating-point error', () => {
    expect(parsePercent('12.07')).toBe(1207);
    expect(parsePercent(' 80 ')).toBe(8000);
    expect(parsePercent('80%')).toBe(8000);
    expect(parsePercent('12.5 %')).toBe(1250);
    expect(parsePercent('0.01')).toBe(1);
    // 12.07 * 100 in floating point is 1207.0000000000002; 0.29 * 100 is 28.999999999999996.
    expect(parsePercent('0.29')).toBe(29);
    // Past two decimal places the fraction is kept, for the schema to refuse rather than round.
    expect(parsePercent('12.075')).toBe(1207.5);
    for (const bad of ['', 'eighty', '-5', '12,07', '1.2.3', '%']) expect(parsePercent(bad)).toBeNull();
  });

  it('reads weeks as tenths of a week', () => {
    expect(parseTenths('5.6')).toBe(56);
    expect(parseTenths('5')).toBe(50);
    expect(parseTenths('5.6 weeks')).toBe(56);
    expect(parseTenths('5.60')).toBe(56);
    expect(parseTenths('5.65')).toBe(56.5);
    for (const bad of ['', 'five', '5,6', '-1']) expect(parseTenths(bad)).toBeNull();
  });

  it('reads whole counts with or without thousands commas, and hands fractions on as they are', () => {
    expect(parseCount('10,000')).toBe(10_000);
    expect(parseCount('10000')).toBe(10_000);
    expect(parseCount(' 0 ')).toBe(0);
    expect(parseCount('3.5')).toBe(3.5);
    for (const bad of ['', 'three', '1,00', '10,0000', '-2']) expect(parseCount(bad)).toBeNull();
  });

  it('reads a mileage rate in pence, or in pounds when it has a pound sign', () => {
    expect(parsePence('45')).toBe(45);
    expect(parsePence('45p')).toBe(45);
    expect(parsePence('£0.45')).toBe(45);
    expect(parsePence('45.5')).toBe(45.5);
    for (const bad of ['', 'forty-five', '£', '45 pence']) expect(parsePence(bad)).toBeNull();
    expect(parsePounds('123.25')).toBe(12325);
  });

  it('shows stored units back as they were typed', () => {
    expect([formatPercent(1207), formatPercent(8000), formatPercent(1250), formatPercent(1)]).toEqual(['12.07%', '80%', '12.5%', '0.01%']);
    expect([formatTenths(56), formatTenths(50), formatTenths(1)]).toEqual(['5.6', '5', '0.1']);
    expect(formatCount(10_000)).toBe('10,000');
  });
});

describe('the fields of each kind of dated figure', () => {
  it('cover every stored figure of every kind, once', () => {
    for (const kind of DATED_KINDS) {
      const keys = DATED_EDITORS[kind].fields.map((f) => f.key as string);
      expect(keys.sort(), kind).toEqual(Object.keys(datedValueSchemas[kind].shape).sort());
    }
  });

  it('take an empty optional field as "none" and anything unreadable as NaN, for the schema to name', () => {
    const field = (kind: 'ssp', key: string) => DATED_EDITORS[kind].fields.find((f) => f.key === key)! as DatedField;
    expect(parseDatedField(field('ssp', 'lowerEarningsLimitPence'), '  ')).toBeNull();
    expect(parseDatedField(field('ssp', 'lowerEarningsLimitPence'), '125')).toBe(12500);
    expect(parseDatedField(field('ssp', 'earningsShareBasisPoints'), '80')).toBe(8000);
    expect(parseDatedField(field('ssp', 'weeklyRatePence'), '')).toBeNaN();
    expect(parseDatedField(field('ssp', 'waitingDays'), 'three')).toBeNaN();
    expect(showDatedField(field('ssp', 'lowerEarningsLimitPence'), null)).toBe('None');
    expect(showDatedField(field('ssp', 'minSpellDays'), 1)).toBe('1 day');
    expect(showDatedField(field('ssp', 'linkingWeeks'), 8)).toBe('8 weeks');
  });
});

/** The field messages the contract gives for a row of `kind` with these values. */
const messages = (kind: string, values: Record<string, unknown>) => {
  const checked = addDatedRateSchema.safeParse({ kind, effectiveFrom: '2027-04-06', values });
  return checked.success ? {} : fieldErrors(checked.error);
};

describe('the messages for dated figures', () => {
  const ssp = { weeklyRatePence: 12640, waitingDays: 0, lowerEarningsLimitPence: null, earningsShareBasisPoints: 8000, minSpellDays: 1, linkingWeeks: 8 };

  it('accept an SSP row with no lower earnings limit, and say "none" may be left empty', () => {
    expect(messages('ssp', ssp)).toEqual({});
    expect(messages('ssp', { ...ssp, lowerEarningsLimitPence: Number.NaN, earningsShareBasisPoints: 0 })).toEqual({
      'values.lowerEarningsLimitPence': 'Enter the lower earnings limit in pounds and pence, like 125, or leave it empty if there is none',
      'values.earningsShareBasisPoints': 'Enter the share of earnings above 0%, or leave it empty if there is none',
    });
  });

  it('speak of percent, weeks, hours and pence a mile, never the units stored', () => {
    expect(messages('ssp', { ...ssp, earningsShareBasisPoints: 8012.5, waitingDays: 8, linkingWeeks: Number.NaN })).toEqual({
      'values.earningsShareBasisPoints': 'Enter the share of earnings to at most two decimal places, like 80',
      'values.waitingDays': 'Enter the waiting days as a whole number of days from 0 to 7',
      'values.linkingWeeks': 'Enter the linking period as a whole number of weeks',
    });
    expect(messages('holiday', { accrualBasisPoints: 10_001, statutoryWeeksTenths: 56.5 })).toEqual({
      'values.accrualBasisPoints': 'Enter the accrual rate of at most 100%',
      'values.statutoryWeeksTenths': 'Enter the weeks a year to one decimal place, like 5.6',
    });
    expect(messages('holiday', { accrualBasisPoints: Number.NaN, statutoryWeeksTenths: 521 })).toEqual({
      'values.accrualBasisPoints': 'Enter the accrual rate as a percentage, like 12.07',
      'values.statutoryWeeksTenths': 'Enter the weeks a year of at most 52 weeks',
    });
    expect(messages('mileage', { firstBandPencePerMile: 45.5, laterPencePerMile: Number.NaN, firstBandMiles: 2_000_000 })).toEqual({
      'values.firstBandPencePerMile': 'Enter the rate for the first miles as a whole number of pence, like 45',
      'values.laterPencePerMile': 'Enter the rate after that in pence a mile, like 25',
      'values.firstBandMiles': 'Enter the miles at the first rate as a whole number of miles from 0 to 1,000,000',
    });
    expect(messages('permitted-work', { lowerEarningsPence: 2000, higherEarningsPence: 100_001, hoursLimitMinutes: 7 * 24 * 60 + 1 })).toEqual({
      'values.higherEarningsPence': 'Enter the higher weekly earnings limit of at most £1,000.00',
      'values.hoursLimitMinutes': 'Enter the weekly hours limit of at most 168 hours',
    });
    const all = Object.values({ ...messages('ssp', {}), ...messages('holiday', {}), ...messages('mileage', {}), ...messages('permitted-work', {}) }).join(' ');
    expect(all).not.toMatch(/hundredths|tenths|basis points|minutes/);
  });
});
