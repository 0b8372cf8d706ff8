import { ChangeDetectionStrategy, Component, type OnInit, input, output } from '@angular/core';
import { FormControl } from '@angular/forms';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { DIALOG_IMPORTS } from '../dialogs/dialog-imports';
import { RECORDS_TEXTS } from './records.texts';

const T = RECORDS_TEXTS.undisputed;
/** The API's limit for the text. */
const MAX_CHARS = 10000;

/** 记录无争议事实: the facts both parties accept, kept when mediation fails (for the court). */
@Component({
  selector: 'tj-undisputed-facts-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="texts.record"
      [nzOkText]="okText"
      [nzCancelText]="cancelText"
      [nzOkLoading]="busy()"
      [nzWidth]="640"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        @if (error(); as message) {
          <nz-alert class="dialog-alert" role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        }
        <nz-form-item>
          <nz-form-label nzRequired nzFor="undisputed-facts">{{ texts.label }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea
              nz-input
              id="undisputed-facts"
              rows="8"
              [formControl]="text"
              [placeholder]="texts.placeholder"
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
export class UndisputedFactsDialog implements OnInit {
  /** The facts recorded so far, to edit. */
  readonly current = input<string | null>(null);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<string>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly okText = RECORDS_TEXTS.save;
  protected readonly cancelText = RECORDS_TEXTS.cancel;
  protected readonly errorOf = firstError;
  protected readonly text = new FormControl('', {
    nonNullable: true,
    validators: [required(T.required), maxChars(MAX_CHARS)],
  });

  ngOnInit(): void {
    this.text.setValue(this.current() ?? '');
  }

  protected submit(): void {
    if (this.text.invalid) {
      revealErrors(this.text);
      return;
    }
    this.confirmed.emit(this.text.value.trim());
  }
}
