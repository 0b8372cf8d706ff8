import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { components } from './schema';

/** A local correction of the national holiday calendar: a day off, or a make-up working day. */
export type CalendarOverride = components['schemas']['CalendarOverrideDto'];

/** HTTP calls of the working calendar's local corrections (节假日调整); no state, no UI. */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);

  /** By day, earliest first. */
  overrides(): Observable<CalendarOverride[]> {
    return this.http.get<CalendarOverride[]>('/api/calendar/overrides');
  }

  /** Adds the day, or replaces what was declared for it; applies to clocks started afterwards. */
  setOverride(body: CalendarOverride): Observable<CalendarOverride> {
    return this.http.put<CalendarOverride>('/api/calendar/overrides', body);
  }

  removeOverride(day: string): Observable<void> {
    return this.http.delete<void>(`/api/calendar/overrides/${encodeURIComponent(day)}`);
  }
}
