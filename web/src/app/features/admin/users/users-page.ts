import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { mayCall } from '@tiaojie/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { OrganisationsApi } from '../../../core/api/organisations-api';
import { type StaffUser, type UpdateUserRequest, UsersApi } from '../../../core/api/users-api';
import { AuthService } from '../../../core/auth/auth.service';
import { roleLabel } from '../../../shared/labels/role-labels';
import { ADMIN_TEXTS } from '../admin.texts';
import { AdminPageFrame } from '../shared/admin-page-frame';
import { OneTimeSecretDialog } from '../shared/one-time-secret-dialog';
import { organisationOptions } from '../shared/organisation-options';
import { UserDialog, type UserDialogResult } from './user-dialog';

/** The secret the API sends once, while its dialog is open. */
interface ShownSecret {
  title: string;
  label: string;
  secret: string;
  note: string;
}

/** The dialog open: a new account, or one to edit. */
type Editing = { user: null } | { user: StaffUser };

/** The fields of the account that the dialog changed (the API takes only those). */
export function userPatch(user: StaffUser, result: UserDialogResult): UpdateUserRequest {
  const patch: UpdateUserRequest = {};
  if (result.name !== user.name) patch.name = result.name;
  if (result.role !== user.role) patch.role = result.role;
  if (result.organisationId !== user.organisationId) patch.organisationId = result.organisationId;
  if (result.active !== user.active) patch.active = result.active;
  return patch;
}

/**
 * 用户与角色 (the security administrator, 三员分立): the staff accounts, a new account with its
 * temporary password shown once, editing or disabling an account, and resetting its password.
 */
@Component({
  selector: 'tj-users-page',
  imports: [
    AdminPageFrame,
    DatePipe,
    FormsModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzTableModule,
    NzTagModule,
    OneTimeSecretDialog,
    UserDialog,
  ],
  templateUrl: './users-page.html',
  styleUrl: '../shared/admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly clipboard = inject(Clipboard);
  private readonly me = inject(AuthService).user;

  protected readonly texts = ADMIN_TEXTS.users;
  protected readonly common = ADMIN_TEXTS;
  protected readonly roleLabel = roleLabel;
  protected readonly may = computed(() => {
    const role = this.me()?.role;
    return {
      create: !!role && mayCall(role, 'POST /api/users'),
      edit: !!role && mayCall(role, 'PATCH /api/users/:id'),
      reset: !!role && mayCall(role, 'POST /api/users/:id/reset-password'),
      signOut: !!role && mayCall(role, 'POST /api/users/:id/sign-out'),
    };
  });

  protected readonly resource = rxResource({ stream: () => this.api.list() });
  private readonly users = computed(() => (this.resource.hasValue() ? this.resource.value() : []));
  private readonly organisationTree = rxResource({ stream: () => this.organisationsApi.tree() });
  protected readonly organisations = computed(() =>
    this.organisationTree.hasValue() ? organisationOptions(this.organisationTree.value()) : [],
  );

  protected readonly query = signal('');
  protected readonly shown = computed(() => {
    const query = this.query().trim().toLowerCase();
    if (!query) return this.users();
    return this.users().filter(
      (user) => user.name.toLowerCase().includes(query) || user.username.toLowerCase().includes(query),
    );
  });
  protected readonly total = computed(() => this.users().length);

  protected readonly editing = signal<Editing | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<unknown>(null);
  /** The account whose password is being reset. */
  protected readonly resetting = signal<string | null>(null);
  protected readonly secret = signal<ShownSecret | null>(null);

  protected isSelf(user: StaffUser): boolean {
    return user.id === this.me()?.id;
  }

  protected open(user: StaffUser | null): void {
    this.failure.set(null);
    this.editing.set({ user });
  }

  protected close(): void {
    if (!this.busy()) this.editing.set(null);
  }

  protected save(result: UserDialogResult): void {
    const user = this.editing()?.user;
    if (this.busy()) return;
    if (!user) return this.create(result);
    const patch = userPatch(user, result);
    if (Object.keys(patch).length === 0) return this.editing.set(null);
    if (patch.active !== false) return this.update(user, patch);
    // Disabling ends the account's sessions at once: asked first.
    this.modal.confirm({
      nzTitle: this.texts.disableTitle(user.name),
      nzContent: this.texts.disableContent,
      nzOkText: this.texts.disable,
      nzOkDanger: true,
      nzCancelText: this.common.cancel,
      nzOnOk: () => this.update(user, patch),
    });
  }

  /** The account's ID, for the administrator to link it to its mediators roster entry (调解员名册). */
  protected copyId(user: StaffUser): void {
    if (this.clipboard.copy(user.id)) this.message.success(this.texts.idCopied(user.name));
    else this.message.error(this.texts.idCopyFailed(user.id));
  }

  protected signOut(user: StaffUser): void {
    this.modal.confirm({
      nzTitle: this.texts.signOutTitle(user.name),
      nzContent: this.texts.signOutContent,
      nzOkText: this.texts.signOut,
      nzOkDanger: true,
      nzCancelText: this.common.cancel,
      nzOnOk: () =>
        this.api.signOut(user.id).subscribe({
          next: () => this.message.success(this.texts.signedOut(user.name)),
          error: (error: unknown) => this.message.error(apiErrorMessage(error)),
        }),
    });
  }

  protected resetPassword(user: StaffUser): void {
    this.modal.confirm({
      nzTitle: this.texts.resetTitle(user.name),
      nzContent: this.texts.resetContent,
      nzOkText: this.texts.reset,
      nzOkDanger: true,
      nzCancelText: this.common.cancel,
      nzOnOk: () => {
        this.resetting.set(user.id);
        this.api
          .resetPassword(user.id)
          .pipe(finalize(() => this.resetting.set(null)))
          .subscribe({
            next: ({ temporaryPassword }) => {
              this.secret.set({
                title: this.texts.reset,
                label: this.texts.resetSecret(user.name),
                secret: temporaryPassword,
                note: this.texts.resetNote,
              });
              this.resource.reload();
            },
            error: (error: unknown) => this.message.error(apiErrorMessage(error)),
          });
      },
    });
  }

  private create(result: UserDialogResult): void {
    const { username, name, role, organisationId } = result;
    this.busy.set(true);
    this.failure.set(null);
    this.api
      .create({ username, name, role, organisationId })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: ({ temporaryPassword }) => {
          this.editing.set(null);
          this.secret.set({
            title: this.texts.created,
            label: this.texts.createdSecret(username),
            secret: temporaryPassword,
            note: this.texts.createdNote,
          });
          this.resource.reload();
        },
        error: (error: unknown) => this.failure.set(error),
      });
  }

  private update(user: StaffUser, patch: UpdateUserRequest): void {
    this.busy.set(true);
    this.failure.set(null);
    this.api
      .update(user.id, patch)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.editing.set(null);
          this.message.success(this.texts.saved);
          this.resource.reload();
        },
        error: (error: unknown) => this.failure.set(error),
      });
  }
}
