import { ChangeDetectionStrategy, Component, type OnInit, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstError, revealErrors } from '../../forms/field-errors';
import { maxChars, required } from '../../forms/validators';

/** Asks for one required text (退回理由, 反馈内容, 督办意见) before an action. */
@Component({
  selector: 'tj-note-dialog',
  imports: [ReactiveFormsModule, NzAlertModule, NzFormModule, NzInputModule, NzModalModule],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title()"
      [nzOkText]="okText()"
      [nzOkDanger]="danger()"
      [nzOkLoading]="busy()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        @if (intro()) {
          <p class="dialog-intro">{{ intro() }}</p>
        }
        @if (error(); as message) {
          <nz-alert class="dialog-alert" role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        }
        <nz-form-item>
          <nz-form-label nzRequired nzFor="dialog-note">{{ label() }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea
              nz-input
              id="dialog-note"
              rows="4"
              [formControl]="note"
              [placeholder]="placeholder()"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  styles: `
    .dialog-intro {
      margin: 0 0 12px;
      color: rgba(0, 0, 0, 0.65);
    }
    .dialog-alert {
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteDialog implements OnInit {
  readonly title = input.required<string>();
  readonly okText = input.required<string>();
  readonly label = input.required<string>();
  readonly requiredMessage = input.required<string>();
  readonly placeholder = input('');
  readonly intro = input('');
  readonly danger = input(false);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<string>();
  readonly cancelled = output();

  protected readonly errorOf = firstError;
  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: maxChars(2000),
  });

  ngOnInit(): void {
    // The message is an input, known from here on.
    this.note.addValidators(required(this.requiredMessage()));
    this.note.updateValueAndValidity();
  }

  protected submit(): void {
    if (this.note.invalid) {
      revealErrors(this.note);
      return;
    }
    this.confirmed.emit(this.note.value.trim());
  }
}
