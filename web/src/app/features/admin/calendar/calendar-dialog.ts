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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup } from '@angular/forms';
import type { CalendarOverride } from '../../../core/api/calendar-api';
import { firstError, revealErrors } from '../../../shared/forms/field-errors';
import { localDate, parseLocalDate } from '../../../shared/forms/dates';
import { maxChars, required } from '../../../shared/forms/validators';
import { ADMIN_TEXTS } from '../admin.texts';
import { ADMIN_DIALOG_IMPORTS, ADMIN_DIALOG_STYLES } from '../shared/admin-dialog-imports';
import { dialogFailure } from '../shared/dialog-failure';

const T = ADMIN_TEXTS.calendar;

/**
 * 添加 / 修改节假日调整: the day, whether it is worked, and its name. The API keeps one entry per day,
 * so a day that already has one is replaced (said before saving).
 */
@Component({
  selector: 'tj-calendar-dialog',
  imports: [ADMIN_DIALOG_IMPORTS],
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
        <nz-form-item>
          <nz-form-label nzRequired nzFor="calendar-day">{{ texts.day }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-date-picker nzSize="large" nzId="calendar-day" nzFormat="yyyy-MM-dd" formControlName="day" />
          </nz-form-control>
        </nz-form-item>
        @if (replaces(); as existing) {
          <nz-alert
            class="dialog-alert"
            nzType="warning"
            nzShowIcon
            [nzMessage]="texts.dialog.replaces(existing.name)"
          />
        }
        <nz-form-item>
          <nz-form-label nzFor="calendar-working">{{ texts.dialog.workingLabel }}</nz-form-label>
          <nz-form-control [nzExtra]="texts.dialog.workingHint">
            <nz-switch
              nzId="calendar-working"
              formControlName="working"
              [nzCheckedChildren]="texts.working"
              [nzUnCheckedChildren]="texts.dayOff"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="calendar-name">{{ texts.name }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input
              nz-input
              nzSize="large"
              id="calendar-name"
              autocomplete="off"
              formControlName="name"
              [placeholder]="texts.dialog.namePlaceholder"
            />
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  styles: ADMIN_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarDialog implements OnInit {
  /** The entry to change (its day stays); none for a new one. */
  readonly override = input<CalendarOverride | null>(null);
  /** The entries there are, to say when a new one replaces one of them. */
  readonly existing = input<readonly CalendarOverride[]>([]);
  readonly busy = input(false);
  /** The API's refusal of the last attempt, shown in the dialog. */
  readonly failure = input<unknown>(null);
  readonly confirmed = output<CalendarOverride>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly saveText = ADMIN_TEXTS.save;
  protected readonly cancelText = ADMIN_TEXTS.cancel;
  protected readonly errorOf = firstError;
  protected readonly messages = signal<string[]>([]);
  protected readonly form = new FormGroup({
    day: new FormControl<Date | null>(null, required(T.dialog.dayRequired)),
    working: new FormControl(false, { nonNullable: true }),
    name: new FormControl('', {
      nonNullable: true,
      validators: [required(T.dialog.nameRequired), maxChars(50)],
    }),
  });
  protected readonly title = computed(() => {
    const override = this.override();
    return override ? T.dialog.editTitle(override.day) : T.dialog.addTitle;
  });
  private readonly day = toSignal(this.form.controls.day.valueChanges, { initialValue: null });
  /** The entry a new day would replace. */
  protected readonly replaces = computed(() => {
    const day = this.day();
    if (this.override() || !day) return null;
    return this.existing().find((entry) => entry.day === localDate(day)) ?? null;
  });

  constructor() {
    effect(() => {
      const failure = this.failure();
      untracked(() => this.messages.set(dialogFailure(this.form, failure)));
    });
  }

  ngOnInit(): void {
    // The entry is an input, known from here on.
    const override = this.override();
    if (!override) return;
    this.form.patchValue({
      day: parseLocalDate(override.day),
      working: override.working,
      name: override.name,
    });
    this.form.controls.day.disable();
  }

  protected submit(): void {
    if (this.busy()) return;
    const { day, working, name } = this.form.getRawValue();
    if (this.form.invalid || !day) {
      revealErrors(this.form);
      return;
    }
    this.confirmed.emit({ day: localDate(day), working, name: name.trim() });
  }

  protected cancel(): void {
    if (!this.busy()) this.cancelled.emit();
  }
}
