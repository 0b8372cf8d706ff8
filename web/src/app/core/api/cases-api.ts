import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AssignRequest,
  CaseDetail,
  CasePage,
  CaseQuery,
  ConflictRequest,
  CreateCaseRequest,
  CreateSessionRequest,
  Evidence,
  EvidenceInput,
  ExtendRequest,
  Party,
  ReasonRequest,
  RefusalRequest,
  RiskRequest,
  Session,
  TerminateRequest,
  TransferRequest,
  UpdatePartyRequest,
} from './api-types';
import type { components } from './schema';

/** `POST /api/cases/:id/party-links`: what the link is for, and what the API answers. */
export type PartyLinkPurpose = components['schemas']['CreatePartyLinkDto']['purpose'];
export type PartyLink = components['schemas']['PartyLinkDto'];

/** `POST /api/cases/:id/remediation` (重新调解): the ground, and the new case it registers. */
export type RemediationRequest = components['schemas']['RemediationDto'];
export type RemediationGround = RemediationRequest['ground'];
export type CaseLink = components['schemas']['RemediationResponseDto'];

/** `PUT /api/cases/:id/prevention`: what the case prevented, with the persons; an empty list clears. */
export type PreventionRequest = components['schemas']['PreventionDto'];
export type PreventionKind = PreventionRequest['items'][number]['kind'];

/** 告知与同意: a rights notice delivered, or a consent given or withdrawn, and the records kept. */
export type ConsentRequest = components['schemas']['RecordConsentDto'];
export type Consent = components['schemas']['ConsentResponseDto'];
export type RightsNotice = components['schemas']['RightsNoticeDto'];

/** 调查记录 (form 5): an interview of a party or a witness. */
export type Investigation = components['schemas']['InvestigationDto'];
export type InvestigationRequest = components['schemas']['CreateInvestigationDto'];

/** The body each case transition takes (docs/api.md, Cases). */
export interface TransitionBodies {
  accept: components['schemas']['AcceptDto'];
  resume: { version: number };
  close: { version: number; unperformedRoutesInformed?: string };
  archive: { version: number };
  reject: ReasonRequest;
  pause: ReasonRequest;
  assign: AssignRequest;
  extend: ExtendRequest;
  terminate: TerminateRequest;
  transfer: TransferRequest;
}

/** HTTP calls of the case endpoints; no state, no UI. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  list(query: CaseQuery): Observable<CasePage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<CasePage>('/api/cases', { params });
  }

  get(id: string): Observable<CaseDetail> {
    return this.http.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`);
  }

  /** The key makes a retry or a double click create one case only. */
  create(body: CreateCaseRequest, idempotencyKey: string): Observable<CaseDetail> {
    const headers = new HttpHeaders({ 'Idempotency-Key': idempotencyKey });
    return this.http.post<CaseDetail>('/api/cases', body, { headers });
  }

  transition<A extends keyof TransitionBodies>(
    id: string,
    action: A,
    body: TransitionBodies[A],
  ): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(`${this.path(id)}/${action}`, body);
  }

  /** 更正当事人: the fields changed, with the case version seen and the reason. */
  updateParty(id: string, partyId: string, body: UpdatePartyRequest): Observable<Party> {
    return this.http.patch<Party>(`${this.path(id)}/parties/${encodeURIComponent(partyId)}`, body);
  }

  raiseRisk(id: string, body: RiskRequest): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(`${this.path(id)}/risk`, body);
  }

  recordRefusal(id: string, body: RefusalRequest): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(`${this.path(id)}/refusals`, body);
  }

  recordConsent(id: string, body: ConsentRequest): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(`${this.path(id)}/consents`, body);
  }

  investigations(id: string): Observable<Investigation[]> {
    return this.http.get<Investigation[]>(`${this.path(id)}/investigations`);
  }

  addInvestigation(id: string, body: InvestigationRequest): Observable<Investigation> {
    return this.http.post<Investigation>(`${this.path(id)}/investigations`, body);
  }

  recordConflict(id: string, body: ConflictRequest): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(`${this.path(id)}/conflicts`, body);
  }

  createSession(id: string, body: CreateSessionRequest): Observable<Session> {
    return this.http.post<Session>(`${this.path(id)}/sessions`, body);
  }

  /** 防止情况 for the statistics; answers 204. */
  recordPrevention(id: string, body: PreventionRequest): Observable<unknown> {
    return this.http.put(`${this.path(id)}/prevention`, body);
  }

  /** 当事人链接: a one-time link texted to the party's phone (read, sign or evaluate). */
  sendPartyLink(id: string, partyId: string, purpose: PartyLinkPurpose): Observable<PartyLink> {
    return this.http.post<PartyLink>(`${this.path(id)}/party-links`, { partyId, purpose });
  }

  /** 重新调解: a new case at the same committee, linked to this one. */
  remediate(id: string, body: RemediationRequest): Observable<CaseLink> {
    return this.http.post<CaseLink>(`${this.path(id)}/remediation`, body);
  }

  /** 证据材料 of the case, as the caller may see them. */
  evidence(id: string): Observable<Evidence[]> {
    return this.http.get<Evidence[]>(`${this.path(id)}/evidence`);
  }

  /** A piece of evidence: the file (PDF, JPEG or PNG, ≤ 10 MB; the API checks the bytes) and its fields. */
  addEvidence(id: string, input: EvidenceInput, file: File): Observable<Evidence> {
    const body = new FormData();
    for (const [name, value] of Object.entries(input)) if (value) body.append(name, value);
    body.append('file', file, file.name);
    return this.http.post<Evidence>(`${this.path(id)}/evidence`, body);
  }

  /** The file of a piece, for the browser to open (the session cookie goes with it). */
  evidenceFileUrl(evidenceId: string): string {
    return `/api/evidence/${encodeURIComponent(evidenceId)}/file`;
  }

  private path(id: string): string {
    return `/api/cases/${encodeURIComponent(id)}`;
  }
}
