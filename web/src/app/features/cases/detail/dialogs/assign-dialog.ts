import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import type { ChosenBy, Mediator } from '../../../../core/api/api-types';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { required } from '../../../../shared/forms/validators';
import { ACTION_LABELS, CHOSEN_BY_LABELS, optionsOf } from '../../../../shared/labels/case-labels';
import { CASES_TEXTS } from '../../cases.texts';
import { DIALOG_IMPORTS } from './dialog-imports';

export interface AssignResult {
  presidingMediatorId: string;
  mediatorIds: string[];
  chosenBy: ChosenBy;
}

const T = CASES_TEXTS.dialogs;

/** 指派调解员: a presiding mediator and helpers from the committee's roster (Art 19). */
@Component({
  selector: 'tj-assign-dialog',
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
        <nz-form-item>
          <nz-form-label nzRequired nzFor="assign-presiding">{{ texts.presiding }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select nzSize="large" nzId="assign-presiding" formControlName="presidingMediatorId">
              @for (mediator of roster(); track mediator.id) {
                <nz-option [nzValue]="mediator.id" [nzLabel]="label(mediator)" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="assign-co">{{ texts.coMediators }}</nz-form-label>
          <nz-form-control>
            <nz-select nzSize="large" nzMode="multiple" nzId="assign-co" formControlName="mediatorIds">
              @for (mediator of roster(); track mediator.id) {
                @if (mediator.id !== form.controls.presidingMediatorId.value) {
                  <nz-option [nzValue]="mediator.id" [nzLabel]="label(mediator)" />
                }
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="assign-chosen-by">{{ texts.chosenBy }}</nz-form-label>
          <nz-form-control>
            <nz-segmented
              id="assign-chosen-by"
              nzSize="large"
              [nzOptions]="chosenByOptions"
              formControlName="chosenBy"
            />
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignDialog {
  /** Active mediators of the case's committee. */
  readonly roster = input.required<readonly Mediator[]>();
  /** Mediators who declared a conflict or whom a party asked to stand down (marked, not hidden). */
  readonly conflicted = input<readonly string[]>([]);
  /** Pre-selected as presiding once the roster has it (the current one, or the user). */
  readonly preferredId = input<string | null>(null);
  readonly busy = input(false);
  readonly confirmed = output<AssignResult>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly title = ACTION_LABELS.assign;
  protected readonly chosenByOptions = optionsOf(CHOSEN_BY_LABELS);
  protected readonly errorOf = firstError;
  protected readonly form = new FormGroup({
    presidingMediatorId: new FormControl<string | null>(null, required(T.presidingRequired)),
    mediatorIds: new FormControl<string[]>([], { nonNullable: true }),
    chosenBy: new FormControl<ChosenBy>('committee', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const preferred = this.preferredId();
      const control = this.form.controls.presidingMediatorId;
      if (!control.value && preferred && this.roster().some((m) => m.id === preferred)) {
        control.setValue(preferred);
      }
    });
  }

  protected label(mediator: Mediator): string {
    return this.conflicted().includes(mediator.id) ? `${mediator.name}${T.conflictMark}` : mediator.name;
  }

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { presidingMediatorId, mediatorIds, chosenBy } = this.form.getRawValue();
    if (!presidingMediatorId) return;
    this.confirmed.emit({
      presidingMediatorId,
      mediatorIds: mediatorIds.filter((id) => id !== presidingMediatorId),
      chosenBy,
    });
  }
}
