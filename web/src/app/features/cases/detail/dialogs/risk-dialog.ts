import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import type { RiskLevel, RiskRequest } from '../../../../core/api/api-types';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { RISK_LABELS, optionsOf } from '../../../../shared/labels/case-labels';
import { CASES_TEXTS } from '../../cases.texts';
import { DIALOG_IMPORTS } from './dialog-imports';

const T = CASES_TEXTS.dialogs;

/** 风险上报: a risk that the dispute escalates (Art 25), reported at once. */
@Component({
  selector: 'tj-risk-dialog',
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
        <nz-alert class="dialog-alert" nzType="info" nzShowIcon [nzMessage]="texts.riskHint" />
        <nz-form-item>
          <nz-form-label nzFor="risk-level">{{ texts.riskLevel }}</nz-form-label>
          <nz-form-control>
            <nz-segmented id="risk-level" nzSize="large" [nzOptions]="levels" formControlName="level" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="risk-note">{{ texts.riskNote }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea
              nz-input
              id="risk-note"
              rows="3"
              formControlName="note"
              [placeholder]="texts.riskNotePlaceholder"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="risk-reported-to">{{ texts.reportedTo }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input
              nz-input
              nzSize="large"
              id="risk-reported-to"
              formControlName="reportedTo"
              [placeholder]="texts.reportedToPlaceholder"
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
export class RiskDialog {
  readonly title = CASES_TEXTS.detail.raiseRisk;
  readonly current = input<RiskLevel>('none');
  readonly busy = input(false);
  readonly confirmed = output<RiskRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly levels = optionsOf(RISK_LABELS);
  protected readonly errorOf = firstError;
  protected readonly form = new FormGroup({
    level: new FormControl<RiskLevel>('yellow', { nonNullable: true }),
    note: new FormControl('', {
      nonNullable: true,
      validators: [required(T.riskNoteRequired), maxChars(2000)],
    }),
    reportedTo: new FormControl('', { nonNullable: true, validators: maxChars(200) }),
  });

  constructor() {
    // Start from the current level when there is one; a first report is usually yellow.
    effect(() => {
      const current = this.current();
      if (current !== 'none') this.form.controls.level.setValue(current);
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { level, note, reportedTo } = this.form.getRawValue();
    this.confirmed.emit({ level, note: note.trim(), reportedTo: reportedTo.trim() || undefined });
  }
}
