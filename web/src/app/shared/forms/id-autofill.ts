import type { AbstractControl } from '@angular/forms';
import { parseChineseId } from '@tiaojie/contracts';
import { SEX_LABELS } from '../labels/case-labels';
import { localDate, parseLocalDate } from './dates';
import { FORMS_TEXTS } from './forms.texts';

type Sex = 'male' | 'female';

/** The controls a resident ID number fills: sex, and a birth date held as a picker's Date or as text. */
export type IdAutofillTargets = {
  idType: () => string | null | undefined;
  sex: AbstractControl<Sex | null>;
} & (
  | { birthDate: AbstractControl<Date | null>; birthDateAs: 'date' }
  | { birthDate: AbstractControl<string>; birthDateAs: 'text' }
);

/**
 * When the ID number is a valid 居民身份证号码, sets sex and birth date to what it encodes (the
 * number is what a court checks; libs/contracts/src/chinese-id.ts) and says what was filled in, for
 * the user to see beside the field; null when the number is not one or nothing had to change.
 */
export function fillFromResidentId(idNumber: string, targets: IdAutofillTargets): string | null {
  if ((targets.idType() ?? 'resident_id') !== 'resident_id') return null;
  const info = parseChineseId(idNumber);
  if (!info) return null;
  const filled: string[] = [];
  if (targets.sex.value !== info.sex) {
    targets.sex.setValue(info.sex);
    targets.sex.markAsDirty();
    filled.push(`${FORMS_TEXTS.sex}(${SEX_LABELS[info.sex]})`);
  }
  const currentDay =
    targets.birthDateAs === 'date'
      ? targets.birthDate.value && localDate(targets.birthDate.value)
      : targets.birthDate.value.trim();
  if (currentDay !== info.birthDate) {
    if (targets.birthDateAs === 'date') targets.birthDate.setValue(parseLocalDate(info.birthDate));
    else targets.birthDate.setValue(info.birthDate);
    targets.birthDate.markAsDirty();
    filled.push(`${FORMS_TEXTS.birthDate}(${info.birthDate})`);
  }
  return filled.length ? FORMS_TEXTS.filledFromId(filled) : null;
}
