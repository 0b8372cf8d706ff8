import { MAX_BODY_DEPTH, tooDeep } from './malformed-requests.js';

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
