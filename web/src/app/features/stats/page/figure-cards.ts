import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { StatsOverview, StatsQuery } from '../../../core/api/stats-api';
import { STATS_TEXTS } from '../stats.texts';
import { figuresOf } from './figures';

/** The period's main figures as cards; a card with a list behind it is a link to that list. */
@Component({
  selector: 'tj-figure-cards',
  imports: [RouterLink],
  template: `
    <section class="figures" [attr.aria-label]="texts.label">
      @for (figure of figures(); track figure.key) {
        @if (figure.drill; as drill) {
          <a
            class="figure figure--link"
            [attr.data-figure]="figure.key"
            [routerLink]="drill.link"
            [queryParams]="drill.queryParams"
            [attr.title]="texts.drill(figure.label)"
          >
            <span class="figure__label">{{ figure.label }}</span>
            <span class="figure__value"
              >{{ figure.value }}<small>{{ figure.unit }}</small></span
            >
          </a>
        } @else {
          <div class="figure" [attr.data-figure]="figure.key">
            <span class="figure__label">{{ figure.label }}</span>
            <span class="figure__value"
              >{{ figure.value }}<small>{{ figure.unit }}</small></span
            >
          </div>
        }
      }
    </section>
  `,
  styleUrl: './figure-cards.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FigureCards {
  readonly overview = input.required<StatsOverview>();
  readonly query = input.required<StatsQuery>();

  protected readonly texts = STATS_TEXTS.figures;
  protected readonly figures = computed(() => figuresOf(this.overview(), this.query()));
}
