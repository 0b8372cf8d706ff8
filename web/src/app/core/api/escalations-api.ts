import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { components } from './schema';

/** 风险报告 as the API answers it (docs/api.md "风险报告"). */
export type Escalation = components['schemas']['EscalationDto'];

/** HTTP calls of the risk reports; no state, no UI. */
@Injectable({ providedIn: 'root' })
export class EscalationsApi {
  private readonly http = inject(HttpClient);

  list(status: 'open' | 'all'): Observable<Escalation[]> {
    return this.http.get<Escalation[]>('/api/escalations', {
      params: new HttpParams().set('status', status),
    });
  }

  /** 签收, with what the receiving body did. */
  acknowledge(id: string, response: string): Observable<Escalation> {
    return this.http.post<Escalation>(`/api/escalations/${encodeURIComponent(id)}/acknowledge`, {
      ...(response ? { response } : {}),
    });
  }
}
