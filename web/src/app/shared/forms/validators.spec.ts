import { FormControl, FormGroup } from '@angular/forms';
import { creditCode, idNumber, mainlandPhone, money } from './validators';

describe('ID number validator', () => {
  const control = (value: string) => new FormControl(value, idNumber());

  it.each(['330681198503150021', '11010519491231002X', '11010519491231002x', '330681200002290018'])(
    'accepts %s',
    (value) => {
      expect(control(value).valid).toBe(true);
    },
  );

  it('refuses a wrong check digit, in the words the API uses', () => {
    const wrong = control('330681198503150022');
    expect(wrong.valid).toBe(false);
    expect(wrong.errors).toEqual({ idNumber: '身份证号码不正确:最后一位校验码不对,请核对' });
  });

  it.each([
    ['a date that does not exist (2001-02-29)', '330681200102290011'],
    ['too short', '33068119850315002'],
    ['letters in the middle', '3306811985O3150021'],
  ])('refuses %s', (_why, value) => {
    expect(control(value).valid).toBe(false);
  });

  it('refuses a province code that does not exist, though the check digit fits', () => {
    // 99 is no province of GB/T 2260; 990681198503150024 has the right MOD 11-2 check digit.
    expect(control('990681198503150024').errors).toEqual({
      idNumber: '身份证号码不正确:前两位不是有效的省级行政区划代码',
    });
  });

  it('refuses a birth date in the future, though the check digit fits', () => {
    expect(control('330681209901011239').errors).toEqual({
      idNumber: '身份证号码不正确:第 7–14 位的出生日期不存在或晚于今天',
    });
  });

  it('leaves an empty field alone (the number is optional)', () => {
    expect(control('').valid).toBe(true);
  });

  it('checks only the shape of other documents, such as a passport', () => {
    const group = new FormGroup({
      idType: new FormControl('passport'),
      idNumber: new FormControl(
        '',
        idNumber((c) => c.parent?.get('idType')?.value as string),
      ),
    });
    group.controls.idNumber.setValue('E12345678');
    expect(group.controls.idNumber.valid).toBe(true);
  });
});

describe('credit code validator (统一社会信用代码)', () => {
  it('accepts a real code, with spaces around it', () => {
    expect(new FormControl(' 9144030071526726XG ', creditCode).valid).toBe(true);
  });

  it('refuses a code whose check character is wrong, in the words the API uses', () => {
    expect(new FormControl('9144030071526726XH', creditCode).errors).toEqual({
      creditCode: '统一社会信用代码最后一位校验码不正确,请核对',
    });
    expect(new FormControl('9144030071526726XO', creditCode).errors).toEqual({
      creditCode: '统一社会信用代码应为 18 位数字或大写字母(不含 I、O、S、V、Z)',
    });
  });
});

describe('phone and money validators', () => {
  it.each([
    '13800000001',
    '138 5751 2301',
    '138-5751-2301',
    '+86 138 5751 2301',
    '0575-87012345',
    '057587012345',
    '0575 8701 2345',
  ])('accepts the phone %s (libs/contracts/src/phone.ts, as the API does)', (value) => {
    expect(new FormControl(value, mainlandPhone).valid).toBe(true);
  });

  it.each(['12345', '23800000001', '1380000000', '+1 415 555 0100'])('refuses the phone %s', (value) => {
    expect(new FormControl(value, mainlandPhone).errors).toEqual({
      phone: '请填写 11 位手机号或带区号的固定电话,如 138 5751 2301、0575-87012345',
    });
  });

  it.each([
    ['3200.00', true],
    ['3200', true],
    ['3200.5', true],
    ['3200.555', false],
    ['-1', false],
    ['三千', false],
  ])('money %s is valid: %s', (value, valid) => {
    expect(new FormControl(value, money).valid).toBe(valid);
  });
});
