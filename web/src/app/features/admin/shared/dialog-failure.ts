import type { AbstractControl } from '@angular/forms';
import { apiErrorMessage, apiFieldErrors } from '../../../core/api/api-error';
import { applyServerErrors } from '../../../shared/forms/field-errors';

/**
 * The API's refusal as a dialog shows it: the field errors on their fields (they clear once edited),
 * and the messages for above the form, the API's own Chinese words first. What was typed stays.
 */
export function dialogFailure(form: AbstractControl, failure: unknown): string[] {
  if (failure === null || failure === undefined) return [];
  return [apiErrorMessage(failure), ...applyServerErrors(form, apiFieldErrors(failure))];
}
