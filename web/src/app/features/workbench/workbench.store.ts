import { Injectable, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { CasesApi } from '../../core/api/cases-api';
import { DeadlinesApi } from '../../core/api/deadlines-api';

/** How many cases the workbench shows: the first page of the user's cases. */
export const WORKBENCH_CASES = 10;
/** How many overdue clocks the red-light card lists (the count covers them all). */
export const WORKBENCH_RED_LIGHTS = 5;

/** The cases the user works on (the API already limits a mediator to theirs), newest activity first. */
@Injectable()
export class WorkbenchStore {
  private readonly api = inject(CasesApi);
  private readonly deadlinesApi = inject(DeadlinesApi);
  private readonly resource = rxResource({
    stream: () => this.api.list({ page: 1, pageSize: WORKBENCH_CASES }),
  });
  private readonly redResource = rxResource({
    stream: () => this.deadlinesApi.list({ light: 'red', page: 1, pageSize: WORKBENCH_RED_LIGHTS }),
  });

  readonly loading = this.resource.isLoading;
  readonly failed = computed(() => this.resource.status() === 'error');
  readonly cases = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  readonly total = computed(() => (this.resource.hasValue() ? this.resource.value().total : 0));

  /** The caller's overdue clocks (红灯), most overdue first, and how many there are in all. */
  readonly redLights = computed(() => (this.redResource.hasValue() ? this.redResource.value().items : []));
  readonly redCount = computed(() => (this.redResource.hasValue() ? this.redResource.value().total : 0));
  readonly redLoading = this.redResource.isLoading;
  readonly redFailed = computed(() => this.redResource.status() === 'error');

  retry(): void {
    this.resource.reload();
  }

  retryRedLights(): void {
    this.redResource.reload();
  }
}
