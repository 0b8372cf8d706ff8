import { BODY_LIMITS, bodyProblem, jsonTextProblem, tooDeep } from './malformed-requests.js';

const MAX_BODY_DEPTH = BODY_LIMITS.depth;

const nested = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('tooDeep', () => {
  it('lets a case with parties and their agents through', () => {
    expect(tooDeep({ parties: [{ name: '王秀英', agent: { name: '刘小军' } }] })).toBeUndefined();
    expect(tooDeep({ f: nested(MAX_BODY_DEPTH - 1) })).toBeUndefined();
    expect(tooDeep('text')).toBeUndefined();
    expect(tooDeep(undefined)).toBeUndefined();
  });

  it('names the top-level field of a value nested deeper than the limit, without recursing', () => {
    expect(tooDeep({ title: '漏水', facts: nested(100_000) })).toBe('facts');
    expect(tooDeep(nested(MAX_BODY_DEPTH + 1))).toBe('a');
    expect(tooDeep([nested(MAX_BODY_DEPTH)])).toBe('0');
  });
});

describe('bodyProblem', () => {
  const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
  const party = () => ({
    ...keys(25),
    agent: { name: '刘小军', phone: '13700000003', authority: '一般授权' },
  });

  it('lets the largest legitimate bodies through: a case of 50 parties, an agreement of 50 terms', () => {
    expect(bodyProblem({ ...keys(30), parties: Array.from({ length: 50 }, party) })).toBeUndefined();
    expect(bodyProblem({ facts: '漏水', terms: Array.from({ length: 50 }, () => keys(10)) })).toBeUndefined();
    expect(bodyProblem(keys(BODY_LIMITS.keys))).toBeUndefined();
    expect(bodyProblem(Array(BODY_LIMITS.items).fill(0))).toBeUndefined();
  });

  it('names the bound exceeded and the top-level field holding it', () => {
    expect(bodyProblem(keys(150_000))).toEqual({ problem: 'tooManyKeys', field: '' });
    expect(bodyProblem({ title: '漏水', parties: [party(), keys(201)] })).toEqual({
      problem: 'tooManyKeys',
      field: 'parties',
    });
    expect(bodyProblem(Array(1_000_000).fill(0))).toEqual({ problem: 'tooManyItems', field: '' });
    expect(bodyProblem({ parties: Array.from({ length: 10_000 }, () => ({ a: 1 })) })).toEqual({
      problem: 'tooManyItems',
      field: 'parties',
    });
    expect(bodyProblem({ parties: Array.from({ length: 200 }, () => keys(150)) })).toEqual({
      problem: 'tooManyValues',
      field: 'parties',
    });
    expect(bodyProblem({ a: nested(100) })).toEqual({ problem: 'tooDeep', field: 'a' });
  });
});

describe('jsonTextProblem', () => {
  const text = (value: unknown) => Buffer.from(JSON.stringify(value));
  const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));

  it('finds in the text what bodyProblem finds in the parsed body, with the same field', () => {
    const bodies: unknown[] = [
      {
        title: '漏水, "引号" [括号] {花括号}',
        parties: Array.from({ length: 50 }, () => ({ ...keys(25), agent: { a: 1 } })),
      },
      keys(BODY_LIMITS.keys),
      keys(BODY_LIMITS.keys + 1),
      { title: '漏水', parties: [keys(3), keys(201)] },
      Array(1001).fill(0),
      { parties: Array.from({ length: 10_000 }, () => ({ a: 1 })) },
      { parties: Array.from({ length: 200 }, () => keys(150)) },
      { a: nested(100) },
      [nested(100)],
      { 'a\\"b': nested(30) },
      [],
      {},
      '漏水',
    ];
    for (const body of bodies) expect(jsonTextProblem(text(body))).toEqual(bodyProblem(body));
  });

  it('reads a 2 MB text of 150,000 keys in milliseconds, before it is parsed', () => {
    const big = Buffer.from(`{${Array.from({ length: 150_000 }, (_, i) => `"k${i}":0`).join(',')}}`);
    const started = performance.now();
    expect(jsonTextProblem(big)).toEqual({ problem: 'tooManyKeys', field: '' });
    const whole = Buffer.from(JSON.stringify({ facts: 'x'.repeat(2_000_000) }));
    expect(jsonTextProblem(whole)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
