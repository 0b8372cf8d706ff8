import type { EntityManager } from 'typeorm';
import { CaseErrors } from './cases.errors.js';
import { FOLLOW_UP_MOVES } from './case-status.js';
import type { CaseStatus } from './case.enums.js';
import { CaseEntity } from './case.entity.js';

const MOVES: Partial<Record<CaseStatus, readonly CaseStatus[]>> = FOLLOW_UP_MOVES;

/**
 * The one writer of a follow-up status (FOLLOW_UP_MOVES): signing, an effective agreement and
 * performance news ask it to move the case. Nothing when the case is there already; 409 when the
 * table does not allow the move. It moves only from the status read (`row.status`): false when the
 * case moved meanwhile (a sweep then leaves it to its next round), and `row` follows the move.
 */
export async function moveCaseStatus(
  manager: EntityManager,
  row: Pick<CaseEntity, 'id' | 'status'>,
  next: CaseStatus,
): Promise<boolean> {
  if (row.status === next) return false;
  if (!MOVES[next]?.includes(row.status)) throw CaseErrors.illegalMove(row.status, next);
  const moved = await manager
    .createQueryBuilder()
    .update(CaseEntity)
    .set({ status: next })
    .where('id = :id AND status = :status', { id: row.id, status: row.status })
    .execute();
  if (!moved.affected) return false;
  row.status = next;
  return true;
}
