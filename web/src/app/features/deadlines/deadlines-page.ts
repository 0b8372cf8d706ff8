import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import type { DeadlineItem, OpenLight } from '../../core/api/api-types';
import {
  CLOCK_KIND_LABELS,
  LIGHT_LABELS,
  OPEN_LIGHTS,
  remainingText,
} from '../../shared/labels/deadline-labels';
import { optionsOf } from '../../shared/labels/case-labels';
import { LightTag } from '../../shared/ui/light-tag/light-tag';
import { type DeadlineParams, PAGE_SIZE, toDeadlineQuery } from './deadline-filters';
import { DeadlinesStore } from './deadlines.store';
import { DEADLINES_TEXTS } from './deadlines.texts';

/** 期限看板: every open clock of the visible cases, red first; the URL holds the filters. */
@Component({
  selector: 'tj-deadlines-page',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzSelectModule,
    NzTableModule,
    LightTag,
  ],
  providers: [DeadlinesStore],
  templateUrl: './deadlines-page.html',
  styleUrl: './deadlines-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeadlinesPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly store = inject(DeadlinesStore);

  // Bound from the query string by the router (withComponentInputBinding).
  readonly light = input<string>();
  readonly kind = input<string>();
  readonly organisationId = input<string>();
  readonly page = input<string>();

  protected readonly texts = DEADLINES_TEXTS;
  protected readonly lights = OPEN_LIGHTS;
  protected readonly lightLabels = LIGHT_LABELS;
  protected readonly kindOptions = optionsOf(CLOCK_KIND_LABELS);
  protected readonly pageSize = PAGE_SIZE;

  protected readonly query = computed(() =>
    toDeadlineQuery({
      light: this.light(),
      kind: this.kind(),
      organisationId: this.organisationId(),
      page: this.page(),
    }),
  );
  protected readonly filtered = computed(() => {
    const { light, kind, organisationId } = this.query();
    return Boolean(light || kind || organisationId);
  });
  /** The rows with what is left of each clock, as of when the page arrived. */
  protected readonly rows = computed(() => {
    const now = new Date();
    return this.store
      .items()
      .map((item) => ({ ...item, remaining: remainingText(item.dueAt, item.light, now) }));
  });

  constructor() {
    effect(() => this.store.show(this.query()));
  }

  /** A count card toggles its light: a second click shows every light again. */
  protected toggleLight(light: OpenLight): void {
    this.apply({ light: this.query().light === light ? undefined : light });
  }

  protected apply(changes: Omit<DeadlineParams, 'page'>): void {
    // A new filter starts again at page 1.
    this.navigate({ ...changes, page: undefined });
  }

  protected goToPage(page: number): void {
    this.navigate({ page: page > 1 ? String(page) : undefined });
  }

  protected clear(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected open(item: DeadlineItem): void {
    void this.router.navigate(['/cases', item.caseId]);
  }

  private navigate(changes: DeadlineParams): void {
    // null removes a parameter from the URL when merging.
    const queryParams = Object.fromEntries(
      Object.entries(changes).map(([key, value]) => [key, value ?? null]),
    );
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
