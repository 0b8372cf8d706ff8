import { FormControl, FormGroup, type AbstractControl, type ValidatorFn } from '@angular/forms';
import { type AgentScope, normalizePhone } from '@tiaojie/contracts';
import type { IdType, PartyInput, PartyKind, PartyRole } from '../../../core/api/api-types';
import { localDate } from '../../../shared/forms/dates';
import { creditCode, idNumber, mainlandPhone, maxChars, required } from '../../../shared/forms/validators';
import { CASES_TEXTS } from '../cases.texts';

const T = CASES_TEXTS.party;

export type AgentForm = FormGroup<{
  name: FormControl<string>;
  phone: FormControl<string>;
  authority: FormControl<string>;
  scope: FormControl<AgentScope | null>;
  validUntil: FormControl<Date | null>;
}>;

/** 监护人 (法定代理人) of a minor or of a person without full capacity. */
export type GuardianForm = FormGroup<{
  name: FormControl<string>;
  relation: FormControl<string>;
  phone: FormControl<string>;
}>;

export type PartyForm = FormGroup<{
  role: FormControl<PartyRole>;
  kind: FormControl<PartyKind>;
  name: FormControl<string>;
  sex: FormControl<'male' | 'female' | null>;
  ethnicity: FormControl<string>;
  birthDate: FormControl<Date | null>;
  idType: FormControl<IdType>;
  idNumber: FormControl<string>;
  phone: FormControl<string>;
  address: FormControl<string>;
  occupation: FormControl<string>;
  legalRepresentative: FormControl<string>;
  creditCode: FormControl<string>;
  hasAgent: FormControl<boolean>;
  agent: AgentForm;
  hasGuardian: FormControl<boolean>;
  guardian: GuardianForm;
}>;

/** Fields only a person has, and fields only an organisation has (disabled for the other kind). */
const PERSON_FIELDS = ['sex', 'ethnicity', 'birthDate', 'idType', 'idNumber', 'occupation'] as const;
const ORGANISATION_FIELDS = ['legalRepresentative', 'creditCode'] as const;

const text = (...validators: ValidatorFn[]) => new FormControl('', { nonNullable: true, validators });

/** The document type chosen beside the ID number field. */
const idTypeOfSibling = (control: AbstractControl): string | null =>
  (control.parent?.get('idType')?.value as string | undefined) ?? null;

export function createPartyForm(role: PartyRole): PartyForm {
  const form: PartyForm = new FormGroup({
    role: new FormControl<PartyRole>(role, { nonNullable: true }),
    kind: new FormControl<PartyKind>('person', { nonNullable: true }),
    name: text(required(T.nameRequired), maxChars(100)),
    sex: new FormControl<'male' | 'female' | null>(null),
    ethnicity: text(maxChars(20)),
    birthDate: new FormControl<Date | null>(null),
    idType: new FormControl<IdType>('resident_id', { nonNullable: true }),
    idNumber: text(idNumber(idTypeOfSibling)),
    phone: text(mainlandPhone),
    address: text(maxChars(200)),
    occupation: text(maxChars(100)),
    legalRepresentative: text(required(T.legalRepresentativeRequired), maxChars(50)),
    creditCode: text(creditCode),
    hasAgent: new FormControl(false, { nonNullable: true }),
    agent: new FormGroup({
      name: text(required(T.agentNameRequired), maxChars(50)),
      phone: text(mainlandPhone),
      authority: text(maxChars(200)),
      scope: new FormControl<AgentScope | null>(null),
      validUntil: new FormControl<Date | null>(null),
    }),
    hasGuardian: new FormControl(false, { nonNullable: true }),
    guardian: new FormGroup({
      name: text(required(T.guardianNameRequired), maxChars(50)),
      relation: text(required(T.guardianRelationRequired), maxChars(20)),
      phone: text(mainlandPhone),
    }),
  });
  applyKind(form, 'person');
  form.controls.agent.disable();
  form.controls.guardian.disable();
  form.controls.kind.valueChanges.subscribe((kind) => applyKind(form, kind));
  form.controls.idType.valueChanges.subscribe(() => form.controls.idNumber.updateValueAndValidity());
  form.controls.hasAgent.valueChanges.subscribe((has) =>
    has ? form.controls.agent.enable() : form.controls.agent.disable(),
  );
  form.controls.hasGuardian.valueChanges.subscribe((has) =>
    has && form.controls.kind.value === 'person'
      ? form.controls.guardian.enable()
      : form.controls.guardian.disable(),
  );
  return form;
}

/** Disabled fields are neither validated nor sent. */
function applyKind(form: PartyForm, kind: PartyKind): void {
  const [on, off] =
    kind === 'person' ? [PERSON_FIELDS, ORGANISATION_FIELDS] : [ORGANISATION_FIELDS, PERSON_FIELDS];
  for (const name of on) form.controls[name].enable({ emitEvent: false });
  for (const name of off) form.controls[name].disable({ emitEvent: false });
  // An organisation has no guardian; a person's follows its checkbox.
  if (kind === 'person' && form.controls.hasGuardian.value)
    form.controls.guardian.enable({ emitEvent: false });
  else form.controls.guardian.disable({ emitEvent: false });
}

function trimmed(value: string | undefined): string | undefined {
  const result = value?.trim();
  return result ? result : undefined;
}

/** A phone as its canonical digits ("138 5751 2301" → 13857512301; libs/contracts/src/phone.ts). */
function phoneOf(value: string | undefined): string | undefined {
  const typed = trimmed(value);
  return typed && (normalizePhone(typed) ?? typed);
}

/** The API body of one party: enabled fields only, empty ones left out. */
export function toPartyInput(form: PartyForm): PartyInput {
  const v = form.value;
  const agentName = trimmed(v.agent?.name);
  const guardianName = trimmed(v.guardian?.name);
  return {
    role: form.controls.role.value,
    kind: form.controls.kind.value,
    name: form.controls.name.value.trim(),
    sex: v.sex ?? undefined,
    ethnicity: trimmed(v.ethnicity),
    birthDate: v.birthDate ? localDate(v.birthDate) : undefined,
    idType: v.idType ?? 'resident_id',
    idNumber: trimmed(v.idNumber)?.toUpperCase(),
    phone: phoneOf(v.phone),
    address: trimmed(v.address),
    occupation: trimmed(v.occupation),
    legalRepresentative: trimmed(v.legalRepresentative),
    creditCode: trimmed(v.creditCode),
    agent:
      v.hasAgent && agentName
        ? {
            name: agentName,
            phone: phoneOf(v.agent?.phone),
            authority: trimmed(v.agent?.authority),
            scope: v.agent?.scope ?? undefined,
            validUntil: v.agent?.validUntil ? localDate(v.agent.validUntil) : undefined,
          }
        : undefined,
    guardian:
      v.hasGuardian && guardianName && form.controls.guardian.enabled
        ? {
            name: guardianName,
            relation: trimmed(v.guardian?.relation) ?? '',
            phone: phoneOf(v.guardian?.phone),
          }
        : undefined,
  };
}
