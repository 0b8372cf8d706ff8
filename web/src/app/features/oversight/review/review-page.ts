import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { ReviewResult } from '../../../core/api/oversight-api';
import { OVERSIGHT_TEXTS } from '../oversight.texts';
import { ReviewForm } from './review-form';

/** `/oversight/review/:caseId`: hosts the file review form until it sits on the case detail page. */
@Component({
  selector: 'tj-review-page',
  imports: [RouterLink, NzCardModule, ReviewForm],
  template: `
    <header class="page-header">
      <div>
        <a routerLink="/oversight">{{ texts.back }}</a>
        <h1 class="page-header__title">{{ texts.title }}</h1>
        <p class="page-hint">{{ texts.hint }}</p>
      </div>
    </header>
    <nz-card>
      <tj-review-form [caseId]="caseId()" (reviewed)="done($event)" />
    </nz-card>
  `,
  styles: `
    :host {
      display: block;
      max-width: 1080px;
    }
    .page-hint {
      margin: 4px 0 0;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);

  /** Bound from the route's `:caseId`. */
  readonly caseId = input.required<string>();
  protected readonly texts = OVERSIGHT_TEXTS.review;

  protected done(result: ReviewResult): void {
    this.message.success(this.texts.submitted(result.score));
    void this.router.navigate(['/cases', this.caseId()]);
  }
}
