import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, type ValidatorFn } from '@angular/forms';
import { CONFIRMATION_MOVES } from '@tiaojie/contracts';
import { map } from 'rxjs';
import type {
  ConfirmationStatus,
  JudicialConfirmation,
  JudicialConfirmationUpdate,
} from '../../../../core/api/api-types';
import { afterToday, localDate, parseLocalDate } from '../../../../shared/forms/dates';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars } from '../../../../shared/forms/validators';
import { optionsOf } from '../../../../shared/labels/case-labels';
import { FOLLOW_UP_DIALOG_IMPORTS } from './follow-up-dialog-imports';
import { CONFIRMATION_STATUS_LABELS, FOLLOW_UP_TEXTS } from './follow-up.texts';

const T = FOLLOW_UP_TEXTS.dialogs;
/** A ruling (confirmed or refused) has a number and a date. */
const RULED: readonly ConfirmationStatus[] = ['confirmed', 'refused'];

/** Required once the court has ruled. */
function whenRuled(message: string): ValidatorFn {
  return (control) => {
    const status = control.parent?.get('status')?.value as ConfirmationStatus | undefined;
    const value: unknown = control.value;
    const blank = value === null || (typeof value === 'string' && !value.trim());
    return status && RULED.includes(status) && blank ? { required: message } : null;
  };
}

/** What the court did with the application: accepted, ruled (confirmed or refused), or it was withdrawn. */
@Component({
  selector: 'tj-confirmation-status-dialog',
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
          <nz-form-label nzRequired nzFor="confirmation-status">{{ texts.status }}</nz-form-label>
          <nz-form-control>
            <nz-select nzSize="large" nzId="confirmation-status" formControlName="status">
              @for (option of statuses(); track option.value) {
                <nz-option [nzValue]="option.value" [nzLabel]="option.label" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label [nzRequired]="ruled()" nzFor="confirmation-ruling-number">{{
            texts.rulingNumber
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input
              nz-input
              nzSize="large"
              id="confirmation-ruling-number"
              formControlName="rulingNumber"
              [placeholder]="texts.rulingNumberPlaceholder"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label [nzRequired]="ruled()" nzFor="confirmation-ruling-date">{{
            texts.rulingDate
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-date-picker
              [nzDisabledDate]="afterToday"
              nzSize="large"
              nzId="confirmation-ruling-date"
              formControlName="rulingDate"
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
export class ConfirmationStatusDialog {
  readonly confirmation = input.required<JudicialConfirmation>();
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<JudicialConfirmationUpdate>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly title = FOLLOW_UP_TEXTS.updateConfirmation;
  protected readonly cancelText = FOLLOW_UP_TEXTS.cancel;
  /** Forward only (the shared table): the next steps, or the current status to correct the ruling. */
  protected readonly statuses = computed(() => {
    const current = this.confirmation().status;
    const next = [...CONFIRMATION_MOVES[current], current];
    return optionsOf(CONFIRMATION_STATUS_LABELS).filter((o) => next.includes(o.value));
  });
  protected readonly errorOf = firstError;
  /** Things that have happened are not dated after today (the API's rule too). */
  protected readonly afterToday = afterToday;
  protected readonly form = new FormGroup({
    status: new FormControl<ConfirmationStatus>('accepted', { nonNullable: true }),
    rulingNumber: new FormControl('', {
      nonNullable: true,
      validators: [whenRuled(T.rulingNumberRequired), maxChars(60)],
    }),
    rulingDate: new FormControl<Date | null>(null, whenRuled(T.rulingDateRequired)),
  });
  protected readonly ruled = toSignal(
    this.form.controls.status.valueChanges.pipe(map((status) => RULED.includes(status))),
    { initialValue: false },
  );

  constructor() {
    effect(() => {
      const current = this.confirmation();
      // The next step is the likely one: applied → accepted → confirmed.
      const next: ConfirmationStatus = CONFIRMATION_MOVES[current.status][0] ?? current.status;
      this.form.setValue({
        status: next,
        rulingNumber: current.rulingNumber ?? '',
        rulingDate: parseLocalDate(current.rulingDate ?? undefined),
      });
    });
    this.form.controls.status.valueChanges.subscribe(() => {
      this.form.controls.rulingNumber.updateValueAndValidity();
      this.form.controls.rulingDate.updateValueAndValidity();
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { status, rulingNumber, rulingDate } = this.form.getRawValue();
    this.confirmed.emit({
      status,
      rulingNumber: rulingNumber.trim() || undefined,
      rulingDate: rulingDate ? localDate(rulingDate) : undefined,
    });
  }
}
