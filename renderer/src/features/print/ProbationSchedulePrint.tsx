// A person's probation and supervision schedule on paper: who, when probation ends, every meeting planned
// or held, decisions and extensions, the actions agreed, and a place for both to sign.
import { useParams } from 'react-router';
import {
  PROBATION_STATE_LABELS, REVIEW_OUTCOME_LABELS, type PersonSupervision, type ProbationEvent, type SupervisionAction,
} from '../../../../shared/contract/supervision';
import { formatUkDate } from '../../../../shared/domain/dates';
import { usePersonSupervision } from '../../api/supervision';
import { cadenceWords, timeWords, whatWords } from '../supervision/words';
import { PrintDocument, PrintMessage } from './PrintDocument';
import { dayAndDate, idAsked, isSetBack, paperStatus } from './printWords';

export function ProbationSchedulePrint() {
  const staffId = idAsked(useParams()['staffId']);
  const person = usePersonSupervision(staffId ?? 0);
  if (staffId === null) return <PrintMessage alert>This address does not name a member of staff. Go back to their record and choose Print.</PrintMessage>;
  if (person.isPending) return <PrintMessage>Loading the probation schedule…</PrintMessage>;
  if (person.isError) return <PrintMessage alert>{person.error.message}</PrintMessage>;
  return <ProbationSchedule person={person.data} />;
}

export function ProbationSchedule({ person }: { person: PersonSupervision }) {
  const { staff, probation, supervisor } = person;
  const title = `Probation and supervision: ${staff.name}`;
  return (
    <PrintDocument title={title} fileTitle={`Probation schedule, ${staff.name}`}>
      <dl className="print-details">
        <div><dt>Name</dt><dd>{staff.name}</dd></div>
        <div><dt>Job role</dt><dd>{staff.jobRole || 'Not recorded'}</dd></div>
        <div><dt>Started</dt><dd>{formatUkDate(staff.startDate)}</dd></div>
        <div>
          <dt>Probation ends</dt>
          <dd>
            {formatUkDate(probation.endDate)}
            {probation.originalEndDate && probation.originalEndDate !== probation.endDate && ` (extended; first agreed ${formatUkDate(probation.originalEndDate)})`}
          </dd>
        </div>
        <div><dt>Supervisor</dt><dd>{supervisor?.name ?? 'Nobody named yet'}</dd></div>
        <div><dt>Probation status</dt><dd>{PROBATION_STATE_LABELS[probation.state]}</dd></div>
        <div><dt>After probation</dt><dd>Supervision {cadenceWords(person.cadenceWeeks)}{person.nextDue && `; next due by ${formatUkDate(person.nextDue)}`}</dd></div>
        {staff.endDate && <div><dt>Left</dt><dd>{formatUkDate(staff.endDate)}</dd></div>}
      </dl>

      <h2>Meetings</h2>
      {person.supervisions.length === 0 ? (
        <p>No meetings are planned yet.</p>
      ) : (
        <table className="print-table">
          <colgroup>
            <col style={{ width: '29mm' }} /><col style={{ width: '12mm' }} /><col /><col style={{ width: '34mm' }} /><col style={{ width: '33mm' }} /><col style={{ width: '36mm' }} />
          </colgroup>
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Time</th><th scope="col">What</th><th scope="col">Supervisor</th><th scope="col">Status</th><th scope="col">Outcome</th></tr>
          </thead>
          <tbody>
            {person.supervisions.map((row) => (
              <tr key={row.id} className={isSetBack(row) ? 'print-muted' : undefined}>
                <td className="nowrap">
                  {dayAndDate(row.plannedOn)}
                  {row.rescheduledFrom && <span className="print-small">moved from {formatUkDate(row.rescheduledFrom)}</span>}
                </td>
                <td>{timeWords(row.startMinutes)}</td>
                <td>{whatWords(row)}</td>
                <td>{row.supervisor?.name ?? 'Not named yet'}</td>
                <td>{paperStatus(row)}</td>
                <td>{row.outcome ? REVIEW_OUTCOME_LABELS[row.outcome] : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Decisions and extensions</h2>
      {probation.events.length === 0 ? <p>No decision or extension is recorded yet.</p> : <EventsTable events={probation.events} />}

      <h2>Agreed actions</h2>
      <ActionsTable actions={person.supervisions.flatMap((s) => s.actions)} />

      <Signatures supervisee={staff.name} supervisor={supervisor?.name ?? ''} />
    </PrintDocument>
  );
}

function eventWords(e: ProbationEvent): string {
  if (e.kind === 'extended') return `Extended from ${formatUkDate(e.previousEndDate)} to ${formatUkDate(e.newEndDate)}`;
  if (e.kind === 'confirmed') return 'Confirmed in post';
  return 'Probation not passed: employment ends';
}

function EventsTable({ events }: { events: ProbationEvent[] }) {
  return (
    <table className="print-table">
      <colgroup><col style={{ width: '22mm' }} /><col style={{ width: '52mm' }} /><col /><col style={{ width: '32mm' }} /></colgroup>
      <thead><tr><th scope="col">Date</th><th scope="col">Decision</th><th scope="col">Reason</th><th scope="col">Recorded by</th></tr></thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}><td className="nowrap">{formatUkDate(e.onDate)}</td><td>{eventWords(e)}</td><td>{e.reason}</td><td>{e.by}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

function ActionsTable({ actions }: { actions: SupervisionAction[] }) {
  if (actions.length === 0) return <p>No actions are agreed yet.</p>;
  const sorted = [...actions].sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.id - b.id);
  return (
    <table className="print-table">
      <colgroup><col /><col style={{ width: '26mm' }} /><col style={{ width: '26mm' }} /></colgroup>
      <thead><tr><th scope="col">Action</th><th scope="col">Agreed on</th><th scope="col">Done</th></tr></thead>
      <tbody>
        {sorted.map((a) => (
          <tr key={a.id}><td>{a.text}</td><td className="nowrap">{formatUkDate(a.raisedOn)}</td><td className="nowrap">{a.doneOn ? formatUkDate(a.doneOn) : 'Open'}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

/** Signed on paper by both: the record that the schedule was seen and agreed. */
function Signatures({ supervisee, supervisor }: { supervisee: string; supervisor: string }) {
  return (
    <section className="print-signatures" aria-label="Signatures">
      {[['Supervisor', supervisor], ['Supervisee', supervisee]].map(([role, name]) => (
        <div key={role}>
          <p className="print-sign-role">{role}{name ? `: ${name}` : ''}</p>
          <div className="print-sign-line"><span>Signature</span></div>
          <div className="print-sign-line print-sign-date"><span>Date</span></div>
        </div>
      ))}
    </section>
  );
}
