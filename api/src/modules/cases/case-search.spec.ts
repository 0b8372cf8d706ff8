import { PersonalDataCipher } from '../../common/personal-data.js';
import { searchCondition, tokenGrams } from './case-search.js';

const cipher = new PersonalDataCipher(Buffer.alloc(32, 9));

describe('case search', () => {
  it('turns Chinese and latin tokens into the bigrams the index holds', () => {
    expect(tokenGrams('张三丰')).toEqual(['张三', '三丰']);
    expect(tokenGrams('张')).toEqual(['张']);
    expect(tokenGrams('A')).toEqual([]);
    expect(tokenGrams('0012')).toEqual(['00', '01', '12']);
  });

  it('searches each word of a query, rechecking the substring only where one n-gram cannot prove it', () => {
    const condition = searchCondition('王 漏水 楼上漏水', cipher)!;
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
    const condition = searchCondition("张三' | !李四:* ); DROP", cipher)!;
    expect(condition.params).toMatchObject({
      qGrams0: "'张三'",
      qGrams1: "'李四'",
      qGrams2: "'dr' & 'ro' & 'op'",
      qText2: 'drop',
    });
  });

  it('finds ID numbers and mobiles by their keyed hash, never by their text', () => {
    const byId = searchCondition('330681198503150021', cipher)!;
    expect(byId.sql).toContain('id_number_hash');
    expect(JSON.stringify(byId.params)).not.toContain('330681198503150021');
    expect(searchCondition('13800000001', cipher)!.sql).toContain('phone_hash');
  });

  it('ignores an empty query', () => {
    expect(searchCondition('   ', cipher)).toBeUndefined();
  });
});
