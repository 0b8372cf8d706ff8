import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import type { CaseDetail } from '../../../../core/api/api-types';
import { PerformanceApi } from '../../../../core/api/performance-api';
import { followUpOf } from './follow-up-section';
import { FOLLOW_UP_TEXTS } from './follow-up.texts';

/** 卷宗: the bound case file of an archived case, and its PDF. */
@Component({
  selector: 'tj-volume-card',
  imports: [DatePipe, NzButtonModule, NzCardModule, NzDescriptionsModule, NzIconModule],
  template: `
    <nz-card class="volume" [nzTitle]="texts.title">
      @if (volume(); as v) {
        <nz-descriptions [nzColumn]="1" nzSize="small">
          <nz-descriptions-item [nzTitle]="texts.number">{{ v.volumeNumber }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="texts.pages">{{ texts.pagesValue(v.pages) }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="texts.createdAt">
            <time [attr.datetime]="v.createdAt">{{ v.createdAt | date: 'yyyy-MM-dd HH:mm' }}</time>
          </nz-descriptions-item>
        </nz-descriptions>
      } @else {
        <p class="volume__missing">{{ texts.missing }}</p>
      }
      <a
        class="volume__download"
        nz-button
        nzType="primary"
        nzSize="large"
        [href]="url()"
        target="_blank"
        rel="noopener"
      >
        <nz-icon nzType="download" />
        {{ texts.download }}
      </a>
    </nz-card>
  `,
  styles: `
    .volume {
      margin-bottom: 16px;
    }
    .volume__missing {
      color: rgba(0, 0, 0, 0.45);
    }
    .volume__download {
      margin-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VolumeCard {
  private readonly api = inject(PerformanceApi);
  readonly detail = input.required<CaseDetail>();
  protected readonly texts = FOLLOW_UP_TEXTS.volume;
  protected readonly volume = computed(() => followUpOf(this.detail()).volume);
  protected readonly url = computed(() => this.api.volumeUrl(this.detail().id));
}
