import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { DeadlinePage, DeadlineQuery } from './api-types';

/** HTTP calls of the deadlines board; no state, no UI. */
@Injectable({ providedIn: 'root' })
export class DeadlinesApi {
  private readonly http = inject(HttpClient);

  /** Open clocks of the visible cases, red first, then by due time, with counts by light. */
  list(query: DeadlineQuery): Observable<DeadlinePage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<DeadlinePage>('/api/deadlines', { params });
  }
}
