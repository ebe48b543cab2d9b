// The demo office's absence: a realistic, kind picture over the last 14 months, relative to its clock and
// the same in every demo office. Most staff have had none to three short spells of sickness, a few had a
// longer one covered by a fit note, there are a few days off for dependants and a bereavement, one person
// is off sick now (past day 7, so a fit note is asked for, and their sessions to come need cover), one
// return-to-work conversation is still to hold, one person has a disability-related pattern with the
// adjustment that leaves it out, and one has reached the first review point with a check-in to offer.
//
// Spells in the past fall on days the person worked no session (the rota is made first and its past pay
// periods are approved): a day with no session counts by the weekday rule, as it would in the office.
// Only the person off now has sessions cancelled, in the open pay period, as the office would cancel them.
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { absenceFigures, rollingWindow, type SpellFacts } from '../../../shared/domain/absence';
import { addDays, dayNumber, fromDayNumber, isoWeekday } from '../../../shared/domain/pay/calendar';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/domain/pay/uk-defaults';
import { addMonthsClamped } from '../../../shared/domain/staff';
import type { OfficeContext } from '../context';
import { benefitStatuses, places, sessions } from '../db/schema';
import { periodOn } from '../payroll/schedule';
import { isCurrentStaff } from '../staff/warnings';
import { listTypes, loadNamedStaff, writeAdjustment, type NamedStaff } from './repository';
import { readAbsenceSettings } from './settings';
import { seededRandom } from '../../../shared/domain/seeded-random';

const SEED = 20_112_053;
const BANK_HOLIDAYS: ReadonlySet<string> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

/** Plain words, never a diagnosis (uk-rules.md: naming a condition makes it health data). */
const SICK_REASONS = ['Unwell', 'Unwell, called in', '', 'Not well enough to work', '', 'Unwell'] as const;
const RTW_SUPPORT = [
  '', 'No support needed: feeling better', 'Group sessions rather than ward visits this week', '',
  'Check in again at the next supervision', 'A quieter first week back',
] as const;

interface Spell {
  staffId: number;
  typeId: number;
  firstDay: string;
  lastDay: string;
  partDayMinutes: number | null;
  reason: string;
  certification: 'self' | 'fit-note';
  fitNoteFrom: string;
  fitNoteTo: string;
  /** Held unless the story needs it still to hold. */
  rtw: 'held' | 'to-hold';
}

/** `worked`: days with a worked session (spells avoid them); `sessionDays`: days with any session, as the figures count. */
interface Person { who: NamedStaff; worked: Set<string>; sessionDays: Set<string>; wardDays: Set<string>; onBenefits: boolean }

const isWeekday = (d: string) => isoWeekday(d) <= 5 && !BANK_HOLIDAYS.has(d);
const HOLIDAY_NUMBERS: ReadonlySet<number> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map(dayNumber));
/** Monday to Friday and not a bank holiday, by day number (1970-01-01, day 0, was a Thursday). */
const isWorkingDay = (n: number) => ((((n + 3) % 7) + 7) % 7) < 5 && !HOLIDAY_NUMBERS.has(n);
const mondayNumber = (n: number) => n - ((((n + 3) % 7) + 7) % 7);
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Runs inside the demo office's creating transaction, after the staff and the rota; `today` is the demo's day. */
export function populateDemoAbsence(ctx: OfficeContext, today: string): void {
  const db = ctx.db;
  const types = listTypes(db).filter((t) => t.active);
  const sickness = types.find((t) => t.isSickness && !t.isDisabilityRelated);
  if (!sickness) return;
  const disability = types.find((t) => t.isDisabilityRelated);
  const named = (start: string) => types.find((t) => t.name.toLowerCase().startsWith(start));
  const dependants = named('dependants');
  const compassionate = named('compassionate');
  const unpaid = named('unpaid');

  const random = seededRandom(SEED);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const from = addMonthsClamped(today, -14);
  const periodStart = periodOn(db, today).start;

  const names = loadNamedStaff(db);
  const onBenefits = new Set(db.select({ staffId: benefitStatuses.staffId }).from(benefitStatuses).all().map((b) => b.staffId));
  const people: Person[] = [...names.values()]
    .filter((w) => isCurrentStaff(w.staff, today) && w.staff.startDate < addDays(today, -60))
    .sort((a, b) => a.staff.id - b.staff.id)
    .map((who) => ({ who, worked: new Set<string>(), sessionDays: new Set<string>(), wardDays: new Set<string>(), onBenefits: onBenefits.has(who.staff.id) }));
  if (people.length === 0) return;
  const byId = new Map(people.map((p) => [p.who.staff.id, p]));
  // A prepared statement: over a year of the rota, drizzle's row mapping would cost more than the rest of this file.
  const rota = ctx.sqlite.prepare(`SELECT s.staff_id AS staffId, s.date, s.status, p.kind FROM sessions s JOIN places p ON p.id = s.place_id
    WHERE s.date >= ? AND s.date <= ?`).all(from, today) as { staffId: number; date: string; status: string; kind: string }[];
  for (const s of rota) {
    const p = byId.get(s.staffId);
    p?.sessionDays.add(s.date);
    if (s.status === 'worked') p?.worked.add(s.date);
    if (s.status === 'worked' && s.kind === 'ward') p?.wardDays.add(s.date);
  }
  const coordinators = people.filter((p) => p.who.staff.jobRole === 'Coordinator').map((p) => ({ staffId: p.who.staff.id, name: p.who.name.name }));

  const spells: Spell[] = [];
  const placed = new Map<number, { firstDay: string; lastDay: string }[]>();
  // In day numbers, per person: the days of their rota, its weeks (by Monday) and their ward visits.
  const numbers = new Map<number, { rota: Set<number>; weeks: Set<number>; wards: Set<number> }>();
  const daysOf = (p: Person) => {
    let days = numbers.get(p.who.staff.id);
    if (!days) {
      const rota = new Set([...p.sessionDays].map(dayNumber));
      days = { rota, weeks: new Set([...rota].map(mondayNumber)), wards: new Set([...p.wardDays].map(dayNumber)) };
      numbers.set(p.who.staff.id, days);
    }
    return days;
  };
  const add = (s: Spell) => {
    spells.push(s);
    placed.set(s.staffId, [...(placed.get(s.staffId) ?? []), { firstDay: s.firstDay, lastDay: s.lastDay || '9999-12-31' }]);
  };

  /**
   * A run of `length` days, starting on a weekday near `near`, with a day in it they were due to work (a
   * rota day, or for part-time staff a weekday of a week with no rota: dueToWork), no ward visit in it (a ward is never left
   * with one peer supporter by the sessions the absence cancels), within their employment and `lo`..`hi`,
   * a clear day away from their other spells (and from `also`, spells a story is still planning). Null if none.
   */
  const findRun = (p: Person, near: string, length: number, lo: string, hi: string, reach = 30, also: readonly Spell[] = []): string | null => {
    // In day numbers: this runs thousands of times, and a date string step costs a Date each.
    const low = dayNumber(p.who.staff.startDate > lo ? p.who.staff.startDate : lo);
    const high = dayNumber(hi);
    const days = daysOf(p);
    const bank = p.who.staff.contractType === 'bank';
    const others = [...(placed.get(p.who.staff.id) ?? []), ...also].map((o) => [dayNumber(o.firstDay), dayNumber(o.lastDay || '9999-12-31')] as const);
    const fits = (start: number) => {
      const end = start + length - 1;
      // Starting and ending on a working day: a spell from a Friday to a Saturday reads oddly.
      if (start < low || end > high || !isWorkingDay(start) || !isWorkingDay(end)) return false;
      let due = false;
      for (let d = start; d <= end; d++) {
        if (days.wards.has(d)) return false;
        due ||= days.rota.has(d) || (!bank && isWorkingDay(d) && !days.weeks.has(mondayNumber(d)));
      }
      if (!due) return false;
      return others.every(([first, last]) => end + 1 < first || start > last + 1);
    };
    const centre = dayNumber(near);
    for (let offset = 0; offset <= reach; offset++) {
      for (const start of offset === 0 ? [centre] : [centre - offset, centre + offset]) if (fits(start)) return fromDayNumber(start);
    }
    return null;
  };
  const sick = (p: Person, firstDay: string, length: number, extra: Partial<Spell> = {}): Spell => ({
    staffId: p.who.staff.id, typeId: sickness.id, firstDay, lastDay: addDays(firstDay, length - 1), partDayMinutes: null,
    reason: pick(SICK_REASONS), certification: 'self', fitNoteFrom: '', fitNoteTo: '', rtw: 'held', ...extra,
  });
  const taken = new Set<number>();
  /** The first of these people, in a random order, for whom `plan` finds every spell it needs; those spells are added. */
  const story = (candidates: readonly Person[], plan: (p: Person) => Spell[] | null): Person | undefined => {
    const free = candidates.filter((p) => !taken.has(p.who.staff.id));
    const offset = Math.floor(random() * free.length);
    for (let i = 0; i < free.length; i++) {
      const p = free[(offset + i) % free.length]!;
      const planned = plan(p);
      if (!planned) continue;
      taken.add(p.who.staff.id);
      planned.forEach(add);
      return p;
    }
    return undefined;
  };
  const peers = people.filter((p) => p.who.staff.jobRole === 'Peer supporter');
  const lastPast = addDays(today, -1);

  // Off sick now, since up to nine days ago (past day 7 on most days of the month): their sessions so far
  // in the open pay period are cancelled, those to come stay planned for the rota to ask for cover.
  const offNow = offSickNow(ctx, people, taken, today, periodStart);
  if (offNow) {
    add({ ...sick(offNow.person, offNow.firstDay, 1), lastDay: '', reason: 'Unwell' });
    taken.add(offNow.person.who.staff.id);
  }

  // Back at work after a short spell last week, the return-to-work conversation not yet held.
  story(peers, (p) => {
    const start = findRun(p, addDays(today, -7), 2, addDays(today, -16), addDays(today, -2), 9);
    if (!start) return null;
    const backOn = [...p.worked].some((d) => d > addDays(start, 1) && d < today);
    return backOn ? [sick(p, start, 2, { rtw: 'to-hold' })] : null;
  });

  // A disability-related pattern: short, frequent spells that the adjustment leaves out of the score.
  const adjusted = !disability ? undefined : story(peers, (p) => {
    const planned: Spell[] = [];
    for (const monthsAgo of [10, 7, 4, 1, 6]) {
      const start = findRun(p, addMonthsClamped(today, -monthsAgo), 1, from, lastPast, 30, planned);
      if (!start) return null;
      planned.push(monthsAgo === 6 ? sick(p, start, 1) : { ...sick(p, start, 1), typeId: disability.id, reason: '' });
    }
    return planned;
  });
  if (adjusted) writeAdjustment(db, adjusted.who.staff.id, { leaveOutDisabilityRelated: true, reviewPoints: null }, ctx.now().toISOString());

  // At the first review point: three short spells, the latest a few weeks ago (a fourth if the rota makes them short).
  const reviewed = story(peers, (p) => {
    const planned: Spell[] = [];
    for (const daysAgo of [290, 150, 24, 60]) {
      if (planned.length === 3 && bradfordOf(p, planned, types, today) >= 51) break;
      const start = findRun(p, addDays(today, -daysAgo), 2, rollingWindow(today).from, lastPast, 30, planned);
      if (!start) return null;
      planned.push(sick(p, start, 2));
    }
    const score = bradfordOf(p, planned, types, today);
    return score >= 51 && score < 201 ? planned : null;
  });

  // A few longer spells, each covered by a fit note from day 6, in gaps long enough in the rota.
  for (let n = 0; n < 3; n++) {
    const length = between(9, 16);
    const near = addDays(today, -between(40, 400));
    // From someone picked at random, the first with a gap long enough near the day.
    const free = people.filter((p) => !taken.has(p.who.staff.id));
    const offset = Math.floor(random() * free.length);
    for (let i = 0; i < free.length; i++) {
      const p = free[(offset + i) % free.length]!;
      const start = findRun(p, near, length, from, addDays(today, -21), 45);
      if (!start) continue;
      taken.add(p.who.staff.id);
      add(sick(p, start, length, { certification: 'fit-note', fitNoteFrom: addDays(start, 5), fitNoteTo: addDays(start, length - 1), reason: 'Signed off by their GP' }));
      break;
    }
  }

  // Time off for dependants, a bereavement and some unpaid leave: not sickness, and never in the score.
  for (const [type, length, reason] of [
    [dependants, 1, 'Looking after their child, who was unwell'], [dependants, 1, 'Caring for a parent'],
    [compassionate, 3, 'Bereavement'], [unpaid, 2, 'Moving house'],
  ] as const) {
    if (!type) continue;
    // Someone picked at random; a few more tries when their rota has no fitting gap near the day.
    for (let attempt = 0; attempt < 12; attempt++) {
      const p = pick(people);
      const start = findRun(p, addDays(today, -between(20, 380)), length, from, lastPast);
      if (!start) continue;
      add({ ...sick(p, start, length), typeId: type.id, reason });
      break;
    }
  }

  // Everyone else: mostly none to three short spells of a day or two; one went home part-way through a day.
  for (const p of people) {
    if (taken.has(p.who.staff.id)) continue;
    const count = pick([0, 0, 1, 1, 1, 2, 2, 3]);
    for (let i = 0; i < count; i++) {
      const length = pick([1, 1, 1, 2, 2, 3]);
      const start = findRun(p, addDays(today, -between(10, 420)), length, from, lastPast);
      if (start) add(sick(p, start, length));
    }
  }
  const partDay = people.find((p) => !taken.has(p.who.staff.id) && [...p.worked].some((d) => d > addDays(today, -90)));
  if (partDay) {
    const day = [...partDay.worked].filter((d) => d > addDays(today, -90) && d < lastPast).sort().reverse()
      .find((d) => (placed.get(partDay.who.staff.id) ?? []).every((o) => d < o.firstDay || d > o.lastDay));
    if (day) add({ ...sick(partDay, day, 1), partDayMinutes: 180, reason: 'Went home unwell' });
  }

  writeSpells(ctx, spells, people, coordinators, today, random);
  writeCheckins(ctx, spells, people, types, coordinators, today, { toOffer: reviewed?.who.staff.id, adjusted: adjusted?.who.staff.id });
}

interface Coordinator { staffId: number; name: string }

/** Who held a conversation with someone: a coordinator other than themselves. */
const holder = (coordinators: readonly Coordinator[], staffId: number, n: number): string => {
  const others = coordinators.filter((c) => c.staffId !== staffId);
  return others.length ? others[n % others.length]!.name : 'Office manager';
};

/**
 * Who is off now and since when: someone not on benefits (their permitted-work week stays as the rota
 * shows it), with sessions to come, and with no ward visit between the first day off and today, so no
 * ward is left with one peer supporter by the cancelling. The longest such spell wins.
 */
function offSickNow(ctx: OfficeContext, people: readonly Person[], taken: ReadonlySet<number>, today: string, periodStart: string): { person: Person; firstDay: string } | null {
  let earliest = addDays(today, -9) > periodStart ? addDays(today, -9) : periodStart;
  while (earliest < today && !isWeekday(earliest)) earliest = addDays(earliest, 1);
  const ids = people.filter((p) => !p.onBenefits && !taken.has(p.who.staff.id)).map((p) => p.who.staff.id);
  if (ids.length === 0) return null;
  const rows = ctx.db.select({ staffId: sessions.staffId, date: sessions.date, status: sessions.status, kind: places.kind }).from(sessions)
    .innerJoin(places, eq(places.id, sessions.placeId))
    .where(and(inArray(sessions.staffId, ids), gte(sessions.date, earliest), lt(sessions.date, addDays(today, 15)))).orderBy(asc(sessions.date)).all();
  let best: { person: Person; firstDay: string; cancelled: number } | null = null;
  for (const p of people.filter((x) => ids.includes(x.who.staff.id))) {
    const mine = rows.filter((r) => r.staffId === p.who.staff.id);
    if (!mine.some((r) => r.date >= today && r.status === 'planned')) continue;
    const lastWard = mine.filter((r) => r.date < today && r.kind === 'ward' && r.status !== 'cancelled').map((r) => r.date).pop();
    let first = lastWard ? addDays(lastWard, 1) : earliest;
    while (first < today && !isWeekday(first)) first = addDays(first, 1);
    // Sessions to cancel make the story; on the first day of a pay period there are none yet.
    const cancelled = mine.filter((r) => r.date >= first && r.date < today && r.status === 'worked').length;
    if (cancelled === 0 && first < today) continue;
    const better = !best || first < best.firstDay || (first === best.firstDay && cancelled > best.cancelled);
    if (better) best = { person: p, firstDay: first, cancelled };
  }
  return best;
}

/** The Bradford factor these spells give one person today (the demo's own check, by the same rules). */
function bradfordOf(p: Person, spells: readonly Spell[], types: ReturnType<typeof listTypes>, today: string): number {
  return absenceFigures({
    today, spells: spells.filter((s) => s.staffId === p.who.staff.id).map((s) => toFacts(s, types)), facts: { sessionDays: p.sessionDays, bank: p.who.staff.contractType === 'bank', bankHolidays: BANK_HOLIDAYS },
    leaveOutDisabilityRelated: false, reviewPoints: [],
  }).bradford;
}

function toFacts(s: Spell, types: ReturnType<typeof listTypes>): SpellFacts {
  const type = types.find((t) => t.id === s.typeId)!;
  return { firstDay: s.firstDay, lastDay: s.lastDay, partDayMinutes: s.partDayMinutes, isSickness: type.isSickness, isDisabilityRelated: type.isDisabilityRelated };
}

/** The rows, with who reported each and when, the day they came back, and the return-to-work conversation. */
function writeSpells(ctx: OfficeContext, spells: readonly Spell[], people: readonly Person[], coordinators: readonly Coordinator[], today: string, random: () => number): void {
  const nowIso = ctx.now().toISOString();
  const insert = ctx.sqlite.prepare(`INSERT INTO absences (staff_id, type_id, first_day, last_day, part_day_minutes, reported_by, reported_at, certification,
    fit_note_from, fit_note_to, returned_on, reason, rtw_held_on, rtw_by, rtw_support, created_at, updated_at) VALUES (${Array(17).fill('?').join(', ')})`);
  const cancel = ctx.sqlite.prepare(`UPDATE sessions SET status = 'cancelled', cancelled_at = ?, miles_tenths = 0, supported_one_to_one = NULL,
    supported_in_groups = NULL, updated_at = ? WHERE staff_id = ? AND date >= ? AND date < ? AND status = 'worked'`);
  const workedOf = new Map(people.map((p) => [p.who.staff.id, p.worked]));
  let n = 0;
  for (const s of spells) {
    n += 1;
    const reportedAt = s.partDayMinutes !== null ? `${s.firstDay}T${clock(12 * 60 + (n % 4) * 15)}` : `${s.firstDay}T${clock(7 * 60 + 20 + (n % 5) * 12)}`;
    const worked = workedOf.get(s.staffId) ?? new Set<string>();
    // Back on their next working day: their next session, or the next weekday when the rota shows none.
    let returnedOn = '';
    if (s.lastDay !== '') {
      for (let d = addDays(s.lastDay, 1); d < today && d <= addDays(s.lastDay, 14) && !returnedOn; d = addDays(d, 1)) if (worked.has(d)) returnedOn = d;
    }
    const held = s.rtw === 'held' && s.lastDay !== '';
    const heldOn = held ? (returnedOn || nextWeekday(s.lastDay, today)) : '';
    const by = holder(coordinators, s.staffId, n);
    insert.run(s.staffId, s.typeId, s.firstDay, s.lastDay, s.partDayMinutes, n % 7 === 0 ? 'Their partner' : 'Themselves', reportedAt, s.certification,
      s.fitNoteFrom, s.fitNoteTo, returnedOn, s.reason, heldOn, heldOn ? by : '', heldOn ? RTW_SUPPORT[Math.floor(random() * RTW_SUPPORT.length)]! : '', nowIso, nowIso);
    // Their sessions in a whole-day spell did not happen (a part day's session was worked, in part).
    if (s.partDayMinutes === null) cancel.run(reportedAt, nowIso, s.staffId, s.firstDay, s.lastDay === '' ? today : addDays(s.lastDay, 1));
  }
}

/** The weekday after a date, but never after today (a conversation is recorded once held). */
function nextWeekday(date: string, today: string): string {
  let d = addDays(date, 1);
  while (!isWeekday(d)) d = addDays(d, 1);
  return d > today ? today : d;
}

/**
 * Check-ins as the rules make them: whoever has reached a review point has one, dated from their latest
 * spell of sickness. All were held but the story's, which is still to offer.
 */
function writeCheckins(ctx: OfficeContext, spells: readonly Spell[], people: readonly Person[], types: ReturnType<typeof listTypes>, coordinators: readonly Coordinator[],
  today: string, story: { toOffer?: number; adjusted?: number }): void {
  const points = readAbsenceSettings(ctx.db).reviewPoints;
  const nowIso = ctx.now().toISOString();
  const insert = ctx.sqlite.prepare(`INSERT INTO wellbeing_checkins (staff_id, review_point, reached_on, score, status, held_on, held_by, support_agreed, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const p of people) {
    const id = p.who.staff.id;
    const figures = absenceFigures({
      today, spells: spells.filter((s) => s.staffId === id).map((s) => toFacts(s, types)), facts: { sessionDays: p.sessionDays, bank: p.who.staff.contractType === 'bank', bankHolidays: BANK_HOLIDAYS },
      leaveOutDisabilityRelated: id === story.adjusted, reviewPoints: points,
    });
    if (figures.reachedPoint === null) continue;
    const latest = spells.filter((s) => s.staffId === id && types.find((t) => t.id === s.typeId)?.isSickness).map((s) => s.firstDay).sort().pop() ?? today;
    const score = Math.round(figures.bradford);
    if (id === story.toOffer) {
      insert.run(id, figures.reachedPoint, latest, score, 'to-do', '', '', '', nowIso, nowIso);
    } else {
      const heldOn = addDays(latest, 7) < today ? addDays(latest, 7) : today;
      insert.run(id, figures.reachedPoint, latest, score, 'held', heldOn, holder(coordinators, id, 0), 'Talked about what helps on harder weeks; more group sessions for a month', nowIso, nowIso);
    }
  }
}
