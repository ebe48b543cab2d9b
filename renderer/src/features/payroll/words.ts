// How pay periods, their states and their history read on screen and on paper.
import type { PayrollFormat, PeriodEvent } from '../../../../shared/contract/payroll';
import { PAYROLL_FORMAT_LABELS, PAYROLL_FORMATS } from '../../../../shared/contract/payroll';
import type { PeriodInfo, PeriodStatus } from '../../../../shared/contract/payroll-model';
import { formatUkDate } from '../../../../shared/domain/dates';
import { isoWeekday } from '../../../../shared/domain/pay/calendar';
import { formatDecimalHours } from '../../../../shared/domain/pay/rounding';
import { londonDateTime, overLimitWords, periodName as sharedPeriodName } from '../../../../shared/domain/pay/period-words';
import { capitalise } from '../../../../shared/domain/words';

export { londonDateTime, overLimitWords };

export const STATUS_WORDS: Record<PeriodStatus, string> = { draft: 'Draft', approved: 'Approved', exported: 'Exported to payroll' };
// Words and colour together: the badge never relies on colour alone. Dark text keeps AA contrast on light fills.
export const STATUS_COLOURS: Record<PeriodStatus, string> = { draft: 'gray', approved: 'teal', exported: 'blue' };

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** '2026-10' -> 'October 2026'; a four-weekly key (its first day) -> 'Four weeks from 05/10/2026'. */
export const periodName = (key: string): string => capitalise(sharedPeriodName(key));

export const periodDates = (p: Pick<PeriodInfo, 'start' | 'end'>): string => `${formatUkDate(p.start)} to ${formatUkDate(p.end)}`;

export const weekdayName = (iso: string): string => DAYS[isoWeekday(iso) - 1] ?? '';

/** Minutes as payroll reads them: 450 -> '7.50'. */
export const decimalHours = formatDecimalHours;

/** A stored format name ('xlsx') in words; anything else is shown as stored. */
export const formatWords = (format: string): string =>
  (PAYROLL_FORMATS as readonly string[]).includes(format) ? PAYROLL_FORMAT_LABELS[format as PayrollFormat] : format;

export function eventWords(e: PeriodEvent): { what: string; detail: string } {
  if (e.action === 'approved') return { what: 'Approved', detail: '' };
  if (e.action === 'exported') return { what: 'Exported for payroll', detail: formatWords(e.detail) };
  return { what: 'Reopened', detail: e.detail };
}


export const FILE_TYPES: Record<PayrollFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sage: 'text/csv',
  brightpay: 'text/csv',
};
