import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { chinaDay } from '../../../libs/contracts/src/china-day.js';
import { RESIDENT_ID_MESSAGES, residentIdProblem } from '../../../libs/contracts/src/chinese-id.js';
import { CREDIT_CODE_MESSAGES, creditCodeProblem } from '../../../libs/contracts/src/credit-code.js';
import { normalizePhone, PHONE_MESSAGE } from '../../../libs/contracts/src/phone.js';

const OTHER_ID_NUMBER = /^[A-Za-z0-9()-]{5,40}$/;

/**
 * A 居民身份证号码 a court would accept (province code, real birth date, check character:
 * libs/contracts/src/chinese-id.ts), unless `idType` names another document (then by shape only).
 * The message names the rule broken.
 */
export function IsIdNumber(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isIdNumber',
      target: object.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) => {
          const value: unknown = args.value;
          if (typeof value !== 'string' || value.length > 40) return RESIDENT_ID_MESSAGES.shape;
          if (((args.object as { idType?: string }).idType ?? 'resident_id') !== 'resident_id')
            return '证件号码应为 5–40 位字母、数字或括号';
          return RESIDENT_ID_MESSAGES[residentIdProblem(value) ?? 'shape'];
        },
        ...options,
      },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (typeof value !== 'string' || value.length > 40) return false;
          const idType = (args.object as { idType?: string }).idType ?? 'resident_id';
          return idType === 'resident_id' ? residentIdProblem(value) === null : OTHER_ID_NUMBER.test(value);
        },
      },
    });
}

/**
 * A mainland mobile or landline however it was typed ("138 5751 2301", "+86 138-5751-2301",
 * "0575-87012345"), turned into its canonical digits before validation, so that it is stored,
 * hashed for search and compared in one form (libs/contracts/src/phone.ts).
 */
export function IsMainlandPhone(options?: ValidationOptions) {
  return (object: object, propertyName: string) => {
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (normalizePhone(value) ?? value) : value,
    )(object, propertyName);
    registerDecorator({
      name: 'isMainlandPhone',
      target: object.constructor,
      propertyName,
      options: { message: PHONE_MESSAGE, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && normalizePhone(value) === value,
      },
    });
  };
}

/** Money as a decimal string in yuan with at most two decimals, e.g. "3200.00". */
export function IsMoney(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isMoney',
      target: object.constructor,
      propertyName,
      options: { message: '金额须为以元为单位的数字,最多两位小数,如 "3200.00"', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{1,12}(\.\d{1,2})?$/.test(value),
      },
    });
}

/**
 * 统一社会信用代码 (GB 32100-2015): character set, registering authority and kind, region digits
 * and the mod-31 check character (libs/contracts/src/credit-code.ts); the message names the rule broken.
 */
export function IsCreditCode(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCreditCode',
      target: object.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) =>
          CREDIT_CODE_MESSAGES[
            typeof args.value === 'string' ? (creditCodeProblem(args.value) ?? 'shape') : 'shape'
          ],
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && creditCodeProblem(value) === null,
      },
    });
}

/** A clock a few minutes fast on a tablet must not refuse "now". */
const FUTURE_TOLERANCE_MS = 10 * 60_000;

/**
 * Something that has happened (a session, a visit, a payment, a ruling, the dispute itself) cannot
 * be dated in the future: an ISO date no later than today in China, a date and time no later than now
 * (10 minutes of clock skew allowed). Other values are left to the format validator beside it.
 */
export function IsNotFuture(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotFuture',
      target: object.constructor,
      propertyName,
      options: { message: '日期不能晚于今天', ...options },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return true;
          if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value <= chinaDay();
          const at = Date.parse(value);
          return Number.isNaN(at) || at <= Date.now() + FUTURE_TOLERANCE_MS;
        },
      },
    });
}
