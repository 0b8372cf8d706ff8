import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { components } from './schema';

type Schemas = components['schemas'];

/** A time limit: how long a kind of clock runs, for which cases, and why. */
export type DeadlineRule = Schemas['DeadlineRuleDto'];
export type UpdateDeadlineRuleRequest = Schemas['UpdateDeadlineRuleDto'];

const committeeRules = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/deadline-rules`;

/**
 * HTTP calls of the time limits (期限规则): the system's, which the administrator changes, and a
 * committee's own beside them, which its director (or the administrator) sets. A change applies to
 * clocks started afterwards. No state, no UI.
 */
@Injectable({ providedIn: 'root' })
export class DeadlineRulesApi {
  private readonly http = inject(HttpClient);

  systemRules(): Observable<DeadlineRule[]> {
    return this.http.get<DeadlineRule[]>('/api/deadline-rules');
  }

  updateSystemRule(id: number, body: UpdateDeadlineRuleRequest): Observable<DeadlineRule> {
    return this.http.put<DeadlineRule>(`/api/deadline-rules/${id}`, body);
  }

  /** The rules in force for a committee: its own where it set one (`overridden`), the system's elsewhere. */
  committeeRules(organisationId: string): Observable<DeadlineRule[]> {
    return this.http.get<DeadlineRule[]>(committeeRules(organisationId));
  }

  /** Sets the committee's own rule beside system rule `ruleId` (422 RULE_STATUTORY for a statutory one). */
  setCommitteeRule(
    organisationId: string,
    ruleId: number,
    body: UpdateDeadlineRuleRequest,
  ): Observable<DeadlineRule> {
    return this.http.put<DeadlineRule>(`${committeeRules(organisationId)}/${ruleId}`, body);
  }

  /** Back to the system's rule for the committee; answers with it. */
  resetCommitteeRule(organisationId: string, ruleId: number): Observable<DeadlineRule> {
    return this.http.delete<DeadlineRule>(`${committeeRules(organisationId)}/${ruleId}`);
  }
}
