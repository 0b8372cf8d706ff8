import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { ADMIN_TEXTS } from '../admin.texts';

/**
 * The frame of every 系统管理 page: the way back to /admin, the title with its hints (`[hint]`) and
 * actions (`[actions]`), and the load error with 重试; the page's content goes below.
 */
@Component({
  selector: 'tj-admin-page-frame',
  imports: [RouterLink, NzAlertModule, NzButtonModule, NzIconModule],
  template: `
    <a class="back" routerLink="/admin"><nz-icon nzType="arrow-left" /> {{ texts.back }}</a>
    <header class="page-header">
      <div>
        <h1 class="page-header__title">{{ title() }}</h1>
        <ng-content select="[hint]" />
      </div>
      <ng-content select="[actions]" />
    </header>
    @if (failed()) {
      <nz-alert
        class="load-error"
        role="alert"
        nzType="error"
        nzShowIcon
        [nzMessage]="texts.loadFailed"
        [nzAction]="retryButton"
      />
      <ng-template #retryButton>
        <button nz-button type="button" (click)="retry.emit()">{{ texts.retry }}</button>
      </ng-template>
    }
    <ng-content />
  `,
  styleUrl: './admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPageFrame {
  readonly title = input.required<string>();
  /** The page's data did not load: the alert offers 重试. */
  readonly failed = input(false);
  readonly retry = output<void>();
  protected readonly texts = ADMIN_TEXTS;
}
