import { amountInCapitals, isAmount, normaliseAmount } from './chinese-money.js';

describe('amountInCapitals (大写金额)', () => {
  it.each([
    ['3000.00', '叁仟元整'],
    ['3000', '叁仟元整'],
    ['3200.00', '叁仟贰佰元整'],
    ['12000.00', '壹万贰仟元整'],
    ['10500.50', '壹万零伍佰元伍角'],
    ['3200.05', '叁仟贰佰元零伍分'],
    ['100000.00', '壹拾万元整'],
    ['1000001.00', '壹佰万零壹元整'],
    ['1001', '壹仟零壹元整'],
    ['80.05', '捌拾元零伍分'],
    ['2008.10', '贰仟零捌元壹角'],
    ['100000000', '壹亿元整'],
    ['0.00', '零元整'],
    ['0.30', '叁角'],
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

/** Reads capitals back into fen, independently of the writer: digits, 拾佰仟 within a section, 万亿 between. */
function fenOfCapitals(text: string): bigint {
  const digits = '零壹贰叁肆伍陆柒捌玖';
  const small: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };
  const big: Record<string, bigint> = { 万: 10_000n, 亿: 100_000_000n };
  const [yuanText, rest = ''] = text.includes('元') ? text.split('元') : ['', text];
  let total = 0n;
  let section = 0n;
  let digit = 0n;
  for (const ch of yuanText ?? '') {
    const d = digits.indexOf(ch);
    if (d >= 0) digit = BigInt(d);
    else if (small[ch]) {
      section += digit * small[ch];
      digit = 0n;
    } else if (big[ch]) {
      total += (section + digit) * big[ch];
      section = digit = 0n;
    } else throw new Error(`unexpected ${ch} in ${text}`);
  }
  total += section + digit;
  const jiao = /(.)角/.exec(rest)?.[1];
  const fen = /(.)分/.exec(rest)?.[1];
  return total * 100n + BigInt(jiao ? digits.indexOf(jiao) : 0) * 10n + BigInt(fen ? digits.indexOf(fen) : 0);
}

describe('amountInCapitals over random amounts (PBoC 正确填写票据和结算凭证的基本规定)', () => {
  it('writes 200,000 random amounts so that they read back to the same value, by the rules', () => {
    let seed = 20261203;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const counts = { amounts: 0, withZeros: 0, withFen: 0, whole: 0 };
    for (let n = 0; n < 200_000; n++) {
      const length = 1 + Math.floor(random() * 12);
      // Half the digits zero, so runs of zeros inside and at the end of sections are common.
      let yuan = String(1 + Math.floor(random() * 9));
      for (let i = 1; i < length; i++) yuan += random() < 0.5 ? '0' : String(Math.floor(random() * 10));
      if (random() < 0.05) yuan = '0';
      const shape = Math.floor(random() * 3);
      const fraction = shape === 0 ? '' : String(Math.floor(random() * 10 ** shape)).padStart(shape, '0');
      const amount = fraction ? `${yuan}.${fraction}` : yuan;
      const capitals = amountInCapitals(amount);
      const fen = BigInt(yuan) * 100n + BigInt((fraction + '00').slice(0, 2));

      expect(fenOfCapitals(capitals)).toBe(fen);
      // 整 closes an amount without 角 and 分, and only such an amount.
      expect(capitals.endsWith('整')).toBe(fen % 100n === 0n);
      // Never two 零 together, never 零 before a unit of 万/亿/元 or at the end.
      expect(capitals).not.toMatch(/零零|零[万亿]|.零元|零$/);
      // A zero 角 between 元 and 分 is written 零 (壹元零伍分).
      if (yuan !== '0' && fen % 100n > 0n && fen % 100n < 10n) expect(capitals).toContain('元零');
      counts.amounts++;
      if (/0/.test(yuan)) counts.withZeros++;
      if (fen % 100n > 0n) counts.withFen++;
      else counts.whole++;
    }
    console.log(`amountInCapitals: ${JSON.stringify(counts)}`);
    expect(counts.amounts).toBe(200_000);
  });
});
