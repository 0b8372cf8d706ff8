import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CaseStatus } from './api-types';
import type { components } from './schema';

type Schemas = components['schemas'];

/** `GET /api/oversight/summary`: the judicial office's dashboard (督导). */
export type OversightSummary = Schemas['OversightSummaryDto'];
/** Open clock lights as the dashboard counts them. */
export type OversightLight = keyof Schemas['LightCountsDto'];
export type OverdueItem = Schemas['OverdueItemDto'];
export type CommitteeLoad = Schemas['CommitteeLoadDto'];
export type MediatorLoad = Schemas['MediatorLoadDto'];
/** The OpenAPI document types `status` as a plain string; it is the case's CaseStatus. */
export type OversightCase = Omit<Schemas['OversightCaseDto'], 'status'> & { status: CaseStatus };
export type OversightCasePage = Omit<Schemas['OversightCasePageDto'], 'items'> & { items: OversightCase[] };

export interface OversightCaseQuery {
  light?: OversightLight;
  organisationId?: string;
  page?: number;
  pageSize?: number;
}

/** One item of the file review (评查) checklist, and the review sent back. */
export type ReviewChecklistItem = Schemas['ChecklistItemDto'];
export type ReviewRequest = Schemas['FileReviewDto'];
export type ReviewResult = Schemas['FileReviewResultDto'];

/** HTTP calls of the oversight endpoints (督导、督办、评查); no state, no UI. */
@Injectable({ providedIn: 'root' })
export class OversightApi {
  private readonly http = inject(HttpClient);

  summary(organisationId?: string): Observable<OversightSummary> {
    const params = organisationId ? new HttpParams().set('organisationId', organisationId) : undefined;
    return this.http.get<OversightSummary>('/api/oversight/summary', { params });
  }

  cases(query: OversightCaseQuery): Observable<OversightCasePage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<OversightCasePage>('/api/oversight/cases', { params });
  }

  /** 督办: urge the team of a late case, with a note. */
  supervise(caseId: string, note: string): Observable<unknown> {
    return this.http.post(`/api/cases/${encodeURIComponent(caseId)}/supervise`, { note });
  }

  reviewChecklist(): Observable<ReviewChecklistItem[]> {
    return this.http.get<ReviewChecklistItem[]>('/api/oversight/review-checklist');
  }

  /** 评查 of a closed or archived file. */
  review(caseId: string, body: ReviewRequest): Observable<ReviewResult> {
    return this.http.post<ReviewResult>(`/api/cases/${encodeURIComponent(caseId)}/reviews`, body);
  }
}
