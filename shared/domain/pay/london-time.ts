// Wall-clock times in England <-> instants. The UK moves its clocks on the last Sunday of March
// (01:00 GMT becomes 02:00 BST) and of October (02:00 BST becomes 01:00 GMT). The offset is read from
// the time-zone data that ships with every JS engine (Intl), so no rule is hand-written here.
import { dayNumber } from './calendar';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

// hourCycle h23: midnight reads 00, not 24 as some engines give with hour12: false.
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
});

/** Minutes London is ahead of UTC at an instant: 0 in winter (GMT), 60 in summer (BST). */
export function londonOffsetMinutes(utcMs: number): number {
  // UK clocks only ever change on a whole UTC hour, so one answer serves the hour. Intl is slow
  // (over ten microseconds a call) and a month's export measures thousands of shifts.
  const hour = Math.floor(utcMs / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size > 100_000) offsetByHour.clear(); // about eleven years of distinct hours
    offset = intlOffsetMinutes(hour * HOUR_MS);
    offsetByHour.set(hour, offset);
  }
  return offset;
}

const offsetByHour = new Map<number, number>();

function intlOffsetMinutes(utcMs: number): number {
  const p: Record<string, number> = {};
  for (const part of londonParts.formatToParts(utcMs)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wallAsUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  return Math.round((wallAsUtc - utcMs) / MINUTE_MS);
}

/** False for the hour the clocks skip each March (01:00-01:59 on the last Sunday): no clock showed it. */
export function londonWallTimeExists(date: string, minutes: number): boolean {
  const wall = dayNumber(date) * DAY_MS + minutes * MINUTE_MS;
  return offsetsThatFit(wall).length > 0;
}

/** True for the hour that happens twice each October (01:00-01:59 on the last Sunday): which one is meant cannot be told. */
export function londonWallTimeIsAmbiguous(date: string, minutes: number): boolean {
  const wall = dayNumber(date) * DAY_MS + minutes * MINUTE_MS;
  return new Set(offsetsThatFit(wall)).size > 1;
}

/**
 * The instant London's clocks show `minutes` after midnight on `date` (minutes may pass 1440 for the
 * next day). Clock-change days follow the usual rule (as Temporal's 'compatible'): a time that happens
 * twice in October is the first, earlier one (BST); a time the clocks skip in March (01:30) is read
 * as if the clocks had not yet gone forward, which lands one hour later on the clock (02:30 BST).
 */
export function londonWallToUtc(date: string, minutes: number): number {
  const wall = dayNumber(date) * DAY_MS + minutes * MINUTE_MS; // the wall reading, counted as if UTC
  const fits = offsetsThatFit(wall).map((o) => wall - o * MINUTE_MS);
  if (fits.length > 0) return Math.min(...fits);
  return wall - londonOffsetMinutes(wall - DAY_MS / 2) * MINUTE_MS; // in the spring gap
}

// The offsets either side of a wall reading (clocks never change twice in a day) that map back onto it:
// two in the repeated October hour, none in the skipped March hour, one otherwise.
function offsetsThatFit(wall: number): number[] {
  const before = londonOffsetMinutes(wall - DAY_MS / 2);
  const after = londonOffsetMinutes(wall + DAY_MS / 2);
  if (before === after) return [before]; // no change within 12 hours either side: the usual, fast case
  return [before, after].filter((o) => londonOffsetMinutes(wall - o * MINUTE_MS) === o);
}
