import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { finalize, of } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import type { VerifyResult } from '../../core/api/api-types';
import { AgreementsApi } from '../../core/api/agreements-api';
import { VerifyResultView } from './verify-result';
import { VERIFY_TEXTS } from './verify.texts';

/**
 * 协议核验 (public, no login): where the QR code on an agreement leads (`/verify/:code`), and an
 * upload box that checks a PDF copy against the signed original.
 */
@Component({
  selector: 'tj-verify-page',
  imports: [NzAlertModule, NzIconModule, NzSpinModule, VerifyResultView],
  template: `
    <main class="page">
      <h1 class="title">{{ texts.title }}</h1>
      <p class="intro">{{ texts.intro }}</p>

      @if (code()) {
        <section class="section" [attr.aria-label]="texts.byCode">
          <h2 class="section__title">{{ texts.byCode }}</h2>
          @if (byCode.isLoading()) {
            <nz-spin nzSimple />
          } @else if (byCode.status() === 'error') {
            <nz-alert role="alert" nzType="error" nzShowIcon [nzMessage]="texts.loadFailed" />
          } @else if (codeResult(); as result) {
            <tj-verify-result [result]="result" />
          }
        </section>
      }

      <section class="section" [attr.aria-label]="texts.byFile">
        <h2 class="section__title">{{ texts.byFile }}</h2>
        <label class="upload" for="verify-file">
          <nz-icon nzType="upload" />
          <span>{{ texts.choose }}</span>
          <input
            id="verify-file"
            class="upload__input"
            type="file"
            accept="application/pdf,.pdf"
            (change)="upload($event)"
          />
        </label>
        <p class="hint">{{ fileName() || texts.fileHint }}</p>
        @if (checking()) {
          <p>{{ texts.checking }}</p>
        } @else if (fileError(); as message) {
          <nz-alert role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        } @else if (fileResult(); as result) {
          <tj-verify-result [result]="result" />
        }
      </section>
      <p class="hint">{{ texts.privacy }}</p>
    </main>
  `,
  styles: `
    :host {
      display: block;
      min-height: 100vh;
      background: #f5f5f5;
    }
    .page {
      max-width: 720px;
      margin: 0 auto;
      padding: 32px 16px;
    }
    .title {
      margin: 0 0 8px;
      font-size: 24px;
    }
    .intro,
    .hint {
      color: rgba(0, 0, 0, 0.55);
    }
    .section {
      margin: 16px 0;
      padding: 20px;
      border-radius: 8px;
      background: #fff;
    }
    .section__title {
      margin: 0 0 12px;
      font-size: 18px;
    }
    .upload {
      display: inline-flex;
      gap: 8px;
      align-items: center;
      min-height: 44px;
      padding: 0 20px;
      border: 1px dashed #1677ff;
      border-radius: 8px;
      color: #1677ff;
      cursor: pointer;
    }
    .upload:focus-within {
      outline: 2px solid #91caff;
    }
    .upload__input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyPage {
  private readonly api = inject(AgreementsApi);

  /** The code from the QR link; absent on /verify (upload only). */
  readonly code = input<string | undefined>(undefined);

  protected readonly texts = VERIFY_TEXTS;

  protected readonly byCode = rxResource({
    params: () => this.code(),
    stream: ({ params }) => (params ? this.api.verifyCode(params) : of(null)),
  });
  protected readonly codeResult = computed(() => (this.byCode.hasValue() ? this.byCode.value() : null));

  protected readonly fileName = signal('');
  protected readonly checking = signal(false);
  protected readonly fileResult = signal<VerifyResult | null>(null);
  protected readonly fileError = signal('');

  protected upload(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.fileName.set(file.name);
    this.fileResult.set(null);
    this.fileError.set('');
    this.checking.set(true);
    this.api
      .verifyFile(file)
      .pipe(finalize(() => this.checking.set(false)))
      .subscribe({
        next: (result) => this.fileResult.set(result),
        error: (error: unknown) => this.fileError.set(apiErrorMessage(error)),
      });
    // Allow choosing the same file again.
    input.value = '';
  }
}
