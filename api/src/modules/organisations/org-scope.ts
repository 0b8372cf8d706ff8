import type { AuthUser } from '../auth/auth-user.js';
import { LIAISON_ROLES, SEPARATED_ADMIN_ROLES } from '../auth/role.js';

/**
 * What part of the organisation tree a caller may see. Every module scopes
 * its queries with this, so a record outside it simply does not exist (404).
 *  - `all`: the whole platform (the three administrators: configuration, users, audit; no case content).
 *  - `subtree`: the caller's organisation and everything below it.
 *  - `referrer`: a referring body's liaison: only what that body referred.
 */
export type OrgScope =
  { kind: 'all' } | { kind: 'subtree'; path: string } | { kind: 'referrer'; organisationId: string };

export function scopeOf(user: AuthUser): OrgScope {
  if (SEPARATED_ADMIN_ROLES.includes(user.role)) return { kind: 'all' };
  if (LIAISON_ROLES.includes(user.role)) return { kind: 'referrer', organisationId: user.organisationId };
  return { kind: 'subtree', path: user.organisationPath };
}

/**
 * SQL condition restricting `column` (an organisation id) to the subtree of a
 * scope, with its parameters. Referrer scopes see no organisation's records by
 * this rule: modules that serve liaisons add their own referral condition.
 */
export function orgCondition(
  column: string,
  scope: OrgScope,
): { sql: string; params: Record<string, string> } {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'subtree':
      return {
        // An array, not a semi-join: the planner cannot guess which organisations the subtree holds and
        // would otherwise AND a bitmap of the whole organisation into every search (docs/performance.md).
        sql: `${column} = ANY (ARRAY(SELECT o.id FROM organisations o WHERE o.path LIKE :scopePath))`,
        params: { scopePath: `${scope.path}%` },
      };
    case 'referrer':
      return { sql: 'FALSE', params: {} };
  }
}
