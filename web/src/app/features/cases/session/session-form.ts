import { FormArray, FormControl, FormGroup, type ValidatorFn } from '@angular/forms';
import type { CaseDetail, CreateSessionRequest, Participant, SessionMode } from '../../../core/api/api-types';

export type SessionMedium = NonNullable<CreateSessionRequest['medium']>;
export type RemoteConsentMethod = NonNullable<CreateSessionRequest['remoteConsent']>['method'];
import { maxChars, required } from '../../../shared/forms/validators';
import { CASES_TEXTS } from '../cases.texts';

const T = CASES_TEXTS.session;

export type ParticipantForm = FormGroup<{
  name: FormControl<string>;
  relation: FormControl<string>;
  consent: FormControl<boolean>;
}>;

export type SessionForm = FormGroup<{
  mode: FormControl<SessionMode>;
  /** 背靠背: the one party talked to. */
  party: FormControl<string | null>;
  /** 面对面 and 现场查看: one checkbox per party of the case, in the case's order. */
  parties: FormArray<FormControl<boolean>>;
  /** One checkbox per mediator of the case. */
  mediators: FormArray<FormControl<boolean>>;
  startedAt: FormControl<Date | null>;
  endedAt: FormControl<Date | null>;
  place: FormControl<string>;
  participants: FormArray<ParticipantForm>;
  summary: FormControl<string>;
  privateNotes: FormControl<string>;
  /** 现场, 电话 or 视频; a remote session records the parties' consent to it. */
  medium: FormControl<SessionMedium>;
  /** One checkbox per party of the case: consented to remote mediation. */
  consentParties: FormArray<FormControl<boolean>>;
  consentMethod: FormControl<RemoteConsentMethod | null>;
  consentAt: FormControl<Date | null>;
}>;

const atLeastOne =
  (message: string): ValidatorFn =>
  (control) =>
    (control as FormArray<FormControl<boolean>>).controls.some((c) => c.value) ? null : { required: message };

const notBeforeStart: ValidatorFn = (control) => {
  const ended = control.value as Date | null;
  const started = control.parent?.get('startedAt')?.value as Date | null | undefined;
  return ended && started && ended < started ? { order: T.endedBeforeStart } : null;
};

const consentGiven: ValidatorFn = (control) =>
  control.value === true ? null : { consent: T.participantConsentRequired };

const text = (...validators: ValidatorFn[]) => new FormControl('', { nonNullable: true, validators });

/** A session record for `detail`, starting now, back-to-back, with the given mediators ticked. */
export function createSessionForm(detail: CaseDetail, now = new Date()): SessionForm {
  const start = new Date(now);
  start.setSeconds(0, 0);
  const form: SessionForm = new FormGroup({
    mode: new FormControl<SessionMode>('back_to_back', { nonNullable: true }),
    party: new FormControl<string | null>(null, required(T.oneParty)),
    parties: new FormArray(detail.parties.map(() => new FormControl(false, { nonNullable: true }))),
    mediators: new FormArray(
      detail.mediators.map(() => new FormControl(false, { nonNullable: true })),
      atLeastOne(T.mediatorsRequired),
    ),
    startedAt: new FormControl<Date | null>(start, required(T.startedAtRequired)),
    endedAt: new FormControl<Date | null>(null, notBeforeStart),
    place: text(required(T.placeRequired), maxChars(200)),
    participants: new FormArray<ParticipantForm>([]),
    summary: text(required(T.summaryRequired), maxChars(20000)),
    privateNotes: text(maxChars(20000)),
    medium: new FormControl<SessionMedium>('in_person', { nonNullable: true }),
    consentParties: new FormArray(detail.parties.map(() => new FormControl(false, { nonNullable: true }))),
    consentMethod: new FormControl<RemoteConsentMethod | null>(null, required(T.consentMethodRequired)),
    consentAt: new FormControl<Date | null>(null, required(T.consentAtRequired)),
  });
  applyMode(form, 'back_to_back');
  applyMedium(form, 'in_person');
  form.controls.medium.valueChanges.subscribe((medium) => applyMedium(form, medium));
  form.controls.mode.valueChanges.subscribe((mode) => applyMode(form, mode));
  form.controls.startedAt.valueChanges.subscribe(() => form.controls.endedAt.updateValueAndValidity());
  return form;
}

/** 背靠背 picks one party; 面对面 takes all of them, fixed; 现场查看 any, or none. */
function applyMode(form: SessionForm, mode: SessionMode): void {
  const { party, parties } = form.controls;
  if (mode === 'back_to_back') {
    party.enable({ emitEvent: false });
    parties.disable({ emitEvent: false });
    return;
  }
  party.disable({ emitEvent: false });
  if (mode === 'face_to_face') {
    for (const control of parties.controls) control.setValue(true, { emitEvent: false });
    parties.disable({ emitEvent: false });
  } else {
    parties.enable({ emitEvent: false });
  }
}

/** The consent fields count only for a phone or video session. */
function applyMedium(form: SessionForm, medium: SessionMedium): void {
  const { consentParties, consentMethod, consentAt } = form.controls;
  for (const control of [consentParties, consentMethod, consentAt]) {
    if (medium === 'in_person') control.disable({ emitEvent: false });
    else control.enable({ emitEvent: false });
  }
}

export function createParticipantForm(): ParticipantForm {
  return new FormGroup({
    name: text(required(T.participantNameRequired), maxChars(50)),
    relation: text(required(T.participantRelationRequired), maxChars(100)),
    consent: new FormControl(false, { nonNullable: true, validators: consentGiven }),
  });
}

function toParticipant(p: { name: string; relation: string; consent: boolean }): Participant {
  return { name: p.name.trim(), relation: p.relation.trim(), consent: p.consent };
}

/** The body of `POST /api/cases/:id/sessions`. */
export function toSessionRequest(form: SessionForm, detail: CaseDetail): CreateSessionRequest {
  const v = form.getRawValue();
  const partyIds =
    v.mode === 'back_to_back'
      ? [v.party ?? '']
      : v.mode === 'face_to_face'
        ? detail.parties.map((p) => p.id)
        : detail.parties.filter((_p, i) => v.parties[i]).map((p) => p.id);
  const privateNotes = v.privateNotes.trim();
  return {
    mode: v.mode,
    startedAt: (v.startedAt ?? new Date()).toISOString(),
    endedAt: v.endedAt?.toISOString(),
    place: v.place.trim(),
    partyIds,
    mediatorIds: detail.mediators.filter((_m, i) => v.mediators[i]).map((m) => m.id),
    participants: v.participants.map(toParticipant),
    summary: v.summary.trim(),
    privateNotes: privateNotes || undefined,
    medium: v.medium,
    remoteConsent:
      v.medium === 'in_person'
        ? undefined
        : {
            partyIds: detail.parties.filter((_p, i) => v.consentParties[i]).map((p) => p.id),
            method: v.consentMethod ?? 'oral',
            at: (v.consentAt ?? new Date()).toISOString(),
          },
  };
}
