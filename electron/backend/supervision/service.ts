// Supervision and probation use cases. Each write runs in one transaction, refuses with a plain reason
// (leaving everything as it was) and answers with the person's whole supervision record.
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { AppFailure, refuseField } from '../../../shared/contract/result';
import {
  FINAL_OUTCOMES, MID_POINT_OUTCOMES, PLAN_ITEM_LABELS, SUPERVISION_STATUS_LABELS,
  type decideProbationSchema, type extendProbationSchema, type holdSupervisionSchema, type PersonSupervision, type rescheduleSupervisionSchema,
  type saveArrangementSchema, type saveSupervisionSchema, type setSupervisionStatusSchema, type SupervisionLists, type SupervisionMonth,
} from '../../../shared/contract/supervision';
import { dayHeading, formatUkDate, londonToday } from '../../../shared/domain/dates';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { supervisions } from '../db/schema';
import { assertReviewStillOpen, assertUndecided, confirmProbation, endProbation, extendProbation, type DecisionMeta } from './decisions';
import { supervisionLists, supervisionMonth } from './lists';
import { notFound, personSupervision } from './person';
import { ensureArrangement, makePlan } from './plan';
import {
  findNamedStaff, findSupervision, hasPlanRows, insertActions, insertSupervision, markActionsDone, movePlannedToSupervisor,
  setStatus as writeStatus, supervisionsOf, writeArrangement, type NamedStaff, type SupervisionDbRow,
} from './repository';

const today = (ctx: OfficeContext) => londonToday(ctx.now());

export const person = (ctx: OfficeContext, staffId: number): PersonSupervision => personSupervision(ctx.db, staffId, today(ctx));
export const month = (ctx: OfficeContext, yearMonth: string, supervisorStaffId?: number): SupervisionMonth => supervisionMonth(ctx.db, yearMonth, supervisorStaffId, today(ctx));
export const lists = (ctx: OfficeContext): SupervisionLists => supervisionLists(ctx.db, today(ctx));

const staffOrFail = (db: Db, staffId: number): NamedStaff => findNamedStaff(db, staffId) ?? notFound();

function supervisionOrFail(db: Db, id: number): SupervisionDbRow {
  const row = findSupervision(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'That supervision is no longer on record. Reload the page and try again.');
  return row;
}

/** Only planned meetings can be moved, held, cancelled or missed: the others are history. */
function assertPlanned(row: SupervisionDbRow, action: string): void {
  if (row.status !== 'planned') {
    throw new AppFailure('CONFLICT', `Only a planned supervision can be ${action}: this one is ${SUPERVISION_STATUS_LABELS[row.status].toLowerCase()}.`);
  }
}

/**
 * A supervisor: another member of staff, employed on the day (today for an arrangement, the meeting's
 * date for a meeting). `field` is the input that put it wrong: the supervisor chosen, or the new date
 * of a meeting being rescheduled, which is told so in its own words.
 */
function assertSupervisor(db: Db, supervisorStaffId: number, supervisee: NamedStaff, on: string, field: 'supervisorStaffId' | 'plannedOn'): void {
  const supervisor = findNamedStaff(db, supervisorStaffId);
  if (!supervisor) refuseField(field, 'That supervisor has no staff record. Choose someone from the staff list.');
  if (supervisorStaffId === supervisee.staff.id) refuseField(field, `Choose someone other than ${supervisee.name.name}: nobody supervises themselves.`);
  const { endDate } = supervisor!.staff;
  if (!endDate || endDate >= on) return;
  refuseField(field, field === 'plannedOn'
    ? `${supervisor!.name.name}'s employment ends on ${formatUkDate(endDate)}, so they cannot hold it on ${formatUkDate(on)}. Choose a date up to then, or change who holds it first.`
    : `${supervisor!.name.name} left on ${formatUkDate(endDate)}. Choose someone who works here on ${formatUkDate(on)}.`);
}

/** A meeting's date must fall within the supervisee's employment. */
function assertEmployedOn(who: NamedStaff, date: string, field: string): void {
  const { startDate, endDate } = who.staff;
  if (date < startDate) refuseField(field, `${who.name.name} starts on ${formatUkDate(startDate)}: choose a date from then.`);
  if (endDate && date > endDate) refuseField(field, `${who.name.name}'s employment ends on ${formatUkDate(endDate)}: choose a date up to then.`);
}

/**
 * One meeting a person a day: a second one booked or moved onto a day they already have one planned (or
 * had one held) is nearly always the same meeting twice. A missed or cancelled one does not count: booking
 * again on its day is one way to make it up. `otherwise` says what to do instead of choosing another date.
 */
function assertNoMeetingThatDay(db: Db, who: NamedStaff, date: string, otherwise: string): void {
  const clash = supervisionsOf(db, who.staff.id).find((r) => (r.status === 'planned' && r.plannedOn === date) || (r.status === 'held' && r.heldOn === date));
  if (!clash) return;
  const what = PLAN_ITEM_LABELS[clash.planItem].toLowerCase();
  refuseField('plannedOn', clash.status === 'held'
    ? `${who.name.name}'s ${what} on ${dayHeading(date)} is already recorded as held: one meeting a day is enough. Choose another date.`
    : `${who.name.name} already has a ${what} planned on ${dayHeading(date)}. Choose another date${otherwise}.`);
}

export function saveArrangement(ctx: OfficeContext, input: z.output<typeof saveArrangementSchema>): PersonSupervision {
  const day = today(ctx);
  const nowIso = ctx.now().toISOString();
  ctx.sqlite.transaction(() => {
    const who = staffOrFail(ctx.db, input.staffId);
    if (input.supervisorStaffId !== null) assertSupervisor(ctx.db, input.supervisorStaffId, who, day, 'supervisorStaffId');
    const before = ensureArrangement(ctx.db, who.staff.id, nowIso);
    writeArrangement(ctx.db, { staffId: who.staff.id, supervisorStaffId: input.supervisorStaffId, cadenceWeeks: input.cadenceWeeks, updatedAt: nowIso });
    if (before.supervisorStaffId !== input.supervisorStaffId) {
      movePlannedToSupervisor(ctx.db, who.staff.id, day, before.supervisorStaffId, input.supervisorStaffId, nowIso);
    }
  })();
  return person(ctx, input.staffId);
}

/** The plan for a record made before plans existed. */
export function createPlan(ctx: OfficeContext, staffId: number): PersonSupervision {
  ctx.sqlite.transaction(() => {
    const who = staffOrFail(ctx.db, staffId);
    if (hasPlanRows(ctx.db, staffId)) {
      throw new AppFailure('CONFLICT', `${who.name.name} already has a probation plan. Change its meetings one at a time, or edit the dates on the staff record to plan it again.`);
    }
    assertUndecided(ctx.db, who);
    makePlan(ctx.db, who.staff, ctx.now().toISOString());
  })();
  return person(ctx, staffId);
}

/**
 * Books a supervision by hand, or changes the supervisor, type or time of a planned one (its date moves
 * only by rescheduling). A past date is allowed: a meeting that happened without being booked is recorded
 * by booking it and then recording it as held, and until then it shows as overdue, asking for just that.
 * A weekend or bank holiday is allowed too (peer supporters visit some wards on Saturdays, and may meet
 * then); the form says so beside the date before it is saved, as the reschedule form does.
 */
export function save(ctx: OfficeContext, input: z.output<typeof saveSupervisionSchema>): PersonSupervision {
  const nowIso = ctx.now().toISOString();
  ctx.sqlite.transaction(() => {
    const who = staffOrFail(ctx.db, input.superviseeStaffId);
    const existing = input.id === undefined ? undefined : supervisionOrFail(ctx.db, input.id);
    if (existing) {
      if (existing.superviseeStaffId !== who.staff.id) refuseField('superviseeStaffId', `A supervision stays with the person it was planned for: book a new one for ${who.name.name} instead.`);
      assertPlanned(existing, 'changed');
      if (existing.plannedOn !== input.plannedOn) refuseField('plannedOn', `To move it from ${formatUkDate(existing.plannedOn)} to another date, reschedule it: the record keeps both dates.`);
    } else {
      assertEmployedOn(who, input.plannedOn, 'plannedOn');
    }
    if (input.supervisorStaffId !== null) assertSupervisor(ctx.db, input.supervisorStaffId, who, input.plannedOn, 'supervisorStaffId');
    if (!existing) assertNoMeetingThatDay(ctx.db, who, input.plannedOn, ", or change that one's supervisor, type or time instead");
    const columns = { supervisorStaffId: input.supervisorStaffId, type: input.type, startMinutes: input.startMinutes, updatedAt: nowIso };
    if (existing) {
      ctx.db.update(supervisions).set(columns).where(eq(supervisions.id, existing.id)).run();
    } else {
      insertSupervision(ctx.db, {
        ...columns, superviseeStaffId: who.staff.id, planItem: '', plannedOn: input.plannedOn, status: 'planned', heldOn: '', outcome: '', rescheduledFromId: null, createdAt: nowIso,
      });
    }
  })();
  return person(ctx, input.superviseeStaffId);
}

/** The old row is kept as 'rescheduled' and a new one planned in its place, so the history shows the move. */
export function reschedule(ctx: OfficeContext, input: z.output<typeof rescheduleSupervisionSchema>): PersonSupervision {
  const day = today(ctx);
  const nowIso = ctx.now().toISOString();
  const staffId = ctx.sqlite.transaction(() => {
    const row = supervisionOrFail(ctx.db, input.id);
    const who = staffOrFail(ctx.db, row.superviseeStaffId);
    assertReviewStillOpen(ctx.db, who, row.planItem, 'rescheduled');
    assertPlanned(row, 'rescheduled');
    if (input.plannedOn === row.plannedOn) refuseField('plannedOn', `It is already planned for ${formatUkDate(row.plannedOn)}. To change only the time, edit the supervision.`);
    if (input.plannedOn < day) refuseField('plannedOn', 'Choose today or a later date. To record a meeting that happened on another day, record it as held on that date.');
    assertEmployedOn(who, input.plannedOn, 'plannedOn');
    assertNoMeetingThatDay(ctx.db, who, input.plannedOn, ', or cancel this one if that meeting covers it');
    if (row.supervisorStaffId !== null) assertSupervisor(ctx.db, row.supervisorStaffId, who, input.plannedOn, 'plannedOn');
    writeStatus(ctx.db, row.id, 'rescheduled', nowIso);
    const { id: _id, createdAt: _created, ...copy } = row;
    insertSupervision(ctx.db, { ...copy, plannedOn: input.plannedOn, startMinutes: input.startMinutes, status: 'planned', rescheduledFromId: row.id, createdAt: nowIso, updatedAt: nowIso });
    return row.superviseeStaffId;
  })();
  return person(ctx, staffId);
}

type HoldInput = z.output<typeof holdSupervisionSchema>;

function assertOutcome(row: SupervisionDbRow, outcome: HoldInput['outcome']): void {
  const label = PLAN_ITEM_LABELS[row.planItem].toLowerCase();
  if (row.planItem === 'mid-point-review' && !(MID_POINT_OUTCOMES as readonly string[]).includes(outcome)) {
    refuseField('outcome', 'Choose the outcome of the mid-point review: on track, extra support agreed, or concerns raised.');
  }
  if (row.planItem === 'final-review' && !(FINAL_OUTCOMES as readonly string[]).includes(outcome)) {
    refuseField('outcome', 'Choose the decision of the final review: confirm in post, extend probation, or end employment.');
  }
  if (row.planItem !== 'mid-point-review' && row.planItem !== 'final-review' && outcome !== '') {
    refuseField('outcome', `Only probation reviews have an outcome: clear it for this ${label}.`);
  }
}

/** Records a meeting as held: its outcome (reviews), the actions now done, and those newly agreed. */
export function hold(ctx: OfficeContext, input: HoldInput): PersonSupervision {
  const day = today(ctx);
  const nowIso = ctx.now().toISOString();
  const staffId = ctx.sqlite.transaction(() => {
    const row = supervisionOrFail(ctx.db, input.id);
    const who = staffOrFail(ctx.db, row.superviseeStaffId);
    assertReviewStillOpen(ctx.db, who, row.planItem, 'held');
    assertPlanned(row, 'recorded as held');
    if (input.heldOn > day) refuseField('heldOn', 'Record a meeting as held once it has happened: choose today or an earlier date.');
    if (input.heldOn < who.staff.startDate) refuseField('heldOn', `${who.name.name} started on ${formatUkDate(who.staff.startDate)}: choose a date from then.`);
    assertOutcome(row, input.outcome);
    const doneIds = [...new Set(input.doneActionIds)];
    ctx.db.update(supervisions).set({ status: 'held', heldOn: input.heldOn, outcome: input.outcome, updatedAt: nowIso }).where(eq(supervisions.id, row.id)).run();
    if (markActionsDone(ctx.db, who.staff.id, doneIds, row.id) !== doneIds.length) {
      refuseField('doneActionIds', `An action marked done is no longer open for ${who.name.name}. Reload the page and choose again.`);
    }
    insertActions(ctx.db, who.staff.id, row.id, input.newActions);
    const meta: DecisionMeta = { on: input.heldOn, by: input.by, reason: input.reason, nowIso };
    if (input.outcome === 'confirm') confirmProbation(ctx.db, who, meta);
    if (input.outcome === 'extend') extendProbation(ctx.db, who, input.extendTo, 'extendTo', meta);
    if (input.outcome === 'end') endProbation(ctx.db, who, input.lastDay, 'lastDay', meta);
    return who.staff.id;
  })();
  return person(ctx, staffId);
}

/** Cancel or mark missed a planned meeting; or put one cancelled or missed by mistake back to planned. */
export function setStatus(ctx: OfficeContext, input: z.output<typeof setSupervisionStatusSchema>): PersonSupervision {
  const day = today(ctx);
  const nowIso = ctx.now().toISOString();
  const staffId = ctx.sqlite.transaction(() => {
    const row = supervisionOrFail(ctx.db, input.id);
    const who = staffOrFail(ctx.db, row.superviseeStaffId);
    if (input.status === 'planned') {
      if (row.status !== 'cancelled' && row.status !== 'missed') {
        throw new AppFailure('CONFLICT', `Only a cancelled or missed supervision can be put back to planned: this one is ${SUPERVISION_STATUS_LABELS[row.status].toLowerCase()}.`);
      }
      assertRestorable(ctx.db, row, who);
    } else {
      assertPlanned(row, input.status === 'missed' ? 'marked missed' : 'cancelled');
      if (input.status === 'missed' && row.plannedOn > day) {
        refuseField('status', `It is planned for ${formatUkDate(row.plannedOn)}, so it cannot have been missed yet. Cancel it if it will not happen, or reschedule it.`);
      }
    }
    writeStatus(ctx.db, row.id, input.status, nowIso);
    return who.staff.id;
  })();
  return person(ctx, staffId);
}

/** Back to planned only where it could still happen, and never as a second final review. */
function assertRestorable(db: Db, row: SupervisionDbRow, who: NamedStaff): void {
  const { endDate } = who.staff;
  if (endDate && row.plannedOn > endDate) {
    throw new AppFailure('CONFLICT', `${who.name.name}'s employment ends on ${formatUkDate(endDate)}, so a meeting on ${formatUkDate(row.plannedOn)} cannot be planned.`);
  }
  assertReviewStillOpen(db, who, row.planItem, 'put back to planned');
  if (row.planItem === 'final-review') {
    const other = db.select().from(supervisions).where(and(
      eq(supervisions.superviseeStaffId, who.staff.id), eq(supervisions.planItem, 'final-review'), eq(supervisions.status, 'planned'), ne(supervisions.id, row.id),
    )).get();
    if (other) throw new AppFailure('CONFLICT', `A final review is already planned for ${formatUkDate(other.plannedOn)}. Hold that one: probation has one final review.`);
  }
}

/** Extends probation outside a final review: the unheld final review is cancelled and the plan grows to the new end. */
export function extend(ctx: OfficeContext, input: z.output<typeof extendProbationSchema>): PersonSupervision {
  const nowIso = ctx.now().toISOString();
  ctx.sqlite.transaction(() => {
    const who = staffOrFail(ctx.db, input.staffId);
    assertUndecided(ctx.db, who);
    extendProbation(ctx.db, who, input.newEndDate, 'newEndDate', { on: today(ctx), by: input.by, reason: input.reason, nowIso });
  })();
  return person(ctx, input.staffId);
}

/** Records the decision outside a final review: confirmed in post, or employment ends. */
export function decide(ctx: OfficeContext, input: z.output<typeof decideProbationSchema>): PersonSupervision {
  const nowIso = ctx.now().toISOString();
  ctx.sqlite.transaction(() => {
    const who = staffOrFail(ctx.db, input.staffId);
    assertUndecided(ctx.db, who);
    if (input.on > today(ctx)) refuseField('on', 'Record a decision once it is made: choose today or an earlier date.');
    if (input.on < who.staff.startDate) refuseField('on', `${who.name.name} started on ${formatUkDate(who.staff.startDate)}: choose a date from then.`);
    const meta: DecisionMeta = { on: input.on, by: input.by, reason: input.reason, nowIso };
    if (input.decision === 'confirm') confirmProbation(ctx.db, who, meta);
    else endProbation(ctx.db, who, input.lastDay, 'lastDay', meta);
  })();
  return person(ctx, input.staffId);
}
