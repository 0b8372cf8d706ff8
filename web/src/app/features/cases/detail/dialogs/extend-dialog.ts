import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormArray, FormControl, FormGroup, Validators, type ValidatorFn } from '@angular/forms';
import { CONSENT_METHOD_LABELS, CONSENT_METHODS, type ConsentMethod } from '@tiaojie/contracts';
import type { Party } from '../../../../core/api/api-types';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars } from '../../../../shared/forms/validators';
import { ACTION_LABELS, PARTY_ROLE_LABELS } from '../../../../shared/labels/case-labels';
import { CASES_TEXTS } from '../../cases.texts';
import { DIALOG_IMPORTS } from './dialog-imports';

export interface ExtendResult {
  days: number;
  consentPartyIds: string[];
  /** How the parties consented (kept in the case's consent records). */
  consentMethod: ConsentMethod;
  reason?: string;
  /** A court-referred case beyond the cap: the court's consent (who, which day). */
  courtConsent?: { by: string; at: string };
}

const T = CASES_TEXTS.dialogs;

const everyone: ValidatorFn = (control) =>
  (control as FormArray<FormControl<boolean>>).controls.every((c) => c.value)
    ? null
    : { consent: T.consentMissing };

const days: ValidatorFn = (control) => {
  const value = control.value as number | null;
  return Validators.required(control) ||
    Validators.min(1)(control) ||
    Validators.max(90)(control) ||
    !Number.isInteger(value)
    ? { days: T.daysRequired }
    : null;
};

/** 延长期限: only with every party's consent, one checkbox each. */
@Component({
  selector: 'tj-extend-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title"
      [nzOkText]="title"
      [nzOkLoading]="busy()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="extend-days">{{ texts.days }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-input-number
              nzSize="large"
              nzId="extend-days"
              [nzMin]="1"
              [nzMax]="90"
              [nzStep]="1"
              formControlName="days"
            />
          </nz-form-control>
        </nz-form-item>
        <fieldset class="consent">
          <legend class="consent__legend">{{ texts.consent }}</legend>
          <p class="consent__hint">{{ texts.consentHint }}</p>
          @for (party of parties(); track party.id; let i = $index) {
            <label
              nz-checkbox
              class="consent__party"
              [nzId]="'consent-' + i"
              [for]="'consent-' + i"
              [formControl]="form.controls.consent.at(i)"
            >
              {{ roles[party.role] }} {{ party.name }}
            </label>
          }
          @if (form.controls.consent.dirty && errorOf(form.controls.consent); as message) {
            <p class="consent__error" role="alert">{{ message }}</p>
          }
          <nz-form-item>
            <nz-form-label nzFor="extend-consent-method">{{ texts.consentMethod }}</nz-form-label>
            <nz-form-control>
              <nz-select nzSize="large" nzId="extend-consent-method" formControlName="consentMethod">
                @for (method of methods; track method) {
                  <nz-option [nzValue]="method" [nzLabel]="methodLabels[method]" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
        </fieldset>
        @if (courtReferred()) {
          <fieldset class="consent">
            <legend class="consent__legend">{{ texts.courtConsent }}</legend>
            <p class="consent__hint">{{ texts.courtConsentHint }}</p>
            <nz-form-item>
              <nz-form-label nzFor="extend-court-by">{{ texts.courtConsentBy }}</nz-form-label>
              <nz-form-control [nzErrorTip]="tip">
                <input
                  nz-input
                  id="extend-court-by"
                  formControlName="courtBy"
                  [placeholder]="texts.courtConsentByPlaceholder"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzFor="extend-court-at">{{ texts.courtConsentAt }}</nz-form-label>
              <nz-form-control [nzErrorTip]="tip">
                <input nz-input id="extend-court-at" type="date" formControlName="courtAt" />
              </nz-form-control>
            </nz-form-item>
          </fieldset>
        }
        <nz-form-item>
          <nz-form-label nzFor="extend-reason">{{ texts.extendReason }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea nz-input id="extend-reason" rows="2" formControlName="reason"></textarea>
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  styles: `
    .consent {
      margin: 0 0 16px;
      padding: 0;
      border: 0;
    }
    .consent__legend {
      margin-bottom: 4px;
      border: 0;
      font-size: 14px;
    }
    .consent__hint {
      margin: 0 0 8px;
      color: rgba(0, 0, 0, 0.45);
    }
    .consent__party {
      display: flex;
      min-height: 40px;
      align-items: center;
    }
    .consent__error {
      margin: 4px 0 0;
      color: #ff4d4f;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExtendDialog {
  readonly parties = input.required<readonly Party[]>();
  /** A case a court dispatched or entrusted: beyond the cap its extension needs the court's consent. */
  readonly courtReferred = input(false);
  readonly busy = input(false);
  readonly confirmed = output<ExtendResult>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly title = ACTION_LABELS.extend;
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly errorOf = firstError;
  protected readonly methods = CONSENT_METHODS;
  protected readonly methodLabels = CONSENT_METHOD_LABELS;
  protected readonly form = new FormGroup({
    days: new FormControl<number | null>(null, days),
    consentMethod: new FormControl<ConsentMethod>('oral', { nonNullable: true }),
    consent: new FormArray<FormControl<boolean>>([], everyone),
    reason: new FormControl('', { nonNullable: true, validators: maxChars(2000) }),
    courtBy: new FormControl('', { nonNullable: true, validators: maxChars(100) }),
    courtAt: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const consent = this.form.controls.consent;
      consent.clear();
      for (const _party of this.parties()) consent.push(new FormControl(false, { nonNullable: true }));
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { days: chosen, consentMethod, reason, courtBy, courtAt } = this.form.getRawValue();
    const by = courtBy.trim();
    this.confirmed.emit({
      days: chosen ?? 0,
      consentPartyIds: this.parties().map((party) => party.id),
      consentMethod,
      reason: reason.trim() || undefined,
      ...(this.courtReferred() && by && courtAt ? { courtConsent: { by, at: courtAt } } : {}),
    });
  }
}
