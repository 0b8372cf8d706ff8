import { IsNotEmpty, IsString, MaxLength, validateSync } from 'class-validator';
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
