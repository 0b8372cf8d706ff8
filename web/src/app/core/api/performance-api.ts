import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  JudicialConfirmation,
  JudicialConfirmationRequest,
  JudicialConfirmationUpdate,
  PerformanceRequest,
  PerformanceResult,
  ReturnVisitRequest,
  UrgingRequest,
} from './api-types';

/** HTTP calls of what follows an agreement: performance, urging, return visits, judicial confirmation. */
@Injectable({ providedIn: 'root' })
export class PerformanceApi {
  private readonly http = inject(HttpClient);

  recordPerformance(agreementId: string, body: PerformanceRequest): Observable<PerformanceResult> {
    return this.http.post<PerformanceResult>(`${this.agreement(agreementId)}/performance`, body);
  }

  urge(agreementId: string, body: UrgingRequest): Observable<{ id: string }> {
    return this.http.post<{ id: string }>(`${this.agreement(agreementId)}/urgings`, body);
  }

  returnVisit(caseId: string, body: ReturnVisitRequest): Observable<{ id: string }> {
    return this.http.post<{ id: string }>(`/api/cases/${encodeURIComponent(caseId)}/return-visits`, body);
  }

  applyForConfirmation(
    agreementId: string,
    body: JudicialConfirmationRequest,
  ): Observable<JudicialConfirmation> {
    return this.http.post<JudicialConfirmation>(`${this.agreement(agreementId)}/judicial-confirmation`, body);
  }

  updateConfirmation(id: string, body: JudicialConfirmationUpdate): Observable<JudicialConfirmation> {
    return this.http.patch<JudicialConfirmation>(
      `/api/judicial-confirmations/${encodeURIComponent(id)}`,
      body,
    );
  }

  /** The application pack for the court (opened by the browser, not by HttpClient), its print audited as such. */
  confirmationPackUrl(agreementId: string): string {
    return `${this.agreement(agreementId)}/judicial-confirmation.pdf?purpose=judicial_confirmation`;
  }

  /** The bound case file (卷宗) of an archived case. */
  volumeUrl(caseId: string): string {
    return `/api/cases/${encodeURIComponent(caseId)}/volume.pdf`;
  }

  private agreement(id: string): string {
    return `/api/agreements/${encodeURIComponent(id)}`;
  }
}
