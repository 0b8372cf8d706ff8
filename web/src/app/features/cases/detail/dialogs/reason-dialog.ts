import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { CASES_TEXTS } from '../../cases.texts';
import { DIALOG_IMPORTS } from './dialog-imports';

export interface ReasonResult {
  reason: string;
  /** Only when `withRoutes`: the other routes the parties were told of (Art 26). */
  routesInformed?: string;
}

const T = CASES_TEXTS.dialogs;

/** Asks for a reason (不予受理, 中止, 终止) before a change that ends or halts mediation. */
@Component({
  selector: 'tj-reason-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title()"
      [nzOkText]="okText()"
      [nzOkDanger]="true"
      [nzOkLoading]="busy()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="dialog-reason">{{ label() }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea
              nz-input
              id="dialog-reason"
              rows="3"
              formControlName="reason"
              [placeholder]="placeholder()"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
        @if (withRoutes()) {
          <nz-form-item>
            <nz-form-label nzRequired nzFor="dialog-routes">{{ texts.routes }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <textarea
                nz-input
                id="dialog-routes"
                rows="2"
                formControlName="routesInformed"
                [placeholder]="texts.routesPlaceholder"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
        }
      </form>
    </nz-modal>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonDialog {
  readonly title = input.required<string>();
  readonly okText = input.required<string>();
  readonly placeholder = input('');
  /** The field's label (原因 by default). */
  readonly label = input<string>(T.reason);
  readonly withRoutes = input(false);
  readonly busy = input(false);
  readonly confirmed = output<ReasonResult>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly errorOf = firstError;
  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [required(T.reasonRequired), maxChars(2000)],
    }),
    routesInformed: new FormControl('', {
      nonNullable: true,
      validators: [required(T.routesRequired), maxChars(2000)],
    }),
  });

  protected submit(): void {
    if (!this.withRoutes()) this.form.controls.routesInformed.disable();
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { reason, routesInformed } = this.form.getRawValue();
    this.confirmed.emit({
      reason: reason.trim(),
      routesInformed: this.withRoutes() ? routesInformed.trim() : undefined,
    });
  }
}
