import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { CasesApi } from '../../../core/api/cases-api';
import type { CaseListQuery } from './case-filters';

/** One page of the case list for the current filters; the page component owns one instance. */
@Injectable()
export class CaseListStore {
  private readonly api = inject(CasesApi);
  private readonly query = signal<CaseListQuery | undefined>(undefined);

  private readonly resource = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });

  readonly loading = this.resource.isLoading;
  readonly failed = computed(() => this.resource.status() === 'error');
  readonly items = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  readonly total = computed(() => (this.resource.hasValue() ? this.resource.value().total : 0));
  /** More cases match than `total`: the API stops counting at its cap. */
  readonly capped = computed(() => this.resource.hasValue() && this.resource.value().totalCapped);

  show(query: CaseListQuery): void {
    this.query.set(query);
  }

  retry(): void {
    this.resource.reload();
  }
}
