import { birthDateOfResidentId, isMainlandPhone, isValidResidentId } from './chinese-id.js';

describe('居民身份证号码', () => {
  it('accepts numbers whose check character is right, including X', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('330681199001011237')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
  });

  it('refuses a wrong check digit, an impossible or future birth date, and wrong shapes', () => {
    expect(isValidResidentId('330681199001011234')).toBe(false);
    expect(isValidResidentId('330681199002301230')).toBe(false); // 30 February
    expect(isValidResidentId('330681209901011231')).toBe(false); // born in 2099
    expect(isValidResidentId('33068119900101123')).toBe(false);
    expect(isValidResidentId('03068119900101123X')).toBe(false);
  });

  it('reads the birth date', () => {
    expect(birthDateOfResidentId('11010519491231002X')).toBe('1949-12-31');
  });
});

describe('mainland phone numbers', () => {
  it('accepts mobiles and landlines with an area code', () => {
    for (const phone of ['13800000001', '19912345678', '0575-87012345', '057587012345']) {
      expect(isMainlandPhone(phone)).toBe(true);
    }
  });

  it('refuses other shapes', () => {
    for (const phone of ['12800000001', '1380000000', '+8613800000001', '87012345', 'abc']) {
      expect(isMainlandPhone(phone)).toBe(false);
    }
  });
});
