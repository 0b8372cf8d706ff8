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
import { ROLES } from '@tiaojie/contracts';
import { apiErrorCode } from '../../../core/api/api-error';
import type { Role } from '../../../core/api/api-types';
import type { StaffUser } from '../../../core/api/users-api';
import { firstError, revealErrors } from '../../../shared/forms/field-errors';
import { maxChars, required } from '../../../shared/forms/validators';
import { roleLabel } from '../../../shared/labels/role-labels';
import { ADMIN_TEXTS } from '../admin.texts';
import { ADMIN_DIALOG_IMPORTS, ADMIN_DIALOG_STYLES } from '../shared/admin-dialog-imports';
import { dialogFailure } from '../shared/dialog-failure';
import type { OrganisationOption } from '../shared/organisation-options';

/** What the dialog hands back; the page sends the new account, or the fields that changed. */
export interface UserDialogResult {
  username: string;
  name: string;
  role: Role;
  organisationId: string;
  active: boolean;
}

const T = ADMIN_TEXTS.users.dialog;

/** The API's rule for user names (api/src/modules/auth/dto/users.dto.ts). */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

function username(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value !== '' && !USERNAME.test(value)
    ? { username: T.usernameRule }
    : null;
}

/**
 * 新建用户 / 编辑用户: user name (new accounts only), name, role, organisation, and for an existing
 * account whether it is enabled. The API's refusal stays in the dialog with everything typed.
 */
@Component({
  selector: 'tj-user-dialog',
  imports: [ADMIN_DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title()"
      [nzOkText]="user() ? texts.save : texts.create"
      [nzCancelText]="texts.cancel"
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
        @if (user(); as user) {
          <p class="dialog-username">{{ texts.username }}:{{ user.username }}</p>
        } @else {
          <nz-form-item>
            <nz-form-label nzRequired nzFor="user-username">{{ texts.username }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip" [nzExtra]="texts.usernameHint">
              <input
                nz-input
                nzSize="large"
                id="user-username"
                autocomplete="off"
                autocapitalize="none"
                spellcheck="false"
                formControlName="username"
              />
            </nz-form-control>
          </nz-form-item>
        }
        <nz-form-item>
          <nz-form-label nzRequired nzFor="user-name">{{ texts.name }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input nz-input nzSize="large" id="user-name" autocomplete="off" formControlName="name" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="user-role">{{ texts.role }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select nzSize="large" nzId="user-role" formControlName="role">
              @for (option of roles; track option.value) {
                <nz-option [nzValue]="option.value" [nzLabel]="option.label" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="user-organisation">{{ texts.organisation }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select
              nzSize="large"
              nzShowSearch
              nzId="user-organisation"
              [nzPlaceHolder]="texts.organisationPlaceholder"
              formControlName="organisationId"
            >
              @for (org of organisations(); track org.id) {
                <nz-option nzCustomContent [nzValue]="org.id" [nzLabel]="org.name">
                  <span [style.padding-left.em]="org.depth * 1.5">{{ org.name }}</span>
                </nz-option>
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        @if (user()) {
          <nz-form-item>
            <nz-form-label nzFor="user-active">{{ texts.active }}</nz-form-label>
            <nz-form-control [nzExtra]="texts.activeHint">
              <nz-switch nzId="user-active" formControlName="active" />
            </nz-form-control>
          </nz-form-item>
          <p class="dialog-hint">{{ self() ? texts.ownAccount : texts.moveHint }}</p>
        }
      </form>
    </nz-modal>
  `,
  styles: [
    ADMIN_DIALOG_STYLES,
    `
      .dialog-username {
        margin: 0 0 16px;
        font-size: 16px;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserDialog implements OnInit {
  /** The account to edit; none for a new one. */
  readonly user = input<StaffUser | null>(null);
  /** The caller's own account: its role and its being enabled are another administrator's to change. */
  readonly self = input(false);
  readonly organisations = input.required<readonly OrganisationOption[]>();
  readonly busy = input(false);
  /** The API's refusal of the last attempt (an HttpErrorResponse), shown in the dialog. */
  readonly failure = input<unknown>(null);
  readonly confirmed = output<UserDialogResult>();
  readonly cancelled = output();

  protected readonly texts = {
    ...ADMIN_TEXTS.users,
    ...T,
    save: ADMIN_TEXTS.save,
    cancel: ADMIN_TEXTS.cancel,
  };
  protected readonly errorOf = firstError;
  protected readonly roles = ROLES.map((role) => ({ value: role, label: roleLabel(role) }));
  protected readonly title = computed(() => {
    const user = this.user();
    return user ? T.editTitle(user.name) : T.createTitle;
  });
  protected readonly messages = signal<string[]>([]);
  protected readonly form = new FormGroup({
    username: new FormControl('', {
      nonNullable: true,
      validators: [required(T.usernameRequired), username],
    }),
    name: new FormControl('', {
      nonNullable: true,
      validators: [required(T.nameRequired), maxChars(50)],
    }),
    role: new FormControl<Role | null>(null, required(T.roleRequired)),
    organisationId: new FormControl<string | null>(null, required(T.organisationRequired)),
    active: new FormControl(true, { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const failure = this.failure();
      untracked(() => {
        this.messages.set(dialogFailure(this.form, failure));
        if (apiErrorCode(failure) === 'USERNAME_TAKEN') {
          const control = this.form.controls.username;
          control.setErrors({ server: T.usernameTaken });
          control.markAsDirty();
        }
      });
    });
  }

  ngOnInit(): void {
    // The account is an input, known from here on.
    const user = this.user();
    if (!user) return;
    this.form.controls.username.disable();
    this.form.patchValue({
      name: user.name,
      role: user.role,
      organisationId: user.organisationId,
      active: user.active,
    });
    if (this.self()) {
      this.form.controls.role.disable();
      this.form.controls.active.disable();
    }
  }

  protected submit(): void {
    if (this.busy()) return;
    const { username, name, role, organisationId, active } = this.form.getRawValue();
    if (this.form.invalid || !role || !organisationId) {
      revealErrors(this.form);
      return;
    }
    this.confirmed.emit({ username: username.trim(), name: name.trim(), role, organisationId, active });
  }

  protected cancel(): void {
    if (!this.busy()) this.cancelled.emit();
  }
}
