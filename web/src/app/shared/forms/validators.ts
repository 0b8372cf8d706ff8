import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  CREDIT_CODE_MESSAGES,
  creditCodeProblem,
  isPhone,
  RESIDENT_ID_MESSAGES,
  residentIdProblem,
} from '@tiaojie/contracts';
import { FORMS_TEXTS } from './forms.texts';

/*
 * Validators here put the Chinese message to show into the error itself ({ key: message }),
 * so a form shows `firstError(control)` without a table of keys per field.
 */

function isBlank(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'string' ? value.trim().length === 0 : value === null || value === undefined;
}

/** Like `Validators.required`, but a value of only spaces counts as empty too. */
export function requiredText(control: AbstractControl<unknown>): ValidationErrors | null {
  return isBlank(control.value) ? { required: true } : null;
}

/** Required, with the message to show. */
export function required(message: string): ValidatorFn {
  return (control) => (isBlank(control.value) ? { required: message } : null);
}

/** A moment already past (told, agreed, interviewed), with the message to show for a later one. */
export function notAfterNow(message: string): ValidatorFn {
  return (control) =>
    control.value instanceof Date && control.value.getTime() > Date.now() ? { future: message } : null;
}

export function maxChars(max: number): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    return typeof value === 'string' && value.length > max ? { maxlength: FORMS_TEXTS.tooLong(max) } : null;
  };
}

/**
 * A 居民身份证号码 a court would accept (province code, real birth date, check digit; the API's rule
 * and words, from `@tiaojie/contracts`); other documents (passport, permits) only by shape.
 * `idTypeOf` names the document type chosen next to the field, if any.
 */
export function idNumber(idTypeOf: (control: AbstractControl) => string | null = () => null): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    if (typeof value !== 'string' || value.trim() === '') return null;
    const idType = idTypeOf(control) ?? 'resident_id';
    if (idType === 'resident_id') {
      const problem = residentIdProblem(value);
      return problem === null ? null : { idNumber: RESIDENT_ID_MESSAGES[problem] };
    }
    return /^[A-Za-z0-9()-]{5,40}$/.test(value.trim()) ? null : { idNumber: FORMS_TEXTS.otherIdNumber };
  };
}

/** A mobile or landline in any way the API accepts ("138 5751 2301", "+86 …", "0575-87012345"). */
export function mainlandPhone(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return isPhone(value) ? null : { phone: FORMS_TEXTS.phone };
}

/** Yuan with at most two decimals, as the API takes money ("3200.00"). */
export function money(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return /^\d{1,12}(\.\d{1,2})?$/.test(value.trim()) ? null : { money: FORMS_TEXTS.money };
}

/** 统一社会信用代码 (GB 32100-2015) with its check character; the API's rule and words. */
export function creditCode(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const problem = creditCodeProblem(value.trim());
  return problem === null ? null : { creditCode: CREDIT_CODE_MESSAGES[problem] };
}
