// The rota's use cases: a range of sessions with its warnings, booking or changing a session, deleting
// one. Each write runs in one transaction; a session in an approved or exported pay period cannot change.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { RotaView, RotaWarning, SavedSession, RotaSession, rotaSchema, saveSessionSchema } from '../../../shared/contract/rota';
import { AppFailure, refuseField } from '../../../shared/contract/result';
import { formatUkDate, londonToday } from '../../../shared/domain/dates';
import { displayName } from '../../../shared/domain/members';
import { shiftMinutes } from '../../../shared/domain/pay/shift';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { payElements, people, places, sessions, staff } from '../db/schema';
import { assertOpen, closedRanges } from '../payroll/schedule';
import { datedTable } from '../settings/dated';
import { findSession, loadPayFacts, loadSessions, type LoadedSession } from './repository';
import { rotaWarnings, warningSpan } from './warnings';
import { coverAbsences } from '../absence/cover';

type SessionValues = z.output<typeof saveSessionSchema>;
type RotaQuery = z.output<typeof rotaSchema>;

function toRotaSession(s: LoadedSession, closed: readonly { start: string; end: string }[]): RotaSession {
  const { startUtcMs: _start, endUtcMs: _end, worksNumber: _works, ...shown } = s;
  return { ...shown, locked: closed.some((c) => c.start <= s.date && s.date <= c.end) };
}

/** Warnings over whole Monday-to-Sunday weeks around the range (see warningSpan). */
function warningsAround(db: Db, from: string, to: string, today: string): RotaWarning[] {
  const span = warningSpan(from, to);
  const all = loadSessions(db, { ...span, liveOnly: true });
  return rotaWarnings(all, loadPayFacts(db, all.map((s) => s.staffId)), datedTable(db, 'permitted-work'), today, coverAbsences(db, span.from, span.to));
}

export function view(ctx: OfficeContext, q: RotaQuery): RotaView {
  const today = londonToday(ctx.now());
  const shown = loadSessions(ctx.db, q);
  const closed = closedRanges(ctx.db, q.from, q.to);
  const shownIds = new Set(shown.map((s) => s.id));
  // Every warning that touches a session shown: an overlap with a night shift from the day before is
  // dated that day, and a missing rate by its first session, which may both lie outside the range.
  const warnings = warningsAround(ctx.db, q.from, q.to, today).filter((w) => w.sessionIds.some((id) => shownIds.has(id)));
  return { from: q.from, to: q.to, sessions: shown.map((s) => toRotaSession(s, closed)), warnings };
}

function checkBooking(ctx: OfficeContext, v: SessionValues, existing: typeof sessions.$inferSelect | undefined, today: string) {
  const person = ctx.db.select({ s: staff, firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName })
    .from(staff).innerJoin(people, eq(people.id, staff.personId)).where(eq(staff.id, v.staffId)).get();
  if (!person) refuseField('staffId', 'That person has no staff record. Choose someone from the staff list.');
  const name = displayName(person!);
  if (v.date < person!.s.startDate) refuseField('date', `${name}'s contract starts on ${formatUkDate(person!.s.startDate)}: book sessions from then.`);
  if (person!.s.endDate && v.date > person!.s.endDate) refuseField('date', `${name}'s contract ended on ${formatUkDate(person!.s.endDate)}: sessions after that cannot be booked.`);
  const place = ctx.db.select().from(places).where(eq(places.id, v.placeId)).get();
  if (!place) refuseField('placeId', 'That place is no longer on the list. Choose another.');
  // A retired place or activity stays on the sessions that already had it, but takes no new bookings.
  if (!place!.active && existing?.placeId !== v.placeId) refuseField('placeId', `${place!.name} is no longer in use. Choose another place, or bring it back in Settings, Lists and places.`);
  const element = ctx.db.select().from(payElements).where(eq(payElements.id, v.elementId)).get();
  if (!element || element.kind !== 'hours') refuseField('elementId', 'Choose the activity the session is for.');
  if (!element!.active && existing?.elementId !== v.elementId) refuseField('elementId', `${element!.name} is no longer in use. Choose another activity.`);
  const hasCounts = v.supportedOneToOne !== null || v.supportedInGroups !== null;
  if (hasCounts && place!.kind !== 'ward') refuseField('supportedOneToOne', 'Counts of people supported are kept for ward sessions only. Clear them, or choose a ward.');
  if (hasCounts && v.status !== 'worked') refuseField('supportedOneToOne', 'Record the counts once the session has been worked: choose worked, or clear them.');
  if (v.status === 'worked' && v.date > today) refuseField('status', `A session on ${formatUkDate(v.date)} cannot be worked yet: leave it planned until the day.`);
}

export function save(ctx: OfficeContext, v: SessionValues): SavedSession {
  const shift = shiftMinutes({ date: v.date, startMinutes: v.startMinutes, endMinutes: v.endMinutes, breakMinutes: v.breakMinutes });
  if (!shift.ok) refuseField(shift.problem === 'break-too-long' || shift.problem === 'bad-break' ? 'breakMinutes' : shift.at === 'end' ? 'endMinutes' : 'startMinutes', shift.message);
  const worked = shift as Extract<typeof shift, { ok: true }>;
  const today = londonToday(ctx.now());
  const nowIso = ctx.now().toISOString();
  const id = ctx.sqlite.transaction(() => {
    const existing = v.id === undefined ? undefined : findSession(ctx.db, v.id);
    if (v.id !== undefined && !existing) throw new AppFailure('NOT_FOUND', 'That session is no longer on the rota. It may have been deleted: reload the rota.');
    if (existing) assertOpen(ctx.db, existing.date, 'change a session');
    assertOpen(ctx.db, v.date, existing ? 'move a session' : 'book a session');
    checkBooking(ctx, v, existing, today);
    const columns = {
      staffId: v.staffId, date: v.date, startMinutes: v.startMinutes, endMinutes: v.endMinutes, breakMinutes: v.breakMinutes,
      workedMinutes: worked.workedMinutes, startUtcMs: worked.startUtcMs, endUtcMs: worked.endUtcMs,
      placeId: v.placeId, elementId: v.elementId, status: v.status, cancelledAt: v.cancelledAt, offeredAt: v.offeredAt,
      milesTenths: v.milesTenths, supportedOneToOne: v.supportedOneToOne, supportedInGroups: v.supportedInGroups, updatedAt: nowIso,
    };
    if (existing) {
      ctx.db.update(sessions).set(columns).where(eq(sessions.id, existing.id)).run();
      return existing.id;
    }
    return ctx.db.insert(sessions).values({ ...columns, createdAt: nowIso }).returning({ id: sessions.id }).get().id;
  })();
  const [stored] = loadSessions(ctx.db, { from: v.date, to: v.date }).filter((s) => s.id === id);
  const warnings = warningsAround(ctx.db, v.date, v.date, today).filter((w) => w.sessionIds.includes(id));
  return { session: toRotaSession(stored!, closedRanges(ctx.db, v.date, v.date)), warnings };
}

export function remove(ctx: OfficeContext, id: number): { deleted: true } {
  ctx.sqlite.transaction(() => {
    const existing = findSession(ctx.db, id);
    if (!existing) throw new AppFailure('NOT_FOUND', 'That session is no longer on the rota. It may have been deleted already.');
    assertOpen(ctx.db, existing.date, 'delete a session');
    ctx.db.delete(sessions).where(eq(sessions.id, id)).run();
  })();
  return { deleted: true };
}
