import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { mayCall, REFERRING_BODY_KINDS } from '@tiaojie/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { type ApiKeySummary, ApiKeysApi, type CreateApiKeyRequest } from '../../../core/api/api-keys-api';
import { OrganisationsApi, flatten } from '../../../core/api/organisations-api';
import { AuthService } from '../../../core/auth/auth.service';
import { ADMIN_TEXTS } from '../admin.texts';
import { AdminPageFrame } from '../shared/admin-page-frame';
import { OneTimeSecretDialog } from '../shared/one-time-secret-dialog';
import { ApiKeyDialog } from './api-key-dialog';

/** 接口密钥 (the administrator): keys of the referring bodies' systems, created once, revoked for good. */
@Component({
  selector: 'tj-api-keys-page',
  imports: [
    AdminPageFrame,
    DatePipe,
    NzButtonModule,
    NzIconModule,
    NzTableModule,
    NzTagModule,
    ApiKeyDialog,
    OneTimeSecretDialog,
  ],
  templateUrl: './api-keys-page.html',
  styleUrl: '../shared/admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiKeysPage {
  private readonly api = inject(ApiKeysApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly me = inject(AuthService).user;

  protected readonly texts = ADMIN_TEXTS.apiKeys;
  protected readonly common = ADMIN_TEXTS;
  protected readonly may = computed(() => {
    const role = this.me()?.role;
    return {
      create: !!role && mayCall(role, 'POST /api/api-keys'),
      revoke: !!role && mayCall(role, 'DELETE /api/api-keys/:id'),
    };
  });

  protected readonly resource = rxResource({ stream: () => this.api.list() });
  protected readonly keys = computed(() => (this.resource.hasValue() ? this.resource.value() : []));
  private readonly organisationTree = rxResource({ stream: () => this.organisationsApi.tree() });
  protected readonly bodies = computed(() =>
    this.organisationTree.hasValue()
      ? flatten(this.organisationTree.value()).filter((org) => REFERRING_BODY_KINDS.includes(org.kind))
      : [],
  );

  protected readonly creating = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<unknown>(null);
  protected readonly revoking = signal<string | null>(null);
  protected readonly secret = signal<{ label: string; secret: string } | null>(null);

  protected open(): void {
    this.failure.set(null);
    this.creating.set(true);
  }

  protected close(): void {
    if (!this.busy()) this.creating.set(false);
  }

  protected create(body: CreateApiKeyRequest): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.api
      .create(body)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: ({ key }) => {
          this.creating.set(false);
          this.secret.set({ label: this.texts.createdSecret(body.name), secret: key });
          this.resource.reload();
        },
        error: (error: unknown) => this.failure.set(error),
      });
  }

  protected revoke(key: ApiKeySummary): void {
    this.modal.confirm({
      nzTitle: this.texts.revokeTitle(key.name),
      nzContent: this.texts.revokeContent,
      nzOkText: this.texts.revoke,
      nzOkDanger: true,
      nzCancelText: this.common.cancel,
      nzOnOk: () => {
        this.revoking.set(key.id);
        this.api
          .revoke(key.id)
          .pipe(finalize(() => this.revoking.set(null)))
          .subscribe({
            next: () => {
              this.message.success(this.texts.revokedDone);
              this.resource.reload();
            },
            error: (error: unknown) => this.message.error(apiErrorMessage(error)),
          });
      },
    });
  }
}
