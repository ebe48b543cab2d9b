// Probation meetings that were missed and not yet made up, for the home screen: monthly supervision is
// what probation is judged on, so a gap left by a missed meeting should be filled, not noticed a month
// later when the next one comes round.
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/open';
import { supervisions } from '../db/schema';
import type { StaffSupervisionPicture } from './lists';
import { supervisionsOf, type SupervisionDbRow } from './repository';

export interface MissedToMakeUp { person: StaffSupervisionPicture; missed: SupervisionDbRow }

/**
 * Made up once a meeting on or after its day has been held, or booked by hand, or rescheduled onto a
 * day from then on: someone has acted on it. The plan's own next meeting, still planned as it always was,
 * does not count: it was going to happen anyway, and may be a month away.
 */
function madeUp(missed: SupervisionDbRow, rows: readonly SupervisionDbRow[]): boolean {
  return rows.some((r) => r.id !== missed.id && (
    (r.status === 'held' && (r.heldOn || r.plannedOn) >= missed.plannedOn) ||
    (r.status === 'planned' && r.plannedOn >= missed.plannedOn && (r.planItem === '' || r.rescheduledFromId !== null))));
}

/**
 * For each current member of staff whose probation is not yet decided, their latest missed probation
 * meeting when nothing has made it up; one line a person is enough to send the office to their record.
 */
export function missedProbationMeetings(db: Db, people: readonly StaffSupervisionPicture[]): MissedToMakeUp[] {
  const missedRows = db.select().from(supervisions).where(and(eq(supervisions.status, 'missed'), ne(supervisions.planItem, ''))).all();
  if (missedRows.length === 0) return [];
  const undecided = new Map(people.filter((p) => p.isCurrent && (p.state === 'in-probation' || p.state === 'overdue-decision')).map((p) => [p.who.staff.id, p]));
  const latest = new Map<number, SupervisionDbRow>();
  for (const r of missedRows) {
    const before = latest.get(r.superviseeStaffId);
    if (undecided.has(r.superviseeStaffId) && (!before || r.plannedOn > before.plannedOn)) latest.set(r.superviseeStaffId, r);
  }
  const found: MissedToMakeUp[] = [];
  for (const [staffId, missed] of latest) {
    if (!madeUp(missed, supervisionsOf(db, staffId))) found.push({ person: undecided.get(staffId)!, missed });
  }
  return found;
}
