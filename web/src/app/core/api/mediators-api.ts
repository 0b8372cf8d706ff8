import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type { Mediator, MediatorList } from './api-types';
import type { components } from './schema';

type Schemas = components['schemas'];

export type { Mediator };
export type MediatorKind = Mediator['kind'];
export type MediatorStatus = Mediator['status'];
export type MediatorTraining = Schemas['MediatorTrainingDto'];
export type CreateMediatorRequest = Schemas['CreateMediatorDto'];
export type UpdateMediatorRequest = Schemas['UpdateMediatorDto'];

/**
 * HTTP calls of the mediators roster (调解员名册) as its keepers use it: every entry, suspended and
 * removed ones too (the case pages ask OrganisationsApi.mediators for those who may take a case).
 */
@Injectable({ providedIn: 'root' })
export class MediatorsApi {
  private readonly http = inject(HttpClient);

  /** The roster of the organisations visible to the caller, by name. */
  roster(): Observable<Mediator[]> {
    const params = new HttpParams().set('all', 'true');
    return this.http.get<MediatorList>('/api/mediators', { params }).pipe(map((list) => list.items));
  }

  create(body: CreateMediatorRequest): Observable<Mediator> {
    return this.http.post<Mediator>('/api/mediators', body);
  }

  /** Only the fields sent change. */
  update(id: string, body: UpdateMediatorRequest): Observable<Mediator> {
    return this.http.patch<Mediator>(`/api/mediators/${encodeURIComponent(id)}`, body);
  }
}
