import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnDestroy } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize, of } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { SealApi } from '../../../core/api/seal-api';
import { AuthService } from '../../../core/auth/auth.service';
import { ADMIN_TEXTS } from '../admin.texts';
import { AdminPageFrame } from '../shared/admin-page-frame';
import { SEAL_TEXTS } from './seal.texts';

/** What the API takes (seal-registry.service.ts MAX_SEAL_BYTES); checked here first to spare the upload. */
const MAX_SEAL_BYTES = 2 * 1024 * 1024;

/**
 * 印章登记 (the committee's director): the seal image agreements print, who keeps the physical seal,
 * and every agreement it was put on. The API decodes and re-encodes the image; this page previews it.
 */
@Component({
  selector: 'tj-seal-page',
  imports: [
    AdminPageFrame,
    DatePipe,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzTableModule,
    NzTagModule,
  ],
  templateUrl: './seal-page.html',
  styleUrls: ['../shared/admin-page.css', './seal-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SealPage implements OnDestroy {
  private readonly api = inject(SealApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly me = inject(AuthService).user;

  protected readonly texts = SEAL_TEXTS;
  protected readonly common = ADMIN_TEXTS;
  private readonly organisationId = computed(() => this.me()?.organisationId ?? null);

  protected readonly resource = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) => (params ? this.api.uses(params) : of(null)),
  });
  protected readonly seal = computed(() =>
    this.resource.hasValue() ? (this.resource.value()?.seal ?? null) : null,
  );
  protected readonly uses = computed(() =>
    this.resource.hasValue() ? (this.resource.value()?.uses ?? []) : [],
  );

  protected readonly file = signal<File | null>(null);
  protected readonly preview = signal<string | null>(null);
  protected readonly custodian = signal('');
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected choose(input: HTMLInputElement): void {
    const chosen = input.files?.[0] ?? null;
    this.problem.set(null);
    this.setPreview(null);
    this.file.set(null);
    if (!chosen) return;
    if (chosen.type !== 'image/png') return this.problem.set(this.texts.notPng);
    if (chosen.size > MAX_SEAL_BYTES) return this.problem.set(this.texts.tooLarge);
    this.file.set(chosen);
    this.setPreview(URL.createObjectURL(chosen));
  }

  protected submit(): void {
    const file = this.file();
    const custodian = (this.custodian() || this.seal()?.custodian || '').trim();
    if (!file) return this.problem.set(this.texts.fileRequired);
    if (!custodian) return this.problem.set(this.texts.custodianRequired);
    if (!this.seal()) return this.send(file, custodian);
    this.modal.confirm({
      nzTitle: this.texts.replace,
      nzContent: this.texts.confirmReplace,
      nzOkText: this.texts.replace,
      nzCancelText: this.common.cancel,
      nzOnOk: () => this.send(file, custodian),
    });
  }

  ngOnDestroy(): void {
    this.setPreview(null);
  }

  private send(file: File, custodian: string): void {
    const organisationId = this.organisationId();
    if (!organisationId || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api
      .register(organisationId, file, custodian)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.message.success(this.texts.registered);
          this.file.set(null);
          this.setPreview(null);
          this.resource.reload();
        },
        error: (error: unknown) => this.problem.set(apiErrorMessage(error)),
      });
  }

  private setPreview(url: string | null): void {
    const old = this.preview();
    if (old) URL.revokeObjectURL(old);
    this.preview.set(url);
  }
}
