// The year's county-wide support sessions on paper: the calendar, who has not been to any, then a
// register for each session (a page each, to take to the session) with a column to tick.
import { useSearchParams } from 'react-router';
import { SUPPORT_ATTENDANCE_LABELS, type SupportSession, type SupportYear } from '../../../../shared/contract/supervision';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatClock } from '../../../../shared/domain/pay/shift';
import { useSupportYear } from '../../api/support';
import { PrintDocument, PrintMessage } from './PrintDocument';
import { dayAndDate, yearAsked } from './printWords';

/** Room to add people who come without an invitation. */
const BLANK_REGISTER_ROWS = 3;

export function SupportYearPrint() {
  const [search] = useSearchParams();
  const year = yearAsked(search.get('year'));
  const query = useSupportYear(year ?? 0);
  if (year === null) return <PrintMessage alert>Choose a year, like 2026.</PrintMessage>;
  if (query.isPending) return <PrintMessage>Loading the support sessions…</PrintMessage>;
  if (query.isError) return <PrintMessage alert>{query.error.message}</PrintMessage>;
  return <SupportCalendar year={query.data} />;
}

const timesOf = (s: SupportSession) => `${formatClock(s.startMinutes)} to ${formatClock(s.endMinutes)}`;
const placeOf = (s: SupportSession) => (s.place.site && s.place.site !== s.place.name ? `${s.place.name}, ${s.place.site}` : s.place.name);

export function SupportCalendar({ year }: { year: SupportYear }) {
  const title = `Support sessions ${year.year}`;
  return (
    <PrintDocument title={title}>
      <h2>The year's sessions</h2>
      {year.sessions.length === 0 ? (
        <p>No support sessions are booked for {year.year}.</p>
      ) : (
        <table className="print-table">
          <colgroup><col style={{ width: '29mm' }} /><col style={{ width: '27mm' }} /><col style={{ width: '40mm' }} /><col /><col style={{ width: '17mm' }} /><col style={{ width: '20mm' }} /></colgroup>
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Time</th><th scope="col">Place</th><th scope="col">Theme</th><th scope="col" className="num">Invited</th><th scope="col" className="num">Attended</th></tr>
          </thead>
          <tbody>
            {year.sessions.map((s) => (
              <tr key={s.id}>
                <td className="nowrap">{dayAndDate(s.date)}</td><td className="nowrap">{timesOf(s)}</td><td>{placeOf(s)}</td><td>{s.theme}</td>
                <td className="num">{s.attendees.length}</td><td className="num">{s.counts.attended}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Not attended any this year</h2>
      {year.notAttended.length === 0 ? (
        <p>Everyone on the staff has attended at least one session this year.</p>
      ) : (
        <ul className="print-names">{year.notAttended.map((p) => <li key={p.staffId}>{p.name}</li>)}</ul>
      )}

      {year.sessions.map((s, i) => <Register key={s.id} session={s} number={i + 1} of={year.sessions.length} />)}
    </PrintDocument>
  );
}

function Register({ session, number, of }: { session: SupportSession; number: number; of: number }) {
  return (
    <section className="print-register" aria-labelledby={`register-${session.id}`}>
      <table className="print-table print-register-table">
        <colgroup><col /><col style={{ width: '42mm' }} /><col style={{ width: '33mm' }} /></colgroup>
        <thead>
          {/* In the table's head, so a register running onto a second page still says which session it is. */}
          <tr className="print-table-title">
            <th colSpan={3} scope="colgroup">
              <h2 id={`register-${session.id}`}>Register: session {number} of {of}, {dayAndDate(session.date)}</h2>
              <p className="print-lead">{timesOf(session)} at {placeOf(session)}. Theme: {session.theme}.</p>
            </th>
          </tr>
          <tr><th scope="col">Name</th><th scope="col">Recorded so far</th><th scope="col">Tick if attended</th></tr>
        </thead>
        <tbody>
          {session.attendees.map((a) => (
            <tr key={a.staffId}>
              <td>{a.name}</td>
              <td>{SUPPORT_ATTENDANCE_LABELS[a.status]}{a.status === 'invited' && a.invitedOn ? ` on ${formatUkDate(a.invitedOn)}` : ''}</td>
              <td><span className="print-tick-box" aria-hidden="true" /><span className="visually-hidden">A box to tick</span></td>
            </tr>
          ))}
          {Array.from({ length: BLANK_REGISTER_ROWS }, (_, n) => (
            <tr key={`blank-${n}`}>
              <td className="print-blank" /><td className="print-blank" /><td><span className="print-tick-box" aria-hidden="true" /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {session.attendees.length === 0 && <p>Nobody is invited yet: write names in by hand.</p>}
    </section>
  );
}
