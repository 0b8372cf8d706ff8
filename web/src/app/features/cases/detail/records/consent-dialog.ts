import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import {
  CONSENT_KIND_LABELS,
  CONSENT_KINDS,
  CONSENT_METHOD_LABELS,
  CONSENT_METHODS,
  type ConsentKind,
  type ConsentMethod,
} from '@tiaojie/contracts';
import type { Party } from '../../../../core/api/api-types';
import type { ConsentRequest } from '../../../../core/api/cases-api';
import { afterToday } from '../../../../shared/forms/dates';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, notAfterNow, required } from '../../../../shared/forms/validators';
import { PARTY_ROLE_LABELS } from '../../../../shared/labels/case-labels';
import { DIALOG_IMPORTS } from '../dialogs/dialog-imports';
import { RECORDS_TEXTS } from './records.texts';

const T = RECORDS_TEXTS.consents;

/** 记录告知或同意: which parties, what, whether given, how; the time is now unless the API is told. */
@Component({
  selector: 'tj-consent-dialog',
  imports: [DIALOG_IMPORTS, NzDatePickerModule],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="texts.record"
      [nzOkText]="saveText"
      [nzCancelText]="cancelText"
      [nzOkLoading]="busy()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        @if (error(); as message) {
          <nz-alert class="dialog-alert" role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        }
        <p class="dialog-hint">{{ texts.hint }}</p>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="consent-parties">{{ texts.parties }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select nzSize="large" nzMode="multiple" nzId="consent-parties" formControlName="partyIds">
              @for (party of parties(); track party.id) {
                <nz-option [nzValue]="party.id" [nzLabel]="roles[party.role] + ' ' + party.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="consent-kind">{{ texts.kind }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select nzSize="large" nzId="consent-kind" formControlName="kind">
              @for (kind of kinds; track kind) {
                <nz-option [nzValue]="kind" [nzLabel]="kindLabels[kind]" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="consent-given">{{ texts.given }}</nz-form-label>
          <nz-form-control>
            <nz-segmented
              id="consent-given"
              nzSize="large"
              [nzOptions]="givenOptions"
              formControlName="given"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="consent-method">{{ texts.method }}</nz-form-label>
          <nz-form-control>
            <nz-select nzSize="large" nzId="consent-method" formControlName="method">
              @for (method of methods; track method) {
                <nz-option [nzValue]="method" [nzLabel]="methodLabels[method]" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="consent-at">{{ texts.at }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-date-picker
              nzSize="large"
              nzId="consent-at"
              nzShowTime
              nzFormat="yyyy-MM-dd HH:mm"
              [nzDisabledDate]="afterToday"
              [nzPlaceHolder]="texts.atNow"
              formControlName="at"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="consent-note">{{ texts.note }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input nz-input nzSize="large" id="consent-note" formControlName="note" />
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  styles: `
    .dialog-alert,
    .dialog-hint {
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsentDialog {
  readonly parties = input.required<readonly Party[]>();
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<ConsentRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly saveText = RECORDS_TEXTS.save;
  protected readonly cancelText = RECORDS_TEXTS.cancel;
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly kinds = CONSENT_KINDS;
  protected readonly kindLabels = CONSENT_KIND_LABELS;
  protected readonly methods = CONSENT_METHODS;
  protected readonly methodLabels = CONSENT_METHOD_LABELS;
  protected readonly givenOptions = [
    { value: 'yes', label: T.givenLabels.yes },
    { value: 'no', label: T.givenLabels.no },
  ];
  protected readonly errorOf = firstError;
  protected readonly form = new FormGroup({
    partyIds: new FormControl<string[]>([], { nonNullable: true, validators: required(T.partiesRequired) }),
    kind: new FormControl<ConsentKind | null>(null, required(T.kindRequired)),
    given: new FormControl<'yes' | 'no'>('yes', { nonNullable: true }),
    method: new FormControl<ConsentMethod>('written', { nonNullable: true }),
    at: new FormControl<Date | null>(null, notAfterNow(T.atInvalid)),
    note: new FormControl('', { nonNullable: true, validators: maxChars(200) }),
  });
  protected readonly afterToday = afterToday;

  protected submit(): void {
    const { partyIds, kind, given, method, at, note } = this.form.getRawValue();
    if (this.form.invalid || !kind || !partyIds.length) {
      revealErrors(this.form);
      return;
    }
    this.confirmed.emit({
      partyIds,
      kind,
      given: given === 'yes',
      method,
      ...(at ? { at: at.toISOString() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  }
}
