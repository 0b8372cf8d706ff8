import type { AuthUser } from '../auth/auth-user.js';
import { LIAISON_ROLES, type Role } from '../auth/role.js';
import { orgCondition, scopeOf } from '../organisations/org-scope.js';

/** Supervisors: the referrals sent into their area, and those of their area still waiting to be dispatched. */
const SUPERVISORS: readonly Role[] = ['judicial_officer', 'county_bureau'];
/** A committee's people: what was dispatched to their committee. */
const COMMITTEE_ROLES: readonly Role[] = ['director', 'intake_clerk', 'mediator', 'recorder'];

/**
 * Paths of the judicial offices of a referring body's area (SQL; `body` is the body's id, a column or
 * a parameter): the 司法所 above every committee linked to the body (`police_station_id`). Referring
 * bodies stand beside the tree, so a body linked to no committee (a court, a petition office) has no
 * area of its own and every office may take its referrals (docs/security.md, "Deviations and decisions").
 */
export function areaOfficePaths(body: string): string {
  return `SELECT area_office.path FROM organisations linked
            JOIN organisations area_office
              ON area_office.kind = 'judicial_office' AND linked.path LIKE area_office.path || '%'
           WHERE linked.police_station_id = ${body}`;
}

/**
 * SQL (on alias `r`) true when a referral still waiting to be dispatched lies in the area of a
 * supervisor whose organisation path is the parameter `:${param}`.
 */
function waitingInArea(param: string): string {
  const area = areaOfficePaths('r.referring_organisation_id');
  return `(r.status IN ('received', 'declined')
           AND (NOT EXISTS (${area})
                OR EXISTS (SELECT 1 FROM (${area}) a WHERE a.path LIKE :${param} || '%')))`;
}

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
    return {
      sql: `(${target.sql} OR ${waitingInArea('visArea')})`,
      params: { ...target.params, visArea: user.organisationPath },
    };
  }
  if (COMMITTEE_ROLES.includes(user.role)) return target;
  return { sql: 'FALSE', params: {} };
}
