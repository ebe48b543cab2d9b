// The demo office's county-wide support sessions: four a year, last year's and this year's, at the demo's
// group venues. Those already held have attendance recorded (mostly attended, some apologies, the odd
// no-show, and a few people who came to none this year, so that list has names); the next one to come
// has everyone current invited. Relative to the office's clock, and the same in every demo office.
import { and, asc, eq } from 'drizzle-orm';
import type { SupportAttendanceStatus } from '../../../shared/contract/supervision';
import { addDays, isoWeekday } from '../../../shared/domain/pay/calendar';
import type { OfficeContext } from '../context';
import { places } from '../db/schema';
import { insertInvitations, staffForSupport, writeAttendance, writeSupportSession } from './repository';

/** Quarterly, in the second week of the month: March, June, September and December. */
const MONTHS = ['03', '06', '09', '12'] as const;
/** Two years' worth, in order: a winter theme falls in December. */
const THEMES = [
  'Looking after yourself on the ward', 'Boundaries and saying no', 'Sharing your story safely', 'Keeping well over winter',
  'Working alongside ward teams', 'Listening skills refresher', 'Endings and goodbyes', 'Hope and recovery in practice',
] as const;
const START = 10 * 60;
const END = 13 * 60;

/** The second Wednesday of a month: mid-week, and never a bank holiday in England. */
function secondWednesday(year: number, month: string): string {
  const first = `${year}-${month}-01`;
  return addDays(first, ((3 - isoWeekday(first) + 7) % 7) + 7);
}

/** Invented but stable: most attend, some send apologies, the odd one does not come; every eleventh person misses them all. */
function demoAttendance(staffId: number, sessionIndex: number): SupportAttendanceStatus {
  if (staffId % 11 === 0) return sessionIndex % 2 === 0 ? 'apologies' : 'did-not-attend';
  const roll = (staffId * 7 + sessionIndex * 3) % 10;
  return roll < 7 ? 'attended' : roll < 9 ? 'apologies' : 'did-not-attend';
}

/** Runs inside the demo office's creating transaction, after the staff and the rota's places; `today` is the demo's day. */
export function populateDemoSupport(ctx: OfficeContext, today: string): void {
  const venues = ctx.db.select().from(places).where(and(eq(places.kind, 'group-venue'), eq(places.active, true))).orderBy(asc(places.id)).all();
  if (venues.length === 0) return;
  const everyone = staffForSupport(ctx.db);
  const thisYear = Number(today.slice(0, 4));
  const nowIso = ctx.now().toISOString();
  let index = 0;
  let nextInvited = false;
  for (const year of [thisYear - 1, thisYear]) {
    for (const month of MONTHS) {
      const date = secondWednesday(year, month);
      const venue = venues[index % venues.length]!;
      const id = writeSupportSession(ctx.db, { date, startMinutes: START, endMinutes: END, placeId: venue.id, theme: THEMES[index % THEMES.length]! }, { nowIso });
      const employed = everyone.filter((s) => s.startDate <= date && (!s.endDate || s.endDate >= date)).map((s) => s.staffId);
      const held = date <= today;
      if (held || !nextInvited) {
        const invitedOn = addDays(date, -28) < today ? addDays(date, -28) : today;
        insertInvitations(ctx.db, id, employed, invitedOn);
        nextInvited ||= !held;
      }
      if (held) {
        for (const staffId of employed) writeAttendance(ctx.db, id, staffId, demoAttendance(staffId, index));
      }
      index += 1;
    }
  }
}
