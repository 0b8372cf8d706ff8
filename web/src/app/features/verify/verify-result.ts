import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzIconModule } from 'ng-zorro-antd/icon';
import type { VerifyResult } from '../../core/api/api-types';
import { VERIFY_TEXTS } from './verify.texts';

/** One verdict: 真实有效 with the agreement's public data, or 无法核验 with the reason. */
@Component({
  selector: 'tj-verify-result',
  imports: [DatePipe, NzIconModule],
  template: `
    @let r = result();
    <div class="verdict" [class.verdict--valid]="r.valid" role="status">
      <p class="verdict__title">
        <nz-icon [nzType]="r.valid ? 'check-circle' : 'close-circle'" />
        {{ r.valid ? texts.valid : texts.invalid }}
      </p>
      <p class="verdict__hint">{{ r.valid ? texts.validHint : texts.invalidHint }}</p>
      @if (r.valid) {
        <dl class="facts">
          <dt>{{ texts.agreementNumber }}</dt>
          <dd>{{ r.agreementNumber }}</dd>
          <dt>{{ texts.caseNumber }}</dt>
          <dd>{{ r.caseNumber }}</dd>
          <dt>{{ texts.committee }}</dt>
          <dd>{{ r.signer }}</dd>
          <dt>{{ texts.signedAt }}</dt>
          <dd>{{ r.signedAt | date: 'yyyy年M月d日' }}</dd>
          <dt>{{ texts.parties }}</dt>
          <dd>{{ (r.parties ?? []).join('、') }}</dd>
        </dl>
      }
      @if (r.reason) {
        <p class="verdict__reason">{{ texts.reason }}:{{ r.reason }}</p>
      }
    </div>
  `,
  styles: `
    .verdict {
      padding: 16px 20px;
      border: 1px solid #ffccc7;
      border-radius: 8px;
      background: #fff2f0;
    }
    .verdict--valid {
      border-color: #b7eb8f;
      background: #f6ffed;
    }
    .verdict__title {
      margin: 0 0 4px;
      color: #cf1322;
      font-size: 22px;
      font-weight: 600;
    }
    .verdict--valid .verdict__title {
      color: #389e0d;
    }
    .verdict__hint,
    .verdict__reason {
      margin: 0 0 8px;
      color: rgba(0, 0, 0, 0.65);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
      margin: 8px 0 0;
    }
    .facts dt {
      color: rgba(0, 0, 0, 0.45);
    }
    .facts dd {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyResultView {
  readonly result = input.required<VerifyResult>();
  protected readonly texts = VERIFY_TEXTS;
}
