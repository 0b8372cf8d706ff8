import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CaseStatus } from './api-types';

/** Open clock lights as the oversight dashboard counts them. */
export type OversightLight = 'green' | 'yellow' | 'red' | 'paused';

export interface OverdueItem {
  caseId: string;
  caseNumber: string;
  title: string;
  organisationName: string;
  label: string;
  dueAt: string;
}

export interface CommitteeLoad {
  organisationId: string;
  name: string;
  open: number;
  red: number;
  yellow: number;
}

export interface MediatorLoad {
  mediatorId: string;
  name: string;
  organisationName: string;
  open: number;
}

/** `GET /api/oversight/summary`: the judicial office's dashboard (督导). */
export interface OversightSummary {
  lights: Record<OversightLight, number>;
  openReferrals: number;
  unassignedReferrals: number;
  overdue: OverdueItem[];
  committees: CommitteeLoad[];
  mediators: MediatorLoad[];
}

export interface OversightCase {
  caseId: string;
  caseNumber: string;
  title: string;
  organisationName: string;
  status: CaseStatus;
  light: OversightLight | 'done';
  dueAt: string | null;
  label: string | null;
}

export interface OversightCasePage {
  items: OversightCase[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OversightCaseQuery {
  light?: OversightLight;
  organisationId?: string;
  page?: number;
  pageSize?: number;
}

/** One item of the file review (评查) checklist. */
export interface ReviewChecklistItem {
  code: string;
  label: string;
  points: number;
}

export interface ReviewRequest {
  items: { code: string; passed: boolean; note?: string }[];
  note?: string;
}

export interface ReviewResult {
  id: string;
  score: number;
}

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
