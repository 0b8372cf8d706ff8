import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup, type ValidatorFn } from '@angular/forms';
import type {
  Party,
  ResidualRisk,
  ReturnVisitRequest,
  VisitPerformance,
} from '../../../../core/api/api-types';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { PARTY_ROLE_LABELS, optionsOf } from '../../../../shared/labels/case-labels';
import { FOLLOW_UP_DIALOG_IMPORTS } from './follow-up-dialog-imports';
import { FOLLOW_UP_TEXTS, RESIDUAL_RISK_LABELS, VISIT_PERFORMANCE_LABELS } from './follow-up.texts';
import { afterToday } from '../../../../shared/forms/dates';

const T = FOLLOW_UP_TEXTS.dialogs;

const stars: ValidatorFn = (control) => {
  const value = control.value as number | null;
  return Number.isInteger(value) && value! >= 1 && value! <= 5
    ? null
    : { satisfaction: T.satisfactionRequired };
};

/** 回访: how the agreement was honoured, how satisfied the party is, what risk remains. */
@Component({
  selector: 'tj-return-visit-dialog',
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
          <nz-form-label nzRequired nzFor="visit-at">{{ texts.visitedAt }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-date-picker
              [nzDisabledDate]="afterToday"
              nzSize="large"
              nzId="visit-at"
              nzShowTime
              nzFormat="yyyy-MM-dd HH:mm"
              formControlName="visitedAt"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="visit-party">{{ texts.party }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select nzSize="large" nzId="visit-party" formControlName="partyId">
              @for (party of parties(); track party.id) {
                <nz-option [nzValue]="party.id" [nzLabel]="roles[party.role] + ' ' + party.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="visit-performance">{{ texts.performance }}</nz-form-label>
          <nz-form-control>
            <nz-segmented
              id="visit-performance"
              nzSize="large"
              [nzOptions]="performances"
              formControlName="performance"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="visit-satisfaction">{{ texts.satisfactionLabel }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-rate id="visit-satisfaction" class="stars" formControlName="satisfaction" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="visit-risk">{{ texts.residualRisk }}</nz-form-label>
          <nz-form-control>
            <nz-segmented id="visit-risk" nzSize="large" [nzOptions]="risks" formControlName="residualRisk" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="visit-note">{{ texts.visitNote }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea
              nz-input
              id="visit-note"
              rows="3"
              formControlName="note"
              [placeholder]="texts.visitNotePlaceholder"
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
    /* Stars big enough to tap on a tablet. */
    .stars {
      font-size: 28px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReturnVisitDialog {
  readonly parties = input.required<readonly Party[]>();
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<ReturnVisitRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly title = FOLLOW_UP_TEXTS.returnVisit;
  protected readonly cancelText = FOLLOW_UP_TEXTS.cancel;
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly performances = optionsOf(VISIT_PERFORMANCE_LABELS);
  protected readonly risks = optionsOf(RESIDUAL_RISK_LABELS);
  protected readonly errorOf = firstError;
  /** Things that have happened are not dated after today (the API's rule too). */
  protected readonly afterToday = afterToday;
  protected readonly form = new FormGroup({
    visitedAt: new FormControl<Date | null>(new Date(), required(T.visitedAtRequired)),
    partyId: new FormControl<string | null>(null, required(T.partyRequired)),
    performance: new FormControl<VisitPerformance>('performed', { nonNullable: true }),
    satisfaction: new FormControl<number>(0, { nonNullable: true, validators: stars }),
    residualRisk: new FormControl<ResidualRisk>('none', { nonNullable: true }),
    note: new FormControl('', {
      nonNullable: true,
      validators: [required(T.visitNoteRequired), maxChars(5000)],
    }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { visitedAt, partyId, performance, satisfaction, residualRisk, note } = this.form.getRawValue();
    this.confirmed.emit({
      visitedAt: (visitedAt ?? new Date()).toISOString(),
      partyId: partyId ?? '',
      performance,
      satisfaction,
      residualRisk,
      note: note.trim(),
    });
  }
}
