// The county-wide support sessions' use cases: a year of sessions with who came, booking and changing a
// session, inviting people and recording whether they attended. Each write runs in one transaction and
// answers with the whole year the session is in, so the screen shows what was stored.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppFailure, refuseField } from '../../../shared/contract/result';
import {
  SUPPORT_ATTENDANCE_LABELS, SUPPORT_SESSIONS_A_YEAR,
  type inviteSupportSchema, type saveSupportSessionSchema, type setAttendanceSchema, type StaffName, type SupportYear, type uninviteSupportSchema,
} from '../../../shared/contract/supervision';
import { formatUkDate, londonToday } from '../../../shared/domain/dates';
import { formatClock } from '../../../shared/domain/pay/shift';
import type { OfficeContext } from '../context';
import { places } from '../db/schema';
import {
  attendanceOf, attendedBetween, compareByName, deleteAttendance, deleteSupportSession, findAttendance, findSupportSession, insertInvitations,
  loadSupportSessions, sessionsOn, staffForSupport, writeAttendance, writeSupportSession, type StaffForSupport, type SupportSessionRowDb,
} from './repository';

const today = (ctx: OfficeContext) => londonToday(ctx.now());
const yearOfDate = (date: string): number => Number(date.slice(0, 4));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A gentle note when fewer than four are booked: worded for a year gone, or one still to plan. */
function yearNotes(year: number, booked: number, thisYear: number): string[] {
  if (booked >= SUPPORT_SESSIONS_A_YEAR) return [];
  const plan = `the plan is ${SUPPORT_SESSIONS_A_YEAR} a year`;
  if (year < thisYear) return [`${plural(booked, 'support session was', 'support sessions were')} booked in ${year}; ${plan}.`];
  if (booked === 0) return [`No support sessions are booked for ${year} yet: ${plan}. Add them when the dates are agreed.`];
  const missing = SUPPORT_SESSIONS_A_YEAR - booked;
  return [`${plural(booked, 'support session is', 'support sessions are')} booked for ${year}; ${plan}, so ${missing} more ${missing === 1 ? 'is' : 'are'} still to book.`];
}

const employedDuring = (s: { startDate: string; endDate: string }, from: string, to: string) => s.startDate <= to && (!s.endDate || s.endDate >= from);
const nameOf = ({ staffId, personId, name }: StaffName): StaffName => ({ staffId, personId, name });

/** The year's sessions (by date), who was invited and came, and who has attended none of them. */
export function year(ctx: OfficeContext, y: number): SupportYear {
  const from = `${y}-01-01`;
  const to = `${y}-12-31`;
  const sessions = loadSupportSessions(ctx.db, from, to);
  const attended = attendedBetween(ctx.db, from, to);
  const notAttended = staffForSupport(ctx.db)
    .filter((s) => employedDuring(s, from, to) && !attended.has(s.staffId))
    .sort(compareByName)
    .map(nameOf);
  return { year: y, sessions, notAttended, notes: yearNotes(y, sessions.length, yearOfDate(today(ctx))) };
}

function sessionOrFail(ctx: OfficeContext, id: number): SupportSessionRowDb {
  const found = findSupportSession(ctx.db, id);
  if (!found) throw new AppFailure('NOT_FOUND', 'That support session is no longer on the list. It may have been deleted: reload the page.');
  return found;
}

/** Who came, or did not, cannot be known before the day: the same rule setAttendance keeps. */
const RECORDED_ON_THE_DAY = new Set(['attended', 'did-not-attend']);

export function save(ctx: OfficeContext, input: z.output<typeof saveSupportSessionSchema>): SupportYear {
  const day = today(ctx);
  ctx.sqlite.transaction(() => {
    const existing = input.id === undefined ? undefined : sessionOrFail(ctx, input.id);
    const place = ctx.db.select().from(places).where(eq(places.id, input.placeId)).get();
    if (!place) refuseField('placeId', 'That place is no longer on the list. Choose another.');
    // A retired place stays on the sessions that already had it, but takes no new ones.
    if (!place!.active && existing?.placeId !== input.placeId) refuseField('placeId', `${place!.name} is no longer in use. Choose another place, or bring it back in Settings, Lists and places.`);
    if (existing && input.date > day) {
      const recorded = attendanceOf(ctx.db, existing.id).filter((a) => RECORDED_ON_THE_DAY.has(a.status)).length;
      if (recorded > 0) {
        refuseField('date', `${plural(recorded, 'person is', 'people are')} marked as attended or did not attend, so the session cannot move to a day still to come. Set them back to invited first, or keep the date.`);
      }
    }
    if (existing && input.date !== existing.date) assertEveryoneEmployedOn(ctx, existing.id, input.date);
    const clash = sessionsOn(ctx.db, input.date).find((s) => s.id !== input.id && s.placeId === input.placeId && s.startMinutes < input.endMinutes && input.startMinutes < s.endMinutes);
    if (clash) {
      const message = `There is already a support session at ${place!.name} on ${formatUkDate(input.date)} from ${formatClock(clash.startMinutes)} to ${formatClock(clash.endMinutes)}. Open that one to change it, or choose another time or place.`;
      refuseField('date', message, 'CONFLICT');
    }
    const { id, ...values } = input;
    writeSupportSession(ctx.db, values, { nowIso: ctx.now().toISOString(), ...(id === undefined ? {} : { id }) });
  })();
  return year(ctx, yearOfDate(input.date));
}

/** Deletes a session booked by mistake; one that anybody attended is part of their record and stays. */
export function remove(ctx: OfficeContext, id: number): SupportYear {
  const session = ctx.sqlite.transaction(() => {
    const session = sessionOrFail(ctx, id);
    const attended = attendanceOf(ctx.db, id).filter((a) => a.status === 'attended').length;
    if (attended > 0) {
      throw new AppFailure('CONFLICT', `${plural(attended, 'person is', 'people are')} marked as attended at the support session on ${formatUkDate(session.date)}, so it is part of their record and cannot be deleted. If the attendance was recorded by mistake, set it back to invited first.`);
    }
    deleteSupportSession(ctx.db, id);
    return session;
  })();
  return year(ctx, yearOfDate(session.date));
}

/** Why someone cannot be invited to a session on `date`, or null when they can. */
function notEmployedOn(s: StaffForSupport, date: string): string | null {
  if (s.startDate > date) return `${s.name} starts on ${formatUkDate(s.startDate)}, after this session`;
  if (s.endDate && s.endDate < date) return `${s.name} left on ${formatUkDate(s.endDate)}, before this session`;
  return null;
}

/** A session moved to another day keeps its list only if everyone on it works there on that day. */
function assertEveryoneEmployedOn(ctx: OfficeContext, sessionId: number, date: string): void {
  const listed = attendanceOf(ctx.db, sessionId).map((a) => a.staffId);
  if (listed.length === 0) return;
  const problems = staffForSupport(ctx.db, listed).sort(compareByName).map((s) => notEmployedOn(s, date)).filter((p): p is string => p !== null);
  if (problems.length > 0) {
    refuseField('date', `Only people employed on ${formatUkDate(date)} can be invited: ${problems.join('; ')}. Take them off the list first, or choose another date.`, 'CONFLICT');
  }
}

/** Adds people to the list as invited. Anyone already on it keeps their status, so inviting twice is harmless. */
export function invite(ctx: OfficeContext, input: z.output<typeof inviteSupportSchema>): SupportYear {
  const session = ctx.sqlite.transaction(() => {
    const session = sessionOrFail(ctx, input.id);
    const found = staffForSupport(ctx.db, input.staffIds);
    if (found.length !== new Set(input.staffIds).size) {
      throw new AppFailure('NOT_FOUND', 'One of the people chosen no longer has a staff record. Reload the page and choose again.');
    }
    const already = new Set(attendanceOf(ctx.db, session.id).map((a) => a.staffId));
    const problems = found.filter((s) => !already.has(s.staffId)).map((s) => notEmployedOn(s, session.date)).filter((p): p is string => p !== null);
    if (problems.length > 0) refuseField('staffIds', `Only people employed on ${formatUkDate(session.date)} can be invited: ${problems.join('; ')}. Untick them and invite the rest.`);
    insertInvitations(ctx.db, session.id, found.map((s) => s.staffId), today(ctx));
    return session;
  })();
  return year(ctx, yearOfDate(session.date));
}

function invitationOrFail(ctx: OfficeContext, sessionId: number, staffId: number) {
  const row = findAttendance(ctx.db, sessionId, staffId);
  if (!row) throw new AppFailure('NOT_FOUND', 'That person is not on the list for this session. Reload the page: it may have changed.');
  return row;
}

export function setAttendance(ctx: OfficeContext, input: z.output<typeof setAttendanceSchema>): SupportYear {
  const day = today(ctx);
  const session = ctx.sqlite.transaction(() => {
    const session = sessionOrFail(ctx, input.id);
    invitationOrFail(ctx, session.id, input.staffId);
    if (RECORDED_ON_THE_DAY.has(input.status) && session.date > day) {
      refuseField('status', `The session is on ${formatUkDate(session.date)}: record "${SUPPORT_ATTENDANCE_LABELS[input.status]}" on the day or after. Until then, people are invited or have sent apologies.`);
    }
    writeAttendance(ctx.db, session.id, input.staffId, input.status);
    return session;
  })();
  return year(ctx, yearOfDate(session.date));
}

/** Takes someone invited by mistake off the list. Someone marked attended is part of the record: set them back first. */
export function uninvite(ctx: OfficeContext, input: z.output<typeof uninviteSupportSchema>): SupportYear {
  const session = ctx.sqlite.transaction(() => {
    const session = sessionOrFail(ctx, input.id);
    const row = invitationOrFail(ctx, session.id, input.staffId);
    if (row.status === 'attended') {
      const [person] = staffForSupport(ctx.db, [input.staffId]);
      throw new AppFailure('CONFLICT', `${person!.name} is marked as attended. If that was a mistake, set them back to invited first, then remove them.`);
    }
    deleteAttendance(ctx.db, session.id, input.staffId);
    return session;
  })();
  return year(ctx, yearOfDate(session.date));
}
