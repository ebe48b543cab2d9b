// The demo office's supervision, relative to its clock so the home screen has something on the first
// open: coordinators supervise peer supporters (regional coordinators the coordinators), confirmed staff
// meet every six weeks with a few short agreed actions, a handful of peers hold reflective supervision
// with each other, and a few stories: one supervision overdue, one owed by the cadence with none booked,
// one missed and booked again, one rescheduled, one probation ending soon (its last supervision missed
// and not yet made up), one extended at its final review, and a new starter with nobody named to
// supervise them yet. The same in every demo office.
import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { SupervisionType } from '../../../shared/contract/supervision';
import { addDays, isoWeekday, mondayOf, workingDayOnOrBefore } from '../../../shared/domain/pay/calendar';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/domain/pay/uk-defaults';
import { addMonthsClamped } from '../../../shared/domain/staff';
import type { OfficeContext } from '../context';
import type { Db, Sqlite } from '../db/open';
import { people, probationEvents, staff, supervisionActions, supervisionArrangements, supervisions } from '../db/schema';
import { DEMO_APPROVER } from '../rota/demo';
import { extendProbation } from './decisions';
import { makePlan } from './plan';
import { findNamedStaff, supervisionsOf, type StaffDbRow } from './repository';

/** Short, bland lines of what was agreed: never anything clinical, nothing about anyone supported. */
const ACTIONS = [
  'Book the lone-working refresher', 'Read the updated safeguarding policy', 'Shadow a ward visit at another site',
  'Send last month’s mileage claim', 'Arrange a catch-up with the ward manager', 'Try the new group plan and feed back',
  'Take a proper break between ward visits', 'Update the wellbeing group contact list', 'Sign up for the next support session',
  'Book some annual leave for the spring',
] as const;
const TIMES = [600, 630, 660, 840, 900, 930] as const;
const CADENCE_WEEKS = 6;
const EXTENSION_REASON = 'More time to finish the safeguarding training and shadow visits on the wards';

const BANK_HOLIDAYS = ENGLAND_AND_WALES_BANK_HOLIDAYS;
const workingDay = (date: string) => workingDayOnOrBefore(date, BANK_HOLIDAYS);
/** The first working day on or after a date. */
function workingDayFrom(date: string): string {
  let d = date;
  while (isoWeekday(d) >= 6 || BANK_HOLIDAYS.includes(d)) d = addDays(d, 1);
  return d;
}

interface DemoStaff { row: StaffDbRow; joinedOn: string }

type MeetingRow = Omit<typeof supervisions.$inferInsert, 'id'>;

/** A prepared INSERT with its columns read from the schema: a drizzle query built per row would be slower than the rest of this file. */
function preparedInsert<T extends Record<string, unknown>>(sqlite: Sqlite, table: Parameters<typeof getTableColumns>[0], name: string) {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key !== 'id') as [keyof T, { name: string }][];
  const statement = sqlite.prepare(`INSERT INTO ${name} (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  return (row: T): number => Number(statement.run(columns.map(([key]) => row[key] ?? null)).lastInsertRowid);
}

/** Writes rows in the demo's creating transaction, counting agreed actions so each meeting gets different ones. */
class DemoWriter {
  private actionCount = 0;
  private readonly insertMeeting: (row: MeetingRow) => number;
  private readonly insertAction: (row: Omit<typeof supervisionActions.$inferInsert, 'id'>) => number;
  private readonly markDone: (doneInId: number, raisedInId: number) => void;

  constructor(readonly db: Db, sqlite: Sqlite, readonly nowIso: string) {
    this.insertMeeting = preparedInsert<MeetingRow>(sqlite, supervisions, 'supervisions');
    this.insertAction = preparedInsert(sqlite, supervisionActions, 'supervision_actions');
    const done = sqlite.prepare('UPDATE supervision_actions SET done_in_id = ? WHERE raised_in_id = ?');
    this.markDone = (doneInId, raisedInId) => done.run(doneInId, raisedInId);
  }

  meeting(superviseeStaffId: number, supervisorStaffId: number | null, plannedOn: string, status: 'planned' | 'held' | 'missed' | 'rescheduled', extra: { type?: SupervisionType; rescheduledFromId?: number } = {}): number {
    return this.insertMeeting({
      superviseeStaffId, supervisorStaffId, type: extra.type ?? 'one-to-one', planItem: '', plannedOn, startMinutes: TIMES[(superviseeStaffId + plannedOn.charCodeAt(9)) % TIMES.length]!,
      status, heldOn: status === 'held' ? plannedOn : '', outcome: '', rescheduledFromId: extra.rescheduledFromId ?? null, createdAt: this.nowIso, updatedAt: this.nowIso,
    });
  }

  /** Up to two actions at a meeting; those from the meeting before are done at this one. */
  actions(superviseeStaffId: number, meetingId: number, count: number, doneFromMeetingId: number | null): void {
    for (let i = 0; i < count; i++) this.insertAction({ superviseeStaffId, raisedInId: meetingId, text: ACTIONS[this.actionCount++ % ACTIONS.length]!, doneInId: null });
    if (doneFromMeetingId !== null) this.markDone(meetingId, doneFromMeetingId);
  }

  /**
   * Probation meetings dated before today are recorded as held on their day (the mid-point on track); a
   * final review is left to decide. With `missLast`, the last supervision among them was missed instead.
   */
  holdPlanBefore(staffId: number, today: string, withActions: boolean, missLast = false): void {
    const past = supervisionsOf(this.db, staffId).filter((r) => r.status === 'planned' && r.planItem !== '' && r.planItem !== 'final-review' && r.plannedOn < today);
    const missed = missLast ? past.filter((r) => r.planItem === 'supervision').at(-1) : undefined;
    if (missed) this.db.update(supervisions).set({ status: 'missed' }).where(eq(supervisions.id, missed.id)).run();
    let previous: number | null = null;
    for (const r of past) {
      if (r === missed) continue;
      this.db.update(supervisions).set({ status: 'held', heldOn: r.plannedOn, outcome: r.planItem === 'mid-point-review' ? 'on-track' : '' }).where(eq(supervisions.id, r.id)).run();
      if (withActions) this.actions(staffId, r.id, 1, previous);
      previous = r.id;
    }
  }
}

/** Runs inside the demo office's creating transaction, after the staff and before the rota (it moves a few start dates). */
export function populateDemoSupervision(ctx: OfficeContext, today: string): void {
  const db = ctx.db;
  const w = new DemoWriter(db, ctx.sqlite, ctx.now().toISOString());
  const everyone: DemoStaff[] = db.select({ row: staff, joinedOn: people.joinedOn }).from(staff).innerJoin(people, eq(people.id, staff.personId)).orderBy(asc(staff.id)).all();
  if (everyone.length < 2) return;
  const role = (r: string) => everyone.filter((s) => s.row.jobRole === r);
  const coordinators = role('Coordinator');
  const regionals = role('Regional coordinator');
  const peers = role('Peer supporter');

  // Three stories need someone in or near probation: long-serving peer supporters (from the end of the
  // list) are given recent start dates, so the demo has them whatever day it is made.
  const used = new Set<number>();
  const longServing = [...peers].reverse().filter((p) => p.row.probationEndDate < addMonthsClamped(today, -8));
  const restart = (startDate: string): DemoStaff | undefined => {
    const who = longServing.find((p) => !used.has(p.row.id) && p.joinedOn <= startDate);
    if (!who) return undefined;
    used.add(who.row.id);
    who.row = { ...who.row, startDate, probationEndDate: addMonthsClamped(startDate, 6) };
    db.update(staff).set({ startDate, probationEndDate: who.row.probationEndDate }).where(eq(staff.id, who.row.id)).run();
    return who;
  };
  const endingSoon = restart(workingDay(addDays(addMonthsClamped(today, -6), 18))); // probation ends in about two and a half weeks
  const extended = restart(workingDay(addMonthsClamped(today, -7)));
  const newStarter = restart(addDays(mondayOf(today), 14));

  // Supervisors: coordinators for peer supporters, regional coordinators for everyone else and each other.
  const seniors = regionals.length ? regionals : coordinators.length ? coordinators : [everyone[0]!];
  const juniors = coordinators.length ? coordinators : seniors;
  const supervisorOf = (s: DemoStaff, i: number): number | null => {
    if (s === newStarter) return null;
    const pool = s.row.jobRole === 'Peer supporter' ? juniors : seniors;
    const chosen = pool[i % pool.length]!.row.id;
    return chosen !== s.row.id ? chosen : (pool.find((p) => p.row.id !== s.row.id) ?? everyone.find((p) => p.row.id !== s.row.id)!).row.id;
  };
  const supervisor = new Map(everyone.map((s, i) => [s.row.id, supervisorOf(s, i)]));
  db.insert(supervisionArrangements).values(everyone.map((s) => ({ staffId: s.row.id, supervisorStaffId: supervisor.get(s.row.id)!, cadenceWeeks: CADENCE_WEEKS, updatedAt: w.nowIso }))).run();

  // Plans for everyone still in (or not yet started) probation, held up to today.
  for (const s of everyone.filter((x) => x.row.probationEndDate >= today || x === extended)) {
    makePlan(db, s.row, w.nowIso);
    w.holdPlanBefore(s.row.id, today, s !== newStarter, s === endingSoon);
  }
  if (extended) extendAtFinalReview(w, extended, today);

  // Everyone whose probation ended was confirmed on its last working day, then met on the cadence.
  const confirmed = everyone.filter((s) => s.row.probationEndDate < today && !used.has(s.row.id));
  db.insert(probationEvents).values(confirmed.map((s) => ({
    staffId: s.row.id, kind: 'confirmed' as const, onDate: workingDay(s.row.probationEndDate), by: DEMO_APPROVER, recordedAt: w.nowIso,
  }))).run();
  const veterans = confirmed.filter((s) => s.row.probationEndDate < addMonthsClamped(today, -7));
  const story = (n: number) => veterans[n];
  const stories = new Map<number, Story>([
    [story(0)?.row.id ?? -1, 'overdue'], [story(1)?.row.id ?? -1, 'cadence-due'], [story(2)?.row.id ?? -1, 'missed'], [story(3)?.row.id ?? -1, 'rescheduled'],
  ]);
  confirmed.forEach((s, k) => cadenceMeetings(w, s.row, supervisor.get(s.row.id) ?? null, stories.get(s.row.id) ?? 'usual', k, today));

  // Reflective supervision between peers: a few pairs of experienced peer supporters, a few weeks ago.
  const reflective = veterans.filter((s) => s.row.jobRole === 'Peer supporter' && !stories.has(s.row.id)).slice(0, 6);
  // Never on a day they already met their supervisor: booking refuses a second meeting on one day.
  for (let j = 0; j + 1 < reflective.length; j += 2) {
    const superviseeId = reflective[j]!.row.id;
    const taken = new Set(supervisionsOf(db, superviseeId).filter((r) => r.status === 'held' || r.status === 'planned').map((r) => r.heldOn || r.plannedOn));
    let on = workingDay(addDays(today, -17 - 3 * j));
    while (taken.has(on)) on = workingDay(addDays(on, -1));
    w.meeting(superviseeId, reflective[j + 1]!.row.id, on, 'held', { type: 'reflective' });
  }
}

type Story = 'usual' | 'overdue' | 'cadence-due' | 'missed' | 'rescheduled';

/** Held every six weeks up to a recent meeting (never before confirmation), then the next one as the story has it. */
function cadenceMeetings(w: DemoWriter, s: StaffDbRow, supervisorId: number | null, story: Story, k: number, today: string): void {
  const confirmedOn = workingDay(s.probationEndDate);
  const daysAgo = { usual: 3 + ((k * 7) % 36), overdue: 52, 'cadence-due': 46, missed: 55, rescheduled: 40 }[story];
  const last = workingDay(addDays(today, -daysAgo));
  const held = [84, 42, 0].map((d) => workingDay(addDays(last, -d))).filter((d) => d > confirmedOn);
  let previous: number | null = null;
  held.forEach((on, j) => {
    const id = w.meeting(s.id, supervisorId, on, 'held');
    w.actions(s.id, id, (k + j) % 3, previous);
    previous = id;
  });
  const next = workingDay(addDays(held.length ? held[held.length - 1]! : confirmedOn, CADENCE_WEEKS * 7));
  if (story === 'cadence-due') return; // nothing booked: the cadence says one is owed
  if (story === 'missed') {
    w.meeting(s.id, supervisorId, next, 'missed');
    w.meeting(s.id, supervisorId, workingDayFrom(today), 'planned'); // booked again: due this week
  } else if (story === 'rescheduled') {
    const moved = w.meeting(s.id, supervisorId, next, 'rescheduled');
    w.meeting(s.id, supervisorId, workingDayFrom(addDays(next, 7)), 'planned', { rescheduledFromId: moved });
  } else {
    w.meeting(s.id, supervisorId, next < today && story === 'usual' ? workingDayFrom(today) : next, 'planned');
  }
}

/** The final review was held on its day and extended probation by three months; the grown plan is held up to today. */
function extendAtFinalReview(w: DemoWriter, s: DemoStaff, today: string): void {
  const review = supervisionsOf(w.db, s.row.id).find((r) => r.planItem === 'final-review' && r.status === 'planned');
  if (!review || review.plannedOn >= today) return;
  w.db.update(supervisions).set({ status: 'held', heldOn: review.plannedOn, outcome: 'extend' }).where(eq(supervisions.id, review.id)).run();
  w.actions(s.row.id, review.id, 2, null);
  const who = findNamedStaff(w.db, s.row.id)!;
  extendProbation(w.db, who, addMonthsClamped(s.row.probationEndDate, 3), 'newEndDate', { on: review.plannedOn, by: DEMO_APPROVER, reason: EXTENSION_REASON, nowIso: w.nowIso });
  w.holdPlanBefore(s.row.id, today, false);
}
