import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CaseSource, DisputeType, OrganisationKind } from './api-types';

/** The period and organisation every statistics call takes (`from`/`to` as `YYYY-MM-DD`). */
export interface StatsQuery {
  from: string;
  to: string;
  organisationId?: string;
}

export type PreventedKind = 'criminal' | 'group_petition' | 'group_fight' | 'suicide';

/** `GET /api/stats/overview`: the figures of a period (cases counted by registration date). */
export interface StatsOverview {
  from: string;
  to: string;
  received: number;
  accepted: number;
  succeeded: number;
  failed: number;
  /** 0..1; null when nothing was concluded. */
  successRate: number | null;
  /** Yuan with two decimals, e.g. `'12345.00'`. */
  agreementAmount: string;
  performed: number;
  judicialConfirmations: number;
  overdue: number;
  averageDaysToClose: number | null;
  /** 1..5; null without return visits. */
  satisfaction: number | null;
  byType: { disputeType: DisputeType; received: number; succeeded: number }[];
  bySource: { source: CaseSource; received: number; succeeded: number }[];
  byOrganisationKind: { kind: OrganisationKind; received: number; succeeded: number }[];
  prevented: { kind: PreventedKind; cases: number; persons: number }[];
}

export interface StatsTrend {
  months: { month: string; received: number; succeeded: number }[];
}

export interface StatsAnalysis {
  places: { place: string; total: number; topTypes: { disputeType: DisputeType; count: number }[] }[];
  repeatParties: { name: string; cases: number }[];
  repeatPlaces: { place: string; cases: number }[];
  mediators: {
    mediatorId: string;
    name: string;
    organisationName: string;
    cases: number;
    succeeded: number;
  }[];
  committees: { organisationId: string; name: string; received: number; succeeded: number }[];
}

/** `GET /api/stats/report?format=json`: the monthly report (月报表) in its official layout. */
export interface StatsReport {
  period: string;
  organisationName: string;
  columns: { key: string; label: string }[];
  rows: { organisationId: string; name: string; values: Record<string, number | string> }[];
  totals: Record<string, number | string>;
}

function paramsOf(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** HTTP calls of the statistics endpoints (统计分析、月报表); no state, no UI. */
@Injectable({ providedIn: 'root' })
export class StatsApi {
  private readonly http = inject(HttpClient);

  overview(query: StatsQuery): Observable<StatsOverview> {
    return this.http.get<StatsOverview>('/api/stats/overview', { params: paramsOf(query) });
  }

  trend(query: StatsQuery): Observable<StatsTrend> {
    return this.http.get<StatsTrend>('/api/stats/trend', { params: paramsOf(query) });
  }

  analysis(query: StatsQuery): Observable<StatsAnalysis> {
    return this.http.get<StatsAnalysis>('/api/stats/analysis', { params: paramsOf(query) });
  }

  /** The monthly report of `period` (`YYYY-MM`) as JSON, for the preview. */
  report(period: string, organisationId?: string): Observable<StatsReport> {
    const params = paramsOf({ period, organisationId, format: 'json' });
    return this.http.get<StatsReport>('/api/stats/report', { params });
  }

  /** The same report as the Excel file (月报表). */
  reportXlsx(period: string, organisationId?: string): Observable<Blob> {
    const params = paramsOf({ period, organisationId, format: 'xlsx' });
    return this.http.get('/api/stats/report', { params, responseType: 'blob' });
  }
}
