// The weekly hours and earnings statement as a table, on screen and on A4: the person, the dates, each
// Monday-to-Sunday week with its 4-week averages, and (for permitted work) the weeks over a limit.
import { STATEMENT_NOTE } from '../../../../shared/domain/pay/period-words';
import type { WeeklyStatement } from '../../../../shared/contract/payroll-model';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatPounds } from '../../../../shared/domain/pay/rounding';
import { decimalHours, overLimitWords } from './words';

/** A week still under way (or still to come) has only the sessions worked so far: say so on its row. */
export function weekNotOverWords(week: { weekStart: string; weekEnd: string }, today: string): string {
  if (week.weekStart > today) return 'week not started';
  return week.weekEnd >= today ? 'week not finished' : '';
}

export function StatementTable({ statement, today }: { statement: WeeklyStatement; today: string }) {
  const onPermittedWork = statement.permittedWork !== '';
  const sessions = statement.weeks.reduce((sum, w) => sum + w.sessions, 0);
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
            <td colSpan={onPermittedWork ? 3 : 2} />
          </tr>
        </tfoot>
      </table>
      {onPermittedWork && <p data-testid="weeks-over">Weeks over a permitted-work limit: {statement.weeksOverLimit}</p>}
      <p>{STATEMENT_NOTE}</p>
    </div>
  );
}
