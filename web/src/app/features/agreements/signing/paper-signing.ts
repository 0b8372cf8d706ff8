import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { type NzUploadFile, NzUploadModule } from 'ng-zorro-antd/upload';
import { finalize, type Observable } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { AgreementsApi } from '../../../core/api/agreements-api';
import type { Agreement } from '../../../core/api/api-types';
import { AGREEMENTS_TEXTS } from '../agreements.texts';

const MAX_SCAN_BYTES = 10 * 1024 * 1024;

export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * 纸质签署 (docs/domain.md §10.5): print the agreement, have it signed and fingerprinted by hand,
 * upload the scans, then make it effective with the scans standing for the drawn signatures.
 */
@Component({
  selector: 'tj-paper-signing',
  imports: [DatePipe, NzAlertModule, NzButtonModule, NzCardModule, NzIconModule, NzUploadModule],
  template: `
    <nz-card class="paper" [nzTitle]="texts.title">
      <p class="paper__intro">{{ texts.intro }}</p>
      <div class="paper__steps">
        <a nz-button nzSize="large" target="_blank" rel="noopener" [href]="pdfUrl()">
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
          {{ texts.finalise }}
        </button>
      </div>
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

  readonly agreement = input.required<Agreement>();
  /** The agreement as the API answered after an upload or the finalise. */
  readonly changed = output<Agreement>();

  protected readonly texts = AGREEMENTS_TEXTS.signing.paper;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly canFinalise = computed(() => this.agreement().scans.length > 0 && !this.busy());
  protected readonly pdfUrl = computed(() => this.api.pdfUrl(this.agreement().id));
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
    this.request(this.api.finalise(this.agreement().id, true), () =>
      this.message.success(this.texts.finalised),
    );
  }

  private request(call: Observable<Agreement>, done: () => void): void {
    this.busy.set(true);
    this.error.set('');
    call.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (updated) => {
        this.changed.emit(updated);
        done();
      },
      error: (error: unknown) => this.error.set(apiErrorMessage(error)),
    });
  }
}
