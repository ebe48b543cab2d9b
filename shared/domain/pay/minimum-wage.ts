// The National Minimum / Living Wage by age band, in force on the date of each shift (it rises each
// 1 April, and a birthday mid-period moves a person up a band). A rate below it is an error the office
// must see; the app warns, the office puts it right.
import { ageOn } from '../dates';
import { addYears } from './calendar';
import { type Dated, requireInForce } from './dated';

export type WageBand = '21-and-over' | '18-20' | 'under-18' | 'apprentice';

export const WAGE_BAND_LABELS: Record<WageBand, string> = {
  '21-and-over': '21 and over', '18-20': '18 to 20', 'under-18': 'Under 18', apprentice: 'Apprentice',
};

export interface MinimumWageRates extends Dated {
  age21AndOverPence: number;
  age18To20Pence: number;
  under18Pence: number;
  apprenticePence: number;
}

/**
 * What the record says about a worker. A date of birth is preferred: a recorded band goes stale on a
 * birthday. The apprentice rate is for apprentices under 19 or in the first year of their apprenticeship
 * (gov.uk); after that they are paid by age like anyone else.
 */
export interface WageWorker {
  dateOfBirth?: string | null;
  recordedBand?: Exclude<WageBand, 'apprentice'> | null;
  apprenticeshipStart?: string | null;
}

export type BandResult = { ok: true; band: WageBand } | { ok: false; message: string };

export function wageBandOn(worker: WageWorker, date: string): BandResult {
  let band: Exclude<WageBand, 'apprentice'>;
  let age: number | null = null;
  if (worker.dateOfBirth) {
    age = ageOn(worker.dateOfBirth, date);
    band = age >= 21 ? '21-and-over' : age >= 18 ? '18-20' : 'under-18';
  } else if (worker.recordedBand) {
    band = worker.recordedBand;
  } else {
    return { ok: false, message: 'Add a date of birth or an age band to check this rate against the minimum wage.' };
  }
  const start = worker.apprenticeshipStart;
  if (start && start <= date) {
    const firstYear = date < addYears(start, 1);
    // With only a recorded band, an 18-year-old cannot be told from a 20-year-old: leaving them on the
    // (higher) age rate can only warn more, never less.
    const under19 = age !== null ? age < 19 : band === 'under-18';
    if (firstYear || under19) return { ok: true, band: 'apprentice' };
  }
  return { ok: true, band };
}

export function minimumRatePence(rates: MinimumWageRates, band: WageBand): number {
  switch (band) {
    case '21-and-over': return rates.age21AndOverPence;
    case '18-20': return rates.age18To20Pence;
    case 'under-18': return rates.under18Pence;
    case 'apprentice': return rates.apprenticePence;
  }
}

export type MinimumWageCheck =
  | { ok: true; below: boolean; band: WageBand; minimumPence: number }
  | { ok: false; message: string };

/** Is an hourly rate (pence) below the minimum for this worker on this date? */
export function belowMinimumWage(ratePence: number, worker: WageWorker, date: string, table: readonly MinimumWageRates[]): MinimumWageCheck {
  const band = wageBandOn(worker, date);
  if (!band.ok) return band;
  const rates = requireInForce(table, date, 'minimum wage');
  if (!rates.ok) return rates;
  const minimumPence = minimumRatePence(rates.row, band.band);
  return { ok: true, below: ratePence < minimumPence, band: band.band, minimumPence };
}
