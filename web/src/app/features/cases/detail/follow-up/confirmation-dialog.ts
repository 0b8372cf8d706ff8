import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import type { JudicialConfirmationRequest } from '../../../../core/api/api-types';
import { afterToday, chinaDay, chinaToday, localDate } from '../../../../shared/forms/dates';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { FOLLOW_UP_DIALOG_IMPORTS } from './follow-up-dialog-imports';
import { FOLLOW_UP_TEXTS } from './follow-up.texts';

const T = FOLLOW_UP_TEXTS.dialogs;

/** 申请司法确认: the parties' joint application to a court, within 30 days of the agreement. */
@Component({
  selector: 'tj-confirmation-dialog',
  imports: [FOLLOW_UP_DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title"
      [nzOkText]="title"
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
        @if (hint(); as text) {
          <nz-alert class="dialog-alert" nzType="info" nzShowIcon [nzMessage]="text" />
        }
        <nz-form-item>
          <nz-form-label nzRequired nzFor="confirmation-court">{{ texts.court }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input
              nz-input
              nzSize="large"
              id="confirmation-court"
              formControlName="court"
              [placeholder]="texts.courtPlaceholder"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="confirmation-applied">{{ texts.appliedAt }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-date-picker
              [nzDisabledDate]="afterToday"
              nzSize="large"
              nzId="confirmation-applied"
              formControlName="appliedAt"
            />
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  styles: `
    .dialog-alert {
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmationDialog {
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  /** The window, e.g. 应于 2026-04-09 前申请. */
  readonly hint = input<string | null>(null);
  readonly confirmed = output<JudicialConfirmationRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly title = FOLLOW_UP_TEXTS.applyConfirmation;
  protected readonly cancelText = FOLLOW_UP_TEXTS.cancel;
  protected readonly errorOf = firstError;
  /** Things that have happened are not dated after today (the API's rule too). */
  protected readonly afterToday = afterToday;
  protected readonly form = new FormGroup({
    court: new FormControl('', { nonNullable: true, validators: [required(T.courtRequired), maxChars(100)] }),
    appliedAt: new FormControl<Date | null>(chinaToday(), required(T.appliedAtRequired)),
  });

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { court, appliedAt } = this.form.getRawValue();
    this.confirmed.emit({ court: court.trim(), appliedAt: appliedAt ? localDate(appliedAt) : chinaDay() });
  }
}
