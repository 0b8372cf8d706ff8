import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PrintPurpose } from '@tiaojie/contracts';
import type { Observable } from 'rxjs';
import type { components } from './schema';

/** The period and organisation every statistics call takes (`from`/`to` as `YYYY-MM-DD`). */
export interface StatsQuery {
  from: string;
  to: string;
  organisationId?: string;
}

type Schemas = components['schemas'];

/** `GET /api/stats/overview`: the figures of a period (cases counted by registration date). */
export type StatsOverview = Schemas['OverviewDto'];
export type PreventedKind = Schemas['PreventedDto']['kind'];
/** `GET /api/stats/trend`: received and succeeded per month. */
export type StatsTrend = Schemas['TrendDto'];
/** `GET /api/stats/analysis`: places, repeat parties and places, mediators' and committees' work. */
export type StatsAnalysis = Schemas['AnalysisDto'];
/** `GET /api/stats/report?format=json`: the monthly report (月报表) in its official layout. */
export type StatsReport = Schemas['ReportDto'];
export type StatsReportColumn = Schemas['ReportColumnDto'];

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

  /** 锁定月报: freezes the month's report as it stands (director, judicial office); answers the locked report. */
  lockPeriod(period: string, organisationId?: string): Observable<StatsReport> {
    return this.http.post<StatsReport>(
      `/api/stats/periods/${encodeURIComponent(period)}/lock`,
      organisationId ? { organisationId } : {},
    );
  }

  /** The same report as the Excel file (月报表), exported for `purpose` (audited by the API). */
  reportXlsx(period: string, organisationId?: string, purpose: PrintPurpose = 'report'): Observable<Blob> {
    const params = paramsOf({ period, organisationId, format: 'xlsx', purpose });
    return this.http.get('/api/stats/report', { params, responseType: 'blob' });
  }
}
