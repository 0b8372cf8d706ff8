import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  effect,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, type ValidationErrors } from '@angular/forms';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import type { DeadlineRule, UpdateDeadlineRuleRequest } from '../../../core/api/deadline-rules-api';
import { firstError, revealErrors } from '../../../shared/forms/field-errors';
import { maxChars, required } from '../../../shared/forms/validators';
import { ADMIN_TEXTS } from '../admin.texts';
import { ADMIN_DIALOG_IMPORTS, ADMIN_DIALOG_STYLES } from '../shared/admin-dialog-imports';
import { dialogFailure } from '../shared/dialog-failure';
import { ruleName } from './deadline-rule-labels';

const T = ADMIN_TEXTS.deadlineRules;
const D = T.dialog;

/** A whole number of days in [min, max] (the API's rule), with the message to show otherwise. */
function wholeDays(min: number, max: number, message: string, optional = false) {
  return (control: AbstractControl<unknown>): ValidationErrors | null => {
    const value = control.value;
    if (value === null || value === undefined) return optional ? null : { days: message };
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? null
      : { days: message };
  };
}

/**
 * 修改期限: the days, whether working or calendar days, the extension the parties alone may agree to,
 * and the basis. For the system's rule or a committee's own; the API's refusal stays in the dialog.
 */
@Component({
  selector: 'tj-deadline-rule-dialog',
  imports: [ADMIN_DIALOG_IMPORTS, NzInputNumberModule, NzRadioModule],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title()"
      [nzOkText]="saveText"
      [nzCancelText]="cancelText"
      [nzOkLoading]="busy()"
      [nzCancelDisabled]="busy()"
      [nzClosable]="!busy()"
      [nzMaskClosable]="false"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancel()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        @for (message of messages(); track $index) {
          <nz-alert class="dialog-alert" role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        }
        <p class="dialog-note">{{ committee() ? texts.dialog.committeeNote : texts.dialog.systemNote }}</p>
        <div class="grid">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="rule-days">{{ texts.days }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <nz-input-number
                nzSize="large"
                nzId="rule-days"
                [nzMin]="1"
                [nzMax]="365"
                [nzStep]="1"
                [nzPrecision]="0"
                formControlName="days"
              />
            </nz-form-control>
          </nz-form-item>
          <!-- eslint-disable @angular-eslint/template/label-has-associated-control -- nz-radio renders its input inside the label -->
          <nz-form-item>
            <p class="legend" id="rule-counting">{{ texts.dialog.counting }}</p>
            <nz-form-control [nzErrorTip]="tip">
              <nz-radio-group
                role="radiogroup"
                aria-labelledby="rule-counting"
                nzSize="large"
                formControlName="workingDays"
              >
                <label nz-radio [nzValue]="false">{{ texts.calendarDays }}</label>
                <label nz-radio [nzValue]="true">{{ texts.workingDays }}</label>
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          <!-- eslint-enable @angular-eslint/template/label-has-associated-control -->
        </div>
        <nz-form-item>
          <nz-form-label nzFor="rule-max-extension">{{ texts.dialog.maxExtension }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip" [nzExtra]="texts.dialog.maxExtensionHint">
            <nz-input-number
              nzSize="large"
              nzId="rule-max-extension"
              [nzMin]="0"
              [nzMax]="365"
              [nzStep]="1"
              [nzPrecision]="0"
              formControlName="maxExtensionDays"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="rule-basis">{{ texts.basis }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea
              nz-input
              id="rule-basis"
              rows="3"
              formControlName="basis"
              [placeholder]="texts.dialog.basisPlaceholder"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  styles: [
    ADMIN_DIALOG_STYLES,
    `
      .dialog-note {
        margin: 0 0 16px;
        color: rgba(0, 0, 0, 0.65);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
        column-gap: 16px;
      }
      .legend {
        margin: 0 0 8px;
      }
      .legend::before {
        content: '*';
        margin-inline-end: 4px;
        color: #ff4d4f;
      }
      .legend::after {
        content: ':';
      }
      nz-input-number {
        width: 160px;
      }
      textarea {
        font-size: 16px;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeadlineRuleDialog implements OnInit {
  readonly rule = input.required<DeadlineRule>();
  /** A committee's own rule (else the system's, for every committee without its own). */
  readonly committee = input(false);
  readonly busy = input(false);
  /** The API's refusal of the last attempt (an HttpErrorResponse), shown in the dialog. */
  readonly failure = input<unknown>(null);
  readonly confirmed = output<UpdateDeadlineRuleRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly saveText = ADMIN_TEXTS.save;
  protected readonly cancelText = ADMIN_TEXTS.cancel;
  protected readonly errorOf = firstError;
  protected readonly title = computed(() => D.title(ruleName(this.rule())));
  protected readonly messages = signal<string[]>([]);
  protected readonly form = new FormGroup({
    days: new FormControl<number | null>(null, wholeDays(1, 365, D.daysRule)),
    workingDays: new FormControl(false, { nonNullable: true }),
    maxExtensionDays: new FormControl<number | null>(null, wholeDays(0, 365, D.maxExtensionRule, true)),
    basis: new FormControl('', {
      nonNullable: true,
      validators: [required(D.basisRequired), maxChars(200)],
    }),
  });

  constructor() {
    effect(() => {
      const failure = this.failure();
      untracked(() => this.messages.set(dialogFailure(this.form, failure)));
    });
  }

  ngOnInit(): void {
    // The rule is an input, known from here on.
    const rule = this.rule();
    this.form.patchValue({
      days: rule.days,
      workingDays: rule.workingDays,
      maxExtensionDays: rule.maxExtensionDays,
      basis: rule.basis,
    });
  }

  protected submit(): void {
    if (this.busy()) return;
    const { days, workingDays, maxExtensionDays, basis } = this.form.getRawValue();
    if (this.form.invalid || days === null) {
      revealErrors(this.form);
      return;
    }
    this.confirmed.emit({ days, workingDays, maxExtensionDays, basis: basis.trim() });
  }

  protected cancel(): void {
    if (!this.busy()) this.cancelled.emit();
  }
}
