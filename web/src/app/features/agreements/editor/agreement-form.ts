import { FormArray, FormControl, FormGroup, type ValidatorFn, Validators } from '@angular/forms';
import type {
  Agreement,
  AgreementForm as FormKind,
  CaseDetail,
  CreateAgreementRequest,
  Term,
  TermKind,
} from '../../../core/api/api-types';
import { isAmount, normaliseAmount } from '@tiaojie/contracts';
import { AGREEMENTS_TEXTS } from '../agreements.texts';

const TEXTS = AGREEMENTS_TEXTS.editor;

export type TermForm = FormGroup<{
  obligorPartyId: FormControl<string>;
  obligeePartyId: FormControl<string>;
  kind: FormControl<TermKind>;
  amount: FormControl<string>;
  dueDate: FormControl<string>;
  method: FormControl<string>;
  place: FormControl<string>;
  text: FormControl<string>;
}>;

export type AgreementEditorForm = FormGroup<{
  form: FormControl<FormKind>;
  facts: FormControl<string>;
  responsibility: FormControl<string>;
  terms: FormArray<TermForm>;
  performance: FormControl<string>;
  unresolvedMatters: FormControl<string>;
  routesInformed: FormControl<string>;
  copies: FormControl<number>;
}>;

const amountValidator: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  return value && !isAmount(value) ? { amount: TEXTS.amountInvalid } : null;
};

const textRequired: ValidatorFn = (control) =>
  String(control.value ?? '').trim() ? null : { required: TEXTS.textRequired };

export function createTermForm(term?: Partial<Term>): TermForm {
  return new FormGroup({
    obligorPartyId: new FormControl(term?.obligorPartyId ?? '', {
      nonNullable: true,
      validators: (control) => (control.value ? null : { required: TEXTS.obligorRequired }),
    }),
    obligeePartyId: new FormControl(term?.obligeePartyId ?? '', { nonNullable: true }),
    kind: new FormControl<TermKind>(term?.kind ?? 'pay', { nonNullable: true }),
    amount: new FormControl(term?.amount ?? '', { nonNullable: true, validators: amountValidator }),
    dueDate: new FormControl(term?.dueDate ?? '', { nonNullable: true }),
    method: new FormControl(term?.method ?? '', { nonNullable: true }),
    place: new FormControl(term?.place ?? '', { nonNullable: true }),
    text: new FormControl(term?.text ?? '', { nonNullable: true, validators: textRequired }),
  });
}

/** The editor's form, filled from a saved agreement or, for a new one, from the case. */
export function createAgreementForm(detail: CaseDetail, agreement?: Agreement): AgreementEditorForm {
  const respondent = detail.parties.find((p) => p.role === 'respondent');
  const applicant = detail.parties.find((p) => p.role === 'applicant');
  const terms = agreement
    ? agreement.terms.map((t) => createTermForm(t))
    : [createTermForm({ obligorPartyId: respondent?.id ?? '', obligeePartyId: applicant?.id ?? '' })];
  return new FormGroup({
    form: new FormControl<FormKind>(agreement?.form ?? 'written', { nonNullable: true }),
    facts: new FormControl(agreement?.facts ?? detail.facts, { nonNullable: true }),
    responsibility: new FormControl(agreement?.responsibility ?? '', { nonNullable: true }),
    terms: new FormArray(terms),
    performance: new FormControl(agreement?.performance ?? '', { nonNullable: true }),
    unresolvedMatters: new FormControl(agreement?.unresolvedMatters ?? '', { nonNullable: true }),
    // Story 2: matters left out are terminated with the other routes told (Art 26).
    routesInformed: new FormControl(agreement?.routesInformed ?? '', {
      nonNullable: true,
      validators: (control) =>
        String(control.parent?.get('unresolvedMatters')?.value ?? '').trim() && !String(control.value).trim()
          ? { required: TEXTS.routesRequired }
          : null,
    }),
    copies: new FormControl(agreement?.copies ?? detail.parties.length + 1, {
      nonNullable: true,
      validators: [Validators.min(2), Validators.max(20)],
    }),
  });
}

/**
 * The content to send. Term text goes exactly as typed (never trimmed or rewritten: the parties'
 * words are printed as written); empty optional fields are left out; amounts get two decimals.
 */
export function toAgreementContent(form: AgreementEditorForm): CreateAgreementRequest {
  const v = form.getRawValue();
  return {
    form: v.form,
    facts: v.facts,
    responsibility: v.responsibility,
    performance: v.performance,
    ...(v.unresolvedMatters.trim()
      ? { unresolvedMatters: v.unresolvedMatters.trim(), routesInformed: v.routesInformed.trim() }
      : {}),
    copies: Number(v.copies),
    terms: v.terms.map((t) => {
      const term: Term = { obligorPartyId: t.obligorPartyId, kind: t.kind, text: t.text };
      if (t.obligeePartyId) term.obligeePartyId = t.obligeePartyId;
      if (t.amount.trim()) term.amount = normaliseAmount(t.amount);
      if (t.dueDate) term.dueDate = t.dueDate;
      if (t.method.trim()) term.method = t.method.trim();
      if (t.place.trim()) term.place = t.place.trim();
      return term;
    }),
  };
}
