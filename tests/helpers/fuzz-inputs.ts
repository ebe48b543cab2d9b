// Random and malformed inputs for the IPC property tests. Most are shaped by the channel's own zod
// schema (read from its definition), so they get past the first check and reach the refinements and
// the services behind them: plausible values, values at and beyond each limit, ids of records that
// exist and do not, and mutants with one part of the wrong type. The rest are anything at all, and
// the extremes: huge strings, deep nesting, long arrays, prototype-pollution keys, lone surrogates.
import fc from 'fast-check';

interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

interface Limits {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  min?: number;
  max?: number;
}

/** What zod's checks on a string, number or array say about its limits. */
function limitsOf(def: Def): Limits {
  const limits: Limits = {};
  for (const check of (def.checks as unknown[] | undefined) ?? []) {
    const c = defOf(check) as Def & { check: string; minimum?: number; maximum?: number; pattern?: RegExp; value?: number };
    if (c.check === 'min_length') limits.minLength = c.minimum;
    else if (c.check === 'max_length') limits.maxLength = c.maximum;
    else if (c.check === 'string_format' && c.pattern instanceof RegExp) limits.pattern = c.pattern;
    else if (c.check === 'greater_than' && typeof c.value === 'number') limits.min = c.value;
    else if (c.check === 'less_than' && typeof c.value === 'number') limits.max = c.value;
  }
  return limits;
}

/** Strings that have broken apps before: empty, blank, injection, paths, dates that are not, control characters. */
export const AWKWARD_STRINGS = [
  '', ' ', '\t\n', '0', '-1', '1e309', 'null', 'undefined', 'NaN', 'true', '[]', '{}', '{"__proto__":{"polluted":true}}',
  "'; DROP TABLE people; --", "Robert'); DELETE FROM staff; --", '" OR 1=1 --', '%', '_', '\\', '\u0000', 'a\u0000b', '\u202eevil', '\ud800', '\udfff',
  '🙂', 'Zoë Ñúñez-Ó\u0301', 'ＡＢＣ', 'Zebedee', '2026-11-27', '2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '27/11/2026', '9999-12-31', '0000-01-01',
  '2026-11-27T10:00:00Z', '2026-11', '2026-W48', '2026-11-02_2026-11-29', '24:00', '09:30', 'BN11 1AA', 'bn111aa', 'ZZ99 9ZZ', '07700 900123', '+44 7700 900123',
  'name@example.org', 'QQ123456C', 'AB123456C', 'PS001', '../../etc/passwd', '/etc/passwd', '/dev/zero', '/proc/self/environ', 'C:\\Windows\\win.ini',
  '\\\\server\\share\\office.db', 'file:///etc/passwd', 'con', 'NUL', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'then',
];

const AWKWARD_NUMBERS = [
  0, -0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1, 0.5, 1.5, 59, 60, 1439, 1440, 2026, 2_147_483_647, -2_147_483_648, 2 ** 31, 2 ** 32, 2 ** 53,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON,
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21,
];

/** Keys that must never reach an object's prototype or an SQL statement. */
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then'];

/** Anything that can cross Electron's IPC (the structured clone): Maps, Sets, Dates, typed arrays, BigInt, holes, null prototypes. */
export const anyCloneable: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  maxKeys: 8,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

/** Sets own keys the way JSON.parse would, '__proto__' included, without touching any prototype. */
function withOwnKeys(target: unknown, extra: [string, unknown][]): unknown {
  if (target === null || typeof target !== 'object' || Array.isArray(target)) return target;
  for (const [key, value] of extra) Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

const pollutingExtras = fc.array(fc.tuple(fc.constantFrom(...POLLUTING_KEYS, 'unknownField', 'id', 'isAdmin'), anyCloneable), { maxLength: 3 });

/** The extremes, whatever the channel: each is sized to stress a parser without making the test slow. */
export const extremeInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, 0, '', [], {}, true, Number.NaN),
  fc.constant(null).map(() => 'x'.repeat(200_000)),
  fc.constant(null).map(() => '\ud83d'.repeat(50_000)),
  fc.constant(null).map(() => Array.from({ length: 20_000 }, (_, i) => i)),
  fc.constant(null).map(() => Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`key${i}`, i]))),
  fc.integer({ min: 100, max: 1_500 }).map((depth) => {
    let value: unknown = { id: 1 };
    // A chain, never shared references: a counterexample must print in linear time.
    for (let i = 0; i < depth; i++) value = i % 2 ? { id: 1, member: value } : [value];
    return value;
  }),
  fc.constant(null).map(() => JSON.parse('{"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}}}') as unknown),
);

interface Shape {
  /** Values a person might really enter (dates near today, short words, small ids, times of day): to get past validation. */
  plausible: boolean;
  /** Out of 100: how often a part is replaced by something of any type. 0 keeps every part the schema's own type. */
  wildPercent: number;
}

const PLAIN_WORDS = ['Zebedee', 'Quaintance', 'Ottoline Fairweather', 'Oaklands Ward', 'Peer supporter', 'Looking after yourself', 'Office', 'Worthing', 'xlsx', 'Sickness'];
const PLAUSIBLE_CONTACTS = ['BN11 1AA', '07700 900123', 'zebedee@example.org', 'QQ 12 34 56 C', 'PS001'];

function plausibleString(limits: Limits): fc.Arbitrary<string> {
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 5, arbitrary: fc.date({ min: new Date('2026-01-01'), max: new Date('2027-06-30'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
    { weight: 4, arbitrary: fc.constantFrom(...PLAIN_WORDS) },
    { weight: 2, arbitrary: fc.constantFrom(...PLAUSIBLE_CONTACTS) },
    { weight: 1, arbitrary: fc.constantFrom('', '2026-11', '2026-10', '2026-11-02') },
  ];
  if (limits.pattern) {
    try {
      options.push({ weight: 6, arbitrary: fc.stringMatching(limits.pattern, { maxLength: 40 }) });
    } catch {
      // A pattern fast-check cannot generate from: the other strings still test it.
    }
  }
  return fc.oneof(...options);
}

const plausibleNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 8 }) }, // ids of records that exist
  { weight: 3, arbitrary: fc.integer({ min: 32, max: 72 }).map((q) => q * 15) }, // 08:00 to 18:00 in quarter hours
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 2_500 }) }, // an hourly rate in pence
);

function stringArb(limits: Limits): fc.Arbitrary<string> {
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 4, arbitrary: fc.constantFrom(...AWKWARD_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 2, arbitrary: fc.date({ min: new Date('1899-01-01'), max: new Date('2101-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7)) },
    { weight: 1, arbitrary: fc.constantFrom(1_000, 20_000).map((n) => 'é'.repeat(n)) },
  ];
  if (limits.pattern) {
    try {
      options.push({ weight: 4, arbitrary: fc.stringMatching(limits.pattern, { maxLength: 40 }) });
    } catch {
      // A pattern fast-check cannot generate from (a look-behind, say): the other strings still test it.
    }
  }
  const edges = [limits.minLength, limits.maxLength].filter((n): n is number => n !== undefined).flatMap((n) => [n - 1, n, n + 1]).filter((n) => n >= 0 && n < 100_000);
  if (edges.length) options.push({ weight: 2, arbitrary: fc.constantFrom(...edges).map((n) => 'a'.repeat(n)) });
  return fc.oneof(...options);
}

function numberArb(limits: Limits): fc.Arbitrary<number> {
  const edges = [limits.min, limits.max].filter((n): n is number => n !== undefined && Number.isFinite(n)).flatMap((n) => [n - 1, n, n + 1]);
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }) }, // the ids of records that exist, and a few that do not
    { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_NUMBERS, ...edges) },
    { weight: 2, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_440 * 2 }) }, // minutes of a day, and beyond
    { weight: 1, arbitrary: fc.double() },
  );
}

function shaped(schema: unknown, shape: Shape, depth: number): fc.Arbitrary<unknown> {
  if (shape.plausible) return plausibleShape(defOf(schema), shape, depth);
  const def = defOf(schema);
  const own = ownShape(def, shape, depth);
  if (shape.wildPercent === 0 || depth > 10) return own;
  return fc.oneof({ weight: 100 - shape.wildPercent, arbitrary: own }, { weight: shape.wildPercent, arbitrary: anyCloneable });
}

/** The schema's own shape with values a person might enter; whatever has no plausible form falls back to ownShape. */
function plausibleShape(def: Def, shape: Shape, depth: number): fc.Arbitrary<unknown> {
  const inner = (schema: unknown) => shaped(schema, shape, depth + 1);
  switch (def.type) {
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape as Record<string, unknown>).map(([key, schema]) => [key, inner(schema)])));
    case 'string':
      return plausibleString(limitsOf(def));
    case 'number':
      return plausibleNumber;
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case 'array':
      return fc.array(inner(def.element), { maxLength: 3 });
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.oneof(fc.constant(undefined), inner(def.innerType));
    default:
      return ownShape(def, shape, depth);
  }
}

function ownShape(def: Def, shape: Shape, depth: number): fc.Arbitrary<unknown> {
  const inner = (schema: unknown) => shaped(schema, shape, depth + 1);
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape as Record<string, unknown>).map(([key, schema]) => [key, inner(schema)] as const);
      const model = Object.fromEntries(fields) as Record<string, fc.Arbitrary<unknown>>;
      const whole = fc.record(model);
      // Sometimes fields go missing, and sometimes extra own keys ride along ('__proto__' among them).
      const gappy = fc.record(model, { requiredKeys: [] });
      return fc.tuple(fc.oneof({ weight: 4, arbitrary: whole }, { weight: 1, arbitrary: gappy }), fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: pollutingExtras }))
        .map(([value, extras]) => (extras.length ? withOwnKeys({ ...value }, extras as [string, unknown][]) : value));
    }
    case 'string':
      return stringArb(limitsOf(def));
    case 'number':
      return numberArb(limitsOf(def));
    case 'boolean':
      return fc.boolean();
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string | number>);
      return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => `${String(v).toUpperCase()} `) });
    }
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'array': {
      const limits = limitsOf(def);
      const element = inner(def.element);
      const options: fc.WeightedArbitrary<unknown[]>[] = [{ weight: 6, arbitrary: fc.array(element, { maxLength: 6 }) }];
      if (limits.maxLength !== undefined && limits.maxLength < 2_000) {
        options.push({ weight: 1, arbitrary: fc.array(element, { minLength: limits.maxLength, maxLength: limits.maxLength + 1 }) });
      }
      return fc.oneof(...options);
    }
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: inner(def.innerType) });
    case 'nullable':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: inner(def.innerType) });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'record':
    {
      // Keys are always strings once they have crossed IPC.
      const keys = ownShape(defOf(def.keyType), { plausible: false, wildPercent: 0 }, depth + 1).filter((k): k is string => typeof k === 'string');
      return fc.dictionary(fc.oneof(keys, fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...POLLUTING_KEYS)), inner(def.valueType), { maxKeys: 5 });
    }
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    default:
      // never, transform, any, unknown, custom...: nothing to aim at, so anything at all.
      return anyCloneable;
  }
}

/**
 * Inputs for one channel: mostly shaped by its schema (values a person might enter, values at and past
 * every edge, and mutants with parts of the wrong type), the rest anything at all or one of the extremes.
 */
export function inputsFor(schema: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: shaped(schema, { plausible: true, wildPercent: 0 }, 0) },
    { weight: 3, arbitrary: shaped(schema, { plausible: false, wildPercent: 0 }, 0) },
    { weight: 3, arbitrary: shaped(schema, { plausible: false, wildPercent: 12 }, 0) },
    { weight: 2, arbitrary: anyCloneable },
    { weight: 1, arbitrary: extremeInput },
  );
}
