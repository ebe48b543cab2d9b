// Business mileage paid at HMRC's approved rates (uk-rules.md): 45p a mile for the first 10,000
// business miles in the tax year (6 April to 5 April), 25p after. Paid at these rates it is tax-free,
// so it travels as its own pay element, never as pay.
//
// Miles are stored as integer TENTHS of a mile (12.3 miles = 123): route planners and odometers give
// one decimal, and whole miles would shave up to half a mile off every trip. Money stays in pence;
// a tenth of a mile at 45p is 4.5p, so the sum is kept in tenth-pence and rounded once, at the total.
import { taxYearStart } from './calendar';
import { type Dated, requireInForce } from './dated';
import { divideRounded } from './rounding';

export interface MileageRates extends Dated {
  firstBandPencePerMile: number; // 45
  laterPencePerMile: number; // 25
  firstBandMiles: number; // 10,000 a tax year
}

export interface Trip {
  date: string;
  tenths: number; // tenths of a mile
}

export interface MileageLine {
  pencePerMile: number;
  tenths: number;
}

export type MileageResult =
  | { ok: true; pence: number; lines: MileageLine[] }
  | { ok: false; message: string };

/** 123 -> "12.3" */
export const formatTenths = (tenths: number): string => `${Math.floor(tenths / 10)}.${tenths % 10}`;

/**
 * Pay for a set of trips. `claimedBefore(taxYearStart)` gives the tenths already paid in that tax year
 * before these trips, so the 10,000-mile band carries across pay periods and a period that spans
 * 6 April starts the count again. Trips are counted in date order; a trip that crosses the band is
 * split. `lines` gives miles per rate, as a payroll file wants them (one line per rate).
 */
export function mileagePay(trips: readonly Trip[], claimedBefore: (taxYearStart: string) => number, table: readonly MileageRates[]): MileageResult {
  const used = new Map<string, number>(); // tax year -> tenths counted so far
  const byRate = new Map<number, number>(); // pence per mile -> tenths
  for (const trip of [...trips].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const found = requireInForce(table, trip.date, 'mileage rate');
    if (!found.ok) return found;
    const rates = found.row;
    const year = taxYearStart(trip.date);
    const before = used.get(year) ?? claimedBefore(year);
    const roomInFirstBand = Math.max(0, rates.firstBandMiles * 10 - before);
    const first = Math.min(trip.tenths, roomInFirstBand);
    add(byRate, rates.firstBandPencePerMile, first);
    add(byRate, rates.laterPencePerMile, trip.tenths - first);
    used.set(year, before + trip.tenths);
  }
  const lines = [...byRate].filter(([, tenths]) => tenths > 0).map(([pencePerMile, tenths]) => ({ pencePerMile, tenths }));
  const tenthPence = lines.reduce((sum, l) => sum + l.pencePerMile * l.tenths, 0);
  return { ok: true, pence: divideRounded(tenthPence, 10), lines };
}

function add(map: Map<number, number>, key: number, tenths: number): void {
  if (tenths > 0) map.set(key, (map.get(key) ?? 0) + tenths);
}
