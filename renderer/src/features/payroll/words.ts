// How pay periods, their states and their history read on screen and on paper.
import type { PayrollFormat, PeriodEvent } from '../../../../shared/contract/payroll';
import { PAYROLL_FORMAT_LABELS, PAYROLL_FORMATS } from '../../../../shared/contract/payroll';
import type { PeriodInfo, PeriodStatus, StatementWeek } from '../../../../shared/contract/payroll-model';
import { formatUkDate } from '../../../../shared/domain/dates';
import { isoWeekday } from '../../../../shared/domain/pay/calendar';
import { formatDecimalHours } from '../../../../shared/domain/pay/rounding';

export const STATUS_WORDS: Record<PeriodStatus, string> = { draft: 'Draft', approved: 'Approved', exported: 'Exported to payroll' };
// Words and colour together: the badge never relies on colour alone. Dark text keeps AA contrast on light fills.
export const STATUS_COLOURS: Record<PeriodStatus, string> = { draft: 'gray', approved: 'teal', exported: 'blue' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** '2026-10' -> 'October 2026'; a four-weekly key (its first day) -> 'Four weeks from 05/10/2026'. */
export function periodName(key: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  return `Four weeks from ${formatUkDate(key)}`;
}

export const periodDates = (p: Pick<PeriodInfo, 'start' | 'end'>): string => `${formatUkDate(p.start)} to ${formatUkDate(p.end)}`;

export const weekdayName = (iso: string): string => DAYS[isoWeekday(iso) - 1] ?? '';

/** Minutes as payroll reads them: 450 -> '7.50'. */
export const decimalHours = formatDecimalHours;

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** An instant (ISO 8601) as the office reads it, in England whatever the PC's clock says: '27/11/2026 at 14:30'. */
export function londonDateTime(isoInstant: string): string {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of londonParts.formatToParts(new Date(isoInstant))) p[part.type] = part.value;
  return `${p.day}/${p.month}/${p.year} at ${p.hour}:${p.minute}`;
}

/** A stored format name ('xlsx') in words; anything else is shown as stored. */
export const formatWords = (format: string): string =>
  (PAYROLL_FORMATS as readonly string[]).includes(format) ? PAYROLL_FORMAT_LABELS[format as PayrollFormat] : format;

export function eventWords(e: PeriodEvent): { what: string; detail: string } {
  if (e.action === 'approved') return { what: 'Approved', detail: '' };
  if (e.action === 'exported') return { what: 'Exported for payroll', detail: formatWords(e.detail) };
  return { what: 'Reopened', detail: e.detail };
}

// 'the hours limit' rather than '16 hours': the limit is a dated setting, and a week of exactly 16 hours
// is already over it ("under 16 hours" is the rule). The same words as the statement workbook.
export function overLimitWords(w: Pick<StatementWeek, 'overHours' | 'overEarnings'>): string {
  if (w.overHours && w.overEarnings) return 'Over the hours and earnings limits';
  if (w.overHours) return 'Over the hours limit';
  if (w.overEarnings) return 'Over the earnings limit';
  return '';
}

export const FILE_TYPES: Record<PayrollFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sage: 'text/csv',
  brightpay: 'text/csv',
};
