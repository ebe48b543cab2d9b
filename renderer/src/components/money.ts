// Money as people type it: "12.71" or "£12.71" -> 1271 pence; never through floating-point sums.
export function parsePounds(text: string): number | null {
  const m = /^£?\s*(\d{1,4})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Hours a week as people type them: "16", "7.5" or "7:30" -> minutes. */
export function parseHours(text: string): number | null {
  const t = text.trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const decimal = /^(\d{1,2})(?:\.(\d{1,2}))?$/.exec(t);
  if (!decimal) return null;
  return Number(decimal[1]) * 60 + Math.round(Number(`0.${decimal[2] ?? '0'}`) * 60);
}

export const formatHours = (minutes: number): string => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? String(h) : `${h}:${String(m).padStart(2, '0')}`;
};

/**
 * A rate in pence as people say it: "45", "45p" -> 45; "£0.45" (pounds, given the sign) -> 45. A
 * fraction of a penny ("45.5") comes back as it is, so the schema can say "a whole number of pence".
 */
export function parsePence(text: string): number | null {
  const t = text.trim();
  if (t.startsWith('£')) return parsePounds(t);
  const m = /^(\d{1,4}(?:\.\d+)?)\s*p?$/i.exec(t);
  return m ? Number(m[1]) : null;
}
