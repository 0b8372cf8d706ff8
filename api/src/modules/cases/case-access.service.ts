import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { positional } from '../../common/named-sql.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Role } from '../auth/role.js';
import { orgCondition, scopeOf } from '../organisations/org-scope.js';
import {
  CASE_CHANGERS,
  CASE_TEAM_READERS,
  type CasePower,
  type CaseWrite,
  mayChange as policyMayChange,
  mayPrint,
  seesPersonalData,
  WRITE_POWERS,
} from '../../../../libs/contracts/src/case-powers.js';
import { mayReadVolume } from '../../../../libs/contracts/src/route-policy.js';
import { CaseEntity } from './case.entity.js';
import { CaseErrors } from './cases.errors.js';

export type { CasePower } from '../../../../libs/contracts/src/case-powers.js';

/**
 * A director may read private notes only with a reason in this header
 * (audited). Headers carry Latin-1 only, so the reason is percent-encoded.
 */
export const BREAK_GLASS_HEADER = 'x-break-glass-reason';

export function breakGlassReason(header: string | undefined): string | undefined {
  if (!header) return undefined;
  try {
    return decodeURIComponent(header).trim() || undefined;
  } catch {
    return header.trim() || undefined;
  }
}

/** What the caller may do with one case, computed once per request. */
export interface CaseAccess {
  row: CaseEntity;
  /** Mediators assigned to the case, presiding first. */
  mediators: { id: string; userId: string | null; name: string; role: 'presiding' | 'co' }[];
  /** The caller is one of the case's mediators: private notes are theirs to read. */
  isCaseMediator: boolean;
  /** The caller's roster entry when assigned to the case. */
  callerMediatorId?: string;
  /** Assigned mediator or the one who registered the case. */
  onTeam: boolean;
  /** ID numbers and phones unmasked: the case team, except recorders (docs/domain.md §10.6). */
  personalData: boolean;
}

/** Roles that read cases of their organisation subtree regardless of assignment. */
const ORGANISATION_READERS: readonly Role[] = [
  'director',
  'intake_clerk',
  'judicial_officer',
  'county_bureau',
];

/**
 * SQL (on alias `c`) limiting cases to those the caller may see. Admins see no
 * case content and liaisons only their referrals (added by the referrals module).
 */
export function caseVisibility(user: AuthUser): { sql: string; params: Record<string, string> } {
  const org = orgCondition('c.organisation_id', scopeOf(user));
  if (ORGANISATION_READERS.includes(user.role)) return org;
  // Mediators and recorders read only the cases they work on (CASE_TEAM_READERS).
  if (CASE_TEAM_READERS.includes(user.role)) {
    return {
      sql: `${org.sql} AND (c.registered_by_id = :visUser OR EXISTS (
              SELECT 1 FROM case_mediators vcm
               WHERE vcm.case_id = c.id
                 AND vcm.mediator_id = ANY (ARRAY(SELECT vm.id FROM mediators vm WHERE vm.user_id = :visUser))))`,
      params: { ...org.params, visUser: user.id },
    };
  }
  return { sql: 'FALSE', params: {} };
}

@Injectable()
export class CaseAccessService {
  /** The case if the caller may see it (404 otherwise), optionally locked for update. */
  async load(manager: EntityManager, user: AuthUser, id: string, lock = false): Promise<CaseAccess> {
    const visibility = caseVisibility(user);
    const query = manager
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .andWhere(visibility.sql, visibility.params);
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw CaseErrors.notFound();
    const mediators: CaseAccess['mediators'] = await manager.query(
      `SELECT m.id, m.user_id AS "userId", m.name, cm.role
         FROM case_mediators cm JOIN mediators m ON m.id = cm.mediator_id
        WHERE cm.case_id = $1 ORDER BY cm.role DESC, m.name`,
      [id],
    );
    const callerMediatorId = mediators.find((m) => m.userId === user.id)?.id;
    const isCaseMediator = callerMediatorId !== undefined;
    const onTeam = isCaseMediator || row.registeredById === user.id;
    return {
      row,
      mediators,
      isCaseMediator,
      callerMediatorId,
      onTeam,
      personalData: seesPersonalData(user.role, onTeam),
    };
  }

  /**
   * Who may change a case (docs/domain.md §8, §10.6), by the power an action needs (`work` by default;
   * the rule and the power of every action and write are the shared policy in
   * libs/contracts/src/case-powers.ts, which the web app reads to show only what is allowed).
   * `true` is the older spelling of `direct`. Other readers of the case get 403; an intake clerk who
   * registered a case is on its team and works it like a mediator.
   */
  assertMayChange(user: AuthUser, access: CaseAccess, power: CasePower | boolean = 'work'): void {
    if (mayChange(user, access, power === true ? 'direct' : power === false ? 'work' : power)) return;
    if (power === true || power === 'direct' || !CASE_CHANGERS.includes(user.role))
      throw CommonErrors.forbidden();
    throw CaseErrors.notOnCaseTeam();
  }

  /** `assertMayChange` with the power the shared policy gives `write` (CASE_WRITES). */
  assertMayWrite(user: AuthUser, access: CaseAccess, write: CaseWrite): void {
    this.assertMayChange(user, access, WRITE_POWERS[write]);
  }

  /** Forms, agreements and scans carry full contact details: the case team and the director. */
  assertMayPrint(user: AuthUser, access: CaseAccess): void {
    if (!mayPrint(user.role, access.onTeam)) throw CommonErrors.forbidden();
  }

  /** The bound volume (卷宗): who may print, and the judicial office that reviews it (docs/domain.md §10.6). */
  assertMayReadVolume(user: AuthUser, access: CaseAccess): void {
    if (!mayReadVolume(user.role, access.onTeam)) throw CommonErrors.forbidden();
  }
}

/** The shared policy's mayChange (libs/contracts) for a caller and the access it has to a case. */
export function mayChange(
  user: Pick<AuthUser, 'role'>,
  access: Pick<CaseAccess, 'onTeam'>,
  power: CasePower,
): boolean {
  return policyMayChange(user.role, access.onTeam, power);
}

/**
 * The visibility rule as a positional SQL condition on alias `c` (parameters appended to `params`),
 * optionally narrowed to one organisation's subtree (its materialised path).
 */
export function caseScopeSql(user: AuthUser, params: unknown[], narrowToPath?: string): string {
  let sql = positional(caseVisibility(user), params);
  if (narrowToPath !== undefined) {
    params.push(`${narrowToPath}%`);
    sql += ` AND c.organisation_id IN (SELECT so.id FROM organisations so WHERE so.path LIKE $${params.length})`;
  }
  return sql;
}
