import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropdownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { filter, merge, switchMap, timer, catchError, EMPTY } from 'rxjs';
import type { AppNotification } from '../api/api-types';
import { NotificationsApi } from '../api/notifications-api';
import { LAYOUT_TEXTS } from './layout.texts';

/** How often the badge asks for news, besides after each navigation. */
export const BELL_REFRESH_MS = 60_000;
/** How many of the latest notifications the dropdown lists. */
export const BELL_LATEST = 10;

/** The header's bell: unread count as a badge, the latest notifications in a dropdown. */
@Component({
  selector: 'tj-notification-bell',
  imports: [DatePipe, NzBadgeModule, NzButtonModule, NzDropdownModule, NzIconModule],
  template: `
    <nz-badge [nzCount]="unread()" [nzOverflowCount]="99" nzSize="small">
      <button
        nz-button
        nzType="text"
        nzSize="large"
        type="button"
        class="bell"
        nz-dropdown
        nzTrigger="click"
        nzPlacement="bottomRight"
        [nzDropdownMenu]="menu"
        [(nzVisible)]="open"
        [attr.aria-label]="texts.label"
        [attr.aria-expanded]="open()"
        [attr.title]="unread() ? texts.unread(unread()) : texts.title"
      >
        <nz-icon nzType="bell" />
      </button>
    </nz-badge>
    <nz-dropdown-menu #menu="nzDropdownMenu">
      <div class="bell__panel" role="region" [attr.aria-label]="texts.title">
        <div class="bell__head">
          {{ texts.title }}
          @if (unread()) {
            <span class="bell__count">{{ texts.unread(unread()) }}</span>
          }
        </div>
        @if (failed()) {
          <p class="bell__empty" role="alert">{{ texts.loadFailed }}</p>
        }
        <ul class="bell__list">
          @for (item of items(); track item.id) {
            <li>
              <button
                type="button"
                class="bell__item"
                [class.bell__item--unread]="!item.readAt"
                [attr.aria-label]="item.title"
                (click)="choose(item)"
              >
                <span class="bell__title">{{ item.title }}</span>
                <span class="bell__body">{{ item.body }}</span>
                <time class="bell__time" [attr.datetime]="item.createdAt">{{
                  item.createdAt | date: 'MM-dd HH:mm'
                }}</time>
              </button>
            </li>
          } @empty {
            @if (!failed()) {
              <li class="bell__empty">{{ texts.empty }}</li>
            }
          }
        </ul>
      </div>
    </nz-dropdown-menu>
  `,
  styles: `
    .bell {
      min-width: 40px;
      font-size: 18px;
    }
    .bell__panel {
      width: min(360px, calc(100vw - 32px));
      max-height: 70vh;
      overflow: auto;
      border-radius: 8px;
      background: #fff;
      box-shadow: 0 6px 16px rgba(0, 0, 0, 0.12);
    }
    .bell__head {
      display: flex;
      justify-content: space-between;
      padding: 12px 16px;
      border-bottom: 1px solid #f0f0f0;
      font-weight: 600;
    }
    .bell__count {
      color: #cf1322;
      font-weight: normal;
    }
    .bell__list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .bell__item {
      display: flex;
      flex-direction: column;
      gap: 2px;
      width: 100%;
      min-height: 48px;
      padding: 10px 16px;
      border: 0;
      border-bottom: 1px solid #f0f0f0;
      background: none;
      cursor: pointer;
      text-align: left;
    }
    .bell__item:hover,
    .bell__item:focus-visible {
      background: #f5f5f5;
    }
    .bell__item--unread {
      background: #e6f4ff;
    }
    .bell__item--unread .bell__title {
      font-weight: 600;
    }
    .bell__body {
      color: rgba(0, 0, 0, 0.65);
    }
    .bell__time {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    .bell__empty {
      margin: 0;
      padding: 16px;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly texts = LAYOUT_TEXTS.bell;
  protected readonly open = signal(false);
  protected readonly items = signal<AppNotification[]>([]);
  protected readonly unread = signal(0);
  protected readonly failed = signal(false);

  constructor() {
    const navigated = this.router.events.pipe(filter((event) => event instanceof NavigationEnd));
    merge(timer(0, BELL_REFRESH_MS), navigated)
      .pipe(
        // A newer refresh replaces one still under way.
        switchMap(() =>
          this.api.list(1, BELL_LATEST).pipe(
            catchError(() => {
              this.failed.set(true);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((page) => {
        this.failed.set(false);
        this.items.set(page.items);
        this.unread.set(page.unread);
      });
  }

  /** Marks the notification read (at once on screen) and opens its case, if it has one. */
  protected choose(item: AppNotification): void {
    this.open.set(false);
    if (!item.readAt) {
      const readAt = new Date().toISOString();
      this.items.update((items) => items.map((n) => (n.id === item.id ? { ...n, readAt } : n)));
      this.unread.update((n) => Math.max(0, n - 1));
      this.api.markRead(item.id).subscribe({ error: () => this.message.error(this.texts.markFailed) });
    }
    if (item.caseId) void this.router.navigate(['/cases', item.caseId]);
  }
}
