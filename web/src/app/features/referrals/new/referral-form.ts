import { FormArray, FormControl, FormGroup, type ValidatorFn } from '@angular/forms';
import type { DisputeType } from '../../../core/api/api-types';
import type { CreateReferralRequest, ReferralSource } from '../../../core/api/referrals-api';
import { chinaDay, localDate } from '../../../shared/forms/dates';
import { maxChars, required } from '../../../shared/forms/validators';
import { type PartyForm, createPartyForm, toPartyInput } from '../../cases/new/party-form';
import { REFERRALS_TEXTS } from '../referrals.texts';

const T = REFERRALS_TEXTS.form;

export type ReferralForm = FormGroup<{
  source: FormControl<ReferralSource | null>;
  externalRef: FormControl<string>;
  disputeType: FormControl<DisputeType | null>;
  title: FormControl<string>;
  summary: FormControl<string>;
  dueDate: FormControl<Date | null>;
  contact: FormControl<string>;
  parties: FormArray<PartyForm>;
}>;

const atLeastTwoParties: ValidatorFn = (control) =>
  (control as FormArray).length < 2 ? { minParties: T.atLeastTwo } : null;

/** A due date is a day still to come (today counts). */
const notPast: ValidatorFn = (control) => {
  const value = control.value as Date | null;
  if (!value) return null;
  return localDate(value) < chinaDay() ? { past: T.dueDatePast } : null;
};

const text = (...validators: ValidatorFn[]) => new FormControl('', { nonNullable: true, validators });

/** A new referral; the channel starts at the liaison's first one (a court dispatches before it entrusts). */
export function createReferralForm(sources: readonly ReferralSource[]): ReferralForm {
  return new FormGroup({
    source: new FormControl<ReferralSource | null>(sources[0] ?? null, required(T.sourceRequired)),
    externalRef: text(required(T.externalRefRequired), maxChars(100)),
    disputeType: new FormControl<DisputeType | null>(null, required(T.disputeTypeRequired)),
    title: text(maxChars(100)),
    summary: text(required(T.summaryRequired), maxChars(10000)),
    dueDate: new FormControl<Date | null>(null, notPast),
    contact: text(required(T.contactRequired), maxChars(200)),
    parties: new FormArray([createPartyForm('applicant'), createPartyForm('respondent')], atLeastTwoParties),
  });
}

/** The body of `POST /api/referrals` for a valid form. */
export function toCreateReferralRequest(form: ReferralForm): CreateReferralRequest {
  const v = form.getRawValue();
  return {
    source: v.source ?? 'court_dispatch',
    externalRef: v.externalRef.trim(),
    title: v.title.trim() || undefined,
    summary: v.summary.trim(),
    disputeType: v.disputeType ?? 'other',
    parties: form.controls.parties.controls.map(toPartyInput),
    dueDate: v.dueDate ? localDate(v.dueDate) : undefined,
    contact: v.contact.trim(),
  };
}
