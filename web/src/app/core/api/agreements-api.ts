import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  Agreement,
  CreateAgreementRequest,
  SignatureRequest,
  UpdateAgreementRequest,
  VerifyResult,
} from './api-types';

/** HTTP calls of the agreement and verification endpoints; no state, no UI. */
@Injectable({ providedIn: 'root' })
export class AgreementsApi {
  private readonly http = inject(HttpClient);

  create(caseId: string, body: CreateAgreementRequest): Observable<Agreement> {
    return this.http.post<Agreement>(`/api/cases/${encodeURIComponent(caseId)}/agreements`, body);
  }

  get(id: string): Observable<Agreement> {
    return this.http.get<Agreement>(this.path(id));
  }

  update(id: string, body: UpdateAgreementRequest): Observable<Agreement> {
    return this.http.patch<Agreement>(this.path(id), body);
  }

  sign(id: string, body: SignatureRequest): Observable<Agreement> {
    return this.http.post<Agreement>(`${this.path(id)}/signatures`, body);
  }

  /** `paperSigned`: the uploaded scans of the copy signed by hand stand for the drawn signatures. */
  finalise(id: string, paperSigned = false): Observable<Agreement> {
    return this.http.post<Agreement>(`${this.path(id)}/finalise`, paperSigned ? { paperSigned } : {});
  }

  /** The director's answer to a paper-signed finalisation: approve the seal, or refuse with a reason. */
  sealApproval(id: string, decision: 'approve' | 'refuse', reason?: string): Observable<Agreement> {
    return this.http.post<Agreement>(
      `${this.path(id)}/seal-approval`,
      reason ? { decision, reason } : { decision },
    );
  }

  /** A scan of the paper-signed copy (PDF, JPEG or PNG, ≤ 10 MB; the API checks the bytes). */
  uploadScan(id: string, file: File): Observable<Agreement> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<Agreement>(`${this.path(id)}/scans`, body);
  }

  scanUrl(id: string, scanId: string): string {
    return `${this.path(id)}/scans/${encodeURIComponent(scanId)}`;
  }

  /**
   * The draft preview, or the signed copy once effective (opened by the browser, not by HttpClient);
   * `signing`: the copy printed to be signed by hand (no draft stamp, 以下无正文, signature lines).
   */
  pdfUrl(id: string, purpose?: 'signing'): string {
    return `${this.path(id)}/pdf${purpose ? `?purpose=${purpose}` : ''}`;
  }

  verifyCode(code: string): Observable<VerifyResult> {
    return this.http.get<VerifyResult>(`/api/verify/${encodeURIComponent(code)}`);
  }

  verifyFile(file: File): Observable<VerifyResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<VerifyResult>('/api/documents/verify', body);
  }

  private path(id: string): string {
    return `/api/agreements/${encodeURIComponent(id)}`;
  }
}
