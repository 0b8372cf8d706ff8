import { ChangeDetectionStrategy, Component, effect, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import type { CreateApiKeyRequest } from '../../../core/api/api-keys-api';
import type { OrganisationNode } from '../../../core/api/api-types';
import { firstError, revealErrors } from '../../../shared/forms/field-errors';
import { maxChars, required } from '../../../shared/forms/validators';
import { ADMIN_TEXTS } from '../admin.texts';
import { ADMIN_DIALOG_IMPORTS, ADMIN_DIALOG_STYLES } from '../shared/admin-dialog-imports';
import { dialogFailure } from '../shared/dialog-failure';

const T = ADMIN_TEXTS.apiKeys.dialog;

/** 新建接口密钥: the referring body whose system will use it, and what it is for. */
@Component({
  selector: 'tj-api-key-dialog',
  imports: [ADMIN_DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="texts.title"
      [nzOkText]="texts.create"
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
        @if (bodies().length === 0) {
          <nz-alert class="dialog-alert" nzType="info" nzShowIcon [nzMessage]="texts.noBodies" />
        }
        @for (message of messages(); track $index) {
          <nz-alert class="dialog-alert" role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        }
        <nz-form-item>
          <nz-form-label nzRequired nzFor="api-key-organisation">{{ organisationLabel }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select
              nzSize="large"
              nzShowSearch
              nzId="api-key-organisation"
              formControlName="organisationId"
            >
              @for (org of bodies(); track org.id) {
                <nz-option [nzValue]="org.id" [nzLabel]="org.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="api-key-name">{{ texts.name }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input
              nz-input
              nzSize="large"
              id="api-key-name"
              autocomplete="off"
              formControlName="name"
              [placeholder]="texts.namePlaceholder"
            />
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  styles: ADMIN_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiKeyDialog {
  /** The referring bodies (courts, police stations, petition offices …). */
  readonly bodies = input.required<readonly OrganisationNode[]>();
  readonly busy = input(false);
  /** The API's refusal of the last attempt, shown in the dialog. */
  readonly failure = input<unknown>(null);
  readonly confirmed = output<CreateApiKeyRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly cancelText = ADMIN_TEXTS.cancel;
  protected readonly organisationLabel = ADMIN_TEXTS.apiKeys.organisation;
  protected readonly errorOf = firstError;
  protected readonly messages = signal<string[]>([]);
  protected readonly form = new FormGroup({
    organisationId: new FormControl<string | null>(null, required(T.organisationRequired)),
    name: new FormControl('', {
      nonNullable: true,
      validators: [required(T.nameRequired), maxChars(100)],
    }),
  });

  constructor() {
    effect(() => {
      const failure = this.failure();
      untracked(() => this.messages.set(dialogFailure(this.form, failure)));
    });
  }

  protected submit(): void {
    if (this.busy()) return;
    const { organisationId, name } = this.form.getRawValue();
    if (this.form.invalid || !organisationId) {
      revealErrors(this.form);
      return;
    }
    this.confirmed.emit({ organisationId, name: name.trim() });
  }

  protected cancel(): void {
    if (!this.busy()) this.cancelled.emit();
  }
}
