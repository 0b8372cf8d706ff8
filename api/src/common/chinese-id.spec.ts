import { isMainlandPhone } from './chinese-id.js';

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
