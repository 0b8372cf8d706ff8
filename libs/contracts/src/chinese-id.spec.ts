import {
  ID_PROVINCE_CODES,
  isValidResidentId,
  parseChineseId,
  residentIdCheckCharacter,
  residentIdProblem,
} from './chinese-id.js';

describe('居民身份证号码', () => {
  it('accepts numbers whose check character is right, including X', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('330681199001011237')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId(' 330681199001011237 ')).toBe(true);
  });

  it('refuses a wrong check digit, an impossible or future birth date, and wrong shapes', () => {
    expect(isValidResidentId('330681199001011234')).toBe(false);
    expect(isValidResidentId('330681199002301230')).toBe(false); // 30 February
    expect(isValidResidentId('330681209901011231')).toBe(false); // born in 2099
    expect(isValidResidentId('33068119900101123')).toBe(false);
    expect(isValidResidentId('03068119900101123X')).toBe(false);
  });

  it('refuses a province code that does not exist, even with the right check character', () => {
    for (const province of [
      '00',
      '10',
      '16',
      '20',
      '24',
      '30',
      '38',
      '40',
      '47',
      '55',
      '60',
      '66',
      '70',
      '72',
      '80',
      '84',
      '91',
      '99',
    ]) {
      const first17 = `${province}068119900101123`;
      expect(isValidResidentId(first17 + residentIdCheckCharacter(first17))).toBe(false);
    }
    for (const province of ['11', '15', '23', '37', '46', '54', '65', '71', '81', '82', '83']) {
      const first17 = `${province}068119900101123`;
      expect(isValidResidentId(first17 + residentIdCheckCharacter(first17))).toBe(true);
    }
  });

  it('refuses a birth date later than today, and accepts today', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    const today = '11010520261203001';
    const tomorrow = '11010520261204001';
    expect(isValidResidentId(today + residentIdCheckCharacter(today), now)).toBe(true);
    expect(isValidResidentId(tomorrow + residentIdCheckCharacter(tomorrow), now)).toBe(false);
    const before1900 = '11010518991231001';
    expect(isValidResidentId(before1900 + residentIdCheckCharacter(before1900), now)).toBe(false);
  });

  it('names the first rule a number breaks', () => {
    expect(residentIdProblem('3306811990010112')).toBe('shape');
    expect(residentIdProblem('990681199001011237')).toBe('province');
    expect(residentIdProblem('330681199002301230')).toBe('birth_date');
    expect(residentIdProblem('330681199001011234')).toBe('check');
    expect(residentIdProblem('330681199001011237')).toBeNull();
  });

  it('reads sex (odd 17th digit: male), birth date and region', () => {
    expect(parseChineseId('11010519491231002X')).toEqual({
      id: '11010519491231002X',
      sex: 'female',
      birthDate: '1949-12-31',
      region: '110105',
      province: '11',
    });
    expect(parseChineseId('330681199001011237')?.sex).toBe('male');
    expect(parseChineseId('330681199001011234')).toBeNull();
  });
});

/** Today in China as eight digits, computed here rather than taken from the code under test. */
function todayDigits(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
}

describe('居民身份证号码 over random numbers', () => {
  it('decides 100,000 random numbers as an independent reading of GB 11643 does', () => {
    let seed = 11643;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const digit = () => String(Math.floor(random() * 10));
    const now = new Date();
    const today = todayDigits(now);
    const counts = { numbers: 0, valid: 0, badProvince: 0, badDate: 0, badCheck: 0 };
    for (let n = 0; n < 100_000; n++) {
      // Half from real provinces, dates mostly plausible, so every clause of the rule is exercised.
      const province =
        random() < 0.7
          ? [...ID_PROVINCE_CODES][Math.floor(random() * ID_PROVINCE_CODES.size)]!
          : digit() + digit();
      const year = String(1890 + Math.floor(random() * 150));
      const month = String(Math.floor(random() * 14)).padStart(2, '0');
      const day = String(Math.floor(random() * 33)).padStart(2, '0');
      const first17 =
        province + digit() + digit() + digit() + digit() + year + month + day + digit() + digit() + digit();
      const checks = '0123456789X';
      const last = random() < 0.6 ? null : checks[Math.floor(random() * 11)]!;

      // Independent expectations: the sum of weights 2^(17-i) mod 11, a date by its own arithmetic.
      let sum = 0;
      for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
      const expectedCheck = '10X98765432'[sum % 11]!;
      const check = last ?? expectedCheck;
      const y = Number(year);
      const m = Number(month);
      const d = Number(day);
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
      const realDate = m >= 1 && m <= 12 && d >= 1 && d <= monthDays;
      const dateOk = realDate && y >= 1900 && year + month + day <= today;
      const provinceNumber = Number(province);
      const provinceOk = [
        [11, 15],
        [21, 23],
        [31, 37],
        [41, 46],
        [50, 54],
        [61, 65],
        [71, 71],
        [81, 83],
      ].some(([low, high]) => provinceNumber >= low! && provinceNumber <= high!);
      const checkOk = check === expectedCheck;
      const expected = provinceOk && dateOk && checkOk;

      expect([first17 + check, isValidResidentId(first17 + check, now)]).toEqual([first17 + check, expected]);
      counts.numbers++;
      if (expected) counts.valid++;
      if (!provinceOk) counts.badProvince++;
      if (!dateOk) counts.badDate++;
      if (!checkOk) counts.badCheck++;
    }
    console.log(`resident ID numbers: ${JSON.stringify(counts)}`);
    expect(counts.valid).toBeGreaterThan(1000);
    expect(counts.badProvince).toBeGreaterThan(1000);
    expect(counts.badDate).toBeGreaterThan(1000);
    expect(counts.badCheck).toBeGreaterThan(1000);
  });

  it('refuses every single-digit change of a valid number unless the change keeps it valid by the rule', () => {
    const valid = '330681199001011237';
    let refused = 0;
    for (let i = 0; i < 18; i++) {
      for (const ch of '0123456789X') {
        if (ch === valid[i] || (ch === 'X' && i < 17)) continue;
        const mutant = valid.slice(0, i) + ch + valid.slice(i + 1);
        // One changed character always breaks MOD 11-2 (every weight is prime to 11).
        expect([mutant, isValidResidentId(mutant)]).toEqual([mutant, false]);
        refused++;
      }
    }
    console.log(`single-character mutants refused: ${refused}`);
  });
});
