import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup } from '@angular/forms';
import type { ConflictRequest, Mediator, Party } from '../../../../core/api/api-types';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { PARTY_ROLE_LABELS, optionsOf } from '../../../../shared/labels/case-labels';
import { CASES_TEXTS } from '../../cases.texts';
import { DIALOG_IMPORTS } from './dialog-imports';

const T = CASES_TEXTS.dialogs;
type ConflictKind = ConflictRequest['kind'];

/** 回避/利益冲突: a mediator declares a conflict, or a party asks one to stand down. */
@Component({
  selector: 'tj-conflict-dialog',
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
          <nz-form-label nzFor="conflict-kind">{{ texts.conflictKind }}</nz-form-label>
          <nz-form-control>
            <nz-segmented
              id="conflict-kind"
              nzSize="large"
              [nzOptions]="kindOptions"
              formControlName="kind"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="conflict-mediator">{{ texts.mediator }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select nzSize="large" nzId="conflict-mediator" formControlName="mediatorId">
              @for (mediator of roster(); track mediator.id) {
                <nz-option [nzValue]="mediator.id" [nzLabel]="mediator.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        @if (kind() === 'recusal') {
          <nz-form-item>
            <nz-form-label nzFor="conflict-party">{{ texts.requestingParty }}</nz-form-label>
            <nz-form-control>
              <nz-select nzSize="large" nzAllowClear nzId="conflict-party" formControlName="partyId">
                @for (party of parties(); track party.id) {
                  <nz-option [nzValue]="party.id" [nzLabel]="roles[party.role] + ' ' + party.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
        }
        <nz-form-item>
          <nz-form-label nzRequired nzFor="conflict-reason">{{ texts.conflictReason }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea nz-input id="conflict-reason" rows="3" formControlName="reason"></textarea>
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictDialog {
  readonly roster = input.required<readonly Mediator[]>();
  readonly parties = input.required<readonly Party[]>();
  readonly busy = input(false);
  readonly confirmed = output<ConflictRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly title = CASES_TEXTS.detail.recordConflict;
  protected readonly kindOptions = optionsOf(CASES_TEXTS.detail.conflictKinds);
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly errorOf = firstError;
  protected readonly form = new FormGroup({
    kind: new FormControl<ConflictKind>('declared', { nonNullable: true }),
    mediatorId: new FormControl<string | null>(null, required(T.mediatorRequired)),
    partyId: new FormControl<string | null>(null),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [required(T.conflictReasonRequired), maxChars(2000)],
    }),
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });

  protected submit(): void {
    const { kind, mediatorId, partyId, reason } = this.form.getRawValue();
    if (this.form.invalid || !mediatorId) {
      revealErrors(this.form);
      return;
    }
    this.confirmed.emit({
      kind,
      mediatorId,
      partyId: kind === 'recusal' && partyId ? partyId : undefined,
      reason: reason.trim(),
    });
  }
}
