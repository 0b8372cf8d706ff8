import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CaseSource, CaseStatus, DisputeType, PartyInput, PartyKind, PartyRole } from './api-types';

/** Where a referral comes from: the referring body's channel (a subset of the case sources). */
export type ReferralSource = Extract<
  CaseSource,
  'court_dispatch' | 'court_entrust' | 'police' | 'petition' | 'hotline_12345' | 'grid' | 'government'
>;
export type ReferralStatus = 'received' | 'dispatched' | 'accepted' | 'declined' | 'closed';
export type ReferralOutcome = 'agreement' | 'terminated';

export interface OrganisationRef {
  id: string;
  name: string;
}

/** `POST /api/referrals` (委派 / 移交 by a liaison). */
export interface CreateReferralRequest {
  source: ReferralSource;
  externalRef: string;
  summary: string;
  disputeType: DisputeType;
  parties: PartyInput[];
  dueDate?: string;
  contact: string;
}

export interface ReferralCreated {
  id: string;
  status: ReferralStatus;
}

export interface ReferralListItem {
  id: string;
  source: ReferralSource;
  externalRef: string;
  summary: string;
  disputeType: DisputeType;
  status: ReferralStatus;
  referringOrganisation: OrganisationRef;
  targetOrganisation: OrganisationRef | null;
  receivedAt: string;
  dueDate: string | null;
  caseId: string | null;
  caseNumber: string | null;
  caseStatus: CaseStatus | null;
  outcome: ReferralOutcome | null;
}

export interface ReferralPage {
  items: ReferralListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ReferralEvent {
  at: string;
  kind: string;
  summary: string;
  actorName: string | null;
}

export interface ReferralDetail extends ReferralListItem {
  contact: string;
  parties: { role: PartyRole; kind: PartyKind; name: string }[];
  declinedReason: string | null;
  dispatchedAt: string | null;
  acceptedAt: string | null;
  feedbackDueAt: string | null;
  firstFeedbackAt: string | null;
  undisputedFacts: string | null;
  agreement: { id: string; agreementNumber: string; effectiveAt: string | null } | null;
  terminationReason: string | null;
  routesInformed: string | null;
  events: ReferralEvent[];
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
  accept(id: string): Observable<{ caseId: string }> {
    return this.http.post<{ caseId: string }>(`${this.path(id)}/accept`, {});
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
