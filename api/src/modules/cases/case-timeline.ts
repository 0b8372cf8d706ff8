import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CaseEventEntity } from './case-event.entity.js';
import { CaseEntity } from './case.entity.js';

/** Adds a line to the case's timeline and marks the case as just active. */
export async function addCaseEvent(
  manager: EntityManager,
  caseId: string,
  actor: Pick<AuthUser, 'id' | 'name'> | null,
  kind: string,
  summary: string,
  data: Record<string, unknown> | null = null,
): Promise<void> {
  await manager.getRepository(CaseEventEntity).insert({
    caseId,
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    kind,
    summary,
    data,
  } as QueryDeepPartialEntity<CaseEventEntity>);
  await manager
    .createQueryBuilder()
    .update(CaseEntity)
    .set({ lastActivityAt: () => 'now()', version: () => 'version', updatedAt: () => 'updated_at' })
    .where('id = :caseId', { caseId })
    .execute();
}
