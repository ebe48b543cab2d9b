// The office's absence picture: its figures over the rolling 52 weeks, the last twelve months by month and
// kind (for the charts), who is off now, the conversations and fit notes still owed, check-ins to offer,
// and current staff by Bradford factor. Read in a handful of queries and counted by the pure rules.
import type { Absence, AbsenceOverview, AbsenceOverviewRow } from '../../../shared/contract/absence';
import { countedDays, rollingWindow, sumLost } from '../../../shared/domain/absence';
import type { Db } from '../db/open';
import { isCurrentStaff } from '../staff/warnings';
import { byStaff, dayFacts, figuresFor, loadFigureContext, spellOf, toAbsence, type FigureContext } from './figures';
import { allAbsences, checkinsOf, loadNamedStaff, toCheckin, type AbsenceDbRow, type NamedStaff } from './repository';

/** The twelve calendar months ending with this one, oldest first: '2025-12' ... '2026-11'. */
export function lastTwelveMonths(today: string): string[] {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
  return Array.from({ length: 12 }, (_, i) => {
    const n = index - 11 + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

type Named = Absence & { name: string; personId: number };

const lastOff = (a: Pick<Absence, 'lastDay' | 'returnedOn'>) => a.returnedOn || a.lastDay;

export function absenceOverview(db: Db, today: string): AbsenceOverview {
  const window = rollingWindow(today);
  const months = lastTwelveMonths(today);
  const monthsFrom = `${months[0]}-01`;
  const countFrom = monthsFrom < window.from ? monthsFrom : window.from;
  const names = loadNamedStaff(db);
  const isCurrent = (staffId: number) => {
    const who = names.get(staffId);
    return who !== undefined && isCurrentStaff(who.staff, today);
  };

  // What the figures and lists need: absences touching the counted months, and older ones still owed a
  // return-to-work conversation (chased until held, however long ago).
  const touches = (r: AbsenceDbRow) => r.lastDay === '' || r.lastDay >= countFrom;
  const rows = allAbsences(db).filter((r) => touches(r) || (r.rtwHeldOn === '' && isCurrent(r.staffId)));
  const fc = loadFigureContext(db, today, rows, { from: countFrom });
  const recent = rows.filter(touches);

  const shown = new Map<number, Named>();
  const named = (r: AbsenceDbRow): Named => {
    let a = shown.get(r.id);
    if (!a) {
      const who = names.get(r.staffId)!;
      a = { ...toAbsence(fc, r), name: who.name.name, personId: who.name.personId };
      shown.set(r.id, a);
    }
    return a;
  };

  const checkins = checkinsOf(db).filter((c) => isCurrent(c.staffId));
  const openCheckin = new Set(checkins.filter((c) => c.status === 'to-do').map((c) => c.staffId));

  return {
    today,
    from: window.from,
    office: officeFigures(fc, recent, names, window),
    byMonth: byMonth(fc, recent, months, today),
    byType: byType(fc, recent, window),
    people: peopleByBradford(fc, recent, names, isCurrent, openCheckin),
    offNow: rows.filter((r) => isCurrent(r.staffId) && r.firstDay <= today && (r.lastDay === '' || r.lastDay >= today)).map(named),
    rtwToChase: rows.filter((r) => isCurrent(r.staffId)).map(named).filter((a) => a.rtwToChase).sort((a, b) => lastOff(a).localeCompare(lastOff(b)) || a.id - b.id),
    fitNotesNeeded: recent.filter((r) => isCurrent(r.staffId) && (r.lastDay === '' || r.lastDay >= window.from)).map(named).filter((a) => a.fitNoteNeeded),
    checkinsToDo: checkins.filter((c) => c.status === 'to-do').map((c) => toCheckin(c, names.get(c.staffId)!))
      .sort((a, b) => a.reachedOn.localeCompare(b.reachedOn) || a.name.localeCompare(b.name, 'en-GB')),
  };
}

/** Every kind of absence, everyone employed in the window (leavers too): the office's own rate. */
function officeFigures(fc: FigureContext, rows: readonly AbsenceDbRow[], names: ReadonlyMap<number, NamedStaff>, window: { from: string; to: string }): AbsenceOverview['office'] {
  let spells = 0;
  let days = 0;
  for (const r of rows) {
    const lost = sumLost(countedDays(spellOf(fc, r), dayFacts(fc, r.staffId), fc.today, window));
    if (lost > 0) {
      spells += 1;
      days += lost;
    }
  }
  // The rate compares days lost with days due, so only people with a rota to compare with count in it.
  const rowsOf = byStaff(rows);
  let daysScheduled = 0;
  let daysLostWithRota = 0;
  for (const staffId of names.keys()) {
    const f = figuresFor(fc, staffId, rowsOf.get(staffId) ?? []);
    if (f.absenceRate === null) continue;
    daysScheduled += f.daysScheduled;
    daysLostWithRota += f.daysLostAllKinds;
  }
  return { spells, days, daysScheduled, absenceRate: daysScheduled === 0 ? null : daysLostWithRota / daysScheduled };
}

/** Days lost per month by kind; every kind with a day in the twelve months appears in every month (0 where none), for a steady chart. */
function byMonth(fc: FigureContext, rows: readonly AbsenceDbRow[], months: readonly string[], today: string): AbsenceOverview['byMonth'] {
  const clip = { from: `${months[0]}-01`, to: today };
  const totals = new Map<string, Map<number, number>>(months.map((m) => [m, new Map()]));
  const used = new Set<number>();
  for (const r of rows) {
    for (const d of countedDays(spellOf(fc, r), dayFacts(fc, r.staffId), fc.today, clip)) {
      const month = totals.get(d.date.slice(0, 7))!;
      month.set(r.typeId, (month.get(r.typeId) ?? 0) + d.lost);
      used.add(r.typeId);
    }
  }
  const kinds = [...fc.types.values()].filter((t) => used.has(t.id));
  return months.map((month) => ({ month, days: kinds.map((t) => ({ typeId: t.id, days: totals.get(month)!.get(t.id) ?? 0 })) }));
}

/** Every kind in use, and any retired kind with days in the window, in the office's order. */
function byType(fc: FigureContext, rows: readonly AbsenceDbRow[], window: { from: string; to: string }): AbsenceOverview['byType'] {
  const totals = new Map<number, { days: number; spells: number }>();
  for (const r of rows) {
    const lost = sumLost(countedDays(spellOf(fc, r), dayFacts(fc, r.staffId), fc.today, window));
    if (lost === 0) continue;
    const t = totals.get(r.typeId) ?? { days: 0, spells: 0 };
    totals.set(r.typeId, { days: t.days + lost, spells: t.spells + 1 });
  }
  return [...fc.types.values()]
    .filter((t) => t.active || totals.has(t.id))
    .map((type) => ({ type, days: totals.get(type.id)?.days ?? 0, spells: totals.get(type.id)?.spells ?? 0 }));
}

/** Current staff with absence in the window (or a check-in to offer), highest Bradford factor first. */
function peopleByBradford(fc: FigureContext, rows: readonly AbsenceDbRow[], names: ReadonlyMap<number, NamedStaff>, isCurrent: (id: number) => boolean,
  openCheckin: ReadonlySet<number>): AbsenceOverviewRow[] {
  const rowsOf = byStaff(rows);
  const people: (AbsenceOverviewRow & { sortName: string })[] = [];
  for (const [staffId, who] of names) {
    if (!isCurrent(staffId)) continue;
    const mine = rowsOf.get(staffId) ?? [];
    if (mine.length === 0 && !openCheckin.has(staffId)) continue;
    const figures = figuresFor(fc, staffId, mine);
    if (figures.daysLostAllKinds === 0 && !openCheckin.has(staffId)) continue;
    people.push({ staffId, personId: who.name.personId, name: who.name.name, figures, openCheckin: openCheckin.has(staffId), sortName: who.sortName });
  }
  return people
    .sort((a, b) => b.figures.bradford - a.figures.bradford || a.sortName.localeCompare(b.sortName, 'en-GB'))
    .map(({ sortName: _sort, ...row }) => row);
}
