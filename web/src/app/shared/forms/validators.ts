import type { AbstractControl, ValidationErrors } from '@angular/forms';

/** Like `Validators.required`, but a value of only spaces counts as empty too. */
export function requiredText(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  const filled = typeof value === 'string' ? value.trim().length > 0 : value !== null && value !== undefined;
  return filled ? null : { required: true };
}
