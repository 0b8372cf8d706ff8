import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors.js';
import type { CaseEntity } from '../cases/case.entity.js';
import { ReturnVisitEntity } from './performance.entities.js';

/** Closing a case that reached an agreement needs a return visit first (docs/domain.md §10.2). */
export async function assertClosable(manager: EntityManager, row: CaseEntity): Promise<void> {
  if (row.status !== 'performed' && row.status !== 'breached') return;
  const visited = await manager.getRepository(ReturnVisitEntity).existsBy({ caseId: row.id });
  if (!visited) throw new AppError(422, 'RETURN_VISIT_MISSING', '结案前须完成回访');
}
