import type { EntityManager } from 'typeorm';
import { onActiveRoster } from '../mediators/roster.js';
import { CaseMediatorEntity } from './case-mediator.entity.js';
import type { CaseAccess } from './case-access.service.js';
import type { CaseEntity } from './case.entity.js';
import { CaseErrors } from './cases.errors.js';
import type { AssignDto } from './dto/transition.dto.js';

/**
 * Art 19 and MoJ rule: the committee names a presiding mediator (or the
 * parties choose); a mediator with a declared conflict or a recusal request
 * may not take part. Replaces the case's mediators.
 */
export async function assignMediators(manager: EntityManager, access: CaseAccess, dto: AssignDto) {
  const caseId = access.row.id;
  const coIds = [...new Set(dto.mediatorIds ?? [])].filter((m) => m !== dto.presidingMediatorId);
  const ids = [dto.presidingMediatorId, ...coIds];
  const roster: { id: string; name: string }[] = await manager.query(
    `SELECT m.id, m.name FROM mediators m WHERE m.id = ANY($1::uuid[]) AND ${onActiveRoster('m', '$2')}`,
    [ids, access.row.organisationId],
  );
  if (roster.length !== ids.length) {
    throw CaseErrors.mediatorUnavailable(
      roster.some((m) => m.id === dto.presidingMediatorId) ? 'mediatorIds' : 'presidingMediatorId',
    );
  }
  const conflicts: { mediator_id: string; reason: string }[] = await manager.query(
    'SELECT mediator_id, reason FROM mediator_conflicts WHERE case_id = $1 AND mediator_id = ANY($2::uuid[])',
    [caseId, ids],
  );
  if (conflicts.length) {
    const blocked = roster.find((m) => m.id === conflicts[0]!.mediator_id)!;
    throw CaseErrors.mediatorConflict(
      blocked.name,
      conflicts.filter((k) => k.mediator_id === blocked.id).map((k) => k.reason),
    );
  }
  await manager.getRepository(CaseMediatorEntity).delete({ caseId });
  await manager
    .getRepository(CaseMediatorEntity)
    .insert(ids.map((mediatorId, i) => ({ caseId, mediatorId, role: i === 0 ? 'presiding' : 'co' })));
  const names = ids.map((id) => roster.find((m) => m.id === id)!.name);
  const chosen = dto.chosenBy === 'parties' ? '当事人选定' : '委员会指定';
  const patch: Partial<CaseEntity> = { presidingMediatorId: dto.presidingMediatorId, chosenBy: dto.chosenBy };
  return {
    patch,
    summary: `${chosen}调解员:${names[0]}(主持)${names.length > 1 ? `、${names.slice(1).join('、')}` : ''}`,
    data: { mediatorIds: ids, chosenBy: dto.chosenBy },
  };
}
