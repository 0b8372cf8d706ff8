import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import type { PerformanceRequest } from '../../../../core/api/api-types';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, money, required } from '../../../../shared/forms/validators';
import { FOLLOW_UP_DIALOG_IMPORTS, type TermOption } from './follow-up-dialog-imports';
import { FOLLOW_UP_TEXTS } from './follow-up.texts';
import { afterToday } from '../../../../shared/forms/dates';

const T = FOLLOW_UP_TEXTS.dialogs;

/** 登记履行: a term was performed, when, for how much, and the proof kept. */
@Component({
  selector: 'tj-performance-dialog',
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
          <nz-form-label nzRequired nzFor="performance-term">{{ texts.term }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select nzSize="large" nzId="performance-term" formControlName="termIndex">
              @for (term of terms(); track term.index) {
                <nz-option [nzValue]="term.index" [nzLabel]="term.label" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="performance-at">{{ texts.performedAt }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-date-picker
              [nzDisabledDate]="afterToday"
              nzSize="large"
              nzId="performance-at"
              nzShowTime
              nzFormat="yyyy-MM-dd HH:mm"
              formControlName="performedAt"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="performance-amount">{{ texts.amount }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input
              nz-input
              nzSize="large"
              id="performance-amount"
              inputmode="decimal"
              formControlName="amount"
              [placeholder]="texts.amountPlaceholder"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="performance-proof">{{ texts.proof }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input
              nz-input
              nzSize="large"
              id="performance-proof"
              formControlName="proof"
              [placeholder]="texts.proofPlaceholder"
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
export class PerformanceDialog {
  /** The terms still to perform. */
  readonly terms = input.required<readonly TermOption[]>();
  readonly busy = input(false);
  /** The API's answer to the last attempt, if it refused. */
  readonly error = input<string | null>(null);
  readonly confirmed = output<PerformanceRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly title = FOLLOW_UP_TEXTS.recordPerformance;
  protected readonly cancelText = FOLLOW_UP_TEXTS.cancel;
  protected readonly errorOf = firstError;
  /** Things that have happened are not dated after today (the API's rule too). */
  protected readonly afterToday = afterToday;
  protected readonly form = new FormGroup({
    termIndex: new FormControl<number | null>(null, required(T.termRequired)),
    performedAt: new FormControl<Date | null>(new Date(), required(T.performedAtRequired)),
    amount: new FormControl('', { nonNullable: true, validators: money }),
    proof: new FormControl('', { nonNullable: true, validators: maxChars(500) }),
  });

  constructor() {
    // Start with the first open term, and its agreed amount as the amount paid.
    effect(() => {
      const first = this.terms()[0];
      if (first && this.form.controls.termIndex.value === null)
        this.form.controls.termIndex.setValue(first.index);
    });
    this.form.controls.termIndex.valueChanges.subscribe((index) => {
      const amount = this.terms().find((term) => term.index === index)?.amount;
      if (!this.form.controls.amount.dirty) this.form.controls.amount.setValue(amount ?? '');
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { termIndex, performedAt, amount, proof } = this.form.getRawValue();
    this.confirmed.emit({
      termIndex: termIndex ?? 0,
      performedAt: (performedAt ?? new Date()).toISOString(),
      amount: amount.trim() || undefined,
      proof: proof.trim() || undefined,
    });
  }
}
