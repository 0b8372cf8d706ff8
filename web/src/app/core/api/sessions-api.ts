import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { components } from './schema';

/** One open sign-in of the account (a device). */
export type DeviceSession = components['schemas']['SessionDto'];

/** The caller's own sign-ins (登录设备) and signing out the others. */
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<DeviceSession[]> {
    return this.http.get<DeviceSession[]>('/api/auth/sessions');
  }

  logoutOthers(): Observable<void> {
    return this.http.post<void>('/api/auth/logout-others', {});
  }
}
