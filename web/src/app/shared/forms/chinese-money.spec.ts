import { amountInCapitals, isAmount, normaliseAmount } from './chinese-money';

describe('amountInCapitals (大写金额)', () => {
  it.each([
    ['3000.00', '叁仟元整'],
    ['3000', '叁仟元整'],
    ['12000.00', '壹万贰仟元整'],
    ['10500.50', '壹万零伍佰元伍角'],
    ['3200.05', '叁仟贰佰元零伍分'],
    ['1001', '壹仟零壹元整'],
    ['100000000', '壹亿元整'],
    ['0.00', '零元整'],
    ['0.5', '伍角'],
  ])('%s → %s', (amount, capitals) => {
    expect(amountInCapitals(amount)).toBe(capitals);
  });

  it('gives nothing for text that is not an amount', () => {
    expect(amountInCapitals('')).toBe('');
    expect(amountInCapitals('三千')).toBe('');
    expect(amountInCapitals('3000.001')).toBe('');
    expect(amountInCapitals('-5')).toBe('');
  });

  it('normalises to two decimals as the API stores amounts', () => {
    expect(normaliseAmount('3000')).toBe('3000.00');
    expect(normaliseAmount(' 3000.5 ')).toBe('3000.50');
    expect(normaliseAmount('0030.00')).toBe('30.00');
    expect(normaliseAmount('abc')).toBe('abc');
    expect(isAmount('3000.00')).toBe(true);
    expect(isAmount('3,000')).toBe(false);
  });
});
