import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type { Mediator, MediatorList, OrganisationKind, OrganisationNode } from './api-types';

/** Kinds of organisation where a dispute can be registered and mediated. */
const MEDIATION_BODY_KINDS: readonly OrganisationKind[] = ['committee', 'centre'];

/** Organisations the user may see, and their mediator rosters. */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  tree(): Observable<OrganisationNode[]> {
    return this.http.get<OrganisationNode[]>('/api/organisations');
  }

  /** Committees and centres visible to the user, in tree order. */
  mediationBodies(): Observable<OrganisationNode[]> {
    return this.tree().pipe(
      map((roots) => flatten(roots).filter((o) => MEDIATION_BODY_KINDS.includes(o.kind))),
    );
  }

  mediators(organisationId?: string): Observable<Mediator[]> {
    const params = organisationId ? new HttpParams().set('organisationId', organisationId) : undefined;
    return this.http.get<MediatorList>('/api/mediators', { params }).pipe(map((list) => list.items));
  }
}

export function flatten(nodes: readonly OrganisationNode[]): OrganisationNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}
