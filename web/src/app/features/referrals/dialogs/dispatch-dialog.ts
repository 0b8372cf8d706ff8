import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import type { OrganisationRef } from '../../../core/api/referrals-api';
import { firstError, revealErrors } from '../../../shared/forms/field-errors';
import { required } from '../../../shared/forms/validators';
import { REFERRALS_TEXTS } from '../referrals.texts';

const T = REFERRALS_TEXTS.dispatch;

/** 分拨: the judicial office chooses the committee or centre that will mediate a referral. */
@Component({
  selector: 'tj-dispatch-dialog',
  imports: [ReactiveFormsModule, NzAlertModule, NzFormModule, NzModalModule, NzSelectModule],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="texts.title"
      [nzOkText]="texts.ok"
      [nzOkLoading]="busy()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        <p class="dialog-ref">{{ texts.referral(externalRef()) }}</p>
        @if (targets().length === 0) {
          <nz-alert class="dialog-alert" nzType="info" nzShowIcon [nzMessage]="texts.noTargets" />
        }
        @if (error(); as message) {
          <nz-alert class="dialog-alert" role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        }
        <nz-form-item>
          <nz-form-label nzRequired nzFor="dispatch-target">{{ texts.target }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select nzSize="large" nzShowSearch nzId="dispatch-target" [formControl]="target">
              @for (org of targets(); track org.id) {
                <nz-option [nzValue]="org.id" [nzLabel]="org.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  styles: `
    .dialog-ref {
      margin: 0 0 12px;
      color: rgba(0, 0, 0, 0.65);
    }
    .dialog-alert {
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DispatchDialog {
  readonly externalRef = input.required<string>();
  readonly targets = input.required<readonly OrganisationRef[]>();
  readonly busy = input(false);
  /** The API's refusal, shown in the dialog so the officer can choose again. */
  readonly error = input<string | null>(null);
  readonly confirmed = output<string>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly errorOf = firstError;
  protected readonly target = new FormControl<string | null>(null, required(T.targetRequired));

  protected submit(): void {
    const id = this.target.value;
    if (this.target.invalid || !id) {
      revealErrors(this.target);
      return;
    }
    this.confirmed.emit(id);
  }
}
