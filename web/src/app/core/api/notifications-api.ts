import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { NotificationPage } from './api-types';

/** HTTP calls of the in-app inbox; no state, no UI. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  /** Newest first, with the unread count over all pages. */
  list(page = 1, pageSize = 10): Observable<NotificationPage> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<NotificationPage>('/api/notifications', { params });
  }

  markRead(id: string): Observable<void> {
    return this.http.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`, {});
  }
}
