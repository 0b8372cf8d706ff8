import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzIconModule } from 'ng-zorro-antd/icon';

/**
 * A clearly marked box for what only the case's mediators may read (背靠背 notes).
 * The content is projected; the title says who can see it.
 */
@Component({
  selector: 'tj-private-box',
  imports: [NzIconModule],
  template: `
    <section class="private-box" [attr.aria-label]="title()">
      <header class="private-box__title">
        <nz-icon nzType="lock" />
        <span>{{ title() }}</span>
      </header>
      <ng-content />
    </section>
  `,
  styles: `
    .private-box {
      padding: 12px 16px;
      border: 1px dashed #d48806;
      border-radius: 6px;
      background: #fffbe6;
    }
    .private-box__title {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 8px;
      color: #ad6800;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivateBox {
  readonly title = input.required<string>();
}
