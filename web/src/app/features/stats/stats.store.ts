import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { catchError, map, of } from 'rxjs';
import type { OrganisationNode } from '../../core/api/api-types';
import { OrganisationsApi } from '../../core/api/organisations-api';
import { StatsApi, type StatsQuery, type StatsReport } from '../../core/api/stats-api';
import { localDate, parseLocalDate } from '../../shared/forms/dates';
import { fillMonths } from './chart/chart-options';

const sameQuery = (a: StatsQuery | undefined, b: StatsQuery | undefined) =>
  a === b || (!!a && !!b && a.from === b.from && a.to === b.to && a.organisationId === b.organisationId);

/** The trend covers the twelve months up to the period's end, so even one month has a context. */
export function trendQuery(query: StatsQuery): StatsQuery {
  const to = parseLocalDate(query.to) ?? new Date();
  const from = localDate(new Date(to.getFullYear(), to.getMonth() - 11, 1));
  return { ...query, from };
}

/** The statistics of one period and organisation, the organisations to choose from, and the monthly report. */
@Injectable()
export class StatsStore {
  private readonly api = inject(StatsApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  /** Undefined until the page says what to show, so nothing is fetched twice. */
  private readonly query = signal<StatsQuery | undefined>(undefined, { equal: sameQuery });
  private readonly withOrganisations = signal(false);
  private readonly reportQuery = signal<{ period: string; organisationId?: string } | undefined>(undefined);

  private readonly overviewResource = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.overview(params),
  });
  private readonly trendResource = rxResource({
    params: () => this.query(),
    stream: ({ params }) => {
      const query = trendQuery(params);
      // The API leaves out months without cases; the chart shows all twelve.
      return this.api
        .trend(query)
        .pipe(map((trend) => ({ months: fillMonths(trend, query.from.slice(0, 7), query.to.slice(0, 7)) })));
    },
  });
  private readonly analysisResource = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.analysis(params),
  });
  private readonly organisationsResource = rxResource({
    params: () => (this.withOrganisations() ? true : undefined),
    // The picker is a convenience: without it the page shows the whole area.
    stream: () =>
      this.organisationsApi.mediationBodies().pipe(catchError(() => of([] as OrganisationNode[]))),
  });
  private readonly reportResource = rxResource({
    params: () => this.reportQuery(),
    stream: ({ params }) => this.api.report(params.period, params.organisationId),
  });

  readonly loading = computed(() => this.overviewResource.isLoading());
  readonly failed = computed(
    () => this.overviewResource.status() === 'error' || this.analysisResource.status() === 'error',
  );
  readonly overview = computed(() =>
    this.overviewResource.hasValue() ? this.overviewResource.value() : null,
  );
  readonly trend = computed(() => (this.trendResource.hasValue() ? this.trendResource.value() : null));
  readonly analysis = computed(() =>
    this.analysisResource.hasValue() ? this.analysisResource.value() : null,
  );
  readonly analysisLoading = this.analysisResource.isLoading;
  readonly organisations = computed(() =>
    this.organisationsResource.hasValue() ? this.organisationsResource.value() : [],
  );
  readonly report = computed(() => (this.reportResource.hasValue() ? this.reportResource.value() : null));
  readonly reportLoading = this.reportResource.isLoading;
  readonly reportFailed = computed(() => this.reportResource.status() === 'error');

  show(query: StatsQuery): void {
    this.query.set(query);
  }

  /** Judicial offices and the county bureau choose among their committees. */
  loadOrganisations(): void {
    this.withOrganisations.set(true);
  }

  /** The report as the API answered a lock: shown at once, no second request. */
  showReport(report: StatsReport): void {
    this.reportResource.set(report);
  }

  previewReport(period: string, organisationId?: string): void {
    this.reportQuery.set({ period, organisationId });
    this.reportResource.reload();
  }

  reload(): void {
    this.overviewResource.reload();
    this.trendResource.reload();
    this.analysisResource.reload();
  }
}
