import fc from 'fast-check';
import type { Operation } from './fuzz-openapi.js';
import {
  encodeSegment,
  evilStringArb,
  evilValueArb,
  type IdPool,
  paramStringArb,
  RAW_SEGMENTS,
  schemaValueArb,
} from './fuzz-values.js';

/** One generated request; `role` names whose credentials the sender adds. */
export interface FuzzRequest {
  op: string;
  role: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** How the body was made (for the report). */
  bodyKind: string;
}

const MALFORMED_JSON = [
  '{',
  '{"a":',
  '[1,2',
  'nul',
  '{"a":1}}',
  "{'a':1}",
  '{"a":NaN}',
  '\u0000',
  '{"a":"\\ud800"}',
];
const WRONG_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'application/octet-stream',
  'image/png',
  'application/json-patch+json',
  'multipart/form-data',
];
const BAD_CHARSETS = [
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json; charset=x-nope',
];
const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

const json = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'null');
/** Over the 2 MB limit of JSON bodies. */
const TOO_LARGE = json({ facts: 'x'.repeat(3 * 1024 * 1024) });
/** Node refuses request lines and headers over 16 KB before the app sees them. */
const LONG_URL = 12_000;

/** A multipart body with one part; `boundary: false` sends a broken one. */
function multipart(
  field: string,
  filename: string,
  type: string,
  content: Buffer,
  ok: boolean,
): [string, Buffer] {
  const boundary = 'fuzzBoundary7MA4YWxkTrZu0gW';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  const tail = ok ? `\r\n--${boundary}--\r\n` : '\r\n--wrong';
  return [
    `multipart/form-data; boundary=${boundary}`,
    Buffer.concat([Buffer.from(head), content, Buffer.from(tail)]),
  ];
}

const fileContent = fc.oneof(
  fc.constant(Buffer.alloc(0)),
  fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a)),
  fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(a)])),
  fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.concat([PNG_HEAD, Buffer.from(a)])),
  fc.constant(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF')),
  fc.constant(Buffer.from('{{#each this}}{{constructor.constructor "x"}}{{/each}} ${7*7}')),
  fc.constant(Buffer.alloc(3 * 1024 * 1024, 0x41)),
);

function bodyArb(op: Operation, pool: IdPool): fc.Arbitrary<{ kind: string; type?: string; body?: Buffer }> {
  const schema = op.body ?? {};
  const value = (badness: number) => schemaValueArb(schema, pool, badness);
  const options: fc.WeightedArbitrary<{ kind: string; type?: string; body?: Buffer }>[] = [
    { weight: op.body ? 2 : 6, arbitrary: fc.constant({ kind: 'none' }) },
    {
      weight: 12,
      arbitrary: fc
        .constantFrom(0, 0.05, 0.2, 0.5, 1)
        .chain(value)
        .map((v) => ({ kind: 'json', type: 'application/json', body: json(v) })),
    },
    {
      weight: 2,
      arbitrary: evilValueArb(pool).map((v) => ({
        kind: 'json-top',
        type: 'application/json',
        body: json(v),
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...MALFORMED_JSON)
        .map((s) => ({ kind: 'malformed', type: 'application/json', body: Buffer.from(s) })),
    },
    {
      weight: 1,
      arbitrary: value(0.1).map((v) => {
        // Invalid UTF-8 inside a string of an otherwise plausible body.
        const text = JSON.stringify({ ...(typeof v === 'object' && v ? v : {}), title: '@@' }).replace(
          '@@',
          '\u0001',
        );
        const [before, after] = text.split('\u0001');
        const bytes = Buffer.concat([
          Buffer.from(before!),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
          Buffer.from(after!),
        ]);
        return { kind: 'invalid-utf8', type: 'application/json', body: bytes };
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...WRONG_TYPES, ...BAD_CHARSETS), value(0))
        .map(([type, v]) => ({ kind: 'wrong-type', type, body: json(v) })),
    },
    {
      weight: 1,
      arbitrary: fc.constant({ kind: 'too-large', type: 'application/json', body: TOO_LARGE }),
    },
  ];
  const upload = op.consumes.some((c) => c.startsWith('multipart/') || c === 'application/pdf');
  options.push({
    weight: upload ? 12 : 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('file', 'file', 'scan', 'p12', 'template', 'other'),
        fc.constantFrom('a.pdf', 'x.p12', 'seal.png', '../../etc/passwd', '报告.pdf', 'a\u0000b.pdf'),
        fc.constantFrom('application/pdf', 'application/x-pkcs12', 'image/png', 'text/html'),
        fileContent,
        fc.boolean(),
      )
      .map(([field, name, type, content, ok]) => {
        const [contentType, body] = multipart(field, name, type, content, ok || content.length > 1000);
        return { kind: ok ? 'multipart' : 'multipart-broken', type: contentType, body };
      }),
  });
  if (op.consumes.includes('application/pdf')) {
    options.push({
      weight: 6,
      arbitrary: fileContent.map((body) => ({ kind: 'pdf', type: 'application/pdf', body })),
    });
  }
  return fc.oneof(...options);
}

function queryArb(op: Operation, pool: IdPool): fc.Arbitrary<string> {
  const documented = op.query.map((p) =>
    fc.option(
      fc.tuple(
        fc.constant(p.name),
        paramStringArb(p.schema, pool),
        fc.option(paramStringArb(p.schema, pool), { freq: 8 }),
      ),
      { freq: 2 },
    ),
  );
  const extra = fc.option(
    fc.tuple(
      fc.constantFrom(
        'foo',
        '__proto__[admin]',
        'page',
        'pageSize',
        'organisationId',
        'q',
        'a[b][c]',
        'format',
      ),
      evilStringArb.filter((s) => s.length < 1000),
    ),
    { freq: 4 },
  );
  return fc.tuple(fc.tuple(...documented), extra).map(([params, more]) => {
    const parts: string[] = [];
    for (const param of params) {
      if (!param) continue;
      const [name, value, repeated] = param;
      parts.push(`${encodeURIComponent(name)}=${encodeSegment(value)}`);
      if (repeated !== null) parts.push(`${encodeURIComponent(name)}=${encodeSegment(repeated)}`);
    }
    if (more) parts.push(`${encodeURIComponent(more[0])}=${encodeSegment(more[1])}`);
    return parts.length ? `?${parts.join('&')}` : '';
  });
}

function pathArb(op: Operation, pool: IdPool): fc.Arbitrary<string> {
  const segments = op.pathParams.map((p) =>
    fc.oneof(
      { weight: 10, arbitrary: paramStringArb(p.schema, pool).map(encodeSegment) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    ),
  );
  return fc.tuple(...segments).map((values) => {
    let url = op.path;
    op.pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, values[i] || '%20')));
    return url;
  });
}

const headerArb = fc.record(
  {
    'Idempotency-Key': fc.oneof(
      fc.constantFrom('k-1', 'same-key', ' ', 'ä', 'x'.repeat(101), "'; DROP TABLE idempotency_keys;--"),
      fc
        .string({ unit: 'binary-ascii', minLength: 1, maxLength: 120 })
        .map((s) => s.replace(/[^\t\x20-\x7e]/g, '')),
    ),
    'If-Match': fc.constantFrom('"1"', '"0"', '"-1"', 'W/"abc"', '*', '"99999999999999999999"', 'abc'),
    Accept: fc.constantFrom('application/pdf', 'text/html', '*/*', 'application/xml'),
  },
  { requiredKeys: [] },
);

/** A request to `op` as one of `roles`. */
export function requestArb(op: Operation, roles: string[], pool: IdPool): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      role: fc.constantFrom(...roles),
      path: pathArb(op, pool),
      query: queryArb(op, pool),
      body: bodyArb(op, pool),
      headers: fc.option(headerArb, { freq: 3 }),
    })
    .map(({ role, path, query, body, headers }) => {
      const url = path + query;
      // Node answers an over-long address at once and closes: a body would meet a closed socket.
      const sent = url.length > LONG_URL ? { kind: 'none (long url)' } : body;
      return {
        op: op.key,
        role,
        method: op.method,
        url,
        headers: { ...(headers ?? {}), ...(sent.type ? { 'Content-Type': sent.type } : {}) },
        body: sent.body,
        bodyKind: sent.kind,
      };
    });
}
