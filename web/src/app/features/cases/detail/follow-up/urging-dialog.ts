import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import type { UrgingMethod, UrgingRequest } from '../../../../core/api/api-types';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { optionsOf } from '../../../../shared/labels/case-labels';
import { FOLLOW_UP_DIALOG_IMPORTS, type TermOption } from './follow-up-dialog-imports';
import { FOLLOW_UP_TEXTS, URGING_METHOD_LABELS } from './follow-up.texts';
import { afterToday } from '../../../../shared/forms/dates';

const T = FOLLOW_UP_TEXTS.dialogs;
/** The select's value for "the whole agreement" (a select cannot hold undefined). */
const WHOLE = -1;

/** 督促履行: the mediator reminded the obligor of a term (or of the whole agreement). */
@Component({
  selector: 'tj-urging-dialog',
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
        <nz-form-item>
          <nz-form-label nzFor="urging-term">{{ texts.term }}</nz-form-label>
          <nz-form-control>
            <nz-select nzSize="large" nzId="urging-term" formControlName="termIndex">
              <nz-option [nzValue]="whole" [nzLabel]="wholeLabel" />
              @for (term of terms(); track term.index) {
                <nz-option [nzValue]="term.index" [nzLabel]="term.label" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="urging-at">{{ texts.urgedAt }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-date-picker
              [nzDisabledDate]="afterToday"
              nzSize="large"
              nzId="urging-at"
              nzShowTime
              nzFormat="yyyy-MM-dd HH:mm"
              formControlName="urgedAt"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="urging-method">{{ texts.method }}</nz-form-label>
          <nz-form-control>
            <nz-segmented id="urging-method" nzSize="large" [nzOptions]="methods" formControlName="method" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="urging-note">{{ texts.urgeNote }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea
              nz-input
              id="urging-note"
              rows="3"
              formControlName="note"
              [placeholder]="texts.urgeNotePlaceholder"
            ></textarea>
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
export class UrgingDialog {
  /** The terms still to perform. */
  readonly terms = input.required<readonly TermOption[]>();
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<UrgingRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly title = FOLLOW_UP_TEXTS.urge;
  protected readonly cancelText = FOLLOW_UP_TEXTS.cancel;
  protected readonly whole = WHOLE;
  protected readonly wholeLabel = FOLLOW_UP_TEXTS.wholeAgreement;
  protected readonly methods = optionsOf(URGING_METHOD_LABELS);
  protected readonly errorOf = firstError;
  /** Things that have happened are not dated after today (the API's rule too). */
  protected readonly afterToday = afterToday;
  protected readonly form = new FormGroup({
    termIndex: new FormControl<number>(WHOLE, { nonNullable: true }),
    urgedAt: new FormControl<Date | null>(new Date(), required(T.urgedAtRequired)),
    method: new FormControl<UrgingMethod>('phone', { nonNullable: true }),
    note: new FormControl('', {
      nonNullable: true,
      validators: [required(T.urgeNoteRequired), maxChars(5000)],
    }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { termIndex, urgedAt, method, note } = this.form.getRawValue();
    this.confirmed.emit({
      termIndex: termIndex === WHOLE ? undefined : termIndex,
      urgedAt: (urgedAt ?? new Date()).toISOString(),
      method,
      note: note.trim(),
    });
  }
}
