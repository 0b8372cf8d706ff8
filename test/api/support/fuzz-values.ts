import fc from 'fast-check';
import type { Schema } from './fuzz-openapi.js';

/** Ids the fuzzer may use: real ids of every table (any organisation's) and forged ones. */
export interface IdPool {
  real: string[];
}

const MB = 1024 * 1024;
/** Built once: fast-check would otherwise grow them character by character. */
const HUGE_ASCII = 'A'.repeat(MB);
const HUGE_CHINESE = '调'.repeat(MB / 3);

export const INJECTIONS = [
  "'; DROP TABLE cases;--",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)--',
  "{{constructor.constructor('x')()}}",
  '{{7*7}}',
  '${7*7}',
  '<%= 7*7 %>',
  '#{7*7}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '\\',
  '"',
  '%s%s%s%n',
  'Robert\'); DROP TABLE "audit_events";--',
];

export const CONTROL = [
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m红\u001b[0m',
  '\r\n\t',
  '\u202e逆序',
  '\ufeff',
  '\uffff',
];
export const SURROGATES = ['\ud800', 'a\udfffb', '\udc00\ud800', '😀\ud83d'];

export const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '0000-01-01',
  '0000-00-00',
  '99999-01-01',
  '+275760-09-14',
  '-000001-01-01',
  '2026-02-28T25:61:00+08:00',
  '2026-11-21T09:00:00+99:00',
  '2026-11-21T09:00:00.123456789Z',
  '1900-01-01',
  '9999-12-31',
  '2026/11/21',
  '21.11.2026',
  'yesterday',
];

export const NUMBER_STRINGS = [
  '-1',
  '-3200.00',
  '0',
  '0.00',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '99999999999999999999999999.99',
  '3200.001',
  '0x10',
  '1_000',
  ' 12 ',
  '１２３',
];

export const NUMBERS = [
  -1,
  0,
  -0.5,
  1.5,
  2 ** 31,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -1e308,
  Number.MIN_VALUE,
];

/** Strings that do not look like an id of anything. */
export const NOT_UUIDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '123',
  '-1',
  '0',
  '1e5',
  '00000000-0000-4000-8000-00000000000g',
  '0000000000004000800000000000000000',
  '{00000000-0000-4000-8000-000000000000}',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

export const deep = (depth: number, leaf: unknown = 'x'): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

const HEX = '0123456789abcdef';
export const uuidArb = fc
  .array(fc.integer({ min: 0, max: 15 }), { minLength: 32, maxLength: 32 })
  .map((d) => {
    const h = d.map((n) => HEX[n]).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  });

export const idArb = (pool: IdPool): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: pool.real.length ? fc.constantFrom(...pool.real) : uuidArb },
    { weight: 2, arbitrary: uuidArb },
    { weight: 1, arbitrary: uuidArb.map((id) => id.toUpperCase()) },
    { weight: 2, arbitrary: fc.constantFrom(...NOT_UUIDS) },
  );

export const evilStringArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.constantFrom(...CONTROL),
  fc.constantFrom(...SURROGATES),
  fc.constantFrom(...IMPOSSIBLE_DATES),
  fc.constantFrom(...NUMBER_STRINGS),
  fc.constantFrom(...NOT_UUIDS),
  fc.constantFrom('', ' ', '　', '\n'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 100, maxLength: 300 }),
  fc.constantFrom(HUGE_ASCII.slice(0, 5000), HUGE_CHINESE.slice(0, 3000)),
  { weight: 1, arbitrary: fc.constantFrom(HUGE_ASCII, HUGE_CHINESE) },
);

/** Anything but what the field expects. */
export const evilValueArb = (pool: IdPool): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: evilStringArb },
    { weight: 2, arbitrary: idArb(pool) },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null, [], {}, [null], [[]], { '': '' }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(JSON.parse('{"__proto__":{"polluted":1}}') as unknown, {
        constructor: { prototype: { polluted: 1 } },
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom(deep(50), deep(2000), deep(4000, [])) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        Array.from({ length: 20000 }, (_, i) => i),
        Array(5000).fill('x'),
      ),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  );

const today = () => new Date().toISOString().slice(0, 10);
const plainText = fc.oneof(
  fc.constantFrom('楼上住户漏水纠纷', '双方同意调解', '王秀英', '枫源村 12 号', '一般授权', 'abc'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
);

/** A value that follows the schema (plausible), with a bad value at some depth now and then. */
export function schemaValueArb(
  schema: Schema,
  pool: IdPool,
  badness: number,
  depth = 0,
): fc.Arbitrary<unknown> {
  const good = goodValueArb(schema, pool, badness, depth);
  if (badness <= 0) return good;
  return fc.oneof(
    { weight: Math.max(1, Math.round((1 - badness) * 10)), arbitrary: good },
    { weight: Math.max(1, Math.round(badness * 10)), arbitrary: evilValueArb(pool) },
  );
}

function goodValueArb(schema: Schema, pool: IdPool, badness: number, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (depth > 6) return fc.constant(null);
  switch (schema.type) {
    case 'integer':
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 10, 1000) }),
        fc.integer(),
      );
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ noNaN: true }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schemaValueArb(schema.items ?? {}, pool, badness, depth + 1), { maxLength: 3 });
    case 'object':
    case undefined:
      if (!schema.properties) return fc.constant({});
      return objectArb(schema, pool, badness, depth);
    default:
      return stringArb(schema, pool);
  }
}

function objectArb(schema: Schema, pool: IdPool, badness: number, depth: number): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(props).map(
    ([name, prop]) => [name, schemaValueArb(prop, pool, badness, depth + 1), required.has(name)] as const,
  );
  const model = Object.fromEntries(entries.map(([name, arb]) => [name, arb]));
  const requiredKeys = entries.filter(([, , r]) => r).map(([name]) => name);
  return fc
    .tuple(
      fc.record(model, { requiredKeys: badness > 0.5 ? [] : requiredKeys }),
      fc.option(
        fc.tuple(fc.constantFrom('extra', '__proto__', 'id', 'organisationId', 'status'), evilValueArb(pool)),
        {
          freq: 6,
        },
      ),
    )
    .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
}

function stringArb(schema: Schema, pool: IdPool): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return idArb(pool);
    case 'date':
      return fc.oneof(fc.constant(today()), fc.constant('2026-11-20'), fc.constantFrom(...IMPOSSIBLE_DATES));
    case 'date-time':
      return fc.oneof(
        fc.constant(new Date().toISOString()),
        fc.constant('2026-11-21T09:00:00+08:00'),
        fc.constantFrom(...IMPOSSIBLE_DATES),
      );
    case 'binary':
      return fc.constant('%PDF-1.4');
    case undefined:
    default:
      if (/amount|money/i.test(schema.format ?? '')) return fc.constantFrom('3200.00', ...NUMBER_STRINGS);
      return plainText;
  }
}

/** A string that is a plausible or hostile value of a path or query parameter. */
export function paramStringArb(schema: Schema, pool: IdPool): fc.Arbitrary<string> {
  const plausible: fc.Arbitrary<string> = schema.enum?.length
    ? fc.constantFrom(...schema.enum.map(String))
    : schema.type === 'integer' || schema.type === 'number'
      ? fc.constantFrom('1', '2', '20', '200')
      : schema.format === 'uuid'
        ? idArb(pool)
        : stringArb(schema, pool);
  return fc.oneof(
    { weight: 10, arbitrary: plausible },
    { weight: 6, arbitrary: idArb(pool) },
    { weight: 8, arbitrary: evilStringArb.filter((s) => s.length < 1000) },
    // Over Node's 16 KB limit of the request line once percent-encoded.
    { weight: 1, arbitrary: fc.constant(HUGE_CHINESE.slice(0, 2000)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...NUMBER_STRINGS, ...IMPOSSIBLE_DATES, '2026-13', '2026-1', '0000-00'),
    },
  );
}

/** Percent-encodes a path segment; lone surrogates (which encodeURIComponent refuses) become raw bytes. */
export function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}

/** Raw path segments that are not valid percent-encoded UTF-8, or that try to leave the route. */
export const RAW_SEGMENTS = [
  '%ff',
  '%C3%28',
  '%ED%A0%80',
  '%E2%82',
  '%',
  '%zz',
  '%00',
  '..',
  '%2e%2e',
  '%2F',
  'a%2Fb',
];
