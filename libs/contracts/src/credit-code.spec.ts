import {
  CREDIT_CODE_CHARACTERS,
  creditCodeCheckCharacter,
  creditCodeProblem,
  isValidCreditCode,
} from './credit-code.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes of real companies', () => {
    for (const code of [
      '91330100716105852F',
      '9144030071526726XG',
      '914403001922038216',
      '91110000802100433B',
    ]) {
      expect([code, isValidCreditCode(code)]).toEqual([code, true]);
    }
  });

  it('names what is wrong', () => {
    expect(creditCodeProblem('91330100716105852')).toBe('shape');
    expect(creditCodeProblem('91330100716105852I')).toBe('shape'); // I is not in the set
    expect(creditCodeProblem('9133010071610585ZF')).toBe('shape');
    expect(creditCodeProblem('B1330100716105852F')).toBe('authority');
    expect(creditCodeProblem('94330100716105852F')).toBe('kind'); // 工商 has kinds 1–3
    expect(creditCodeProblem('9133A100716105852F')).toBe('region');
    expect(creditCodeProblem('91330100716105852E')).toBe('check');
    expect(creditCodeProblem(' 91330100716105852F ')).toBe('shape');
  });

  it('computes the check character of a real code', () => {
    expect(creditCodeCheckCharacter('9133010071610585')).toBe(''); // too short
    expect(creditCodeCheckCharacter('9144030071526726I')).toBe(''); // I is not in the set
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G');
  });
});

/** The registering authority and kind pairs of GB 32100-2015, written out here rather than imported. */
const PREFIXES = new Set(
  '11 12 13 19 21 29 31 32 33 34 35 39 41 49 51 52 53 59 61 62 69 71 72 79 81 89 91 92 93 A1 A9 N1 N2 N3 N9 Y1'.split(
    ' ',
  ),
);

describe('统一社会信用代码 over random codes', () => {
  it('decides 100,000 random codes and mutants of valid ones as an independent reading of the rule', () => {
    let seed = 32100;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const set = CREDIT_CODE_CHARACTERS;
    const any = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const pick = (chars: string) => chars[Math.floor(random() * chars.length)]!;
    // Σ value × 3^i mod 31, then the character of (31 − Σ mod 31) mod 31 — by its own arithmetic.
    const check = (first17: string) => {
      let sum = 0;
      let weight = 1;
      for (const ch of first17) {
        sum += set.indexOf(ch) * weight;
        weight = (weight * 3) % 31;
      }
      return set[(31 - (sum % 31)) % 31]!;
    };
    const validCode = () => {
      const prefix = [...PREFIXES][Math.floor(random() * PREFIXES.size)]!;
      let body = prefix;
      for (let i = 0; i < 6; i++) body += pick('0123456789');
      for (let i = 0; i < 9; i++) body += pick(set);
      return body + check(body);
    };
    const counts = { codes: 0, valid: 0, invalid: 0, invalidOfTheCharacterSetRule: 0, mutantsStillValid: 0 };
    for (let n = 0; n < 100_000; n++) {
      let code: string;
      const kind = random();
      if (kind < 0.25) {
        code = Array.from({ length: 18 }, () => pick(random() < 0.95 ? set : any)).join('');
      } else if (kind < 0.45) {
        code = validCode();
      } else if (kind < 0.8) {
        // One character replaced by another of the set.
        const valid = validCode();
        const at = Math.floor(random() * 18);
        let ch = pick(set);
        while (ch === valid[at]) ch = pick(set);
        code = valid.slice(0, at) + ch + valid.slice(at + 1);
      } else {
        // Two neighbours swapped: the mod-31 sum keeps only when the two are equal.
        const valid = validCode();
        const at = Math.floor(random() * 17);
        code = valid.slice(0, at) + valid[at + 1]! + valid[at]! + valid.slice(at + 2);
      }
      const shapeOk = code.length === 18 && [...code].every((ch) => set.includes(ch));
      const expected =
        shapeOk &&
        PREFIXES.has(code.slice(0, 2)) &&
        /^\d{6}$/.test(code.slice(2, 8)) &&
        check(code.slice(0, 17)) === code[17];

      expect([code, isValidCreditCode(code)]).toEqual([code, expected]);
      counts.codes++;
      if (expected) counts.valid++;
      else {
        counts.invalid++;
        if (/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(code)) counts.invalidOfTheCharacterSetRule++;
      }
      if (kind >= 0.45 && expected) counts.mutantsStillValid++;
    }
    // The former rule (the character set alone) accepted every invalid code counted last but one.
    console.log(`credit codes: ${JSON.stringify(counts)}`);
    expect(counts.valid).toBeGreaterThan(15_000);
    expect(counts.invalidOfTheCharacterSetRule).toBeGreaterThan(50_000);
  });
});
