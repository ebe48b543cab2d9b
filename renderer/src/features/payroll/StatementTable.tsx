// The weekly hours and earnings statement as a table, on screen and on A4: the person, the dates, each
// Monday-to-Sunday week with its 4-week averages, (for permitted work) the weeks over a limit, and (when
// they were off sick) the SSP qualifying days, as the workbook has them.
import { STATEMENT_NOTE } from '../../../../shared/domain/pay/period-words';
import type { WeeklyStatement } from '../../../../shared/contract/payroll-model';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatPounds } from '../../../../shared/domain/pay/rounding';
import { decimalHours, overLimitWords } from './words';

/**
 * Said beside SSP days, word for word as the workbook says it (SSP_NOTE in statement-workbook.ts): an
 * adviser asks what sick pay was paid, and the app holds the days, not the pay.
 */
export const SSP_NOTE = 'SSP qualifying days are days off sick that payroll pays Statutory Sick Pay for. '
  + 'SSP is not in the gross pay above: payroll works it out, and the amounts are on the payslips.';

/** A week still under way (or still to come) has only the sessions worked so far: say so on its row. */
export function weekNotOverWords(week: { weekStart: string; weekEnd: string }, today: string): string {
  if (week.weekStart > today) return 'week not started';
  return week.weekEnd >= today ? 'week not finished' : '';
}

export function StatementTable({ statement, today }: { statement: WeeklyStatement; today: string }) {
  const onPermittedWork = statement.permittedWork !== '';
  // Only when some week has SSP days: most statements have none, and an empty column would puzzle.
  const withSsp = statement.weeks.some((w) => (w.sspDays ?? 0) > 0);
  const sessions = statement.weeks.reduce((sum, w) => sum + w.sessions, 0);
  const sspDays = statement.weeks.reduce((sum, w) => sum + (w.sspDays ?? 0), 0);
  const printedOn = formatUkDate(today);
  return (
    <div className="paper" data-testid="statement">
      <div className="print-only">
        <p><strong>{statement.officeName}</strong></p>
        <p>Printed on {printedOn}</p>
      </div>
      <h2>Weekly hours and earnings: {statement.name}</h2>
      <p>Works number: {statement.worksNumber || 'none recorded'}</p>
      <p>Weeks from {formatUkDate(statement.from)} to {formatUkDate(statement.to)} (weeks run Monday to Sunday)</p>
      {onPermittedWork && <p>{statement.permittedWork}</p>}
      <table className="paper-table" aria-label="Weekly hours and earnings">
        <thead>
          <tr>
            <th scope="col">Week beginning</th><th scope="col">Week ending</th><th scope="col" className="num">Sessions</th>
            <th scope="col" className="num">Hours</th><th scope="col" className="num">Gross pay</th>
            <th scope="col" className="num">4-week average hours</th><th scope="col" className="num">4-week average pay</th>
            {withSsp && <th scope="col" className="num">SSP qualifying days</th>}
            {onPermittedWork && <th scope="col">Over the limit?</th>}
          </tr>
        </thead>
        <tbody>
          {statement.weeks.map((w) => {
            const notOver = weekNotOverWords(w, today);
            return (
              <tr key={w.weekStart} data-testid={notOver ? 'week-not-over' : undefined}>
                <td>{formatUkDate(w.weekStart)}</td>
                <td>{formatUkDate(w.weekEnd)}{notOver && <><br /><em className="not-over">{notOver}</em></>}</td>
                <td className="num">{w.sessions}</td>
                <td className="num">{decimalHours(w.minutes)}</td><td className="num">{formatPounds(w.pence)}</td>
                <td className="num">{w.averageMinutes === null ? '' : decimalHours(w.averageMinutes)}</td>
                <td className="num">{w.averagePence === null ? '' : formatPounds(w.averagePence)}</td>
                {/* 0, not empty: the week was looked at and had no SSP days. */}
                {withSsp && <td className="num">{w.sspDays ?? 0}</td>}
                {onPermittedWork && <td>{overLimitWords(w)}</td>}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>Total</td><td className="num">{sessions}</td>
            <td className="num" data-testid="statement-total-hours">{decimalHours(statement.totalMinutes)}</td>
            <td className="num" data-testid="statement-total-pay">{formatPounds(statement.totalPence)}</td>
            <td colSpan={2} />
            {withSsp && <td className="num" data-testid="statement-total-ssp-days">{sspDays}</td>}
            {onPermittedWork && <td />}
          </tr>
        </tfoot>
      </table>
      {onPermittedWork && <p data-testid="weeks-over">Weeks over a permitted-work limit: {statement.weeksOverLimit}</p>}
      <p>{STATEMENT_NOTE}</p>
      {withSsp && <p data-testid="ssp-note">{SSP_NOTE}</p>}
    </div>
  );
}
