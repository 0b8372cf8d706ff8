import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, catchError, map, of, tap } from 'rxjs';
import type { LoginRequest, LoginResponse, Me } from '../api/api-types';
import { handlesOwn401 } from './auth-context';

/** Who is signed in. The session itself is an httpOnly cookie the browser sends on its own. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly current = signal<Me | null>(null);

  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);

  /** The signed-in user, asking the API only when none is known yet; null when not signed in. */
  ensureUser(): Observable<Me | null> {
    const known = this.current();
    if (known) return of(known);
    return this.http.get<Me>('/api/me', { context: handlesOwn401() }).pipe(
      tap((user) => this.current.set(user)),
      // 401 is the common case; any other failure also leaves us without a user to show.
      catchError(() => of(null)),
    );
  }

  login(credentials: LoginRequest): Observable<Me> {
    return this.http.post<LoginResponse>('/api/auth/login', credentials, { context: handlesOwn401() }).pipe(
      map((response) => response.user),
      tap((user) => this.current.set(user)),
    );
  }

  /** Changes the signed-in user's password; a temporary password is then no longer required to change. */
  changePassword(current: string, next: string): Observable<void> {
    return this.http.post<void>('/api/auth/password', { current, next }).pipe(
      tap(() => {
        const user = this.current();
        if (user) this.current.set({ ...user, mustChangePassword: false });
      }),
    );
  }

  /** Ends the session; completes even when the API call fails, since the user asked to leave. */
  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null, { context: handlesOwn401() }).pipe(
      catchError(() => of(undefined)),
      map(() => undefined),
      tap(() => this.clear()),
    );
  }

  clear(): void {
    this.current.set(null);
  }
}
