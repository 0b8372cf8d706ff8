import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { catchError, of } from 'rxjs';
import { type OversightCaseQuery, OversightApi } from '../../core/api/oversight-api';
import { type OrganisationRef, ReferralsApi } from '../../core/api/referrals-api';

/** The dashboard's summary and the cases of one light, for the chosen organisation (or all). */
@Injectable()
export class OversightStore {
  private readonly api = inject(OversightApi);
  private readonly referralsApi = inject(ReferralsApi);
  /** Undefined until the page says what to show, so nothing is fetched twice. */
  private readonly summaryQuery = signal<{ organisationId?: string } | undefined>(undefined, {
    // Another light or page keeps the summary; only another organisation fetches it again.
    equal: (a, b) => a === b || (!!a && !!b && a.organisationId === b.organisationId),
  });
  private readonly casesQuery = signal<OversightCaseQuery | undefined>(undefined);

  private readonly summaryResource = rxResource({
    params: () => this.summaryQuery(),
    stream: ({ params }) => this.api.summary(params.organisationId),
  });
  private readonly casesResource = rxResource({
    params: () => this.casesQuery(),
    stream: ({ params }) => this.api.cases(params),
  });
  private readonly organisationsResource = rxResource({
    // The picker is a convenience: without it the dashboard shows the whole area.
    stream: () => this.referralsApi.dispatchTargets().pipe(catchError(() => of([] as OrganisationRef[]))),
  });

  readonly loading = this.summaryResource.isLoading;
  readonly failed = computed(() => this.summaryResource.status() === 'error');
  readonly summary = computed(() => (this.summaryResource.hasValue() ? this.summaryResource.value() : null));
  readonly casesLoading = this.casesResource.isLoading;
  readonly cases = computed(() => (this.casesResource.hasValue() ? this.casesResource.value().items : []));
  readonly casesTotal = computed(() =>
    this.casesResource.hasValue() ? this.casesResource.value().total : 0,
  );
  readonly organisations = computed(() =>
    this.organisationsResource.hasValue() ? this.organisationsResource.value() : [],
  );

  show(organisationId: string | undefined, cases: OversightCaseQuery): void {
    this.summaryQuery.set({ organisationId });
    this.casesQuery.set(cases);
  }

  reload(): void {
    this.summaryResource.reload();
    this.casesResource.reload();
  }
}
