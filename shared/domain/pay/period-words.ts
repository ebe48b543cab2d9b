// How pay periods and statement weeks read, the same on screen, on paper and in the workbooks.
import { formatUkDate } from '../dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A period key as people say it: '2026-11' -> 'November 2026'; a four-week key (its first day) -> 'four weeks from 02/11/2026'. */
export function periodName(key: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  return `four weeks from ${formatUkDate(key)}`;
}

// 'the hours limit' rather than '16 hours': the limit is a dated setting, and a week of exactly 16 hours
// is already over it ("under 16 hours" is the rule), which 'Over 16 hours' would misstate.
export function overLimitWords(w: { overHours: boolean; overEarnings: boolean }): string {
  if (w.overHours && w.overEarnings) return 'Over the hours and earnings limits';
  if (w.overHours) return 'Over the hours limit';
  if (w.overEarnings) return 'Over the earnings limit';
  return '';
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** An instant (ISO 8601) as the office reads it, in England whatever the PC's clock says: '27/11/2026 at 14:30'. */
export function londonDateTime(isoInstant: string): string {
  const p: Record<string, string> = {};
  for (const part of londonParts.formatToParts(new Date(isoInstant))) p[part.type] = part.value;
  return `${p['day']}/${p['month']}/${p['year']} at ${p['hour']}:${p['minute']}`;
}

/** Under every weekly statement, on screen, on paper and in the workbook the adviser gets. */
export const STATEMENT_NOTE = 'Gross pay before tax and National Insurance. Hours are real time worked, less unpaid breaks. '
  + 'Only sessions marked worked on the rota are counted: planned sessions are not.';
