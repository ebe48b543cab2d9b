// Numbers as people type them for the dated figures, turned into the whole small units they are stored
// in: a percentage into basis points (12.07% -> 1207), weeks into tenths (5.6 -> 56), counts of days,
// weeks or miles. Done on the digits, never by multiplying floats (12.07 * 100 is 1207.0000000000002).
// Digits past what the unit holds come back as a fraction ("12.075" -> 1207.5), so the schema can say
// "to at most two decimal places" rather than silently rounding what was typed.

/** "whole.fraction" scaled by 10^places, from the digits; null when it is not a plain number. */
function scaled(text: string, places: number): number | null {
  const m = /^(\d{1,7})(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const fraction = m[2] ?? '';
  const kept = fraction.slice(0, places).padEnd(places, '0');
  const rest = fraction.slice(places);
  return Number(m[1]) * 10 ** places + Number(kept || '0') + (rest ? Number(`0.${rest}`) : 0);
}

/** "12.07", "12.07%" or "80" -> 1207 or 8000 basis points (hundredths of a percent). */
export const parsePercent = (text: string): number | null => scaled(text.trim().replace(/\s*%$/, ''), 2);

/** "5.6" or "5" weeks -> 56 or 50 tenths of a week. */
export const parseTenths = (text: string): number | null => scaled(text.trim().replace(/\s*weeks?$/i, ''), 1);

/** A count of days, weeks or miles: "3", "10,000" or "10000". "3.5" comes back as 3.5 for the schema to refuse. */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

/** 1207 -> "12.07%", 8000 -> "80%", 1250 -> "12.5%". */
export function formatPercent(basisPoints: number): string {
  const fraction = String(basisPoints % 100).padStart(2, '0').replace(/0+$/, '');
  return `${Math.floor(basisPoints / 100)}${fraction ? `.${fraction}` : ''}%`;
}

/** 56 -> "5.6", 50 -> "5". */
export const formatTenths = (tenths: number): string => `${Math.floor(tenths / 10)}${tenths % 10 ? `.${tenths % 10}` : ''}`;

/** 10000 -> "10,000". */
export const formatCount = (n: number): string => n.toLocaleString('en-GB');
