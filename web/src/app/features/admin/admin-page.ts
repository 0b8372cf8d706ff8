import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { AuthService } from '../../core/auth/auth.service';
import { adminSectionsFor } from './admin-sections';
import { ADMIN_TEXTS } from './admin.texts';

/** 系统管理: the pages the caller's role may use, as large tiles. */
@Component({
  selector: 'tj-admin-page',
  imports: [RouterLink, NzEmptyModule, NzIconModule],
  template: `
    <header class="page-header">
      <div>
        <h1 class="page-header__title">{{ texts.title }}</h1>
        <p class="hint">{{ texts.intro }}</p>
      </div>
    </header>
    @if (sections().length) {
      <ul class="sections">
        @for (section of sections(); track section.path) {
          <li>
            <a class="section" [routerLink]="section.path">
              <nz-icon class="section__icon" [nzType]="section.icon" />
              <span class="section__text">
                <span class="section__label">{{ section.label }}</span>
                <span class="section__description">{{ section.description }}</span>
              </span>
              <nz-icon class="section__go" nzType="right" />
            </a>
          </li>
        }
      </ul>
    } @else {
      <nz-empty [nzNotFoundContent]="texts.noSections" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .hint {
      margin: 4px 0 0;
      color: rgba(0, 0, 0, 0.65);
      font-size: 16px;
    }
    .sections {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .section {
      display: flex;
      align-items: center;
      gap: 16px;
      min-height: 96px;
      padding: 16px 20px;
      border: 1px solid #f0f0f0;
      border-radius: 8px;
      background: #fff;
      color: inherit;
    }
    .section:hover,
    .section:focus-visible {
      border-color: #1677ff;
    }
    .section__icon {
      color: #1677ff;
      font-size: 32px;
    }
    .section__text {
      display: flex;
      flex: 1;
      flex-direction: column;
      gap: 4px;
    }
    .section__label {
      font-size: 18px;
      font-weight: 600;
    }
    .section__description {
      color: rgba(0, 0, 0, 0.65);
      font-size: 15px;
    }
    .section__go {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPage {
  private readonly user = inject(AuthService).user;

  protected readonly texts = ADMIN_TEXTS;
  protected readonly sections = computed(() => adminSectionsFor(this.user()?.role));
}
