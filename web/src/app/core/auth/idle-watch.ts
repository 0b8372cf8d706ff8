import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { AuthService } from './auth.service';

/** The warning shows this long before the idle logout. */
export const IDLE_WARNING_MS = 2 * 60_000;
/** While the user works without saving, the API is told this often that the session is in use. */
export const KEEP_ALIVE_MS = 5 * 60_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Idle logout (issue 19): after the API's `idleMinutes` without a click, key or touch, the session is
 * ended and the sign-in page says why; two minutes before, the shell shows a countdown with
 * 继续使用. A user who is typing a long record without saving is active: the API, which counts only
 * requests, is reminded every five minutes so it does not end the session under them.
 */
@Injectable({ providedIn: 'root' })
export class IdleWatch {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  private readonly left = signal<number | null>(null);
  /** Seconds before the idle logout while the warning shows, otherwise null. */
  readonly secondsLeft = this.left.asReadonly();

  private lastActivity = 0;
  private lastKeepAlive = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly onActivity = () => (this.lastActivity = Date.now());

  start(): void {
    if (this.timer) return;
    this.lastActivity = this.lastKeepAlive = Date.now();
    for (const name of ACTIVITY_EVENTS)
      this.document.addEventListener(name, this.onActivity, { passive: true, capture: true });
    this.timer = setInterval(() => this.tick(), 1000);
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    for (const name of ACTIVITY_EVENTS) this.document.removeEventListener(name, this.onActivity, true);
    this.left.set(null);
  }

  /** 继续使用: counts as activity and tells the API at once. */
  keepWorking(): void {
    this.onActivity();
    this.keepAlive();
    this.left.set(null);
  }

  private tick(): void {
    const limit = (this.auth.user()?.idleMinutes ?? 30) * 60_000;
    const now = Date.now();
    const idle = now - this.lastActivity;
    if (idle >= limit) {
      const here = this.router.url;
      this.stop();
      this.auth.logout().subscribe(() => {
        void this.router.navigate(['/login'], { queryParams: { reason: 'idle', returnUrl: here } });
      });
      return;
    }
    this.left.set(idle >= limit - IDLE_WARNING_MS ? Math.ceil((limit - idle) / 1000) : null);
    if (this.lastActivity > this.lastKeepAlive && now - this.lastKeepAlive >= KEEP_ALIVE_MS) this.keepAlive();
  }

  private keepAlive(): void {
    this.lastKeepAlive = Date.now();
    // A failure here is answered by the next real request (a 401 leads to the sign-in page).
    this.http.get('/api/me').subscribe({ error: () => undefined });
  }
}
