import { PersonalDataCipher } from '../../common/personal-data.js';
import { IdentifierSearchLimiter, searchCondition, tokenGrams } from './case-search.js';

const cipher = new PersonalDataCipher(Buffer.alloc(32, 9));
const caller = { id: '00000000-0000-4000-8000-000000000001', role: 'director' as const };

describe('case search', () => {
  it('turns Chinese and latin tokens into the bigrams the index holds', () => {
    expect(tokenGrams('张三丰')).toEqual(['张三', '三丰']);
    expect(tokenGrams('张')).toEqual(['张']);
    expect(tokenGrams('A')).toEqual([]);
    expect(tokenGrams('0012')).toEqual(['00', '01', '12']);
  });

  it('searches each word of a query, rechecking the substring only where one n-gram cannot prove it', () => {
    const condition = searchCondition('王 漏水 楼上漏水', cipher, caller)!;
    expect(condition.params).toMatchObject({
      qGrams0: "'王'",
      qGrams1: "'漏水'",
      qGrams2: "'楼上' & '上漏' & '漏水'",
      qText2: '楼上漏水',
    });
    expect(condition.params).not.toHaveProperty('qText0');
    expect(condition.params).not.toHaveProperty('qText1');
  });

  it('reduces tsquery and SQL syntax in a query to plain words', () => {
    const condition = searchCondition("张三' | !李四:* ); DROP", cipher, caller)!;
    expect(condition.params).toMatchObject({
      qGrams0: "'张三'",
      qGrams1: "'李四'",
      qGrams2: "'dr' & 'ro' & 'op'",
      qText2: 'drop',
    });
  });

  it('finds ID numbers and mobiles by their keyed hash, never by their text', () => {
    const byId = searchCondition('330681198503150021', cipher, caller)!;
    expect(byId.sql).toContain('id_number_hash');
    expect(JSON.stringify(byId.params)).not.toContain('330681198503150021');
    expect(searchCondition('13800000001', cipher, caller)!.sql).toContain('phone_hash');
  });

  it('answers an exact number only on cases the caller reads in full, and never for a recorder', () => {
    const byPhone = searchCondition('13800000001', cipher, caller)!;
    expect(byPhone.sql).toContain('c.registered_by_id = :qUser');
    expect(byPhone.params['qUser']).toBe(caller.id);
    expect(byPhone.identifier).toMatchObject({ kind: 'phone' });
    expect(byPhone.identifier!.digest).not.toBe(byPhone.params['qHash']);
    expect(searchCondition('13800000001', cipher, { ...caller, role: 'recorder' })!.sql).toContain('FALSE');
    expect(searchCondition('楼上漏水', cipher, caller)!.identifier).toBeUndefined();
  });

  it('allows 30 exact-number searches a minute per user, then answers 429 with Retry-After', () => {
    let now = 1_000_000;
    const limiter = new IdentifierSearchLimiter(30, () => now);
    for (let i = 0; i < 30; i++) limiter.take('u1');
    expect(() => limiter.take('u1')).toThrow(expect.objectContaining({ status: 429 }));
    limiter.take('u2');
    now += 60_001;
    expect(() => limiter.take('u1')).not.toThrow();
  });

  it('ignores an empty query', () => {
    expect(searchCondition('   ', cipher, caller)).toBeUndefined();
  });
});
