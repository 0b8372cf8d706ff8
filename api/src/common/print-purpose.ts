import { applyDecorators, type PipeTransform, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiQuery } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  CASE_PRINT_PURPOSES,
  DEFAULT_PRINT_PURPOSE,
  isPrintPurpose,
  PRINT_PURPOSES,
  type PrintPurpose,
} from '../../../libs/contracts/src/print-purposes.js';
import type { AuthUser } from '../modules/auth/auth-user.js';
import { CommonErrors } from './errors.js';
import { chinaMinute } from '../../../libs/contracts/src/china-day.js';

export {
  CASE_PRINT_PURPOSES,
  DEFAULT_PRINT_PURPOSE,
  EXPORT_PURPOSES,
  type PrintPurpose,
} from '../../../libs/contracts/src/print-purposes.js';

const accepted = (allowed: readonly PrintPurpose[]) => [...new Set([DEFAULT_PRINT_PURPOSE, ...allowed])];
const refusal = (allowed: readonly PrintPurpose[]) =>
  `用途须为:${accepted(allowed)
    .map((p) => `${p}(${PRINT_PURPOSES[p]})`)
    .join('、')}`;
const DESCRIPTION = `Why it is printed or exported, recorded in the audit trail (default ${DEFAULT_PRINT_PURPOSE})`;

/** `?purpose=`: one of `allowed` (libs/contracts print-purposes.ts), `case_work` when absent; else 400. */
class PurposePipe implements PipeTransform<unknown, PrintPurpose> {
  constructor(private readonly allowed: readonly PrintPurpose[]) {}

  transform(value: unknown): PrintPurpose {
    if (value === undefined || value === '') return DEFAULT_PRINT_PURPOSE;
    if (isPrintPurpose(value) && accepted(this.allowed).includes(value)) return value;
    throw CommonErrors.validation([{ field: 'purpose', code: 'isIn', message: refusal(this.allowed) }]);
  }
}

/** The print's or export's purpose, validated, for the audit trail. */
export const Purpose = (allowed: readonly PrintPurpose[] = CASE_PRINT_PURPOSES) =>
  Query('purpose', new PurposePipe(allowed));

/** The OpenAPI side of `Purpose()`. */
export const ApiPurpose = (allowed: readonly PrintPurpose[] = CASE_PRINT_PURPOSES) =>
  applyDecorators(
    ApiQuery({ name: 'purpose', required: false, enum: accepted(allowed), description: DESCRIPTION }),
  );

/** `purpose` as a property of a query DTO, with the same rule and message as `Purpose()`. */
export const PurposeProperty = (allowed: readonly PrintPurpose[] = CASE_PRINT_PURPOSES) =>
  applyDecorators(
    ApiPropertyOptional({ enum: accepted(allowed), description: DESCRIPTION }),
    IsOptional(),
    IsIn(accepted(allowed), { message: refusal(allowed) }),
  );

/** The watermark a print carries on every page: who printed it and when (Beijing time). */
export function printWatermark(user: Pick<AuthUser, 'name'>, at = new Date()): string {
  return `${user.name} ${chinaMinute(at)} 打印`;
}
