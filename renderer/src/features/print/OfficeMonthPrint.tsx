// The whole office's month of supervisions on paper. One table by date, not a section per supervisor: on
// a wall or in a folder the office reads it as a diary, each row complete on its own (the supervisor is a
// column), and each supervisor has their own print for their meetings.
import { useSearchParams } from 'react-router';
import { SUPERVISION_STATUS_LABELS, SUPERVISION_STATUSES, type SupervisionMonth } from '../../../../shared/contract/supervision';
import { formatUkDate } from '../../../../shared/domain/dates';
import { mondayOf } from '../../../../shared/domain/pay/calendar';
import { useSupervisionMonth } from '../../api/supervision';
import { monthTitle, timeWords, whatWords } from '../supervision/words';
import { PrintDocument, PrintMessage } from './PrintDocument';
import { dayAndDate, isSetBack, monthAsked, paperStatus } from './printWords';

export function OfficeMonthPrint() {
  const [search] = useSearchParams();
  const month = monthAsked(search.get('month'));
  const query = useSupervisionMonth(month ?? '');
  if (month === null) return <PrintMessage alert>Choose a month, like 2026-11.</PrintMessage>;
  if (query.isPending) return <PrintMessage>Loading the month…</PrintMessage>;
  if (query.isError) return <PrintMessage alert>{query.error.message}</PrintMessage>;
  return <OfficeMonth month={query.data} />;
}

/** "12 meetings: 8 planned, 3 held, 1 cancelled." */
export function monthSummary(month: SupervisionMonth): string {
  const n = month.rows.length;
  if (n === 0) return `No supervisions are planned or recorded from ${formatUkDate(month.from)} to ${formatUkDate(month.to)}.`;
  const counts = SUPERVISION_STATUSES
    .map((status) => [status, month.rows.filter((r) => r.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${SUPERVISION_STATUS_LABELS[status].toLowerCase()}`);
  return `${n} ${n === 1 ? 'meeting' : 'meetings'} from ${formatUkDate(month.from)} to ${formatUkDate(month.to)}: ${counts.join(', ')}.`;
}

export function OfficeMonth({ month }: { month: SupervisionMonth }) {
  const title = `Supervisions: ${monthTitle(month.month)}`;
  return (
    <PrintDocument title={title} fileTitle={`Supervisions, ${monthTitle(month.month)}`}>
      <p className="print-lead">{monthSummary(month)}</p>
      {month.rows.length > 0 && (
        <table className="print-table">
          <colgroup>
            <col style={{ width: '29mm' }} /><col style={{ width: '12mm' }} /><col /><col /><col style={{ width: '38mm' }} /><col style={{ width: '33mm' }} />
          </colgroup>
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Time</th><th scope="col">Supervisee</th><th scope="col">Supervisor</th><th scope="col">What</th><th scope="col">Status</th></tr>
          </thead>
          <tbody>
            {month.rows.map((row, i) => {
              // A heavier rule where a new week begins, so the weeks stand apart on paper.
              const newWeek = i > 0 && mondayOf(row.plannedOn) !== mondayOf(month.rows[i - 1]!.plannedOn);
              const classes = [newWeek ? 'print-week-start' : '', isSetBack(row) ? 'print-muted' : ''].filter(Boolean).join(' ');
              return (
                <tr key={row.id} className={classes || undefined}>
                  <td className="nowrap">{dayAndDate(row.plannedOn)}</td>
                  <td>{timeWords(row.startMinutes)}</td>
                  <td>{row.supervisee.name}</td>
                  <td>{row.supervisor?.name ?? 'Not named yet'}</td>
                  <td>{whatWords(row)}</td>
                  <td>{paperStatus(row)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </PrintDocument>
  );
}
