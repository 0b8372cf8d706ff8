import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { CaseStatus } from '../../../core/api/api-types';
import { CASE_STATUS_COLORS, CASE_STATUS_LABELS } from '../../labels/case-labels';

/** A case's status as a coloured tag, in Chinese. */
@Component({
  selector: 'tj-case-status-tag',
  imports: [NzTagModule],
  template: `<nz-tag class="status-tag" [nzColor]="color()">{{ label() }}</nz-tag>`,
  styles: `
    .status-tag {
      margin-inline-end: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseStatusTag {
  readonly status = input.required<CaseStatus>();
  protected readonly label = computed(() => CASE_STATUS_LABELS[this.status()]);
  protected readonly color = computed(() => CASE_STATUS_COLORS[this.status()]);
}
