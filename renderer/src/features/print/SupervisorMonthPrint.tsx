// A supervisor's month on paper: their meetings by date, with blank "Held on" and "Signed" columns to fill
// in by hand at each meeting and enter later.
import { useParams, useSearchParams } from 'react-router';
import type { SupervisionMonth, SupervisionRow } from '../../../../shared/contract/supervision';
import { formatUkDate } from '../../../../shared/domain/dates';
import { useSupervisionMonth } from '../../api/supervision';
import { monthTitle, timeWords, whatWords } from '../supervision/words';
import { PrintDocument, PrintMessage } from './PrintDocument';
import { dayAndDate, idAsked, isSetBack, monthAsked, paperStatus } from './printWords';

export function SupervisorMonthPrint() {
  const staffId = idAsked(useParams()['staffId']);
  const [search] = useSearchParams();
  const month = monthAsked(search.get('month'));
  const query = useSupervisionMonth(month ?? '', staffId ?? undefined);
  if (staffId === null) return <PrintMessage alert>This address does not name a supervisor. Go back to the supervision page and choose Print.</PrintMessage>;
  if (month === null) return <PrintMessage alert>Choose a month, like 2026-11.</PrintMessage>;
  if (query.isPending) return <PrintMessage>Loading the month…</PrintMessage>;
  if (query.isError) return <PrintMessage alert>{query.error.message}</PrintMessage>;
  return <SupervisorMonth month={query.data} />;
}

/** Only a meeting still to happen needs its paper columns; one held shows its date, one moved or called off says so. */
function heldOnCell(row: SupervisionRow): string {
  if (row.status === 'held') return formatUkDate(row.heldOn);
  if (row.status === 'planned') return '';
  return 'Not needed';
}

export function SupervisorMonth({ month }: { month: SupervisionMonth }) {
  const who = month.supervisor?.name ?? 'Supervisor';
  const title = `Supervisions with ${who}: ${monthTitle(month.month)}`;
  return (
    <PrintDocument title={title} fileTitle={`Supervisions, ${who}, ${monthTitle(month.month)}`}>
      <p className="print-lead">
        {month.rows.length === 0
          ? `${who} has no supervisions from ${formatUkDate(month.from)} to ${formatUkDate(month.to)}.`
          : `${who}'s supervisions from ${formatUkDate(month.from)} to ${formatUkDate(month.to)}. Fill in "Held on" and sign at each meeting; the office enters it in Peer Office.`}
      </p>
      {month.rows.length > 0 && (
        <table className="print-table print-write-in">
          <colgroup>
            <col style={{ width: '29mm' }} /><col style={{ width: '12mm' }} /><col /><col style={{ width: '32mm' }} /><col style={{ width: '30mm' }} /><col style={{ width: '22mm' }} /><col style={{ width: '26mm' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Date</th><th scope="col">Time</th><th scope="col">Supervisee</th><th scope="col">What</th>
              <th scope="col">Status</th><th scope="col">Held on</th><th scope="col">Signed</th>
            </tr>
          </thead>
          <tbody>
            {month.rows.map((row) => (
              <tr key={row.id} className={isSetBack(row) ? 'print-muted' : undefined}>
                <td className="nowrap">{dayAndDate(row.plannedOn)}</td>
                <td>{timeWords(row.startMinutes)}</td>
                <td>{row.supervisee.name}</td>
                <td>{whatWords(row)}</td>
                <td>{row.status === 'held' ? 'Held' : paperStatus(row)}</td>
                <td className="print-blank">{heldOnCell(row)}</td>
                <td className="print-blank">{isSetBack(row) ? 'Not needed' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PrintDocument>
  );
}
