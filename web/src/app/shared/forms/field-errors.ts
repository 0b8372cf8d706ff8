import type { AbstractControl, FormArray, FormGroup } from '@angular/forms';
import type { FieldError } from '../../core/api/api-types';

/** The first message among a control's errors (validators here store the message as the value). */
export function firstError(control: AbstractControl | null | undefined): string {
  const errors = control?.errors;
  if (!errors) return '';
  for (const value of Object.values(errors)) {
    if (typeof value === 'string') return value;
  }
  return '';
}

/** Marks every invalid control dirty, so ng-zorro shows its message. */
export function revealErrors(control: AbstractControl): void {
  if (isContainer(control)) {
    for (const child of Object.values(control.controls)) revealErrors(child);
  }
  if (control.invalid) {
    control.markAsDirty();
    control.updateValueAndValidity({ onlySelf: true });
  }
}

/**
 * Puts the API's field errors (`details[].field`, e.g. `parties.1.idNumber`) on the matching
 * controls (they clear once the user edits the field). Returns the messages no field could take,
 * to show above the form.
 */
export function applyServerErrors(form: AbstractControl, errors: readonly FieldError[]): string[] {
  const unplaced: string[] = [];
  for (const error of errors) {
    const control = nearestControl(form, error.field);
    // A group or list has no field of its own to show the message on.
    if (control && !isContainer(control)) {
      // Dirty first: the form field shows the message when the status changes on a dirty control.
      control.markAsDirty();
      control.setErrors({ ...control.errors, server: error.message });
    } else {
      unplaced.push(error.message);
    }
  }
  return unplaced;
}

/** The control at `path`, or the closest ancestor that exists (a field the form does not have). */
function nearestControl(form: AbstractControl, path: string): AbstractControl | null {
  const parts = path.split('.');
  while (parts.length) {
    const control = form.get(parts.join('.'));
    if (control) return control;
    parts.pop();
  }
  return null;
}

function isContainer(control: AbstractControl): control is FormGroup | FormArray {
  return 'controls' in control;
}
