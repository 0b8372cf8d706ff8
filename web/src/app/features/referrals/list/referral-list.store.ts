import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { catchError, of } from 'rxjs';
import { type OrganisationRef, type ReferralQuery, ReferralsApi } from '../../../core/api/referrals-api';

/** One page of referrals for the current status filter, and (for the office) where to dispatch them. */
@Injectable()
export class ReferralListStore {
  private readonly api = inject(ReferralsApi);
  private readonly query = signal<ReferralQuery | undefined>(undefined);
  private readonly wantTargets = signal(false);

  private readonly resource = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });
  private readonly targetsResource = rxResource({
    params: () => (this.wantTargets() ? true : undefined),
    // Without targets the dialog says so; the list still works.
    stream: () => this.api.dispatchTargets().pipe(catchError(() => of([] as OrganisationRef[]))),
  });

  readonly loading = this.resource.isLoading;
  readonly failed = computed(() => this.resource.status() === 'error');
  readonly items = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  readonly total = computed(() => (this.resource.hasValue() ? this.resource.value().total : 0));
  readonly targets = computed(() => (this.targetsResource.hasValue() ? this.targetsResource.value() : []));

  show(query: ReferralQuery): void {
    this.query.set(query);
  }

  /** The dispatch targets are fetched only for those who dispatch. */
  loadTargets(): void {
    this.wantTargets.set(true);
  }

  reload(): void {
    this.resource.reload();
  }
}
