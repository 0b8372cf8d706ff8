import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CaseStatus } from './api-types';
import type { RightsNotice } from './cases-api';
import type { components } from './schema';

type Schemas = components['schemas'];

/**
 * The OpenAPI document types `caseStatus` as a plain string; it is the linked case's CaseStatus
 * (docs/api.md), narrowed here so the status tag can name it.
 */
type WithCaseStatus<T> = Omit<T, 'caseStatus'> & { caseStatus: CaseStatus | null };

export type CreateReferralRequest = Schemas['CreateReferralDto'];
/** Where a referral comes from: the referring body's channel (a subset of the case sources). */
export type ReferralSource = CreateReferralRequest['source'];
export type ReferralListItem = WithCaseStatus<Schemas['ReferralListItemDto']>;
export type ReferralStatus = ReferralListItem['status'];
export type ReferralOutcome = NonNullable<ReferralListItem['outcome']>;
export type OrganisationRef = Schemas['OrgRefDto'];
export type ReferralPage = Omit<Schemas['ReferralPageDto'], 'items'> & { items: ReferralListItem[] };
export type ReferralDetail = WithCaseStatus<Schemas['ReferralDetailDto']>;
export type ReferralEvent = ReferralDetail['events'][number];

/** `POST /api/referrals` answers 201 with the new referral's id, status `received`. */
export interface ReferralCreated {
  id: string;
  status: ReferralStatus;
}

export interface ReferralQuery {
  status?: ReferralStatus;
  page?: number;
  pageSize?: number;
}

/** HTTP calls of the referral endpoints (docs/api.md, Referrals and oversight); no state, no UI. */
@Injectable({ providedIn: 'root' })
export class ReferralsApi {
  private readonly http = inject(HttpClient);

  list(query: ReferralQuery): Observable<ReferralPage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<ReferralPage>('/api/referrals', { params });
  }

  get(id: string): Observable<ReferralDetail> {
    return this.http.get<ReferralDetail>(this.path(id));
  }

  /** The key makes a retry or a double click file one referral only. */
  create(body: CreateReferralRequest, idempotencyKey: string): Observable<ReferralCreated> {
    const headers = new HttpHeaders({ 'Idempotency-Key': idempotencyKey });
    return this.http.post<ReferralCreated>('/api/referrals', body, { headers });
  }

  /** Committees and centres of the county a referral can be dispatched to. */
  dispatchTargets(): Observable<OrganisationRef[]> {
    return this.http.get<OrganisationRef[]>('/api/organisations/mediation-bodies');
  }

  dispatch(id: string, organisationId: string): Observable<unknown> {
    return this.http.post(`${this.path(id)}/dispatch`, { organisationId });
  }

  /** Accepting creates (or accepts) the linked case. */
  /** 受理: the committee takes the referral in and delivers the rights notice to its parties. */
  accept(id: string, rightsNotice: RightsNotice): Observable<{ caseId: string }> {
    return this.http.post<{ caseId: string }>(`${this.path(id)}/accept`, { rightsNotice });
  }

  decline(id: string, reason: string): Observable<unknown> {
    return this.http.post(`${this.path(id)}/decline`, { reason });
  }

  feedback(id: string, note: string): Observable<unknown> {
    return this.http.post(`${this.path(id)}/feedback`, { note });
  }

  /** 无争议事实, recorded on the case when mediation fails. */
  recordUndisputedFacts(caseId: string, text: string): Observable<unknown> {
    return this.http.put(`/api/cases/${encodeURIComponent(caseId)}/undisputed-facts`, { text });
  }

  /** Links for the browser to download (the session cookie goes with them). */
  feedbackPdfUrl(id: string): string {
    return `${this.path(id)}/feedback.pdf`;
  }

  agreementPdfUrl(id: string): string {
    return `${this.path(id)}/agreement.pdf`;
  }

  private path(id: string): string {
    return `/api/referrals/${encodeURIComponent(id)}`;
  }
}
