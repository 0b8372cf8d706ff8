import { IsNotEmpty, IsString, MaxLength, ValidationError, validateSync } from 'class-validator';
import { validationErrorFactory } from './validation.js';

class Sample {
  @IsString()
  @IsNotEmpty({ message: '请填写原因' })
  reason: string;

  @IsString()
  @MaxLength(3)
  code: string;
}

describe('validation errors', () => {
  it('names each bad field once, preferring our own Chinese message', () => {
    const sample = Object.assign(new Sample(), { code: 'toolong' });
    const error = validationErrorFactory(validateSync(sample));
    expect(error.status).toBe(400);
    expect(error.details).toEqual([
      { field: 'reason', code: 'isNotEmpty', message: '请填写原因' },
      { field: 'code', code: 'maxLength', message: '内容过长' },
    ]);
  });
});

describe('validation errors of a body with thousands of bad fields', () => {
  it('lists the first 20 and counts the rest in one note', () => {
    const sample = Object.assign(new Sample(), { reason: '漏水', code: 'ok' });
    const errors = [
      ...validateSync(Object.assign(new Sample(), { code: 'toolong', reason: 'x' })),
      ...Array.from({ length: 100_000 }, (_, i) =>
        Object.assign(new ValidationError(), {
          target: sample,
          property: `k${i}`,
          constraints: { whitelistValidation: `property k${i} should not exist` },
          children: [],
        }),
      ),
    ];
    const details = validationErrorFactory(errors).details!;
    expect(details).toHaveLength(21);
    expect(details[0]).toEqual({ field: 'code', code: 'maxLength', message: '内容过长' });
    expect(details[1]).toEqual({ field: 'k0', code: 'whitelistValidation', message: '不允许的字段' });
    expect(details[20]).toEqual({ code: 'truncated', message: '另有 99981 处错误' });
    expect(JSON.stringify(details).length).toBeLessThan(4096);
  });
});
