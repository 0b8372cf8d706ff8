import { FormArray, FormControl, FormGroup, type ValidatorFn } from '@angular/forms';
import type { CaseSource, CreateCaseRequest, DisputeType, RiskLevel } from '../../../core/api/api-types';
import { maxChars, money, required } from '../../../shared/forms/validators';
import { CASES_TEXTS } from '../cases.texts';
import { type PartyForm, createPartyForm, toPartyInput } from './party-form';

const T = CASES_TEXTS.form;

export type CaseForm = FormGroup<{
  organisationId: FormControl<string | null>;
  source: FormControl<CaseSource>;
  disputeType: FormControl<DisputeType | null>;
  disputeSubtype: FormControl<string>;
  title: FormControl<string>;
  facts: FormControl<string>;
  requests: FormControl<string>;
  amountInDispute: FormControl<string>;
  occurredAt: FormControl<Date | null>;
  location: FormControl<string>;
  riskLevel: FormControl<RiskLevel>;
  isPublic: FormControl<boolean>;
  parties: FormArray<PartyForm>;
}>;

const atLeastTwoParties: ValidatorFn = (control) =>
  (control as FormArray).length < 2 ? { minParties: T.atLeastTwo } : null;

const text = (...validators: ValidatorFn[]) => new FormControl('', { nonNullable: true, validators });

/** A new registration: one applicant and one respondent to start with; most people walk in. */
export function createCaseForm(): CaseForm {
  return new FormGroup({
    organisationId: new FormControl<string | null>(null, required(T.organisationRequired)),
    source: new FormControl<CaseSource>('walk_in', { nonNullable: true }),
    disputeType: new FormControl<DisputeType | null>(null, required(T.disputeTypeRequired)),
    disputeSubtype: text(maxChars(50)),
    title: text(required(T.caseTitleRequired), maxChars(100)),
    facts: text(required(T.factsRequired), maxChars(10000)),
    requests: text(required(T.requestsRequired), maxChars(5000)),
    amountInDispute: text(money),
    occurredAt: new FormControl<Date | null>(null),
    location: text(maxChars(200)),
    riskLevel: new FormControl<RiskLevel>('none', { nonNullable: true }),
    isPublic: new FormControl(false, { nonNullable: true }),
    parties: new FormArray([createPartyForm('applicant'), createPartyForm('respondent')], atLeastTwoParties),
  });
}

function optional(value: string): string | undefined {
  const result = value.trim();
  return result ? result : undefined;
}

/** "3000" and "3000.5" become "3000.00" and "3000.50", the API's money format. */
function yuan(value: string): string | undefined {
  const amount = value.trim();
  if (!amount) return undefined;
  const [whole, fraction = ''] = amount.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** The body of `POST /api/cases` for a valid form. */
export function toCreateCaseRequest(form: CaseForm): CreateCaseRequest {
  const v = form.getRawValue();
  return {
    organisationId: v.organisationId ?? '',
    source: v.source,
    disputeType: v.disputeType ?? 'other',
    disputeSubtype: optional(v.disputeSubtype),
    title: v.title.trim(),
    facts: v.facts.trim(),
    requests: v.requests.trim(),
    amountInDispute: yuan(v.amountInDispute),
    occurredAt: v.occurredAt?.toISOString(),
    location: optional(v.location),
    riskLevel: v.riskLevel,
    isPublic: v.isPublic,
    parties: form.controls.parties.controls.map(toPartyInput),
  };
}
