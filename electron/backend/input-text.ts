// Text that is not well-formed Unicode (half of a two-part character, a "lone surrogate") cannot be
// stored faithfully: SQLite turns it into U+FFFD, so two different names could become one and break a
// unique index, or a name be saved changed. It is refused at the door, naming the field, before any
// schema or service sees it. Nothing a keyboard types produces it; a broken paste or a fuzzer can.

// String.prototype.isWellFormed is ES2024; the same test as a pattern: a high half with no low half after
// it, or a low half with no high half before it.
const LONE_HALF = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (text: string): boolean => !LONE_HALF.test(text);

/** The path ('a.b.0') of the first string in `value` that is not well-formed, or null when all are. */
export function malformedTextPath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return wellFormed(value) ? null : path.join('.') || 'form';
  if (value === null || typeof value !== 'object' || depth > 64) return null; // deeper input fails its schema anyway
  for (const [key, item] of Object.entries(value)) {
    if (!wellFormed(key)) return [...path, 'form'].join('.');
    const found = malformedTextPath(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}
