import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import type { OrganisationNode } from '../../../../core/api/api-types';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { ACTION_LABELS } from '../../../../shared/labels/case-labels';
import { CASES_TEXTS } from '../../cases.texts';
import { DIALOG_IMPORTS } from './dialog-imports';

export interface TransferResult {
  toOrganisationId: string;
  reason: string;
}

const T = CASES_TEXTS.dialogs;

/** 移送: hand the case to another committee or centre, with the reason. */
@Component({
  selector: 'tj-transfer-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title"
      [nzOkText]="title"
      [nzOkDanger]="true"
      [nzOkLoading]="busy()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        @if (targets().length === 0) {
          <nz-alert class="dialog-alert" nzType="info" nzShowIcon [nzMessage]="texts.noTransferTargets" />
        }
        <nz-form-item>
          <nz-form-label nzRequired nzFor="transfer-to">{{ texts.transferTo }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select nzSize="large" nzId="transfer-to" formControlName="toOrganisationId">
              @for (org of targets(); track org.id) {
                <nz-option [nzValue]="org.id" [nzLabel]="org.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="transfer-reason">{{ texts.reason }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea nz-input id="transfer-reason" rows="3" formControlName="reason"></textarea>
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
export class TransferDialog {
  readonly targets = input.required<readonly OrganisationNode[]>();
  readonly busy = input(false);
  readonly confirmed = output<TransferResult>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly title = ACTION_LABELS.transfer;
  protected readonly errorOf = firstError;
  protected readonly form = new FormGroup({
    toOrganisationId: new FormControl<string | null>(null, required(T.transferToRequired)),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [required(T.reasonRequired), maxChars(2000)],
    }),
  });

  protected submit(): void {
    const { toOrganisationId, reason } = this.form.getRawValue();
    if (this.form.invalid || !toOrganisationId) {
      revealErrors(this.form);
      return;
    }
    this.confirmed.emit({ toOrganisationId, reason: reason.trim() });
  }
}
