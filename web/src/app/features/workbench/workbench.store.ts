import { Injectable, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { CasesApi } from '../../core/api/cases-api';

/** How many cases the workbench shows: the first page of the user's cases. */
export const WORKBENCH_CASES = 10;

/** The cases the user works on (the API already limits a mediator to theirs), newest activity first. */
@Injectable()
export class WorkbenchStore {
  private readonly api = inject(CasesApi);
  private readonly resource = rxResource({
    stream: () => this.api.list({ page: 1, pageSize: WORKBENCH_CASES }),
  });

  readonly loading = this.resource.isLoading;
  readonly failed = computed(() => this.resource.status() === 'error');
  readonly cases = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  readonly total = computed(() => (this.resource.hasValue() ? this.resource.value().total : 0));

  retry(): void {
    this.resource.reload();
  }
}
