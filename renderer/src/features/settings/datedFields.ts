// What the office manager sees and types for each kind of dated figure: a short label, a hint in plain
// words saying what the figure means and how to type it, and the unit it is typed in. The stored units
// (pence, minutes, basis points, tenths of a week) never reach the screen: see parseDatedField below.
import type { DatedKind, DatedValues } from '../../../../shared/contract/dated-settings';
import { formatPounds } from '../../../../shared/domain/pay/rounding';
import { formatHours, parseHours, parsePence, parsePounds } from '../../components/money';
import { formatCount, formatPercent, formatTenths, parseCount, parsePercent, parseTenths } from '../../components/units';

/**
 * pounds: typed "123.25", stored in pence; hours: "16" or "7:30", stored in minutes; percent: "12.07",
 * stored in basis points; tenthsOfWeek: "5.6", stored in tenths; pencePerMile: "45"; days, weeks and
 * miles: whole numbers, stored as typed.
 */
export type DatedUnit = 'pounds' | 'hours' | 'percent' | 'tenthsOfWeek' | 'pencePerMile' | 'days' | 'weeks' | 'miles';

export interface DatedField<Key extends string = string> {
  key: Key;
  label: string;
  hint: string;
  unit: DatedUnit;
  /** Left empty, the figure is "none" (stored as null): SSP's lower earnings limit since April 2026. */
  optional?: boolean;
}

export interface DatedEditorText<K extends DatedKind> {
  description: string;
  fields: DatedField<keyof DatedValues[K] & string>[];
}

const pounds = (example: string) => `Pounds, like ${example}`;

export const DATED_EDITORS: { [K in DatedKind]: DatedEditorText<K> } = {
  'minimum-wage': {
    description: 'The National Minimum and Living Wage an hour, by age. Pay rates below them are flagged on staff records. Add a row when the rates change (usually 1 April).',
    fields: [
      { key: 'age21AndOverPence', label: '21 and over', hint: pounds('12.71'), unit: 'pounds' },
      { key: 'age18To20Pence', label: '18 to 20', hint: pounds('10.85'), unit: 'pounds' },
      { key: 'under18Pence', label: 'Under 18', hint: pounds('8.00'), unit: 'pounds' },
      { key: 'apprenticePence', label: 'Apprentice', hint: pounds('8.00'), unit: 'pounds' },
    ],
  },
  'permitted-work': {
    description: 'The weekly limits for people doing permitted work alongside their benefits. Add a row when they change (usually April).',
    fields: [
      { key: 'lowerEarningsPence', label: 'Lower limit a week', hint: pounds('20.00'), unit: 'pounds' },
      { key: 'higherEarningsPence', label: 'Higher limit a week', hint: pounds('203.50'), unit: 'pounds' },
      { key: 'hoursLimitMinutes', label: 'Hours a week under', hint: 'Hours, like 16', unit: 'hours' },
    ],
  },
  ssp: {
    description: 'The weekly rate and the rules of sick pay, given to payroll with each period’s sickness days. Add a row when they change, usually 6 April.',
    fields: [
      { key: 'weeklyRatePence', label: 'Weekly rate', hint: 'The most SSP pays a week. Pounds, like 123.25', unit: 'pounds' },
      { key: 'waitingDays', label: 'Waiting days', hint: 'Days at the start of a spell that SSP does not pay. 0 for none', unit: 'days' },
      { key: 'lowerEarningsLimitPence', label: 'Lower earnings limit', hint: 'No SSP for average weekly pay below this. Pounds; leave empty for none', unit: 'pounds', optional: true },
      { key: 'earningsShareBasisPoints', label: 'Share of earnings', hint: 'SSP is the lower of the weekly rate and this share of average weekly pay. Percent, like 80; leave empty for none', unit: 'percent', optional: true },
      { key: 'minSpellDays', label: 'Shortest spell', hint: 'Days off sick in a row before SSP can be due. Whole days, like 1', unit: 'days' },
      { key: 'linkingWeeks', label: 'Linking period', hint: 'Spells this many weeks apart or closer count as one. Whole weeks, like 8', unit: 'weeks' },
    ],
  },
  holiday: {
    description: 'How much holiday irregular-hours and bank staff build up. Add a row when the law changes.',
    fields: [
      { key: 'accrualBasisPoints', label: 'Accrual rate', hint: 'Holiday built up for each hour worked. Percent, like 12.07', unit: 'percent' },
      { key: 'statutoryWeeksTenths', label: 'Weeks a year', hint: 'The most holiday a year. Weeks, like 5.6', unit: 'tenthsOfWeek' },
    ],
  },
  mileage: {
    description: "HMRC's approved mileage rates for business journeys by car or van. Add a row when HMRC changes them (from 6 April).",
    fields: [
      { key: 'firstBandPencePerMile', label: 'Rate for the first miles', hint: 'Pence a mile, like 45', unit: 'pencePerMile' },
      { key: 'laterPencePerMile', label: 'Rate after that', hint: 'Pence a mile, like 25', unit: 'pencePerMile' },
      { key: 'firstBandMiles', label: 'Miles at the first rate', hint: 'Business miles in each tax year (from 6 April) paid at the first rate, like 10,000', unit: 'miles' },
    ],
  },
};

const PARSERS: Record<DatedUnit, (text: string) => number | null> = {
  pounds: parsePounds, hours: parseHours, percent: parsePercent, tenthsOfWeek: parseTenths, pencePerMile: parsePence, days: parseCount, weeks: parseCount, miles: parseCount,
};

/**
 * The stored value of what was typed: null for an optional field left empty ("none"); NaN for anything
 * that is not a number in the field's unit, so the schema answers with the field's own message.
 */
export function parseDatedField(field: DatedField, text: string): number | null {
  if (field.optional && text.trim() === '') return null;
  return PARSERS[field.unit](text) ?? Number.NaN;
}

/**
 * A stored value as it is typed into the form, so a new row can start from the last one's figures:
 * parseDatedField gives the same value back. Plain digits (no £, % or "weeks"), as the hints show them;
 * an empty box for "none".
 */
export function typedDatedField(field: DatedField, value: number | null): string {
  if (value === null) return '';
  switch (field.unit) {
    case 'pounds': return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
    case 'hours': return formatHours(value);
    case 'percent': return formatPercent(value).replace(/%$/, '');
    case 'tenthsOfWeek': return formatTenths(value);
    case 'pencePerMile': case 'days': case 'weeks': return String(value);
    case 'miles': return formatCount(value);
  }
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** A stored value as the table shows it: "£123.25", "3 days", "12.07%", "5.6 weeks", "45p a mile", "None". */
export function showDatedField(field: DatedField, value: number | null): string {
  if (value === null) return 'None';
  switch (field.unit) {
    case 'pounds': return formatPounds(value);
    case 'hours': return formatHours(value);
    case 'percent': return formatPercent(value);
    case 'tenthsOfWeek': return `${formatTenths(value)} ${value === 10 ? 'week' : 'weeks'}`;
    case 'pencePerMile': return `${value}p a mile`;
    case 'days': return plural(value, 'day', 'days');
    case 'weeks': return plural(value, 'week', 'weeks');
    case 'miles': return plural(value, 'mile', 'miles');
  }
}
