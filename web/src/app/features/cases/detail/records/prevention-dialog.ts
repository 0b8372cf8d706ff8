import {
  DestroyRef,
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  inject,
  input,
  output,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, type ValidationErrors } from '@angular/forms';
import type { PreventionKind, PreventionRequest } from '../../../../core/api/cases-api';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { required } from '../../../../shared/forms/validators';
import { DIALOG_IMPORTS } from '../dialogs/dialog-imports';
import { PREVENTION_LABELS, RECORDS_TEXTS } from './records.texts';

const T = RECORDS_TEXTS.prevention;
const KINDS = Object.keys(PREVENTION_LABELS) as PreventionKind[];

/** The case's prevented indicators as the detail sends them: kind → persons. */
export type PreventionRecord = Partial<Record<string, number>>;

function wholePersons(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  return value === null || (Number.isInteger(value) && value >= 1) ? null : { persons: T.personsInvalid };
}

function row() {
  return new FormGroup({
    checked: new FormControl(false, { nonNullable: true }),
    // Enabled (and so validated) only while its box is ticked.
    persons: new FormControl<number | null>(
      { value: null, disabled: true },
      { validators: [required(T.personsRequired), wholePersons] },
    ),
  });
}

/** 记录防止情况: the four indicators of the monthly report, each ticked with the persons involved. */
@Component({
  selector: 'tj-prevention-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="texts.record"
      [nzOkText]="okText"
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
        <p class="dialog-hint">{{ texts.hint }}</p>
        <div role="group" [attr.aria-label]="texts.kindsLabel">
          @for (kind of kinds; track kind) {
            <div class="prevention-row" [formGroupName]="kind">
              <label
                class="prevention-row__kind"
                nz-checkbox
                formControlName="checked"
                [nzId]="'prevent-' + kind"
                [for]="'prevent-' + kind"
              >
                {{ labels[kind] }}
              </label>
              <nz-form-item class="prevention-row__persons">
                <nz-form-label [nzFor]="'prevent-' + kind + '-persons'">{{ texts.persons }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip">
                  <nz-input-number
                    [nzId]="'prevent-' + kind + '-persons'"
                    formControlName="persons"
                    [nzMin]="1"
                    [nzStep]="1"
                  />
                </nz-form-control>
              </nz-form-item>
            </div>
          }
        </div>
      </form>
    </nz-modal>
  `,
  styles: `
    .dialog-alert {
      margin-bottom: 16px;
    }
    .dialog-hint {
      margin: 0 0 12px;
      color: rgba(0, 0, 0, 0.65);
    }
    .prevention-row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
      padding: 8px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    .prevention-row__kind {
      flex: 1 1 200px;
      padding-top: 5px;
    }
    .prevention-row__persons {
      display: flex;
      flex-direction: row;
      align-items: baseline;
      gap: 8px;
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreventionDialog implements OnInit {
  private readonly destroyRef = inject(DestroyRef);

  /** What is recorded now (kind → persons), or null. */
  readonly current = input<PreventionRecord | null>(null);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<PreventionRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly labels = PREVENTION_LABELS;
  protected readonly kinds = KINDS;
  protected readonly okText = RECORDS_TEXTS.save;
  protected readonly cancelText = RECORDS_TEXTS.cancel;
  protected readonly errorOf = firstError;
  protected readonly form = new FormGroup({
    criminal: row(),
    group_petition: row(),
    group_fight: row(),
    suicide: row(),
  });

  ngOnInit(): void {
    for (const kind of KINDS) {
      const { checked, persons } = this.form.controls[kind].controls;
      checked.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((on) => {
        if (on) persons.enable();
        else persons.disable();
      });
      const recorded = this.current()?.[kind];
      if (recorded) {
        checked.setValue(true);
        persons.setValue(recorded);
      }
    }
  }

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const items = KINDS.flatMap((kind) => {
      const { checked, persons } = this.form.controls[kind].getRawValue();
      return checked && persons ? [{ kind, persons }] : [];
    });
    this.confirmed.emit({ items });
  }
}
