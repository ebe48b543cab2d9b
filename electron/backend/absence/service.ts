// Absence use cases. Each write runs in one transaction, refuses with a plain reason (leaving every table
// as it was), offers any wellbeing check-in the new figures call for in that same transaction, and answers
// with the person's whole absence record.
import type { z } from 'zod';
import type {
  AbsenceOverview, AbsenceSettings, AbsenceType, PersonAbsence, recordCheckinSchema, returnToWorkSchema, saveAbsenceSchema,
  saveAbsenceTypeSchema, saveAdjustmentSchema,
} from '../../../shared/contract/absence';
import { AppFailure, refuseField as refuse } from '../../../shared/contract/result';
import { formatUkDate, isIsoDate, londonToday } from '../../../shared/domain/dates';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { isCurrentStaff } from '../staff/warnings';
import { offerCheckins } from './checkins';
import { figuresFor, loadFigureContext, toAbsence } from './figures';
import { absenceOverview } from './overview';
import {
  absencesOf, adjustmentFor, checkinsOf, deleteAbsence, findAbsence, findCheckin, insertAbsence, insertType, listTypes,
  closeLowerCheckins, toCheckin, updateAbsence, updateType, writeAdjustment, writeCheckinOutcome, writeReturnToWork, type AbsenceDbRow, type NamedStaff,
} from './repository';
import { findNamedStaff } from '../supervision/repository';
import { readAbsenceSettings, writeAbsenceSettings } from './settings';

type SaveAbsence = z.output<typeof saveAbsenceSchema>;

const today = (ctx: OfficeContext) => londonToday(ctx.now());

function staffOrFail(db: Db, staffId: number): NamedStaff {
  const who = findNamedStaff(db, staffId);
  if (!who) throw new AppFailure('NOT_FOUND', 'That staff record no longer exists. Open the person again from the register.');
  return who;
}

function absenceOrFail(db: Db, id: number): AbsenceDbRow {
  const row = findAbsence(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'That absence is no longer on record. It may have been deleted: reload the page.');
  return row;
}

// ---------------------------------------------------------------------------------------------------
// Reading

export function personAbsence(db: Db, staffId: number, day: string): PersonAbsence {
  const who = staffOrFail(db, staffId);
  const rows = absencesOf(db, staffId);
  const fc = loadFigureContext(db, day, rows, { staffId, withApprovedSsp: true });
  return {
    staff: { staffId, personId: who.name.personId, name: who.name.name, isCurrent: isCurrentStaff(who.staff, day) },
    absences: rows.map((r) => toAbsence(fc, r)),
    figures: figuresFor(fc, staffId, rows),
    adjustment: adjustmentFor(fc.adjustments, staffId),
    checkins: checkinsOf(db, staffId).map((c) => toCheckin(c, who)),
  };
}

export const person = (ctx: OfficeContext, staffId: number): PersonAbsence => personAbsence(ctx.db, staffId, today(ctx));

/**
 * Run on each unlock: the days pass without any write (someone still off sick adds a day lost each day),
 * so a review point reached that way gets its check-in here, in one transaction.
 */
export function upkeep(ctx: OfficeContext): void {
  const day = today(ctx);
  ctx.sqlite.transaction(() => offerCheckins(ctx.db, day, ctx.now().toISOString()))();
}
export const overview = (ctx: OfficeContext): AbsenceOverview => absenceOverview(ctx.db, today(ctx));
export const types = (ctx: OfficeContext): AbsenceType[] => listTypes(ctx.db);
export const settings = (ctx: OfficeContext): AbsenceSettings => readAbsenceSettings(ctx.db);

// ---------------------------------------------------------------------------------------------------
// Absences

/** 'YYYY-MM-DDTHH:MM' with a real date and a real time (the schema checks only the shape). */
const isLocalDateTime = (v: string): boolean => isIsoDate(v.slice(0, 10)) && Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60;

const spellWords = (r: Pick<AbsenceDbRow, 'firstDay' | 'lastDay'>): string =>
  r.lastDay === '' ? `from ${formatUkDate(r.firstDay)}, still off` : r.lastDay === r.firstDay ? `on ${formatUkDate(r.firstDay)}` : `from ${formatUkDate(r.firstDay)} to ${formatUkDate(r.lastDay)}`;

function checkAbsence(db: Db, input: SaveAbsence, existing: AbsenceDbRow | undefined, who: NamedStaff, day: string): void {
  const name = who.name.name;
  if (existing && existing.staffId !== input.staffId) refuse('staffId', `An absence stays with the person it was recorded for: record a new one for ${name} instead.`);
  const type = listTypes(db).find((t) => t.id === input.typeId);
  if (!type) refuse('typeId', 'That kind of absence is no longer on the list. Choose another.');
  // A retired kind stays on the absences that already had it, but is not chosen for new ones.
  if (!type!.active && existing?.typeId !== type!.id) refuse('typeId', `${type!.name} is no longer in use. Choose another kind, or bring it back in Settings, Absence.`);
  if (input.certification === 'fit-note' && !type!.isSickness) refuse('certification', `A fit note is for sickness, and ${type!.name} is not a kind of sickness: choose self-certified, or a kind of sickness.`);

  const { startDate, endDate } = who.staff;
  if (input.firstDay < startDate) refuse('firstDay', `${name} started on ${formatUkDate(startDate)}: enter a first day off from then.`);
  if (endDate && input.firstDay > endDate) refuse('firstDay', `${name}'s employment ended on ${formatUkDate(endDate)}: enter a first day off up to then.`);
  if (endDate && input.lastDay > endDate) refuse('lastDay', `${name}'s employment ended on ${formatUkDate(endDate)}: enter a last day off up to then.`);
  if (!input.lastDay && input.firstDay > day) refuse('lastDay', 'Enter the last day off: an absence that has not begun yet needs one. Leave it empty only while someone is off now.');
  if (input.returnedOn > day) refuse('returnedOn', `Enter the day they came back, up to today (${formatUkDate(day)}), or leave it empty until they are back.`);
  if (input.reportedAt && !isLocalDateTime(input.reportedAt)) refuse('reportedAt', 'Enter when it was reported as a real date and time, like 27/11/2026 08:15');

  // Two records for one day would count it twice in every figure.
  const end = input.lastDay || '9999-12-31';
  const clash = absencesOf(db, input.staffId).find((a) => a.id !== existing?.id && a.firstDay <= end && input.firstDay <= (a.lastDay || '9999-12-31'));
  if (clash) {
    refuse('firstDay', `${name} already has an absence recorded ${spellWords(clash)}. Change that one, or choose days that do not overlap it.`, 'CONFLICT');
  }
}

export function save(ctx: OfficeContext, input: SaveAbsence): PersonAbsence {
  const day = today(ctx);
  const nowIso = ctx.now().toISOString();
  ctx.sqlite.transaction(() => {
    const who = staffOrFail(ctx.db, input.staffId);
    const existing = input.id === undefined ? undefined : absenceOrFail(ctx.db, input.id);
    checkAbsence(ctx.db, input, existing, who, day);
    const selfCertified = input.certification === 'self';
    const values = {
      staffId: input.staffId, typeId: input.typeId, firstDay: input.firstDay, lastDay: input.lastDay, partDayMinutes: input.partDayMinutes,
      reportedBy: input.reportedBy, reportedAt: input.reportedAt, certification: input.certification,
      // Fit note dates mean nothing on a self-certified absence: they are not kept to confuse a later reader.
      fitNoteFrom: selfCertified ? '' : input.fitNoteFrom, fitNoteTo: selfCertified ? '' : input.fitNoteTo,
      returnedOn: input.returnedOn, reason: input.reason, updatedAt: nowIso,
    };
    if (existing) updateAbsence(ctx.db, existing.id, values);
    else insertAbsence(ctx.db, values, nowIso);
    offerCheckins(ctx.db, day, nowIso, [input.staffId]);
  })();
  return person(ctx, input.staffId);
}

export function remove(ctx: OfficeContext, id: number): PersonAbsence {
  const day = today(ctx);
  const staffId = ctx.sqlite.transaction(() => {
    const existing = absenceOrFail(ctx.db, id);
    deleteAbsence(ctx.db, id);
    offerCheckins(ctx.db, day, ctx.now().toISOString(), [existing.staffId]);
    return existing.staffId;
  })();
  return person(ctx, staffId);
}

export function returnToWork(ctx: OfficeContext, input: z.output<typeof returnToWorkSchema>): PersonAbsence {
  const day = today(ctx);
  const staffId = ctx.sqlite.transaction(() => {
    const row = absenceOrFail(ctx.db, input.id);
    const name = staffOrFail(ctx.db, row.staffId).name.name;
    if (!row.lastDay) refuse('heldOn', `${name} is still off: record their last day off first, then the conversation once they are back.`);
    if (input.heldOn > day) refuse('heldOn', `Enter the date it was held, up to today (${formatUkDate(day)}): record the conversation once it has happened.`);
    if (input.heldOn < row.lastDay) refuse('heldOn', `Enter a date from ${formatUkDate(row.lastDay)}, their last day off: the conversation is held as they come back.`);
    const values = { rtwHeldOn: input.heldOn, rtwBy: input.by, rtwSupport: input.support, updatedAt: ctx.now().toISOString() };
    writeReturnToWork(ctx.db, row.id, values);
    // One conversation covers the earlier spells still waiting for one (the home screen asks for one
    // conversation per person), so they stop being chased too.
    for (const earlier of earlierWaiting(ctx.db, row, input.heldOn)) writeReturnToWork(ctx.db, earlier.id, values);
    return row.staffId;
  })();
  return person(ctx, staffId);
}

/** The person's sickness absences before this one, over by `heldOn`, whose conversation is still to hold. */
function earlierWaiting(db: Db, row: AbsenceDbRow, heldOn: string): AbsenceDbRow[] {
  const types = listTypes(db);
  return absencesOf(db, row.staffId).filter((a) => a.id !== row.id && a.rtwHeldOn === '' && a.lastDay !== '' && a.lastDay < row.firstDay
    && a.lastDay <= heldOn && types.find((t) => t.id === a.typeId)?.isSickness === true);
}

// ---------------------------------------------------------------------------------------------------
// Adjustments, check-ins

export function saveAdjustment(ctx: OfficeContext, input: z.output<typeof saveAdjustmentSchema>): PersonAbsence {
  const day = today(ctx);
  const nowIso = ctx.now().toISOString();
  ctx.sqlite.transaction(() => {
    staffOrFail(ctx.db, input.staffId);
    if (input.reviewPoints) checkOwnPoints(input.reviewPoints, readAbsenceSettings(ctx.db).reviewPoints);
    writeAdjustment(ctx.db, input.staffId, { leaveOutDisabilityRelated: input.leaveOutDisabilityRelated, reviewPoints: input.reviewPoints }, nowIso);
    // Going back to the office's points can reach one at once: the check-in is offered now, not at the next absence.
    offerCheckins(ctx.db, day, nowIso, [input.staffId]);
  })();
  return person(ctx, input.staffId);
}

/**
 * A person's own review points are a reasonable adjustment: each at least the office's point in the same
 * place, so they are reached later, never sooner.
 */
function checkOwnPoints(own: readonly number[], office: readonly number[]): void {
  if (own.every((p, i) => i >= office.length || p >= office[i]!)) return;
  const words = office.map((p) => p.toLocaleString('en-GB'));
  const list = words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
  refuse('reviewPoints', `Enter points at least as high as the office's (${list}): a person's own points give them more room, never less. To ask about absence sooner for everyone, lower the office's points in Settings, Absence.`);
}

export function recordCheckin(ctx: OfficeContext, input: z.output<typeof recordCheckinSchema>): PersonAbsence {
  const day = today(ctx);
  const staffId = ctx.sqlite.transaction(() => {
    const row = findCheckin(ctx.db, input.id);
    if (!row) throw new AppFailure('NOT_FOUND', 'That wellbeing check-in is no longer on record. Reload the page.');
    if (input.heldOn > day) refuse('heldOn', `Enter the date, up to today (${formatUkDate(day)}): record it once it has happened.`);
    if (input.heldOn && input.heldOn < row.reachedOn) refuse('heldOn', `Enter a date from ${formatUkDate(row.reachedOn)}, when the review point was reached.`);
    const nowIso = ctx.now().toISOString();
    writeCheckinOutcome(ctx.db, row.id, { status: input.status, heldOn: input.heldOn, heldBy: input.by, supportAgreed: input.supportAgreed, updatedAt: nowIso });
    // The conversation for this point covers any lower one still waiting.
    closeLowerCheckins(ctx.db, row.staffId, row.reviewPoint, nowIso, row.id);
    return row.staffId;
  })();
  return person(ctx, staffId);
}

// ---------------------------------------------------------------------------------------------------
// Kinds of absence, review points

const ORDINARY_SICKNESS_NEEDED = 'Keep at least one kind of sickness in use that is not disability-related: everyday sickness is recorded with it, for fit notes, SSP and the Bradford factor.';

export function saveType(ctx: OfficeContext, input: z.output<typeof saveAbsenceTypeSchema>): AbsenceType[] {
  const day = today(ctx);
  const nowIso = ctx.now().toISOString();
  ctx.sqlite.transaction(() => {
    const all = listTypes(ctx.db);
    const clash = all.find((t) => t.id !== input.id && t.name.toLowerCase() === input.name.toLowerCase());
    if (clash) {
      refuse('name', `${clash.name} is already a kind of absence${clash.active ? '' : ' (retired: tick "In use" on it to bring it back)'}: choose another name`, 'CONFLICT');
    }
    const existing = input.id === undefined ? undefined : all.find((t) => t.id === input.id);
    if (input.id !== undefined && !existing) throw new AppFailure('NOT_FOUND', 'That kind of absence is no longer on the list. Reload the page.');
    const values = { name: input.name, isSickness: input.isSickness, isDisabilityRelated: input.isDisabilityRelated, active: input.active };
    const after = existing ? all.map((t) => (t.id === existing.id ? { ...t, ...values } : t)) : [...all, { ...values, id: 0, position: all.length }];
    if (!after.some((t) => t.active && t.isSickness && !t.isDisabilityRelated)) {
      const field = existing?.active && !input.active ? 'active' : existing?.isDisabilityRelated === false && input.isDisabilityRelated ? 'isDisabilityRelated' : 'isSickness';
      refuse(field, ORDINARY_SICKNESS_NEEDED);
    }
    if (existing) updateType(ctx.db, existing.id, values);
    else insertType(ctx.db, values);
    // Which kinds count as sickness moves everyone's scores.
    offerCheckins(ctx.db, day, nowIso);
  })();
  return listTypes(ctx.db);
}

export function saveSettings(ctx: OfficeContext, input: AbsenceSettings): AbsenceSettings {
  const day = today(ctx);
  ctx.sqlite.transaction(() => {
    writeAbsenceSettings(ctx, input);
    // Lower points can be reached at once by people already there: they are offered a check-in now.
    offerCheckins(ctx.db, day, ctx.now().toISOString());
  })();
  return readAbsenceSettings(ctx.db);
}
