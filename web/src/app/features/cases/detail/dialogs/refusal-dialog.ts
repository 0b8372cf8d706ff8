import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import type { Party, RefusalRequest } from '../../../../core/api/api-types';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { PARTY_ROLE_LABELS } from '../../../../shared/labels/case-labels';
import { CASES_TEXTS } from '../../cases.texts';
import { DIALOG_IMPORTS } from './dialog-imports';

const T = CASES_TEXTS.dialogs;

/** 记录拒绝调解: a party clearly refuses mediation, so there is none (Art 17). */
@Component({
  selector: 'tj-refusal-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title"
      [nzOkText]="title"
      [nzOkDanger]="true"
      [nzOkLoading]="busy()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        <nz-alert class="dialog-alert" nzType="warning" nzShowIcon [nzMessage]="texts.refusalHint" />
        <nz-form-item>
          <nz-form-label nzRequired nzFor="refusal-party">{{ texts.party }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select nzSize="large" nzId="refusal-party" formControlName="partyId">
              @for (party of parties(); track party.id) {
                <nz-option [nzValue]="party.id" [nzLabel]="roles[party.role] + ' ' + party.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="refusal-note">{{ texts.refusalNote }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea nz-input id="refusal-note" rows="3" formControlName="note"></textarea>
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
export class RefusalDialog {
  readonly parties = input.required<readonly Party[]>();
  readonly busy = input(false);
  readonly confirmed = output<RefusalRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly title = CASES_TEXTS.detail.recordRefusal;
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly errorOf = firstError;
  protected readonly form = new FormGroup({
    partyId: new FormControl<string | null>(null, required(T.partyRequired)),
    note: new FormControl('', {
      nonNullable: true,
      validators: [required(T.refusalNoteRequired), maxChars(2000)],
    }),
  });

  protected submit(): void {
    const { partyId, note } = this.form.getRawValue();
    if (this.form.invalid || !partyId) {
      revealErrors(this.form);
      return;
    }
    this.confirmed.emit({ partyId, note: note.trim() });
  }
}
