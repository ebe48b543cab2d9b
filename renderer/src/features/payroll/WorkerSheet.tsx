// One worker's timesheet for a pay period, on one A4 page: the sessions they worked, what they are paid
// for them (the same lines as the payroll files), and a block for them and the office to sign. A month
// too long for one page runs on, but no page is ever left that cannot be tied to its worker: the name
// rides in the sessions table's header (repeated on every page) and the pay and signatures stay together.
import type { PayrollModel, SessionLine, SummaryLine } from '../../../../shared/contract/payroll-model';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatPounds } from '../../../../shared/domain/pay/rounding';
import { decimalHours, periodDates, periodName, STATUS_WORDS, weekdayName } from './words';

export interface Worker { staffId: number; name: string; worksNumber: string; sessions: SessionLine[]; lines: SummaryLine[] }

/** Workers in the model's order (works number), each with their sessions and summary lines. */
export function workersOf(model: PayrollModel): Worker[] {
  const byId = new Map<number, Worker>();
  const workerFor = (l: { staffId: number; name: string; worksNumber: string }) => {
    const found = byId.get(l.staffId) ?? { staffId: l.staffId, name: l.name, worksNumber: l.worksNumber, sessions: [], lines: [] };
    byId.set(l.staffId, found);
    return found;
  };
  for (const s of model.sessions) workerFor(s).sessions.push(s);
  for (const l of model.lines) workerFor(l).lines.push(l);
  return [...byId.values()];
}

const miles = (tenths: number) => (tenths === 0 ? '' : (tenths / 10).toFixed(1));
const hundredths = (h: number) => (h / 100).toFixed(2);

/** Lines that are a record, not pay: no amount is shown for them and none counts in the gross pay. */
const NOT_PAY: ReadonlySet<SummaryLine['unit']> = new Set(['holiday-accrued', 'ssp-days']);
/** Said after the element's name, so nobody reads an empty amount as money missing. */
const NOT_PAY_WORDS: Partial<Record<SummaryLine['unit'], string>> = {
  'holiday-accrued': ' (a record of holiday earned, not a payment)',
  'ssp-days': ' (days off sick: payroll works out the Statutory Sick Pay, so it is not in the gross pay below)',
};

function quantityWords(l: SummaryLine): string {
  if (l.unit === 'miles') return `${miles(l.quantity)} miles`;
  // Days, never hours: SSP is paid by the day, and 3.00 would read as three hours.
  if (l.unit === 'ssp-days') return `${l.quantity} ${l.quantity === 1 ? 'day' : 'days'}`;
  if (l.unit === 'amount') return '';
  return hundredths(l.hundredths);
}

function rateWords(l: SummaryLine): string {
  if (l.ratePence === null || NOT_PAY.has(l.unit) || l.unit === 'amount') return '';
  return l.unit === 'miles' ? `${formatPounds(l.ratePence)} a mile` : `${formatPounds(l.ratePence)} an hour`;
}

interface Props { model: PayrollModel; worker: Worker; sheet: number; of: number; printedOn: string }

/** Beyond this many sessions a sheet prints tighter rows, so a busy month still fits one page. */
export const LONG_SHEET_SESSIONS = 20;

export function WorkerSheet({ model, worker, sheet, of, printedOn }: Props) {
  const { period } = model;
  const minutes = worker.sessions.reduce((sum, s) => sum + s.workedMinutes, 0);
  const tenths = worker.sessions.reduce((sum, s) => sum + s.milesTenths, 0);
  const pay = worker.lines.filter((l) => !NOT_PAY.has(l.unit)).reduce((sum, l) => sum + l.amountPence, 0);
  return (
    <section className={worker.sessions.length > LONG_SHEET_SESSIONS ? 'sheet long' : 'sheet'} aria-label={`Timesheet for ${worker.name}`} data-testid="signoff-sheet">
      <div className="sheet-top">
        <div>
          <p><strong>{model.officeName}</strong></p>
          <h2>Timesheet: {periodName(period.key)}</h2>
          <p>Pay period {periodDates(period)}, paid on {formatUkDate(period.payDate)}</p>
        </div>
        <div className="sheet-meta"><p>Status: {STATUS_WORDS[period.status].toLowerCase()}</p></div>
      </div>
      <table className="paper-table sessions-table" aria-label="Sessions worked">
        <colgroup>
          <col className="date" /><col className="day" /><col className="time" /><col className="time" /><col className="figure" /><col className="figure" />
          <col className="place" /><col className="activity" /><col className="figure" />
        </colgroup>
        <thead>
          {/* Who and when, as the first header row: Chromium repeats the header on every page the table runs onto. */}
          <tr className="sheet-person">
            <td colSpan={9}>
              <div>
                <span>Name: <strong>{worker.name}</strong></span>
                <span>Works number: <strong>{worker.worksNumber || 'none recorded'}</strong></span>
                <span className="sheet-person-period">Sessions worked in {periodName(period.key)}</span>
              </div>
            </td>
          </tr>
          <tr>
            <th scope="col">Date</th><th scope="col">Day</th><th scope="col">Start</th><th scope="col">End</th>
            <th scope="col" className="num">Break<br />(mins)</th><th scope="col" className="num">Hours</th>
            <th scope="col">Place</th><th scope="col">Activity</th><th scope="col" className="num">Miles</th>
          </tr>
        </thead>
        <tbody>
          {worker.sessions.map((s) => (
            <tr key={s.sessionId}>
              <td>{formatUkDate(s.date)}</td><td>{weekdayName(s.date).slice(0, 3)}</td><td>{s.start}</td><td>{s.end}</td>
              <td className="num">{s.breakMinutes}</td><td className="num">{decimalHours(s.workedMinutes)}</td>
              <td>{s.placeName}</td><td>{s.elementName}</td><td className="num">{miles(s.milesTenths)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><td colSpan={5}>Total ({worker.sessions.length} {worker.sessions.length === 1 ? 'session' : 'sessions'})</td><td className="num">{decimalHours(minutes)}</td><td colSpan={2} /><td className="num">{miles(tenths)}</td></tr>
        </tfoot>
      </table>
      {/* The figures, the signatures and the sheet number never part: a signature always sits beside what it signs for. */}
      <div className="sheet-pay">
        <h3>Pay for {worker.name} ({worker.worksNumber ? `works number ${worker.worksNumber}` : 'no works number'}), {periodName(period.key)}</h3>
        <table className="paper-table" aria-label="Pay">
          <thead>
            <tr><th scope="col">Pay element</th><th scope="col" className="num">Hours</th><th scope="col" className="num">Rate</th><th scope="col" className="num">Amount</th></tr>
          </thead>
          <tbody>
            {worker.lines.map((l, i) => (
              <tr key={i}>
                <td>{l.elementName}{NOT_PAY_WORDS[l.unit] ?? ''}</td>
                <td className="num">{quantityWords(l)}</td>
                <td className="num">{rateWords(l)}</td>
                <td className="num">{NOT_PAY.has(l.unit) ? '' : formatPounds(l.amountPence)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr><td colSpan={3}>Gross pay, before tax and National Insurance</td><td className="num">{formatPounds(pay)}</td></tr>
          </tfoot>
        </table>
        <div className="sign-off">
          <div>Worker's signature</div><div>Date</div>
          <div>Checked by (name and signature)</div><div>Date</div>
        </div>
        <div className="sheet-footer">
          <span>Printed on {printedOn}</span>
          <span>Sheet {sheet} of {of}</span>
        </div>
      </div>
    </section>
  );
}
