import { birthYearOf, maskIdNumber, maskPhone, PersonalDataCipher } from './personal-data.js';

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher(Buffer.alloc(32, 3));

  it('round-trips a value and never stores it in clear', () => {
    const stored = cipher.encrypt('330681199001011237');
    expect(stored.toString('utf8')).not.toContain('330681199001011237');
    expect(cipher.decrypt(stored)).toBe('330681199001011237');
  });

  it('encrypts the same value differently each time but hashes it the same way', () => {
    expect(cipher.encrypt('13800000001').equals(cipher.encrypt('13800000001'))).toBe(false);
    expect(cipher.lookupHash('11010519491231002x')).toBe(cipher.lookupHash('11010519491231002X'));
  });

  it('refuses a changed ciphertext and a value encrypted under another key', () => {
    const stored = cipher.encrypt('13800000001');
    stored[stored.length - 1]! ^= 1;
    expect(() => cipher.decrypt(stored)).toThrow();
    const other = new PersonalDataCipher(Buffer.alloc(32, 4));
    expect(() => other.decrypt(cipher.encrypt('x'))).toThrow();
  });
});

describe('masks', () => {
  it('masks ID numbers and phones as users expect to see them', () => {
    expect(maskIdNumber('330681199001011234')).toBe('33***************4');
    expect(maskIdNumber('E12345678')).toBe('*********');
    expect(maskPhone('13800000001')).toBe('138******01');
    expect(maskPhone('057587012345')).toBe('**********45');
  });

  it('shows no more of a birth date than its year', () => {
    expect(birthYearOf('1985-03-15')).toBe(1985);
    expect(birthYearOf(null)).toBeUndefined();
  });
});
