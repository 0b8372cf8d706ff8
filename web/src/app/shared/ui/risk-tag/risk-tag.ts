import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { RiskLevel } from '../../../core/api/api-types';
import { RISK_COLORS, RISK_LABELS } from '../../labels/case-labels';
import { UI_TEXTS } from '../ui.texts';

/** The risk of escalation (激化风险): a coloured tag, or a quiet 无 when there is none. */
@Component({
  selector: 'tj-risk-tag',
  imports: [NzTagModule],
  template: `
    @if (level() === 'none') {
      <span class="risk-none">{{ texts.noRisk }}</span>
    } @else {
      <nz-tag class="risk-tag" [nzColor]="color()">{{ label() }}{{ texts.riskSuffix }}</nz-tag>
    }
  `,
  styles: `
    .risk-none {
      color: rgba(0, 0, 0, 0.45);
    }
    .risk-tag {
      margin-inline-end: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskTag {
  readonly level = input.required<RiskLevel>();
  protected readonly texts = UI_TEXTS;
  protected readonly label = computed(() => RISK_LABELS[this.level()]);
  protected readonly color = computed(() => RISK_COLORS[this.level()]);
}
