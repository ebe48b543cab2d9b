// The demo office's rota, made week by week from the staff, places and pay facts already in the
// database: ward visits in pairs, wellbeing groups, a county-wide session each quarter, training days
// and office admin. Part-time staff come close to their contracted hours, bank staff work when they
// are free, and nobody on permitted work goes over their limits, except in the one week asked for, so
// the demo shows that warning. Seeded, so every demo office is the same; counts only on ward sessions.
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { inForceOn } from '../../../shared/domain/pay/dated';
import { addDays, isoWeekday, mondayOf } from '../../../shared/domain/pay/calendar';
import type { PermittedWorkLimits } from '../../../shared/domain/pay/permitted-work';
import { shiftMinutes } from '../../../shared/domain/pay/shift';
import type { OfficeContext } from '../context';
import { payElements, places, sessions, staff } from '../db/schema';
import { datedTable } from '../settings/dated';
import { loadPayFacts, type PayFacts } from './repository';
import { permittedKindOn, rateOn } from './warnings';
import { seededRandom } from '../../../shared/domain/seeded-random';

/** One week (its Monday) in which one person is booked over their permitted-work limit, on the period's days only. */
export interface OverLimitWeek { staffId: number; weekStart: string; onOrAfter: string; through: string }

const overLimitOf = (o: DemoRotaOptions, staffId: number, monday: string): OverLimitWeek | undefined =>
  o.overLimit?.find((w) => w.staffId === staffId && w.weekStart === monday);

export interface DemoRotaOptions {
  /** First and last day with sessions. */
  from: string;
  to: string;
  /** The demo's today: sessions before it are worked (or cancelled), from it on planned. */
  today: string;
  /** Now on a wall clock in England, 'YYYY-MM-DDTHH:MM': no notice of cancelling is given after it. */
  nowLocal: string;
  nowIso: string;
  /** Days on which one ward visit is booked with a single peer supporter, so the rota has that warning. */
  understaffedOn?: readonly string[];
  /** Weeks (each by its Monday) in which one person is booked over their permitted-work limit, so the rota, checklist and referral prompts warn. */
  overLimit?: readonly OverLimitWeek[];
  seed?: number;
}

type Role = 'Peer supporter' | 'Trainer' | 'Coordinator' | 'Regional coordinator';
type SlotKind = 'ward' | 'group' | 'county' | 'training' | 'admin';

interface Worker {
  id: number;
  role: Role;
  bank: boolean;
  weeklyMinutes: number;
  start: string;
  end: string;
  drives: boolean;
  /** Per week: */
  target: number;
  remaining: number;
  days: Set<string>;
  busy: Map<string, [number, number][]>;
}

interface Slot {
  kind: SlotKind;
  date: string;
  start: number;
  end: number;
  breakMinutes: number;
  placeId: number;
  elementId: number;
  needed: number;
}

type Row = Required<Omit<typeof sessions.$inferInsert, 'id'>>;

const SEED = 20_112_029;
const GAP = 30; // minutes between one person's sessions on a day: travel, a break
const OFFICE_OPENS = 9 * 60;
const OFFICE_CLOSES = 17 * 60 + 30;

// Ward visit times: a morning and two afternoon patterns, one with a short break.
const WARD_TIMES: readonly [number, number, number][] = [[600, 780, 0], [840, 990, 0], [615, 795, 15]];
const SATURDAY_VISIT: [number, number, number] = [660, 810, 0];
const GROUP_TIMES: readonly [number, number][] = [[630, 750], [810, 930]];

/** The third Wednesday of January, April, July and October: the county-wide support sessions. */
function isCountyDay(date: string): boolean {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return [1, 4, 7, 10].includes(month) && isoWeekday(date) === 3 && day >= 15 && day <= 21;
}

/** The second and fourth Thursday of each month: training days. */
function isTrainingDay(date: string): boolean {
  const day = Number(date.slice(8, 10));
  return isoWeekday(date) === 4 && ((day >= 8 && day <= 14) || (day >= 22 && day <= 28));
}

export function populateDemoSessions(ctx: OfficeContext, o: DemoRotaOptions): number {
  const random = seededRandom(o.seed ?? SEED);
  const chance = (p: number) => random() < p;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const facts = loadPayFacts(ctx.db);
  const limits = datedTable(ctx.db, 'permitted-work');
  const workers: Worker[] = ctx.db.select().from(staff).orderBy(asc(staff.id)).all().map((s) => ({
    id: s.id, role: s.jobRole as Role, bank: s.contractType === 'bank', weeklyMinutes: s.weeklyMinutes ?? 0, start: s.startDate, end: s.endDate,
    drives: chance(0.45), target: 0, remaining: 0, days: new Set(), busy: new Map(),
  }));
  const activePlaces = ctx.db.select().from(places).where(eq(places.active, true)).orderBy(asc(places.id)).all();
  const wards = activePlaces.filter((p) => p.kind === 'ward');
  const venues = activePlaces.filter((p) => p.kind === 'group-venue');
  const office = activePlaces.find((p) => p.kind === 'office');
  const elementIds = new Map(ctx.db.select().from(payElements).all().map((e) => [e.name, e.id]));
  const element = (name: string): number => {
    const id = elementIds.get(name);
    if (id === undefined) throw new Error(`the demo rota needs the seeded pay element "${name}"`);
    return id;
  };
  if (!office) throw new Error('the demo rota needs the seeded office');
  const ids = { ward: element('Ward one-to-one and groups'), group: element('Wellbeing group'), training: element('Training delivery'), county: element('County-wide support session'), admin: element('Admin') };
  // Each driver's round trip to each place, so their claims repeat as real ones do.
  const miles = new Map<string, number>();
  const milesTo = (staffId: number, placeId: number) => {
    const key = `${staffId}|${placeId}`;
    if (!miles.has(key)) miles.set(key, between(24, 320));
    return miles.get(key)!;
  };

  const understaffed = new Set(o.understaffedOn ?? []);
  const shifts = new Map<string, Extract<ReturnType<typeof shiftMinutes>, { ok: true }>>();
  const shiftOf = (date: string, start: number, end: number, breakMinutes: number) => {
    const key = `${date}|${start}|${end}|${breakMinutes}`;
    let shift = shifts.get(key);
    if (!shift) {
      // The same rule as booking on the rota (rota/service.ts): minutes and instants from the wall clock.
      const result = shiftMinutes({ date, startMinutes: start, endMinutes: end, breakMinutes });
      if (!result.ok) throw new Error(`the demo rota made an impossible shift: ${result.message}`);
      shift = result;
      shifts.set(key, shift);
    }
    return shift;
  };

  // One prepared statement, its columns read from the schema: building a drizzle query per row
  // would take longer than all the rest of the demo.
  const columns = Object.entries(getTableColumns(sessions)).filter(([key]) => key !== 'id') as [keyof Row, { name: string }][];
  const insert = ctx.sqlite.prepare(`INSERT INTO sessions (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  let written = 0;
  const write = (row: Row) => {
    insert.run(columns.map(([key]) => row[key]));
    written++;
  };

  /** Notice of cancelling: for a past session, days before or early that morning; for one to come, already given. */
  const noticeFor = (date: string, start: number): string => {
    if (date >= o.today) {
      const given = laterNotice(o.nowLocal, between(30, 600));
      // Today's sessions may have started already: their notice came the day before.
      return given < `${date}T${clock(start)}` ? given : `${addDays(date, -1)}T${clock(between(9 * 60, 17 * 60))}`;
    }
    const daysBefore = chance(0.25) ? 0 : between(1, 7);
    const minutes = daysBefore === 0 ? Math.max(7 * 60, start - between(60, 150)) : between(9 * 60, 17 * 60);
    return `${addDays(date, -daysBefore)}T${clock(minutes)}`;
  };

  const book = (w: Worker, slot: Slot, cancelledAt: string | null) => {
    const shift = shiftOf(slot.date, slot.start, slot.end, slot.breakMinutes);
    const past = slot.date < o.today;
    const status = cancelledAt ? 'cancelled' : past ? 'worked' : 'planned';
    const worked = status === 'worked';
    const offered = w.bank ? `${addDays(slot.date, -between(3, 14))}T${clock(between(10 * 60, 16 * 60))}` : '';
    write({
      staffId: w.id, date: slot.date, startMinutes: slot.start, endMinutes: slot.end, breakMinutes: slot.breakMinutes,
      workedMinutes: shift.workedMinutes, startUtcMs: shift.startUtcMs, endUtcMs: shift.endUtcMs, placeId: slot.placeId, elementId: slot.elementId,
      status, cancelledAt: cancelledAt ?? '', offeredAt: offered <= o.nowLocal ? offered : '',
      milesTenths: worked && w.drives && slot.placeId !== office.id ? milesTo(w.id, slot.placeId) : 0,
      // Counts of people met, once the visit is worked: never who they were.
      supportedOneToOne: worked && slot.kind === 'ward' ? between(0, 5) : null,
      supportedInGroups: worked && slot.kind === 'ward' ? (chance(0.4) ? 0 : between(2, 9)) : null,
      createdAt: o.nowIso, updatedAt: o.nowIso,
    });
    if (!cancelledAt) w.remaining -= shift.workedMinutes;
    const day = w.busy.get(slot.date) ?? [];
    day.push([slot.start, slot.end]);
    w.busy.set(slot.date, day);
  };

  const free = (w: Worker, date: string, start: number, end: number) =>
    w.days.has(date) && (w.busy.get(date) ?? []).every(([s, e]) => end + GAP <= s || start >= e + GAP);

  /**
   * The `needed` best for a slot: in contract, paid that day, free, with hours left, in a fitting role,
   * most hours left first (with chance). Kept as a short list rather than sorting everyone: the
   * benchmark's office asks this of 400 people for every slot.
   */
  let available: Worker[] = [];
  const choose = (slot: Slot, minutes: number): Worker[] => {
    const best: [Worker, number][] = [];
    for (const w of available) {
      const fit = roleFit(w.role, slot.kind);
      if (fit === null || w.remaining < minutes || !free(w, slot.date, slot.start, slot.end)) continue;
      const score = fit + w.remaining / Math.max(w.target, 60) + random() * 0.6;
      if (best.length === slot.needed && score <= best[best.length - 1]![1]) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]![1] < score) at--;
      best.splice(at, 0, [w, score]);
      if (best.length > slot.needed) best.pop();
    }
    return best.map(([w]) => w);
  };

  for (let monday = mondayOf(o.from); monday <= o.to; monday = addDays(monday, 7)) {
    const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d) => d >= o.from && d <= o.to);
    for (const w of workers) planWeek(w, monday, days, facts, limits, o, random, between);
    // Those with no hours to give this week (not started yet, on leave, not free) are left out at once.
    available = workers.filter((w) => w.remaining > 0);

    for (const slot of weekSlots(days, wards.map((p) => p.id), venues.map((p) => p.id), office.id, ids, understaffed)) {
      const minutes = shiftOf(slot.date, slot.start, slot.end, slot.breakMinutes).workedMinutes;
      const chosen = choose(slot, minutes);
      if (chosen.length) available = available.filter((w) => w.remaining >= 60);
      // Nobody visits a ward alone: without a pair the visit is not booked (bar the days asked for).
      if (slot.kind === 'ward' && chosen.length < slot.needed) continue;
      const past = slot.date < o.today;
      // A ward visit is called off for both (an outbreak on the ward, say); anything else one by one.
      const wholeVisit = slot.kind === 'ward' && slot.needed > 1 && chance(past ? 0.03 : 0.02) ? noticeFor(slot.date, slot.start) : null;
      for (const w of chosen) {
        const own = slot.kind !== 'ward' && chance(past ? 0.04 : 0.02) ? noticeFor(slot.date, slot.start) : null;
        book(w, slot, wholeVisit ?? own);
      }
    }

    // Office work tops up coordinators and part-time staff towards their hours; bank staff now and then.
    for (const w of workers) {
      const over = overLimitOf(o, w.id, monday) !== undefined;
      const longest = w.role === 'Peer supporter' && !over ? 180 : 420;
      if (w.bank && !over && !chance(0.35)) continue;
      const order = over ? [...days].sort((a, b) => Number(a >= o.today) - Number(b >= o.today)) : days;
      for (const date of order) {
        if (w.remaining < 60 || isoWeekday(date) > 5) continue;
        const length = Math.min(Math.floor(w.remaining / 30) * 30, longest);
        const breakMinutes = length >= 360 ? 30 : 0;
        const taken = w.busy.get(date) ?? [];
        const start = taken.length === 0 ? OFFICE_OPENS + 30 * between(0, 2) : Math.max(...taken.map(([, e]) => e)) + GAP;
        const end = start + length + breakMinutes;
        if (end > OFFICE_CLOSES || !free(w, date, start, end)) continue;
        const slot: Slot = { kind: 'admin', date, start, end, breakMinutes, placeId: office.id, elementId: ids.admin, needed: 1 };
        book(w, slot, date < o.today && chance(0.02) ? noticeFor(date, start) : null);
      }
    }
  }
  return written;
}

/** How well a role suits a kind of session (higher first), or null when it is not theirs to do. */
function roleFit(role: Role, kind: SlotKind): number | null {
  switch (kind) {
    case 'ward': return role === 'Peer supporter' ? 1 : role === 'Coordinator' ? 0 : null;
    case 'group': return role === 'Peer supporter' ? 1 : role === 'Coordinator' ? 0.5 : null;
    case 'county': return role === 'Peer supporter' ? 0 : 2;
    case 'training': return role === 'Trainer' ? 5 : role === 'Peer supporter' ? 0 : null;
    case 'admin': return null; // booked directly, as a top-up
  }
}

/** This week's hours to aim for, capped under any permitted-work limit, and the days they can work. */
function planWeek(w: Worker, monday: string, days: readonly string[], facts: PayFacts, limits: readonly PermittedWorkLimits[], o: DemoRotaOptions,
  random: () => number, between: (min: number, max: number) => number): void {
  w.busy.clear();
  w.days = new Set(days.filter((d) => d >= w.start && (!w.end || d <= w.end) && rateOn(facts, w.id, d) !== null));
  const over = overLimitOf(o, w.id, monday);
  if (over) w.days = new Set([...w.days].filter((d) => d >= over.onOrAfter && d <= over.through));
  if (w.days.size === 0) {
    w.target = w.remaining = 0;
    return;
  }
  // Part-time staff take their leave (about five weeks a year); bank staff are free most weeks.
  let target = w.bank ? (random() < 0.35 ? 0 : between(6, 24) * 30) : random() < 0.1 ? 0 : Math.round(w.weeklyMinutes * (0.9 + random() * 0.15));
  if (over) target = 17 * 60 + 30; // over the 16 hours of permitted work (higher limit), deliberately
  else target = Math.min(target, permittedCap(w, monday, [...w.days], facts, limits));
  w.target = w.remaining = target;
}

/** The most minutes a week keeps someone on permitted work inside their limits, with a margin. */
function permittedCap(w: Worker, monday: string, days: readonly string[], facts: PayFacts, limits: readonly PermittedWorkLimits[]): number {
  const kind = permittedKindOn(facts, w.id, monday);
  const row = inForceOn(limits, monday);
  if (!kind || !row) return Number.POSITIVE_INFINITY;
  const rate = Math.max(...days.map((d) => rateOn(facts, w.id, d) ?? 0));
  const earnings = kind === 'lower' ? row.lowerEarningsPence : row.higherEarningsPence;
  const byEarnings = Math.floor(((earnings - 50) * 60) / rate);
  return kind === 'higher' ? Math.min(byEarnings, row.hoursLimitMinutes - 60) : byEarnings;
}

function weekSlots(days: readonly string[], wardIds: readonly number[], venueIds: readonly number[], officeId: number,
  ids: { ward: number; group: number; training: number; county: number }, understaffed: ReadonlySet<string>): Slot[] {
  const slots: Slot[] = [];
  for (const date of days) {
    const dow = isoWeekday(date);
    let single = understaffed.has(date);
    wardIds.forEach((placeId, w) => {
      // Each ward is visited four weekdays in five, and every third ward on Saturdays too.
      const times = dow <= 5 ? (dow - 1 === w % 5 ? null : WARD_TIMES[(w + dow) % WARD_TIMES.length]!) : dow === 6 && w % 3 === 0 ? SATURDAY_VISIT : null;
      if (!times) return;
      slots.push({ kind: 'ward', date, start: times[0], end: times[1], breakMinutes: times[2], placeId, elementId: ids.ward, needed: single ? 1 : 2 });
      single = false;
    });
    venueIds.forEach((placeId, v) => {
      const groupDays = v % 2 === 0 ? [2, 4] : [3, 5];
      const at = groupDays.indexOf(dow);
      if (at < 0) return;
      const [start, end] = GROUP_TIMES[(at + v) % GROUP_TIMES.length]!;
      slots.push({ kind: 'group', date, start, end, breakMinutes: 0, placeId, elementId: ids.group, needed: 2 });
    });
    if (isCountyDay(date)) {
      slots.push({ kind: 'county', date, start: 600, end: 930, breakMinutes: 30, placeId: venueIds[0] ?? officeId, elementId: ids.county, needed: 8 + Math.floor(wardIds.length / 2) });
    }
    if (isTrainingDay(date)) {
      slots.push({ kind: 'training', date, start: 570, end: 960, breakMinutes: 30, placeId: venueIds[venueIds.length - 1] ?? officeId, elementId: ids.training, needed: 2 });
    }
  }
  // Busy days first, so the all-day sessions find people before the ward visits fill them.
  const weight = (s: Slot) => (s.kind === 'county' || s.kind === 'training' ? 0 : 1);
  return slots.sort((a, b) => weight(a) - weight(b) || a.date.localeCompare(b.date) || a.start - b.start);
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A notice time `minutesAgo` before now, as 'YYYY-MM-DDTHH:MM'. */
function laterNotice(nowLocal: string, minutesAgo: number): string {
  const ms = Date.parse(`${nowLocal}:00Z`) - minutesAgo * 60_000;
  return new Date(ms).toISOString().slice(0, 16);
}
