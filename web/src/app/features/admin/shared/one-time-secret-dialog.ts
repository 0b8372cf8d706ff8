import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { ADMIN_TEXTS } from '../admin.texts';

/**
 * Shows a temporary password or an API key the one time the API sends it (only its hash is kept):
 * large, with a copy button; closing it drops the secret for good.
 */
@Component({
  selector: 'tj-one-time-secret-dialog',
  imports: [NzAlertModule, NzButtonModule, NzIconModule, NzModalModule],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title()"
      [nzMaskClosable]="false"
      [nzKeyboard]="false"
      [nzCancelText]="null"
      [nzOkText]="texts.done"
      (nzOnOk)="closed.emit()"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent class="secret">
        <p class="secret__label" id="one-time-secret-label">{{ label() }}</p>
        <div class="secret__row">
          <output class="secret__value" aria-labelledby="one-time-secret-label">{{ secret() }}</output>
          <button nz-button nzSize="large" type="button" (click)="copy()">
            <nz-icon nzType="copy" />
            {{ copied() ? texts.copied : texts.copy }}
          </button>
        </div>
        <nz-alert nzType="warning" nzShowIcon [nzMessage]="texts.onceOnly" [nzDescription]="note()" />
      </div>
    </nz-modal>
  `,
  styles: `
    .secret__label {
      margin: 0 0 8px;
      font-size: 16px;
    }
    .secret__row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-bottom: 16px;
    }
    .secret__value {
      flex: 1;
      min-width: 0;
      padding: 8px 12px;
      border: 1px dashed #d9d9d9;
      border-radius: 6px;
      background: #fafafa;
      font-family: 'SFMono-Regular', Consolas, 'Liberation Mono', monospace;
      font-size: 22px;
      letter-spacing: 1px;
      overflow-wrap: anywhere;
      user-select: all;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OneTimeSecretDialog {
  readonly title = input.required<string>();
  /** What the secret is, e.g. "账号 mediator.qian 的临时密码". */
  readonly label = input.required<string>();
  readonly secret = input.required<string>();
  /** What the reader must do with it. */
  readonly note = input('');
  readonly closed = output();

  private readonly clipboard = inject(Clipboard);
  private readonly message = inject(NzMessageService);
  protected readonly texts = ADMIN_TEXTS.secret;
  protected readonly copied = signal(false);

  protected copy(): void {
    if (this.clipboard.copy(this.secret())) {
      this.copied.set(true);
      this.message.success(this.texts.copied);
    } else {
      this.message.error(this.texts.copyFailed);
    }
  }
}
