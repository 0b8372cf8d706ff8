import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Light } from '../../../core/api/api-types';
import { LIGHT_COLORS, LIGHT_LABELS } from '../../labels/deadline-labels';

/** A deadline's light (红灯 / 黄灯 / 绿灯 / 暂停) as a coloured tag with its Chinese name. */
@Component({
  selector: 'tj-light-tag',
  imports: [NzTagModule],
  template: `<nz-tag class="light-tag" [nzColor]="color()" [attr.data-light]="light()">{{
    label()
  }}</nz-tag>`,
  styles: `
    .light-tag {
      margin-inline-end: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LightTag {
  readonly light = input.required<Light>();
  protected readonly label = computed(() => LIGHT_LABELS[this.light()]);
  protected readonly color = computed(() => LIGHT_COLORS[this.light()]);
}
