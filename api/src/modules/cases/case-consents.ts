import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import {
  consentStateLabel,
  type ConsentKind,
  type ConsentMethod,
} from '../../../../libs/contracts/src/consents.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PartyEntity } from '../parties/party.entity.js';
import type { PartyRole } from './case.enums.js';
import { CaseConsentEntity } from './case-consent.entity.js';
import { addCaseEvent } from './case-timeline.js';
import { CaseErrors } from './cases.errors.js';

export interface ConsentInput {
  partyIds: readonly string[];
  kind: ConsentKind;
  given: boolean;
  method: ConsentMethod;
  /** When it was given; now when omitted. Never later than now. */
  at?: Date;
  note?: string | null;
  /** false when the caller's own timeline line already says it (an extension, a remote session). */
  timeline?: boolean;
}

/**
 * The one writer of `case_consents`: appends what the parties of `caseId` were told or agreed to, with
 * a timeline line that names the parties (the timeline is the case's own) and no note (it may carry
 * anything). Unknown party ids are 404 and nothing is written.
 */
export async function recordConsents(
  manager: EntityManager,
  user: Pick<AuthUser, 'id' | 'name'> | null,
  caseId: string,
  input: ConsentInput,
): Promise<CaseConsentEntity[]> {
  const ids = [...new Set(input.partyIds)];
  const parties = await manager
    .getRepository(PartyEntity)
    .find({ select: { id: true, name: true, position: true }, where: { caseId, id: In(ids) } });
  if (parties.length !== ids.length) throw CaseErrors.partyNotFound();
  // Callers validate `at` (IsNotFuture on every body that carries one).
  const at = input.at ?? new Date();
  const repo = manager.getRepository(CaseConsentEntity);
  const rows = repo.create(
    ids.map((partyId) => ({
      caseId,
      partyId,
      kind: input.kind,
      given: input.given,
      method: input.method,
      givenAt: at,
      note: input.note?.trim() || null,
      recordedById: user?.id ?? null,
      recordedByName: user?.name ?? '系统',
    })),
  );
  await repo.insert(rows);
  const names = parties.sort((a, b) => a.position - b.position).map((p) => p.name);
  const state = consentStateLabel(input.kind, input.given, input.method);
  const what =
    input.kind === 'rights_notice' ? `向${names.join('、')}${state}` : `${names.join('、')}${state}`;
  if (input.timeline !== false) {
    await addCaseEvent(manager, caseId, user, 'consent', what, { kind: input.kind, partyIds: ids });
  }
  return rows;
}

/**
 * The parties of the case (those that have not refused mediation; only `partyIds` or `roles` when
 * given) who have no rights notice on record, in the order of entry.
 */
export async function partiesWithoutRightsNotice(
  manager: EntityManager,
  caseId: string,
  only: { partyIds?: readonly string[]; roles?: readonly PartyRole[] } = {},
): Promise<{ id: string; name: string; role: PartyRole }[]> {
  return manager.query<{ id: string; name: string; role: PartyRole }[]>(
    `SELECT p.id, p.name, p.role FROM parties p
      WHERE p.case_id = $1 AND p.refused_at IS NULL
        AND ($2::uuid[] IS NULL OR p.id = ANY($2::uuid[]))
        AND ($3::text[] IS NULL OR p.role = ANY($3::text[]))
        AND NOT EXISTS (SELECT 1 FROM case_consents k WHERE k.party_id = p.id AND k.kind = 'rights_notice')
      ORDER BY p.position`,
    [caseId, only.partyIds ? [...only.partyIds] : null, only.roles ? [...only.roles] : null],
  );
}

/** Every record of the case, oldest first. */
export function consentsOf(manager: EntityManager, caseId: string): Promise<CaseConsentEntity[]> {
  return manager
    .getRepository(CaseConsentEntity)
    .find({ where: { caseId }, order: { givenAt: 'ASC', recordedAt: 'ASC' } });
}
