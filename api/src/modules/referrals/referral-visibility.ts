import type { AuthUser } from '../auth/auth-user.js';
import { LIAISON_ROLES, type Role } from '../auth/role.js';
import { orgCondition, scopeOf } from '../organisations/org-scope.js';

/** Supervisors: the referrals sent into their area, and every one still waiting to be dispatched. */
const SUPERVISORS: readonly Role[] = ['judicial_officer', 'county_bureau'];
/** A committee's people: what was dispatched to their committee. */
const COMMITTEE_ROLES: readonly Role[] = ['director', 'intake_clerk', 'mediator', 'recorder'];

/** SQL (on alias `r`) limiting referrals to those the caller may see (docs/domain.md §10.6). */
export function referralVisibility(user: AuthUser): { sql: string; params: Record<string, string> } {
  if (LIAISON_ROLES.includes(user.role)) {
    return {
      sql: 'r.referring_organisation_id = :visReferrer',
      params: { visReferrer: user.organisationId },
    };
  }
  const target = orgCondition('r.target_organisation_id', scopeOf(user));
  if (SUPERVISORS.includes(user.role)) {
    return { sql: `(${target.sql} OR r.status IN ('received', 'declined'))`, params: target.params };
  }
  if (COMMITTEE_ROLES.includes(user.role)) return target;
  return { sql: 'FALSE', params: {} };
}
