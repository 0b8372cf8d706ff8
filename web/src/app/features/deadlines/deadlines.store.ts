import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { catchError, of } from 'rxjs';
import type { DeadlineQuery, OpenLight, OrganisationNode } from '../../core/api/api-types';
import { DeadlinesApi } from '../../core/api/deadlines-api';
import { OrganisationsApi, flatten } from '../../core/api/organisations-api';

const NO_COUNTS: Record<OpenLight, number> = { red: 0, yellow: 0, green: 0, paused: 0 };

/** One page of the deadlines board for the current filters, and the organisations to filter by. */
@Injectable()
export class DeadlinesStore {
  private readonly api = inject(DeadlinesApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly query = signal<DeadlineQuery | undefined>(undefined);

  private readonly resource = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });
  private readonly organisationsResource = rxResource({
    // The filter is a convenience: without the tree the board still works.
    stream: () => this.organisationsApi.tree().pipe(catchError(() => of([] as OrganisationNode[]))),
  });

  readonly loading = this.resource.isLoading;
  readonly failed = computed(() => this.resource.status() === 'error');
  readonly items = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  readonly total = computed(() => (this.resource.hasValue() ? this.resource.value().total : 0));
  readonly counts = computed(() => (this.resource.hasValue() ? this.resource.value().counts : NO_COUNTS));
  readonly organisations = computed(() =>
    this.organisationsResource.hasValue() ? flatten(this.organisationsResource.value()) : [],
  );

  show(query: DeadlineQuery): void {
    this.query.set(query);
  }

  retry(): void {
    this.resource.reload();
  }
}
