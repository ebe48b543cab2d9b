// Money is integer pence and time is integer minutes until a person or a file sees them; then each
// total is rounded once. Rounding each shift drifts: three 20-minute sessions must make 1.00 hour,
// not 3 x 0.33 = 0.99.

/**
 * numerator / denominator to the nearest integer, halves away from zero ("half-up" as people round
 * by hand, and as payroll products show amounts). Integers in, integer out; no floating-point halves.
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new RangeError(`divideRounded needs safe integers and a non-zero divisor, got ${numerator}/${denominator}`);
  }
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const a = Math.abs(numerator);
  const b = Math.abs(denominator);
  let q = Math.floor(a / b);
  let r = a - q * b;
  // The float division can land one off for very large values; settle it exactly.
  if (r < 0) { q -= 1; r += b; } else if (r >= b) { q += 1; r -= b; }
  return sign * (2 * r >= b ? q + 1 : q) || 0; // `|| 0` turns -0 into 0
}

/** Minutes -> hundredths of an hour, rounded once: 60 -> 100, 20 -> 33, 3 x 20 -> 100. */
export const minutesToHundredths = (minutes: number): number => divideRounded(minutes * 100, 60);

/** Minutes -> decimal hours to 2 dp, as a number for a spreadsheet cell: 450 -> 7.5. */
export const minutesToDecimalHours = (minutes: number): number => minutesToHundredths(minutes) / 100;

/** Minutes -> decimal hours as payroll files write them: 450 -> "7.50", 349 -> "5.82". */
export const formatDecimalHours = (minutes: number): string => formatHundredths(minutesToHundredths(minutes));

/** Pay for minutes at an hourly rate in pence, rounded once to the penny (half-up). */
export const payPence = (minutes: number, ratePencePerHour: number): number => divideRounded(minutes * ratePencePerHour, 60);

/** Pay for several stretches at their own rates, rounded once on the total rather than per stretch. */
export function payPenceForParts(parts: readonly { minutes: number; ratePence: number }[]): number {
  let exact = 0; // in pence-minutes: pence x 60, so still an integer
  for (const p of parts) exact += p.minutes * p.ratePence;
  return divideRounded(exact, 60);
}

/** Basis points of an amount (1207 = 12.07%), rounded once: used for holiday accrual and rolled-up pay. */
export const percentOf = (amount: number, basisPoints: number): number => divideRounded(amount * basisPoints, 10_000);

/** 123450 -> "1234.50": a plain decimal for CSV files, built from integers so no float can creep in. */
export const penceToDecimal = (pence: number): string => formatHundredths(pence);

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** 123450 -> "£1,234.50"; -150 -> "-£1.50". Any integer pence / 100 is close enough to format exactly. */
export const formatPounds = (pence: number): string => pounds.format(pence / 100);

function formatHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
