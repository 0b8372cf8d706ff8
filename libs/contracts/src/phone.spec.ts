import { formatPhone, isPhone, normalizePhone, PHONE_MESSAGE, phoneKind } from './phone.js';

describe('mainland phone numbers (libs/contracts/src/phone.ts)', () => {
  it.each([
    ['13857512301', '13857512301'],
    ['138 5751 2301', '13857512301'],
    ['138-5751-2301', '13857512301'],
    ['  138 5751-2301 ', '13857512301'],
    ['+86 138 5751 2301', '13857512301'],
    ['+8613857512301', '13857512301'],
    ['0086 138 5751 2301', '13857512301'],
    ['86 138 5751 2301', '13857512301'],
    ['１３８５７５１２３０１', '13857512301'],
    ['19912345678', '19912345678'],
    ['0575-87012345', '057587012345'],
    ['057587012345', '057587012345'],
    ['0575 8701 2345', '057587012345'],
    ['(0575) 87012345', '057587012345'],
    ['（0575）87012345', '057587012345'],
    ['+86 575 87012345', '057587012345'],
    ['+86 (0)575 87012345', '057587012345'],
    ['010-62751234', '01062751234'],
    ['021 6321 1234', '02163211234'],
    ['0575-8701234', '05758701234'],
  ])('%p is stored as %p', (typed, stored) => {
    expect(normalizePhone(typed)).toBe(stored);
    expect(isPhone(typed)).toBe(true);
  });

  it.each([
    '12800000001',
    '1380000000',
    '138000000012',
    '87012345',
    '0575-1234567',
    '0575-0701234',
    '0575-870123456',
    '+1 415 555 0100',
    '+86',
    '138 5751 230x',
    '13857512301 转 801',
    'abc',
    '',
  ])('%p is refused', (typed) => {
    expect(normalizePhone(typed)).toBeNull();
    expect(isPhone(typed)).toBe(false);
  });

  it.each([
    ['13857512301', '138 5751 2301'],
    ['+86 138-5751-2301', '138 5751 2301'],
    ['057587012345', '0575-87012345'],
    ['05758701234', '0575-8701234'],
    ['01062751234', '010-62751234'],
    ['02163211234', '021-63211234'],
    ['138******01', '138 **** **01'],
    ['**********45', '**********45'],
    ['12345', '12345'],
    [null, ''],
    [undefined, ''],
  ])('%p is shown as %p', (stored, shown) => {
    expect(formatPhone(stored)).toBe(shown);
  });

  it('formats what it stores and stores what it formats', () => {
    for (const typed of ['13857512301', '057587012345', '01062751234', '05758701234']) {
      expect(normalizePhone(formatPhone(typed))).toBe(typed);
    }
  });

  it('tells mobiles from landlines', () => {
    expect(phoneKind('13857512301')).toBe('mobile');
    expect(phoneKind('057587012345')).toBe('landline');
    expect(phoneKind('138 5751 2301')).toBeNull();
  });

  it('says in its message what it accepts', () => {
    expect(PHONE_MESSAGE).toContain('138 5751 2301');
    expect(PHONE_MESSAGE).toContain('0575-87012345');
  });
});
