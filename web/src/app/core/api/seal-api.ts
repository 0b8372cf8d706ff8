import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { components } from './schema';

export type RegisteredSeal = components['schemas']['SealResponseDto'];
export type SealUses = components['schemas']['SealUsesDto'];

/** 印章登记: the committee seal image the agreements print, and every agreement it was put on. */
@Injectable({ providedIn: 'root' })
export class SealApi {
  private readonly http = inject(HttpClient);

  uses(organisationId: string): Observable<SealUses> {
    return this.http.get<SealUses>(`${this.path(organisationId)}/seal-uses`);
  }

  /** A PNG of the seal (≤ 2 MB; the API decodes and re-encodes it) and who keeps the physical seal. */
  register(organisationId: string, file: File, custodian: string): Observable<RegisteredSeal> {
    const body = new FormData();
    body.append('custodian', custodian);
    body.append('file', file, file.name);
    return this.http.put<RegisteredSeal>(`${this.path(organisationId)}/seal`, body);
  }

  private path(organisationId: string): string {
    return `/api/organisations/${encodeURIComponent(organisationId)}`;
  }
}
