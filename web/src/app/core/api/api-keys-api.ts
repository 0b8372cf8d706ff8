import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { components } from './schema';

type Schemas = components['schemas'];

/** A referring body's key, without the key itself (only its hash is kept). */
export type ApiKeySummary = Schemas['ApiKeySummaryDto'];
export type CreateApiKeyRequest = Schemas['CreateApiKeyDto'];
/** The new key, shown this once. */
export type CreatedApiKey = Schemas['CreatedApiKeyDto'];

/** HTTP calls of the keys with which courts' and police stations' systems file referrals (接口密钥). */
@Injectable({ providedIn: 'root' })
export class ApiKeysApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ApiKeySummary[]> {
    return this.http.get<ApiKeySummary[]>('/api/api-keys');
  }

  create(body: CreateApiKeyRequest): Observable<CreatedApiKey> {
    return this.http.post<CreatedApiKey>('/api/api-keys', body);
  }

  /** The key's next request gets 401. */
  revoke(id: string): Observable<void> {
    return this.http.delete<void>(`/api/api-keys/${encodeURIComponent(id)}`);
  }
}
