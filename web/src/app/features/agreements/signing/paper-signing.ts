import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { type NzUploadFile, NzUploadModule } from 'ng-zorro-antd/upload';
import { finalize, type Observable } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { AgreementsApi } from '../../../core/api/agreements-api';
import type { Agreement } from '../../../core/api/api-types';
import { AuthService } from '../../../core/auth/auth.service';
import { fileSize } from '../../../shared/ui/file-size';
import { AGREEMENTS_TEXTS } from '../agreements.texts';

const MAX_SCAN_BYTES = 10 * 1024 * 1024;

/**
 * 纸质签署 (docs/domain.md §10.5): print the copy for signing, have it signed and fingerprinted by
 * hand, upload the scans; the director checks them and gives the committee's seal (a mediator's
 * finalise only asks for it, 202), and the scans stand for the drawn signatures.
 */
@Component({
  selector: 'tj-paper-signing',
  imports: [
    DatePipe,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzInputModule,
    NzUploadModule,
  ],
  template: `
    <nz-card class="paper" [nzTitle]="texts.title">
      <p class="paper__intro">{{ texts.intro }}</p>
      <div class="paper__steps">
        <a nz-button nzSize="large" target="_blank" rel="noopener" [href]="signingCopyUrl()">
          <nz-icon nzType="file-text" />
          {{ texts.print }}
        </a>
        <nz-upload
          [nzBeforeUpload]="beforeUpload"
          nzAccept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          [nzMultiple]="true"
          [nzShowUploadList]="false"
          [nzDisabled]="busy()"
        >
          <button nz-button nzSize="large" type="button" [nzLoading]="busy()">
            <nz-icon nzType="upload" />
            {{ texts.upload }}
          </button>
        </nz-upload>
      </div>
      <p class="paper__hint">{{ texts.accept }}</p>
      <h3 class="paper__subtitle">{{ texts.scans }}</h3>
      @if (agreement().scans.length) {
        <ul class="paper__scans">
          @for (scan of agreement().scans; track scan.id) {
            <li class="scan">
              <a class="scan__name" target="_blank" rel="noopener" [href]="scanUrl(scan.id)">
                <nz-icon nzType="file-text" />
                {{ scan.filename }}
              </a>
              <span class="scan__meta">
                {{ texts.scanLine(size(scan.size), scan.uploadedBy) }} ·
                {{ scan.uploadedAt | date: 'yyyy-MM-dd HH:mm' }}
              </span>
            </li>
          }
        </ul>
      } @else {
        <p class="paper__hint">{{ texts.none }}</p>
      }
      @if (error(); as message) {
        <nz-alert role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
      }
      @if (requested()) {
        <nz-alert
          class="paper__waiting"
          role="status"
          nzType="info"
          nzShowIcon
          [nzMessage]="texts.waiting(agreement().sealRequestedBy ?? '')"
        />
        @if (isDirector()) {
          <p class="paper__hint">{{ texts.approveHint }}</p>
          <label class="paper__reason">
            <span>{{ texts.refuseReason }}</span>
            <textarea
              nz-input
              rows="2"
              maxlength="500"
              [placeholder]="texts.refuseReasonPlaceholder"
              [value]="reason()"
              (input)="reason.set($any($event.target).value)"
            ></textarea>
          </label>
          <div class="paper__finalise">
            <button
              nz-button
              nzSize="large"
              nzDanger
              type="button"
              [disabled]="busy() || !reason().trim()"
              (click)="decide('refuse')"
            >
              {{ texts.refuse }}
            </button>
            <button
              nz-button
              nzType="primary"
              nzSize="large"
              type="button"
              [disabled]="busy()"
              [nzLoading]="busy()"
              (click)="decide('approve')"
            >
              <nz-icon nzType="file-protect" />
              {{ texts.approve }}
            </button>
          </div>
        }
      } @else {
        <div class="paper__finalise">
          <p class="paper__hint">{{ texts.finaliseHint }}</p>
          <button
            nz-button
            nzType="primary"
            nzSize="large"
            type="button"
            [disabled]="!canFinalise()"
            [nzLoading]="busy()"
            (click)="finalise()"
          >
            <nz-icon nzType="file-protect" />
            {{ isDirector() ? texts.finalise : texts.request }}
          </button>
        </div>
      }
    </nz-card>
  `,
  styles: `
    .paper__intro,
    .paper__hint {
      margin: 0 0 12px;
      color: rgba(0, 0, 0, 0.65);
    }
    .paper__steps {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-bottom: 8px;
    }
    .paper__subtitle {
      margin: 16px 0 8px;
      font-size: 15px;
    }
    .paper__scans {
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
    }
    .scan {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      padding: 8px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    .scan__meta {
      color: rgba(0, 0, 0, 0.45);
    }
    .paper__waiting {
      margin-bottom: 12px;
    }
    .paper__reason {
      display: grid;
      gap: 4px;
      margin-bottom: 12px;
    }
    .paper__finalise {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      justify-content: space-between;
      margin-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaperSigningPanel {
  private readonly api = inject(AgreementsApi);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user;

  readonly agreement = input.required<Agreement>();
  /** The agreement as the API answered after an upload or the finalise. */
  readonly changed = output<Agreement>();

  protected readonly texts = AGREEMENTS_TEXTS.signing.paper;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly canFinalise = computed(() => this.agreement().scans.length > 0 && !this.busy());
  protected readonly signingCopyUrl = computed(() => this.api.pdfUrl(this.agreement().id, 'signing'));
  protected readonly isDirector = computed(() => this.user()?.role === 'director');
  /** A mediator has asked for the seal; the director's answer is pending. */
  protected readonly requested = computed(() => !!this.agreement().sealRequestedAt);
  protected readonly reason = signal('');
  protected readonly size = fileSize;

  /** nz-upload hands each chosen file here; the upload goes through AgreementsApi, not nz-upload's XHR. */
  protected readonly beforeUpload = (file: NzUploadFile): boolean => {
    const raw = file as unknown as File;
    if (raw.size > MAX_SCAN_BYTES) {
      this.error.set(this.texts.tooLarge(raw.name));
      return false;
    }
    this.request(this.api.uploadScan(this.agreement().id, raw), () =>
      this.message.success(this.texts.uploaded(raw.name)),
    );
    return false;
  };

  protected scanUrl(scanId: string): string {
    return this.api.scanUrl(this.agreement().id, scanId);
  }

  protected finalise(): void {
    if (!this.canFinalise()) return;
    this.request(this.api.finalise(this.agreement().id, true), (updated) =>
      this.message.success(updated.status === 'effective' ? this.texts.finalised : this.texts.requested),
    );
  }

  protected decide(decision: 'approve' | 'refuse'): void {
    if (this.busy()) return;
    const reason = decision === 'refuse' ? this.reason().trim() : undefined;
    if (decision === 'refuse' && !reason) return;
    this.request(this.api.sealApproval(this.agreement().id, decision, reason), () => {
      this.reason.set('');
      this.message.success(decision === 'approve' ? this.texts.finalised : this.texts.refused);
    });
  }

  private request(call: Observable<Agreement>, done: (updated: Agreement) => void): void {
    this.busy.set(true);
    this.error.set('');
    call.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (updated) => {
        this.changed.emit(updated);
        done(updated);
      },
      error: (error: unknown) => this.error.set(apiErrorMessage(error)),
    });
  }
}
