import { amountInCapitals } from './chinese-money.js';

describe('amounts in Chinese capitals', () => {
  it.each([
    ['3000.00', '叁仟元整'],
    ['3200.00', '叁仟贰佰元整'],
    ['12000.00', '壹万贰仟元整'],
    ['10500.50', '壹万零伍佰元伍角'],
    ['100000.00', '壹拾万元整'],
    ['1000001.00', '壹佰万零壹元整'],
    ['80.05', '捌拾元零伍分'],
    ['0.00', '零元整'],
    ['0.30', '叁角'],
    ['100000000.00', '壹亿元整'],
    ['2008.10', '贰仟零捌元壹角'],
  ])('%s → %s', (amount, capitals) => {
    expect(amountInCapitals(amount)).toBe(capitals);
  });
});
